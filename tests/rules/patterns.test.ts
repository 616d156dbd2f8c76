/** Pattern facts: learned once for all packs, a bad pattern never clobbers the learned set. */
import path from 'node:path';
import { loadRulePacks } from '../../src/rules/compile';
import { patternProblem } from '../../src/rules/patterns';
import { extractClaims } from '../../src/engine';
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
  const packs = loadRulePacks([path.join(dir, 'rules')]);
  const claims = extractClaims(article, packs);
  expect(claims.map((c) => [c.story, c.fact, c.raw, c.value])).toEqual([
    ['story-a', 'carriages', '21 carriages', '21'],
    ['story-b', 'engines', 'nine fire engines', '9'],
  ]);
});

test('a pack with a bad pattern fails to load and leaves the learned patterns as they were', () => {
  const packs = loadRulePacks([path.join(dir, 'rules')]);
  expect(() => loadRulePacks([path.join(dir, 'bad')])).toThrow(UserError);
  expect(extractClaims(article, packs)).toHaveLength(2);
});

test.each([
  ['[CARDINAL|NUM] carriages', null],
  ['[m|mm|km]', null],
  ['[mm|m|km]', 'silently matches nothing'],
  ['[mm||km]', 'silently matches nothing'],
  ['[km/h|mph]', 'does not compile'],
  ['[CARDINAL|NUM', 'unbalanced'],
])('patternProblem(%s)', (pattern, problem) => {
  const p = patternProblem(pattern);
  if (problem === null) expect(p).toBeNull();
  else expect(p?.message).toContain(problem);
});
