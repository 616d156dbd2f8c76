/** `factlint rules test` (fixtures annotated with expected claims) and `factlint explain`. */
import { runCli, writeTree } from '../helpers';

describe('factlint rules test', () => {
  test('the example pack and the ferry pack pass their hand-checked tests', () => {
    const r = runCli(['rules', 'test', 'rules', 'tests/fixtures/ferry-story/rules']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('rules/kim-putin-2023.yaml (kim-putin-2023): 7 fixtures');
    expect(r.stdout).toContain('(solenne-grounding): 3 fixtures');
    expect(r.stdout).toMatch(/summit-location\s+6\s+0\s+0\n/);
    expect(r.stdout).toMatch(/passengers\s+2\s+0\s+0\n/);
    expect(r.stdout.trim().split('\n').pop()).toBe('✔ 10 fixtures passed');
  });

  test('the fixture stories of the rule-language tests pass', () => {
    const r = runCli(['rules', 'test', 'tests/fixtures/rules-types/rules', 'tests/fixtures/rules-cues/rules']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/fire-engines\s+2\s+0\s+0\n/);
  });

  test('a mismatch prints FN/FP lines and the confusion matrix, exit 1', () => {
    const dir = writeTree({
      'rules/pack.yaml': [
        'story: t',
        'facts:',
        '  - { id: built, type: year, cues: [built in] }',
        '  - { id: crew, type: count, cues: [{ phrase: crew, position: before, window: 2 }] }',
        'tests:',
        '  - file: ../a.md',
        '    expect: { built: 1998 }',
        '  - b.md',
        '',
      ].join('\n'),
      'a.md': 'The ship was built in 1999. It had 12 crew.\n',
      'rules/b.md': '---\nexpect:\n  crew: 12\nabsent: [built]\n---\nIt had 12 crew and was built in 2001.\n',
    });
    const r = runCli(['rules', 'test', `${dir}/rules`]);
    expect(r.code).toBe(1);
    // Expected and found side by side, each claim with its sentence, and what is missing.
    expect(r.stdout).toContain(
      'FN    built: expected "1998", not found; the claims of built are:\n        found "1999" at 1:23\n          in “The ship was built in 1999.”',
    );
    expect(r.stdout).toContain('FP    crew: unexpected claim "12" at 1:36\n          in “It had 12 crew.”');
    expect(r.stdout).toContain('FP    built: must not yield "2001" at 6:33');
    expect(r.stdout).not.toMatch(/"12" \(12\)/); // a value is not repeated when it is what was written
    expect(r.stdout).toMatch(/built\s+0\s+2\s+1 {2}✖/);
    expect(r.stdout).toMatch(/crew\s+1\s+1\s+0 {2}✖/);
    expect(r.stdout).toContain('✖ 2 of 2 fixtures failed');
    const j = runCli(['rules', 'test', `${dir}/rules`, '--json']);
    expect(j.code).toBe(1);
    const data = JSON.parse(j.stdout) as { fixtures: number; failed: number; packs: { matrix: unknown }[] };
    expect(data).toMatchObject({ fixtures: 2, failed: 2 });
    expect(data.packs[0].matrix).toEqual({ built: { tp: 0, fp: 2, fn: 1 }, crew: { tp: 1, fp: 1, fn: 0 } });
  });

  test('a pack without tests is listed, a missing fixture is a usage error', () => {
    const dir = writeTree({
      'p.yaml': 'story: t\nfacts: [{ id: y, type: year, cues: [in] }]\n',
      'q.yaml': 'story: u\nfacts: [{ id: y, type: year, cues: [in] }]\ntests: [nothere.md]\n',
    });
    expect(runCli(['rules', 'test', `${dir}/p.yaml`]).stdout).toContain('no tests');
    const r = runCli(['rules', 'test', `${dir}/q.yaml`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error test-not-found');
  });
});

describe('factlint explain', () => {
  test('summit-location: Khasan is rejected by rule, Vladivostok taken, countries rejected by kind', () => {
    const r = runCli(['explain', 'summit-location', 'corpus', '--rules', 'rules']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✖ Khasan {2}11:36: excluded by phrase "arrive" \(exclude, after, window 6\)/);
    expect(r.stdout).toMatch(/✔ Vladivostok → vladivostok .*cue "heading towards", 0 tokens away/);
    expect(r.stdout).toContain('✖ Russia  5:51: kind not allowed: Russia is a country (kinds: city, town, venue)');
    expect(r.stdout).toMatch(/sentence excluded by phrase "last trip abroad"/);
    expect(r.stdout).toContain('wrong type: a duration, not a place');
  });

  test('roles: a value taken by another fact names it; window, side and scope reasons', () => {
    const dir = 'tests/fixtures/rules-cues';
    const r = runCli(['explain', 'departure-date', `${dir}/corpus/valdor-times.md`, '--rules', `${dir}/rules`]);
    expect(r.stdout).toContain('✔ Sunday → 2024-06-02');
    expect(r.stdout).toContain(
      '✖ Tuesday  12:62: taken by fact arrival-date, whose cue "arrive" is nearer (3 tokens, here 8)',
    );
    const p = runCli(['explain', 'passengers', `${dir}/corpus`, '--rules', `${dir}/rules`]);
    expect(p.stdout).toContain('✖ 180  9:46: outside window: 4 tokens before "passengers" (window 2)');
    const a = runCli(['explain', 'arrival-point', 'corpus/004-kim-arrives-in-khasan.md']);
    expect(a.stdout).toContain('✖ North Korea  6:1: wrong side: before cue "arrived in", which takes values after it');
    const n = runCli(['explain', 'arrival-point', 'rules/tests/kim-putin-2023/summit-vs-border.md']);
    expect(n.stdout).toContain(
      '✖ Khasan  7:39: not the nearest in the sentence: "Russia" is 0 tokens from a cue, this 2',
    );
    const s = runCli([
      'explain',
      'landfall-place',
      'tests/fixtures/rules-scope/corpus',
      '--rules',
      'tests/fixtures/rules-scope/rules',
    ]);
    expect(s.stdout).toContain(
      "out of the pack's scope: applies-to story coast-storm (article: none) does not match regatta-notes.md",
    );
  });

  test('--json, and an unknown fact is a usage error naming the facts', () => {
    const r = runCli(['explain', 'kim-putin-2023/arrival-point', 'corpus/004-kim-arrives-in-khasan.md', '--json']);
    const data = JSON.parse(r.stdout) as { articles: { sentences: { taken: unknown[] }[] }[] };
    expect(data.articles[0].sentences[0].taken[0]).toMatchObject({ raw: 'Russia', value: 'russia', cue: 'arrived in' });
    const bad = runCli(['explain', 'summit-place']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('error unknown-fact');
    expect(bad.stderr).toContain('kim-putin-2023/summit-location');
  });
});
