/**
 * Every rule-file mistake has a stable code, a position and a hint: one broken file per code
 * (tests/fixtures/rules-errors), checked through the library and through `rules validate`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Checker } from '../../src/engine/checker';
import { UserError, type Diagnostic } from '../../src/errors';
import { runCli, writeTree } from '../helpers';

const DIR = 'tests/fixtures/rules-errors';

function diagnosticsOf(file: string): Diagnostic[] {
  try {
    Checker.load([file], { allowNoPacks: true });
  } catch (e) {
    if (e instanceof UserError) return e.diagnostics;
    throw e;
  }
  return [];
}

// file, code, line, column, hint (substring)
const TABLE: [string, string, number, number, string][] = [
  ['yaml-syntax.yaml', 'yaml-syntax', 4, 11, 'indentation'],
  ['duplicate-key.yaml', 'yaml-syntax', 2, 1, 'each key may appear once'],
  ['unknown-key.yaml', 'unknown-key', 6, 5, 'did you mean "tolerance"?'],
  ['bad-type.yaml', 'bad-type', 5, 11, 'write a list'],
  ['bad-value.yaml', 'bad-value', 4, 11, 'did you mean "date"?'],
  ['bad-id.yaml', 'bad-id', 3, 9, 'lower-case letters'],
  ['missing-key.yaml', 'missing-key', 3, 5, 'add a "type:" field'],
  ['duplicate-id.yaml', 'duplicate-id', 6, 9, 'the other is facts[0]'],
  ['unknown-unit.yaml', 'unknown-unit', 5, 11, '(kn)?'],
  ['unknown-kind.yaml', 'unknown-kind', 7, 12, 'kinds in use: town'],
  ['unknown-place.yaml', 'unknown-place', 7, 14, 'did you mean "norland"?'],
  ['unknown-category.yaml', 'unknown-category', 7, 15, 'did you mean "person"?'],
  ['unknown-part.yaml', 'unknown-part', 7, 19, 'did you mean "lusk"?'],
  ['extends-not-found.yaml', 'extends-not-found', 3, 5, 'paths are relative to'],
  ['cycle/a.yaml', 'extends-cycle', 1, 11, 'a third file'],
  ['bad-pattern.yaml', 'bad-pattern', 6, 9, 'must be one token'],
  ['pattern-pitfall.yaml', 'bad-pattern', 5, 16, 'reorder it, e.g. [m|mm|km]'],
  ['field-not-applicable.yaml', 'field-not-applicable', 6, 12, 'change the type to place'],
  ['no-gazetteer.yaml', 'no-gazetteer', 3, 5, 'gazetteer'],
  ['bad-cue.yaml', 'bad-cue', 6, 9, 'lemma'],
  ['empty-list.yaml', 'empty-list', 5, 11, 'add an item'],
  ['bad-version.yaml', 'bad-version', 1, 11, 'factlint: 1'],
];

describe.each(TABLE)('%s', (file, code, line, column, hint) => {
  test(`reports ${code} at ${line}:${column} with a hint`, () => {
    const [d] = diagnosticsOf(path.join(DIR, file));
    expect(d).toBeDefined();
    expect({ code: d.code, line: d.line, column: d.column }).toEqual({ code, line, column });
    expect(d.hint).toContain(hint);
    expect(d.excerpt).toContain(`${line} | `);
    expect(d.message.length).toBeGreaterThan(10);
  });
});

test('running and parts apply only to figures: a date fact with them is refused at their line', () => {
  const dir = writeTree({
    'pack.yaml': [
      'story: s',
      'facts:',
      '  - id: day',
      '    type: date',
      '    running: true',
      '    cues: [left]',
      '',
    ].join('\n'),
  });
  const [d] = diagnosticsOf(path.join(dir, 'pack.yaml'));
  expect({ code: d.code, line: d.line }).toEqual({ code: 'field-not-applicable', line: 5 });
  expect(d.hint).toContain('whatever the dates');
});

test('a witnesses threshold above 1 is refused at its line with a hint about shares, not hedges', () => {
  const dir = writeTree({
    'pack.yaml': [
      'story: s',
      'facts:',
      '  - { id: n, type: count, cues: [dead] }',
      'witnesses:',
      '  threshold: 2',
      '',
    ].join('\n'),
  });
  const [d] = diagnosticsOf(path.join(dir, 'pack.yaml'));
  expect({ code: d.code, line: d.line }).toEqual({ code: 'bad-value', line: 5 });
  expect(d.hint).toContain('share of the shorter article');
});

test('every broken fixture is in the table', () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.yaml'));
  expect(files.filter((f) => !TABLE.some(([t]) => t === f)).sort()).toEqual([]);
});

test('all errors of a file at once, each with its own position', () => {
  const dir = writeTree({
    'pack.yaml': [
      'story: broken',
      'facts:',
      '  - id: a',
      '    type: dat',
      '    cues: [left]',
      '  - id: b',
      '    type: quantity',
      '    unit: knotz',
      '    cues: [speed]',
      '    severty: error',
      '',
    ].join('\n'),
  });
  const ds = diagnosticsOf(path.join(dir, 'pack.yaml'));
  // Schema errors do not stop the pack checks: the unknown unit is reported in the same run.
  expect(ds.map((d) => `${d.code}@${d.line}:${d.column}`).sort()).toEqual([
    'bad-value@4:11',
    'unknown-key@10:5',
    'unknown-unit@8:11',
  ]);
});

describe('factlint rules validate', () => {
  test('prints ✔ per valid file and exits 0 on the example rules', () => {
    const r = runCli(['rules', 'validate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ rules/kim-putin-2023.yaml');
    expect(r.stdout).toContain('✔ rules/shared/places-east-asia.yaml');
    expect(r.stderr).toBe('');
  });

  test('prints every diagnostic with file:line:column, exits 2, no stack trace', () => {
    const r = runCli([
      'rules',
      'validate',
      `${DIR}/unknown-key.yaml`,
      `${DIR}/bad-value.yaml`,
      'rules/kim-putin-2023.yaml',
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('✔ rules/kim-putin-2023.yaml\n');
    expect(r.stderr).toContain(`${DIR}/unknown-key.yaml:6:5: error unknown-key: unknown key "tolerence" in facts.0`);
    expect(r.stderr).toContain('hint: did you mean "tolerance"?');
    expect(r.stderr).toContain(`${DIR}/bad-value.yaml:4:11: error bad-value`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('an empty rules folder is a usage error (exit 2)', () => {
    const dir = writeTree({ 'README.txt': 'no rules here' });
    const r = runCli(['rules', 'validate', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error rules-empty');
    expect(runCli(['check', 'corpus', '--rules', dir]).code).toBe(2);
  });

  test('check refuses invalid rules with exit 2 and the same diagnostics', () => {
    const r = runCli(['check', 'corpus', '--rules', `${DIR}/unknown-place.yaml`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown-place.yaml:7:14: error unknown-place');
  });
});
