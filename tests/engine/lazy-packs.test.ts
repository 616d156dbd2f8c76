/**
 * Rules from the cache compile each pack when an article first needs it (a draft of one story
 * against an archive of thousands of story packs compiles its own). What a user relies on: the
 * report is the one every pack compiled gives, also where another story's pattern overlaps the
 * draft's (wink learns every pack's patterns as one set, and a longer match of one takes the
 * tokens of another's), and an error in any rule file is still reported, whichever packs the
 * run needs (built CLI).
 */
import fs from 'node:fs';
import path from 'node:path';
import { runCli, statFigure, writeTree } from '../helpers';

/** Two story packs: the harbour pack's pattern takes "12 fire engines", the draft's story counts "12 fire". */
const PACKS = {
  'rules/harbour.yaml': [
    'story: harbour-blaze',
    'applies-to: { story: [harbour-blaze] }',
    'facts:',
    '  - id: engines',
    '    type: name',
    '    patterns: ["[CARDINAL|NUM] fire engines"]',
    '    cues: [sent]',
    '',
  ].join('\n'),
  'rules/depot.yaml': [
    'story: depot-fire',
    'applies-to: { story: [depot-fire] }',
    'facts:',
    '  - id: crews',
    '    type: count',
    '    patterns: ["[CARDINAL|NUM] fire"]',
    '    cues: [sent]',
    '  - id: fire-date',
    '    type: date',
    '    cues: [broke out]',
    '',
  ].join('\n'),
};

const article = (story: string, source: string, body: string) =>
  `---\ntitle: ${story} report\nsource: ${source}\npublished: 2024-03-02\nstory: ${story}\n---\n${body}\n`;

describe('packs compiled when first needed (rules from the cache)', () => {
  const dir = writeTree({
    ...PACKS,
    'archive/a-harbour.md': article('harbour-blaze', 'Harbour News', 'The city sent 9 fire engines to the quay.'),
    'archive/b-depot.md': article(
      'depot-fire',
      'Depot Daily',
      'The fire broke out on 1 March 2024. The city sent 12 fire engines to the depot.',
    ),
    'archive/c-depot.md': article('depot-fire', 'Evening Post', 'The fire broke out on 29 February 2024.'),
    'draft.md': article(
      'depot-fire',
      'Our Desk',
      'The fire broke out on 1 March 2024. The city sent 14 fire engines to the depot.',
    ),
  });
  const at = (p: string) => path.join(dir, p);
  const env = { FACTLINT_STATS: '1' };
  const checkOf = (paths: string[], extra: string[]) =>
    runCli(
      ['check', ...paths, '--rules', at('rules'), '--format', 'json', '--fail-on', 'never', '--jobs', '1', ...extra],
      { env },
    );
  const check = (extra: string[]) => checkOf([at('draft.md'), '--against', at('archive')], extra);

  test('a draft checked with cached rules, also --trust-index, reports what every pack compiled reports', () => {
    // No cache, no index: every pack loaded and compiled from the files.
    const full = check(['--cache-location', at('none')]);
    expect(full.code).toBe(0);
    expect(statFigure(full.stderr, 'rules cached')).toBe(0);
    const cold = check(['--cache', '--cache-location', at('cache')]);
    expect(statFigure(cold.stderr, 'rules cached')).toBe(0);
    const warm = check(['--cache', '--cache-location', at('cache')]);
    expect(statFigure(warm.stderr, 'rules cached')).toBe(1);
    expect(warm.stdout).toBe(full.stdout);
    expect(runCli(['index', at('archive'), '--rules', at('rules'), '--cache-location', at('cache')]).code).toBe(0);
    const trusted = check(['--cache-location', at('cache'), '--trust-index']);
    expect(trusted.code).toBe(0);
    expect(statFigure(trusted.stderr, 'rules cached')).toBe(1);
    expect(trusted.stdout).toBe(full.stdout);
    // The harbour pack's longer pattern holds "14 fire engines": the depot fact has no claim there.
    const report = JSON.parse(trusted.stdout) as { findings: { fact: string }[] };
    expect(report.findings.map((f) => f.fact)).toContain('fire-date');
    expect(report.findings.map((f) => f.fact)).not.toContain('crews');
  });

  test('a full check with cached rules (every story present) reports what it reports from the files', () => {
    const run = (extra: string[]) => checkOf([at('archive'), at('draft.md')], extra);
    const plain = run([]);
    const cold = run(['--cache', '--cache-location', at('full-cache')]);
    const warm = run(['--cache', '--cache-location', at('full-cache')]);
    expect(statFigure(cold.stderr, 'rules cached')).toBe(0);
    expect(statFigure(warm.stderr, 'rules cached')).toBe(1);
    expect(cold.stdout).toBe(plain.stdout);
    expect(warm.stdout).toBe(plain.stdout);
  });

  test("an error in another story's pack is reported at its line, though the draft needs only its own pack", () => {
    expect(statFigure(check(['--cache', '--cache-location', at('cache')]).stderr, 'rules cached')).toBe(1);
    const harbour = at('rules/harbour.yaml');
    fs.writeFileSync(harbour, PACKS['rules/harbour.yaml'].replace('fire engines', '[km/h|mph] engines'));
    const broken = check(['--cache', '--cache-location', at('cache')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/harbour\.yaml:6:\d+/);
    expect(broken.stderr).toContain('bad-pattern');
  });
});
