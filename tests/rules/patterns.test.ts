/** Pattern facts: learned once for all packs of a checker; another checker's rules never touch them. */
import path from 'node:path';
import { Nlp } from '../../src/nlp/wink';
import { patternProblem } from '../../src/rules/patterns';
import { Checker } from '../../src/engine/checker';
import { UserError } from '../../src/errors';
import { parseArticle } from '../../src/corpus/article';
import { writeTree } from '../helpers';

const pack = (story: string, fact: string, pattern: string, cue: string) =>
  [
    `story: ${story}`,
    'facts:',
    `  - id: ${fact}`,
    '    type: count',
    `    patterns: ["${pattern}"]`,
    `    cues: [${cue}]`,
    '',
  ].join('\n');

const dir = writeTree({
  'rules/a.yaml': pack('story-a', 'carriages', '[CARDINAL|NUM] carriages', 'pulled'),
  'rules/b.yaml': pack('story-b', 'engines', '[CARDINAL|NUM] fire engines', 'sent'),
  'bad/c.yaml': pack('story-c', 'broken', '[CARDINAL|NUM] [km/h|mph]', 'speed'),
});
const article = parseArticle('The train pulled 21 carriages. The city sent nine fire engines.\n', 'x.md', 'x.md');

test('the patterns of every pack are active together (one learnCustomEntities call)', () => {
  const claims = Checker.load([path.join(dir, 'rules')]).extractClaims(article);
  expect(claims.map((c) => [c.story, c.fact, c.raw, c.value])).toEqual([
    ['story-a', 'carriages', '21 carriages', '21'],
    ['story-b', 'engines', 'nine fire engines', '9'],
  ]);
});

test('a pack with a bad pattern fails to load and leaves the learned patterns as they were', () => {
  const checker = Checker.load([path.join(dir, 'rules')]);
  expect(() => Checker.load([path.join(dir, 'bad')])).toThrow(UserError);
  expect(checker.extractClaims(article)).toHaveLength(2);
});

test("loading another rule set leaves a checker's pattern facts as they were", () => {
  const checker = Checker.load([path.join(dir, 'rules')]);
  const other = Checker.load([path.join(dir, 'rules', 'a.yaml')]); // learns only the carriages pattern
  expect(other.extractClaims(article).map((c) => c.fact)).toEqual(['carriages']);
  expect(checker.extractClaims(article).map((c) => c.fact)).toEqual(['carriages', 'engines']);
});

const nlp = new Nlp();
test.each([
  ['[CARDINAL|NUM] carriages', null],
  ['[m|mm|km]', null],
  ['[mm|m|km]', 'silently matches nothing'],
  ['[mm||km]', 'silently matches nothing'],
  ['[km/h|mph]', 'does not compile'],
  ['[CARDINAL|NUM', 'unbalanced'],
])('patternProblem(%s)', (pattern, problem) => {
  const p = patternProblem(pattern, nlp);
  if (problem === null) expect(p).toBeNull();
  else expect(p?.message).toContain(problem);
});
