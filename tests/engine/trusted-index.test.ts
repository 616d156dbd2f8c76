/**
 * check --trust-index: a draft checked against the archive as the last `factlint index` of
 * those paths recorded it, without listing or reading the archive (an index a batch job keeps
 * up to date). Same report as a full draft check while the index is current; an index that
 * cannot answer (missing, other rules, no record of the paths) is a clear error, exit 2, and
 * is never emptied by the check (built CLI, as a user runs it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, runCli, statFigure, tempDir } from '../helpers';

const figure = statFigure;

describe('check --trust-index', () => {
  const dir = tempDir('factlint-trusted-');
  const archive = path.join(dir, 'archive');
  const cache = path.join(dir, 'cache');
  const draft = path.join(dir, 'draft.md');
  const rules = path.join(dir, 'rules');
  const env = { FACTLINT_STATS: '1' };
  const index = (paths = archive, cacheAt = cache) =>
    runCli(['index', paths, '--rules', rules, '--cache-location', cacheAt, '--jobs', '1']);
  const check = (extra: string[], cacheAt = cache, file = draft, against = archive) =>
    runCli(
      [
        'check',
        file,
        '--against',
        against,
        '--rules',
        rules,
        '--format',
        'json',
        '--fail-on',
        'never',
        '--jobs',
        '1',
        '--cache-location',
        cacheAt,
        ...extra,
      ],
      { env },
    );
  const plain = (file = draft) => check([], path.join(dir, 'no-index-here'), file);

  beforeAll(() => {
    fs.cpSync(path.join(ROOT, 'corpus'), archive, { recursive: true });
    fs.cpSync(path.join(ROOT, 'rules'), rules, { recursive: true });
    // Undated, with a relative date: the draft has a problem of its own, listed among the
    // archive's in corpus order (its id sorts after the archive's).
    fs.writeFileSync(
      draft,
      '---\ntitle: Draft\n---\nThe leaders last met in 2017. The train left on Sunday at 140 km/h.\n',
    );
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const f of fs.readdirSync(archive)) fs.utimesSync(path.join(archive, f), hourAgo, hourAgo);
  });

  test('after factlint index, the trusted check prints the full draft check report, reading no archive file', () => {
    expect(index().code).toBe(0);
    const reference = plain();
    expect(reference.code).toBe(0);
    const r = check(['--trust-index']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(reference.stdout);
    expect(figure(r.stderr, 'extracted')).toBe(1); // the draft only
    expect(figure(r.stderr, 'index unchanged')).toBe(5);
    expect(figure(r.stderr, 'index hashed')).toBe(0);
    const report = JSON.parse(r.stdout) as {
      summary: { articles: number };
      findings: { fact: string }[];
      problems: { file: string }[];
    };
    expect(report.summary.articles).toBe(6);
    expect(report.problems.map((p) => path.basename(p.file))).toContain('draft.md');
    expect(report.findings.map((f) => f.fact)).toContain('prior-meeting-year');
  });

  test('an archive article edited since the index is read as indexed, until factlint index runs again', () => {
    const edited = path.join(archive, '003-kim-putin-meeting-faq.md');
    const before = fs.readFileSync(edited, 'utf8');
    fs.writeFileSync(edited, before.replace('previous encounter in 2015', 'previous encounter in 2011'));
    try {
      expect(check(['--trust-index']).stdout).toContain('2015');
      expect(check(['--trust-index']).stdout).not.toContain('2011');
      expect(plain().stdout).toContain('2011'); // what the archive says now
      expect(index().code).toBe(0);
      const again = check(['--trust-index']);
      expect(again.stdout).toBe(plain().stdout);
      expect(again.stdout).toContain('2011');
    } finally {
      fs.writeFileSync(edited, before);
      expect(index().code).toBe(0);
    }
  });

  test('a draft that is an archive file counts once, as the draft', () => {
    const own = path.join(archive, '002-kim-jong-un-enters-russia.md');
    const r = check(['--trust-index'], cache, own);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(plain(own).stdout);
    expect((JSON.parse(r.stdout) as { summary: { articles: number } }).summary.articles).toBe(5);
  });

  test('no index, or none of these paths: exit 2 with a hint, no report', () => {
    const none = check(['--trust-index'], path.join(dir, 'empty-cache'));
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('error index-missing');
    expect(none.stderr).toContain('hint: build it with factlint index');
    expect(fs.existsSync(path.join(dir, 'empty-cache', 'index-v1.sqlite'))).toBe(false); // nothing made

    const other = path.join(dir, 'other-archive');
    fs.cpSync(archive, other, { recursive: true });
    const r = runCli([
      'check',
      draft,
      '--against',
      other,
      '--rules',
      rules,
      '--cache-location',
      cache,
      '--trust-index',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('error index-no-record');
    expect(r.stderr).toContain(`run factlint index ${other}`);
  });

  test('other rules than the index was built with: exit 2, and the index is kept for its own rules', () => {
    const pack = path.join(rules, 'kim-putin-2023.yaml');
    const before = fs.readFileSync(pack, 'utf8');
    fs.writeFileSync(pack, `${before}\n# an editor's note\n`);
    try {
      const r = check(['--trust-index']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('error index-other-rules');
      expect(r.stderr).toContain('hint: run factlint index again');
    } finally {
      fs.writeFileSync(pack, before);
    }
    const back = check(['--trust-index']);
    expect(back.code).toBe(0);
    expect(figure(back.stderr, 'index unchanged')).toBe(5);
  });

  test('a folder indexed again from a subfolder (other article ids) voids the recorded runs: no stale names', () => {
    const nested = path.join(dir, 'nested');
    fs.cpSync(archive, path.join(nested, 'desk'), { recursive: true });
    const nestedCache = path.join(dir, 'nested-cache');
    expect(index(nested, nestedCache).code).toBe(0);
    expect(index(path.join(nested, 'desk'), nestedCache).code).toBe(0); // ids "x.md", not "desk/x.md"
    const trusted = check(['--trust-index'], nestedCache, draft, nested);
    expect(trusted.code).toBe(2);
    expect(trusted.stderr).toContain('error index-no-record');
    const reference = check([], path.join(dir, 'nested-no-index'), draft, nested);
    expect(reference.stdout).toContain('"desk/002-kim-jong-un-enters-russia.md"');
    expect(check([], nestedCache, draft, nested).stdout).toBe(reference.stdout);
  });

  test('a draft stands among the archive in corpus order (by id), as a full check lists it', () => {
    // Relative paths: the draft's id "draft.md" sorts after the archive's "00…" ids.
    const run = (args: string[]) => runCli(args, { cwd: dir });
    expect(run(['index', 'archive', '--rules', 'rules', '--cache-location', 'rel-cache', '--jobs', '1']).code).toBe(0);
    const args = [
      'check',
      'draft.md',
      '--against',
      'archive',
      '--rules',
      'rules',
      '--format',
      'json',
      '--fail-on',
      'never',
    ];
    const reference = run([...args, '--cache-location', 'rel-no-index']);
    const trusted = run([...args, '--cache-location', 'rel-cache', '--trust-index']);
    expect(trusted.code).toBe(0);
    expect(trusted.stdout).toBe(reference.stdout);
    const problems = (JSON.parse(trusted.stdout) as { problems: { file: string }[] }).problems.map((p) => p.file);
    expect(problems.length).toBeGreaterThan(1);
    expect(problems[problems.length - 1]).toBe('draft.md');
  });

  test('a draft with the id of another archive article is exit 2 with a hint, not a mixed-up report', () => {
    // Given as "002-….md" from its folder, the draft's id is that of the archive's 002-….md.
    fs.writeFileSync(
      path.join(dir, '002-kim-jong-un-enters-russia.md'),
      '---\ntitle: Another\n---\nThe leaders last met in 2017.\n',
    );
    const r = runCli(
      [
        'check',
        '002-kim-jong-un-enters-russia.md',
        '--against',
        'archive',
        '--rules',
        'rules',
        '--cache-location',
        'rel-cache',
        '--trust-index',
        '--format',
        'json',
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('error draft-id-taken');
    expect(r.stderr).toContain('hint: rename the draft');
  });

  test('--trust-index outside draft mode is a flag error', () => {
    const r = runCli(['check', archive, '--rules', rules, '--trust-index', '--cache-location', cache]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--trust-index needs draft mode');
  });
});
