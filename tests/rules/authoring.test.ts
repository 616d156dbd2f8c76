/** Rule authoring on a first day (issue 16): every problem at once, clear words for the wrong file. */
import path from 'node:path';
import { Checker } from '../../src/engine/checker';
import { UserError, type Diagnostic } from '../../src/errors';
import { parseArticle } from '../../src/corpus/article';
import { runCli, writeTree } from '../helpers';

function diagnosticsOf(files: string[]): Diagnostic[] {
  try {
    Checker.load(files, { allowNoPacks: true });
  } catch (e) {
    if (e instanceof UserError) return e.diagnostics;
    throw e;
  }
  return [];
}

test('rules validate on an article says it is not a rule file', () => {
  const dir = writeTree({ 'draft.md': '---\ntitle: Draft\n---\nThe ferry left on Tuesday.\n' });
  const r = runCli(['rules', 'validate', 'draft.md'], { cwd: dir });
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^draft\.md: error not-a-rule-file: not a rule file/);
  expect(r.stderr).toContain('factlint check');
  expect(r.stderr).not.toMatch(/parseAllDocuments/);
});

test('a YAML file with two documents is explained, not a library message', () => {
  const dir = writeTree({ 'two.yaml': 'story: a\n---\nstory: b\n' });
  const [d] = diagnosticsOf([path.join(dir, 'two.yaml')]);
  expect(d.message).toMatch(/more than one YAML document/);
  expect(d.message).not.toMatch(/parseAllDocuments/);
  expect(d.line).toBe(2);
});

test('validation reports schema and pack problems in one pass', () => {
  const dir = writeTree({
    'multi.yaml': [
      'story: harbour',
      'gazetteer:',
      '  - { id: norland, name: Norland, kind: town }',
      'facts:',
      '  - id: Bad Id', // bad-id
      '    type: date',
      '    cues: [left]',
      '  - id: speed',
      '    type: quantity',
      '    unit: km/h',
      '    tolerence: 2', // unknown-key
      '    cues: [speed]',
      '  - id: when',
      '    type: dat', // bad-value
      '    cues: [arrived]',
      '  - id: day',
      '    type: date',
      '    kinds: [town]', // field-not-applicable
      '    cues: [sailed]',
      '  - id: where',
      '    type: place',
      '    kinds: [city]', // unknown-kind
      '    cues: [docked in]',
      '',
    ].join('\n'),
  });
  const found = diagnosticsOf([path.join(dir, 'multi.yaml')]).map((d) => [d.code, d.line]);
  expect(found).toEqual(
    expect.arrayContaining([
      ['bad-id', 5],
      ['unknown-key', 11],
      ['bad-value', 14],
      ['field-not-applicable', 18],
      ['unknown-kind', 22],
    ]),
  );
  expect(found).toHaveLength(5);
});

test('a pack whose facts all come from extends is a valid pack and checks articles', () => {
  const dir = writeTree({
    'rules/shared/ferry-facts.yaml': [
      'story: ferry-base',
      'facts:',
      '  - id: departure-day',
      '    type: date',
      '    cues: [left]',
      '',
    ].join('\n'),
    'rules/ferry.yaml': [
      'story: ferry',
      'extends: [shared/ferry-facts.yaml]',
      'applies-to: { paths: ["*.md"] }',
      '',
    ].join('\n'),
  });
  const r = runCli(['rules', 'validate', 'rules/ferry.yaml'], { cwd: dir });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const checker = Checker.load([path.join(dir, 'rules', 'ferry.yaml')]);
  expect(checker.packs.map((p) => [p.story, p.facts.map((f) => f.id)])).toEqual([['ferry', ['departure-day']]]);
  const article = parseArticle('The ferry left on 2023-11-09.\n', 'a.md', 'a.md');
  expect(checker.extractClaims(article).map((c) => [c.fact, c.value])).toEqual([['departure-day', '2023-11-09']]);
});

test('an unknown unit is answered with the units of the dimension it measures', () => {
  const pack = (unit: string) =>
    writeTree({ 'p.yaml': `story: s\nfacts:\n  - id: x\n    type: quantity\n    unit: ${unit}\n    cues: [long]\n` });
  const [furlongs] = diagnosticsOf([path.join(pack('furlongs'), 'p.yaml')]);
  expect(furlongs.code).toBe('unknown-unit');
  expect(furlongs.hint).toContain('"furlongs" measures length, whose units are mm, cm, m, km, mi');
  expect(furlongs.hint).toContain('factor: 201.168');
  expect(furlongs.hint).not.toMatch(/\bg, s, L\b/);
  const [months] = diagnosticsOf([path.join(pack('months'), 'p.yaml')]);
  expect(months.hint).toContain('measures time');
  expect(months.hint).toContain('duration fact');
  expect(months.hint).not.toContain('did you mean "mins"');
  const [typo] = diagnosticsOf([path.join(pack('knotz'), 'p.yaml')]);
  expect(typo.hint).toContain('did you mean');
});
