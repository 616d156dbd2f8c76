/**
 * The front-matter fast path reads what the YAML parser reads, or declines (null) and leaves
 * the text to the parser. Every case asserts one or the other: a shape that moves from one
 * list to the other is a change to review.
 */
import { parse } from 'yaml';
import { simpleFrontMatter } from '../../src/corpus/frontmatter';

/** Plain strings, double- or single-quoted strings and ISO dates, one key per line. */
const taken = [
  'title: "Bus Dunlin halted near Tenishsto"\nsource: Northern Ledger\npublished: 2024-02-03\nstory: story-0000',
  "title: 'Plain quotes'\r\nsource: Coastal Wire\r\n",
  'published: 2023-09-12\nsource: Valuetainment',
  'title: Yes', // YAML 1.2 reads "Yes" as a string; only the core keywords below are not
  'title: Ends with space  ',
];

/** Each has something only the parser reads right: a type, an escape, a comment, nesting, an error. */
const declined: [string, string][] = [
  [
    'title: "Kim Jong Un Enters Russia to Visit Putin"\nseed: 002_98d059448b2c6ac1.txt',
    'plain value starting with a digit',
  ],
  ["title: 'It''s here'\nsource: The Evening Post", "a doubled quote ('') in single quotes"],
  ['draft: true', 'a boolean'],
  ['count: 12', 'a number'],
  ['title: a: b', '": " inside a plain value (a YAML error)'],
  ['title: "with \\"escapes\\""', 'an escape in double quotes'],
  ['title: x # comment', 'a trailing comment'],
  ['tags: [a, b]', 'a flow sequence'],
  ['nested:\n  a: 1', 'a nested mapping'],
  ['title: on', 'a YAML 1.1 boolean word'],
  ['source: BBC News, London', 'a comma (a flow character)'],
  ['a: 1\na: 2', 'a duplicate key (a YAML error)'],
  ['empty:', 'an empty value (null)'],
  ['when: 2023-09-12T10:00:00Z', 'a timestamp, not a plain date'],
  ['# comment\ntitle: x', 'a comment line'],
];

test.each(taken)('takes %j and reads it as the YAML parser does', (text) => {
  expect(simpleFrontMatter(text)).toEqual(parse(text));
});

test.each(declined)('declines %j (%s)', (text) => {
  expect(simpleFrontMatter(text)).toBeNull();
});

test('what it takes, field by field', () => {
  expect(simpleFrontMatter(taken[0])).toEqual({
    title: 'Bus Dunlin halted near Tenishsto',
    source: 'Northern Ledger',
    published: '2024-02-03',
    story: 'story-0000',
  });
  expect(simpleFrontMatter(taken[1])).toEqual({ title: 'Plain quotes', source: 'Coastal Wire' });
});
