/**
 * The claims index (factlint index, check --against): the draft report it gives is the one a
 * full draft check gives, byte for byte, after edits, touches, deletions and rule changes; a
 * damaged or locked index is a clear error, never a wrong report (built CLI, as a user runs it).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ROOT, runCli, statFigure, tempDir } from '../helpers';

const figure = statFigure;

describe('claims index', () => {
  const dir = tempDir('factlint-index-');
  const archive = path.join(dir, 'archive');
  const cache = path.join(dir, 'cache');
  const draft = path.join(dir, 'draft.md');
  const rules = path.join(dir, 'rules');
  const env = { FACTLINT_STATS: '1' };
  const indexArgs = () => ['index', archive, '--rules', rules, '--cache-location', cache, '--jobs', '1'];
  const draftArgs = (format = 'json') => [
    'check',
    draft,
    '--against',
    archive,
    '--rules',
    rules,
    '--format',
    format,
    '--fail-on',
    'never',
    '--jobs',
    '1',
  ];
  /** The reference: the same draft check with no index anywhere (another cache location). */
  const plain = (format = 'json') =>
    runCli([...draftArgs(format), '--cache-location', path.join(dir, 'no-index-here')]);
  const indexed = (format = 'json') => runCli([...draftArgs(format), '--cache-location', cache], { env });

  beforeAll(() => {
    fs.cpSync(path.join(ROOT, 'corpus'), archive, { recursive: true });
    fs.cpSync(path.join(ROOT, 'rules'), rules, { recursive: true });
    // An archive article with a directive that suppresses one claim, and one that suppresses none.
    const a = path.join(archive, '002-kim-jong-un-enters-russia.md');
    expect(fs.readFileSync(a, 'utf8')).toMatch(/^---\n[\s\S]*?\n---\n/);
    fs.writeFileSync(
      a,
      fs
        .readFileSync(a, 'utf8')
        .replace(
          /^(---\n[\s\S]*?\n---\n)/,
          '$1<!-- factlint-disable train-speed -->\n<!-- factlint-disable-next-line no-such-fact -->\n',
        ),
    );
    fs.writeFileSync(
      draft,
      `${fs.readFileSync(path.join(ROOT, 'corpus', '004-kim-arrives-in-khasan.md'), 'utf8')}\nThe train travelled at 140 km/h. Kim left Pyongyang on Sunday, September 10, 2023.\n`,
    );
    // Files written a second ago are re-hashed on every run (an edit in the same mtime tick keeps the stat): age them.
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const f of fs.readdirSync(archive)) fs.utimesSync(path.join(archive, f), hourAgo, hourAgo);
  });

  test('index, then a draft check reads it and prints the full check report byte for byte (JSON and text)', () => {
    const built = runCli(indexArgs(), { env });
    expect(built.code).toBe(0);
    expect(figure(built.stderr, 'index extracted')).toBe(5);
    expect(figure(built.stderr, 'index rows')).toBe(5);
    const reference = plain();
    expect(reference.code).toBe(0);
    const r = indexed();
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(reference.stdout);
    expect(figure(r.stderr, 'index unchanged')).toBe(5);
    expect(figure(r.stderr, 'extracted')).toBe(1); // the draft only
    expect(figure(r.stderr, 'index claims read')).toBeGreaterThan(0);
    expect(figure(r.stderr, 'index facts touched')).toBeGreaterThan(0);
    const report = JSON.parse(r.stdout) as {
      summary: { suppressed: number; articles: number };
      problems: { code: string }[];
    };
    expect(report.summary.articles).toBe(6);
    expect(report.summary.suppressed).toBeGreaterThan(0);
    expect(report.problems.map((p) => p.code)).toContain('unused-suppression');
    expect(indexed('text').stdout).toBe(plain('text').stdout);
  });

  test('an article with a publication time keeps it through the index (as-of labels, publishedAt)', () => {
    const timed = path.join(archive, '003-kim-putin-meeting-faq.md');
    const before = fs.readFileSync(timed, 'utf8');
    expect(before).toMatch(/^---\n/);
    fs.writeFileSync(timed, before.replace(/^---\n/, '---\npublished: 2023-09-11T08:30\n'));
    const hourAgo = new Date(Date.now() - 3_600_000);
    fs.utimesSync(timed, hourAgo, hourAgo);
    try {
      expect(runCli(indexArgs()).code).toBe(0);
      const r = indexed();
      expect(r.stdout).toBe(plain().stdout);
      const report = JSON.parse(r.stdout) as { articles: { id: string; publishedAt: string | null }[] };
      expect(report.articles.find((a) => a.id === '003-kim-putin-meeting-faq.md')?.publishedAt).toBe(
        '2023-09-11T08:30',
      );
    } finally {
      fs.writeFileSync(timed, before);
      fs.utimesSync(timed, hourAgo, hourAgo);
      expect(runCli(indexArgs()).code).toBe(0); // the index as the next tests expect it
    }
  });

  test('a touched file is re-hashed, not re-extracted; an edited one is re-extracted and the report follows it', () => {
    const touched = path.join(archive, '001-kim-sets-off-for-vladivostok-summit.md');
    const later = new Date(Date.now() - 60_000);
    fs.utimesSync(touched, later, later);
    const t = runCli(indexArgs(), { env });
    expect(t.code).toBe(0);
    expect(figure(t.stderr, 'index hashed')).toBe(1);
    expect(figure(t.stderr, 'index extracted')).toBe(0);

    const edited = path.join(archive, '003-kim-putin-meeting-faq.md');
    fs.appendFileSync(edited, '\nKim left Pyongyang on Tuesday, September 12, 2023, officials said.\n');
    const r = indexed();
    expect(figure(r.stderr, 'index extracted')).toBe(1); // the check itself brings the index up to date
    expect(r.stdout).toBe(plain().stdout);
    expect(r.stdout).toContain('September 12, 2023');
  });

  test('a deleted file leaves the index with the next factlint index, and no report ever names it', () => {
    const gone = path.join(archive, '000-kim-embarks-on-journey-to-russia.md');
    const keep = fs.readFileSync(gone);
    fs.rmSync(gone);
    try {
      const r = indexed();
      expect(r.stdout).toBe(plain().stdout);
      expect(r.stdout).not.toContain('000-kim-embarks');
      const i = runCli(indexArgs(), { env });
      expect(figure(i.stderr, 'index removed')).toBe(1);
      expect(figure(i.stderr, 'index rows')).toBe(4);
    } finally {
      fs.writeFileSync(gone, keep);
    }
  });

  test('edited rules empty the index and refill it: the report follows the new rules', () => {
    const pack = path.join(rules, 'kim-putin-2023.yaml');
    const before = fs.readFileSync(pack, 'utf8');
    fs.writeFileSync(pack, `${before}\n# an editor's note\n`);
    try {
      const r = indexed();
      expect(r.code).toBe(0);
      expect(figure(r.stderr, 'index reset')).toBe(1);
      expect(r.stdout).toBe(plain().stdout);
    } finally {
      fs.writeFileSync(pack, before);
    }
  });

  test('while another process holds the write lock, a check that needs no write still answers; one that must write fails clearly', () => {
    // Files changed within 2 s of being indexed are hashed again (and their rows rewritten) on
    // the next run: earlier tests just edited some, so date them back to get a check with no write.
    const past = new Date(Date.now() - 60_000);
    for (const f of fs.readdirSync(archive)) fs.utimesSync(path.join(archive, f), past, past);
    expect(runCli(indexArgs()).code).toBe(0);
    const db = new Database(path.join(cache, 'index-v1.sqlite'));
    db.exec('BEGIN IMMEDIATE');
    try {
      const reading = indexed();
      expect(reading.code).toBe(0);
      expect(reading.stdout).toBe(plain().stdout);
      fs.appendFileSync(path.join(archive, '004-kim-arrives-in-khasan.md'), '\nOne more sentence.\n');
      const writing = indexed();
      expect(writing.code).toBe(2);
      expect(writing.stdout).toBe('');
      expect(writing.stderr).toMatch(
        /index-v1\.sqlite: error index-locked: .*\n {2}hint: another factlint is writing it/,
      );
    } finally {
      db.exec('ROLLBACK');
      db.close();
    }
  });

  test('a damaged index is an error with a hint (exit 2, no report); index --rebuild mends it', () => {
    const file = path.join(cache, 'index-v1.sqlite');
    for (const f of [`${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    const size = fs.statSync(file).size;
    fs.writeFileSync(file, Buffer.alloc(size, 'x'));
    const r = indexed();
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/error index-damaged: .*\n {2}hint: rebuild it with factlint index --rebuild/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace

    const rebuilt = runCli([...indexArgs(), '--rebuild'], { env });
    expect(rebuilt.code).toBe(0);
    expect(figure(rebuilt.stderr, 'index reset')).toBe(1);
    expect(indexed().stdout).toBe(plain().stdout);
  });

  test('a page of the index overwritten in place (valid header, garbage inside) is still never a wrong report', () => {
    const file = path.join(cache, 'index-v1.sqlite');
    expect(runCli(indexArgs()).code).toBe(0);
    for (const f of [`${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096, bytes.length); // every page after the first
    fs.writeFileSync(file, bytes);
    const r = indexed();
    if (r.code === 0) expect(r.stdout).toBe(plain().stdout);
    else {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/error index-(damaged|error): /);
    }
  });

  test('index --shard takes the claims of unchanged files from extract shards, extracts the rest, same report', () => {
    const shard = path.join(dir, 'archive.ndjson');
    expect(runCli(['extract', archive, '--rules', rules, '--out', shard, '--jobs', '1']).code).toBe(0);
    const edited = path.join(archive, '001-kim-sets-off-for-vladivostok-summit.md');
    fs.appendFileSync(edited, '\nKim left Pyongyang on Monday, September 11, 2023.\n'); // after the shard was written
    const r = runCli([...indexArgs(), '--rebuild', '--shard', shard], { env });
    expect(r.code).toBe(0);
    expect(figure(r.stderr, 'index extracted')).toBe(5);
    expect(figure(r.stderr, 'index from shards')).toBe(4); // the edited file was extracted again
    expect(indexed().stdout).toBe(plain().stdout);

    // A shard of another build is refused with a hint, not taken.
    const lines = fs.readFileSync(shard, 'utf8').split('\n');
    const header = JSON.parse(lines[0]) as Record<string, unknown>;
    lines[0] = JSON.stringify({ ...header, build: '0000000000000000' });
    const other = path.join(dir, 'other-build.ndjson');
    fs.writeFileSync(other, lines.join('\n'));
    const refused = runCli([...indexArgs(), '--shard', other]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /other-build\.ndjson:1:1: error shard-build-mismatch: .*\n {2}hint: extract the shard again/,
    );
  });

  test('copies of one wire text count as one witness through the index too (fingerprints are indexed)', () => {
    const wire = path.join(ROOT, 'tests', 'fixtures', 'wire-story');
    const wireArchive = path.join(dir, 'wire');
    fs.cpSync(path.join(wire, 'corpus'), wireArchive, { recursive: true });
    const names = fs.readdirSync(wireArchive).sort();
    const wireDraft = path.join(dir, 'wire-draft.md');
    fs.renameSync(path.join(wireArchive, names[0]), wireDraft); // one outlet's copy, as a draft
    const args = (cache: string) => [
      'check',
      wireDraft,
      '--against',
      wireArchive,
      '--rules',
      path.join(wire, 'rules'),
      '--format',
      'json',
      '--fail-on',
      'never',
      '--cache-location',
      cache,
    ];
    const wireCache = path.join(dir, 'wire-cache');
    expect(
      runCli(['index', wireArchive, '--rules', path.join(wire, 'rules'), '--cache-location', wireCache]).code,
    ).toBe(0);
    const reference = runCli(args(path.join(dir, 'wire-no-index')));
    const r = runCli(args(wireCache), { env });
    expect(figure(r.stderr, 'index unchanged')).toBe(names.length - 1);
    expect(r.stdout).toBe(reference.stdout);
    const report = JSON.parse(r.stdout) as { findings: { groups: { witnesses: { articles: string[] }[] }[] }[] };
    // Some witness is printed by several outlets: copy detection saw the archive's texts.
    expect(report.findings.some((f) => f.groups.some((g) => g.witnesses.some((w) => w.articles.length > 1)))).toBe(
      true,
    );
  });
});
