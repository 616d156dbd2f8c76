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

describe('case-sensitive aliases', () => {
  const dir = writeTree({
    'rules/trip.yaml': [
      'story: trip',
      'gazetteer:',
      '  - { id: usa, name: United States, kind: country, aliases: [US, America] }',
      '  - { id: uk, name: United Kingdom, kind: country, aliases: [{ alias: uk, case-sensitive: false }] }',
      '  - { id: reading, name: Reading, kind: town, case-sensitive: true }',
      'names:',
      '  - { id: who, name: World Health Organization, aliases: [{ alias: Who, case-sensitive: true }] }',
      'facts:',
      '  - id: destination',
      '    type: place',
      '    cues: [{ phrase: flew to, position: after, window: 3 }, { phrase: stay with, position: after, window: 2 }, { phrase: reading, position: after, window: 1 }]',
      '  - id: agency',
      '    type: name',
      '    cues: [{ phrase: said, position: before, window: 1 }]',
      '',
    ].join('\n'),
  });
  const checker = Checker.load([path.join(dir, 'rules')]);
  const claims = (text: string) =>
    checker.extractClaims(parseArticle(`${text}\n`, 'a.md', 'a.md')).map((c) => [c.fact, c.raw, c.value]);

  test('a short all-capital alias matches only in capitals: "US", not "us"', () => {
    expect(claims('He flew to the US on Monday.')).toEqual([['destination', 'US', 'usa']]);
    expect(claims('Stay with us, he said.')).toEqual([]);
    expect(claims('He flew to the U.S. on Monday.')).toEqual([['destination', 'U.S.', 'usa']]);
  });

  test('per alias: case-sensitive: false makes a short capital alias match in any case', () => {
    expect(claims('They flew to Uk later.')).toEqual([['destination', 'Uk', 'uk']]);
  });

  test('per entry: case-sensitive: true applies to the name (Reading the town, not reading)', () => {
    expect(claims('She flew to Reading.')).toEqual([['destination', 'Reading', 'reading']]);
    expect(claims('After reading it twice, she flew home.')).toEqual([]);
  });

  test('an alias object with case-sensitive: true ("Who" but not "who")', () => {
    expect(claims('Who said so.').filter(([f]) => f === 'agency')).toEqual([['agency', 'Who', 'who']]);
    expect(claims('The man who said so left.').filter(([f]) => f === 'agency')).toEqual([]);
  });

  test('longer aliases stay case-insensitive by default', () => {
    expect(claims('He flew to america on Monday.')).toEqual([['destination', 'america', 'usa']]);
  });
});

test('a sentence-wide exclude can be a lemma: every form of the word excludes the sentence', () => {
  const dir = writeTree({
    'rules/quake.yaml': [
      'story: quake',
      'facts:',
      '  - id: quake-day',
      '    type: date',
      '    cues: [struck, hit]',
      '    exclude: [{ lemma: aftershock, scope: sentence }]',
      '',
    ].join('\n'),
  });
  const checker = Checker.load([path.join(dir, 'rules')]);
  const text =
    'The earthquake struck on 2024-01-01.\n\nAn aftershock struck on 2024-01-03.\n\nTwo aftershocks hit on 2024-01-04.\n';
  const claims = checker.extractClaims(parseArticle(text, 'a.md', 'a.md'));
  expect(claims.map((c) => c.value)).toEqual(['2024-01-01']);
});

describe('rules test and rules validate on expectations', () => {
  const dir = writeTree({
    'rules/pack.yaml': [
      'story: t',
      'facts:',
      '  - { id: crew, type: count, cues: [{ phrase: crew, position: before, window: 2 }] }',
      'tests:',
      '  - c.md',
      '  - file: d.md',
      '    expect: { crwe: 3 }',
      '',
    ].join('\n'),
    'rules/c.md': '---\nexpect:\n  crew: [12, 12]\n  crews: 3\n---\nIt had 12 crew.\n',
    'rules/d.md': 'It had 3 crew.\n',
  });

  test('rules validate reports expectations that name no fact of the pack, with line and a guess', () => {
    const r = runCli(['rules', 'validate', 'rules'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rules/c.md:4:3: error unknown-expect-fact: expect: names fact "crews"');
    expect(r.stderr).toContain('rules/pack.yaml:7:15: error unknown-expect-fact: expect: names fact "crwe"');
    expect(r.stderr).toContain('did you mean "crew"?');
  });

  test('an expected value found once but expected twice says the claim was already matched', () => {
    const r = runCli(['rules', 'test', 'rules'], { cwd: dir });
    expect(r.stdout).toContain(
      'FN    crew: expected "12", not found; the claims of crew are:\n        found "12" at 6:8\n          in “It had 12 crew.”\n          (already matched by another expected value)',
    );
  });
});

test('explain hints at a lemma when a phrase cue misses another form of its word', () => {
  const dir = writeTree({
    'rules/b.yaml': 'story: bridge\nfacts:\n  - id: collapse-day\n    type: date\n    cues: [collapsed]\n',
    'a.md':
      "---\npublished: 2024-03-28\n---\nRescuers worked through the night after Tuesday's collapse of the bridge.\n",
    'b.md': '---\npublished: 2024-03-28\n---\nThe bridge collapsed on Tuesday.\n',
  });
  const a = runCli(['explain', 'collapse-day', 'a.md', '--rules', 'rules'], { cwd: dir });
  expect(a.stdout).toContain(
    'hint: cue "collapsed" is a phrase (exact words) and misses "collapse" at 4:51, another form of the same word: write { lemma: collapse } to match every form',
  );
  const b = runCli(['explain', 'collapse-day', 'b.md', '--rules', 'rules'], { cwd: dir });
  expect(b.stdout).not.toContain('hint:'); // the phrase matched: nothing to hint
});
