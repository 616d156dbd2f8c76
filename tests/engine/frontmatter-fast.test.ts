/** The front-matter fast path reads what the YAML parser reads, or declines (null). */
import { parse } from 'yaml';
import { simpleFrontMatter } from '../../src/corpus/frontmatter';

const cases = [
  'title: "Kim Jong Un Enters Russia to Visit Putin"\nseed: 002_98d059448b2c6ac1.txt',
  'title: "Bus Dunlin halted near Tenishsto"\nsource: Northern Ledger\npublished: 2024-02-03\nstory: story-0000',
  "title: 'It''s here'\nsource: The Evening Post",
  "title: 'Plain quotes'\r\nsource: Coastal Wire\r\n",
  'published: 2023-09-12\nsource: Valuetainment',
  'draft: true',
  'count: 12',
  'title: a: b',
  'title: "with \\"escapes\\""',
  'title: x # comment',
  'tags: [a, b]',
  'nested:\n  a: 1',
  'title: Yes',
  'title: on',
  'source: BBC News, London',
  'a: 1\na: 2',
  'empty:',
  'when: 2023-09-12T10:00:00Z',
  'title: Ends with space  ',
  '# comment\ntitle: x',
];

test.each(cases)('same as the YAML parser or declines: %j', (text) => {
  const fast = simpleFrontMatter(text);
  if (fast === null) return;
  expect(fast).toEqual(parse(text));
});

test('takes the common shapes', () => {
  expect(simpleFrontMatter(cases[1])).toEqual({
    title: 'Bus Dunlin halted near Tenishsto',
    source: 'Northern Ledger',
    published: '2024-02-03',
    story: 'story-0000',
  });
  expect(simpleFrontMatter('title: "x"\nseed: 002_98d0')).toBeNull(); // a plain value starting with a digit: YAML decides
  expect(simpleFrontMatter('a: 1\na: 2')).toBeNull(); // duplicate keys: YAML reports the error
});
