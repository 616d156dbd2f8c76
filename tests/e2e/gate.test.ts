/** The CI gate as a newsroom uses it: suppressions, baselines, draft mode, thresholds. */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, runCli, tempDir, writeTree } from '../helpers';
import type { Report } from '../../src/model/report';
import type { Baseline } from '../../src/gate/baseline';

/** A scratch copy of the example corpus and rules. */
function scratch(): string {
  const dir = tempDir();
  fs.cpSync(path.join(ROOT, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'rules'), path.join(dir, 'rules'), { recursive: true });
  return dir;
}
const json = (dir: string, ...args: string[]) => {
  const r = runCli(['check', ...args, '--format', 'json'], { cwd: dir });
  return { ...r, report: JSON.parse(r.stdout || '{}') as Report };
};
const FAQ = 'corpus/003-kim-putin-meeting-faq.md';

describe('inline suppressions', () => {
  test('disable-next-line drops the claim below it and the contradiction it caused', () => {
    const dir = scratch();
    const file = path.join(dir, FAQ);
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(
      file,
      text.replace(
        'The arrival of North Korean',
        '<!-- factlint-disable-next-line prior-meeting-year -- the 2015 date was checked and is a typo -->\nThe arrival of North Korean',
      ),
    );
    const { code, report } = json(dir);
    const f = report.findings.find((x) => x.fact === 'prior-meeting-year')!;
    expect(f.status).toBe('single-source');
    expect(f.claims.map((c) => c.value)).toEqual(['2019']);
    expect(report.summary.suppressed).toBe(1);
    expect(code).toBe(1); // the departure-date contradiction remains
  });

  test('a block disable covers the rest of the article; an unused suppression is reported with its line', () => {
    const dir = scratch();
    const file = path.join(dir, 'corpus/002-kim-jong-un-enters-russia.md');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines.splice(
      5,
      0,
      '<!-- factlint-disable kim-putin-2023/departure-date -->',
      '<!-- factlint-disable-next-line no-such-fact -->',
    );
    fs.writeFileSync(file, lines.join('\n'));
    const { report } = json(dir);
    expect(report.findings.find((x) => x.fact === 'departure-date')!.status).toBe('single-source');
    const unused = report.problems.filter((p) => p.code === 'unused-suppression');
    expect(unused).toHaveLength(1);
    expect(unused[0]).toMatchObject({
      file: 'corpus/002-kim-jong-un-enters-russia.md',
      line: 7,
      column: 1,
      severity: 'warning',
    });
  });
});

describe('baseline', () => {
  test('recorded findings are ignored; edits elsewhere do not bring them back; a changed value does', () => {
    const dir = scratch();
    const write = runCli(['check', '--baseline', 'factlint-baseline.json', '--update-baseline', '--format', 'json'], {
      cwd: dir,
    });
    expect(write.code).toBe(0);
    expect(write.stderr).toMatch(/wrote factlint-baseline\.json with 4 finding/);
    const baseline = JSON.parse(fs.readFileSync(path.join(dir, 'factlint-baseline.json'), 'utf8')) as Baseline;
    expect(baseline.findings.map((e) => e.fact).sort()).toEqual([
      'arrival-date',
      'departure-date',
      'prior-meeting-year',
      'train-speed',
    ]);
    expect(JSON.stringify(baseline)).not.toMatch(/"line"/); // keyed by values and articles, not lines

    let run = json(dir, '--baseline', 'factlint-baseline.json');
    expect(run.code).toBe(0);
    expect(run.report.summary).toMatchObject({ contradictions: 0, baselined: 4 });

    // An edit elsewhere in 003 moves every line; nothing resurfaces.
    const file = path.join(dir, FAQ);
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace('---\nThe arrival', '---\nAn editor added this paragraph.\n\nThe arrival'));
    run = json(dir, '--baseline', 'factlint-baseline.json');
    expect(run.code).toBe(0);

    // 003 now says 2016 instead of 2015: a new contradiction, and the old entry is stale.
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('encounter in 2015', 'encounter in 2016'));
    run = json(dir, '--baseline', 'factlint-baseline.json');
    expect(run.code).toBe(1);
    expect(
      run.report.findings
        .find((f) => f.fact === 'prior-meeting-year')!
        .claims.map((c) => c.value)
        .sort(),
    ).toEqual(['2016', '2019']);
    const stale = run.report.problems.filter((p) => p.code === 'baseline-stale');
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(/prior-meeting-year/);

    // Updating prunes the stale entry.
    runCli(['check', '--baseline', 'factlint-baseline.json', '--update-baseline'], { cwd: dir });
    expect(
      json(dir, '--baseline', 'factlint-baseline.json').report.problems.filter((p) => p.code === 'baseline-stale'),
    ).toEqual([]);
  });

  test('a broken baseline file is a usage error with a hint', () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"version": 1, "findings": [');
    const r = runCli(['check', '--baseline', 'bad.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.json:1:1: error baseline-invalid/);
    expect(r.stderr).toMatch(/hint: regenerate it with --update-baseline/);
  });
});

describe('draft mode', () => {
  test('only findings that involve the draft are reported', () => {
    const dir = scratch();
    fs.mkdirSync(path.join(dir, 'drafts'));
    fs.writeFileSync(
      path.join(dir, 'drafts/story.md'),
      '---\ntitle: Draft\npublished: 2023-09-12\n---\nKim left Pyongyang for Russia on Sunday aboard his armoured train.\n\nTheir previous meeting was in 2019.\n',
    );
    const { code, report } = json(dir, 'drafts/story.md', '--against', 'corpus');
    expect(code).toBe(1);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) expect(f.claims.some((c) => c.article === 'drafts/story.md')).toBe(true);
    const departure = report.findings.find((f) => f.fact === 'departure-date')!;
    // Published Tuesday 2023-09-12: "on Sunday" is 2023-09-10, not 001's 2023-11-09.
    expect(departure.claims.find((c) => c.article === 'drafts/story.md')!.value).toBe('2023-09-10');
    expect(departure.status).toBe('contradiction');
    expect(report.findings.map((f) => f.fact)).not.toContain('summit-location');
    expect(report.summary.articles).toBe(6);
    // Draft mode aligns only the facts the draft speaks to; its findings are exactly those of
    // a full check that involve the draft.
    const full = json(dir, 'drafts/story.md', 'corpus', '--fail-on', 'never').report;
    expect(full.findings.map((f) => f.fact)).toContain('summit-location');
    expect(report.findings).toEqual(full.findings.filter((f) => f.claims.some((c) => c.article === 'drafts/story.md')));
  });
});

describe('thresholds', () => {
  const dir = writeTree({
    'rules/p.yaml':
      'story: s\nfacts:\n  - id: crowd\n    type: count\n    severity: warning\n    cues: [people attended]\n',
    'corpus/a.md': 'About 300 people attended the rally.\n',
    'corpus/b.md': 'Some 900 people attended the rally.\n',
  });
  test('a warning fails only with --fail-on warning or --max-warnings', () => {
    expect(runCli(['check'], { cwd: dir }).code).toBe(0);
    expect(runCli(['check', '--fail-on', 'warning'], { cwd: dir }).code).toBe(1);
    expect(runCli(['check', '--max-warnings', '0'], { cwd: dir }).code).toBe(1);
    expect(runCli(['check', '--max-warnings', '1'], { cwd: dir }).code).toBe(0);
    expect(runCli(['check', '--fail-on', 'never', '--max-warnings', '0'], { cwd: dir }).code).toBe(1);
  });
});
