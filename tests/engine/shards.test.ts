/**
 * Scale without changing a byte: worker threads, the cache and extract → align shards all give
 * the report a plain single-process check gives (built CLI, as a user runs it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { runCli, tempDir, writeTree } from '../helpers';
import { fromJson, toJson } from '../../src/ndjson/records';
import type { ShardRecord } from '../../src/ndjson/shards';
import type { Report } from '../../src/model/report';

const stats = (stderr: string) => {
  const m = /factlint stats: articles (\d+), extracted (\d+), cached (\d+), workers (\d+), rules cached (\d)/.exec(
    stderr,
  );
  if (!m) throw new Error(`no stats line in: ${stderr}`);
  return { articles: +m[1], extracted: +m[2], cached: +m[3], workers: +m[4], rulesCached: +m[5] };
};

describe('extract → align shards', () => {
  const dir = tempDir();
  let checkJson: string;
  let checkText: string;
  let checkCode: number;
  beforeAll(() => {
    const j = runCli(['check', 'corpus', '--rules', 'rules', '--format', 'json', '--jobs', '1']);
    checkJson = j.stdout;
    checkCode = j.code;
    checkText = runCli(['check', 'corpus', '--rules', 'rules', '--format', 'text', '--jobs', '1']).stdout;
    // The example corpus in three shards; globs keep the ids relative to corpus/, as check has them.
    expect(runCli(['extract', 'corpus/00[01]*', '--rules', 'rules', '--out', path.join(dir, 'a.ndjson')]).code).toBe(0);
    expect(runCli(['extract', 'corpus/00[23]*', '--rules', 'rules', '--out', path.join(dir, 'b.ndjson')]).code).toBe(0);
    const c = runCli(['extract', 'corpus/004*', '--rules', 'rules']);
    expect(c.code).toBe(0);
    fs.writeFileSync(path.join(dir, 'c.ndjson'), c.stdout);
  });

  test('align over three shards (any order) = check, byte for byte, JSON and text, same exit code', () => {
    const shards = ['c', 'a', 'b'].map((s) => path.join(dir, `${s}.ndjson`));
    const json = runCli(['align', ...shards, '--rules', 'rules', '--format', 'json']);
    expect(json.stderr).toBe('');
    expect(json.stdout).toBe(checkJson);
    expect(json.code).toBe(checkCode);
    expect(checkCode).toBe(1);
    expect(runCli(['align', ...shards, '--rules', 'rules', '--format', 'text']).stdout).toBe(checkText);
    expect(runCli(['align', ...shards, '--rules', 'rules', '--format', 'json', '--fail-on', 'never']).code).toBe(0);
  });

  test('the NDJSON records: header, article, claim, end; the counts in the end record', () => {
    const lines = fs
      .readFileSync(path.join(dir, 'b.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => fromJson<ShardRecord>(l));
    expect(lines[0]).toMatchObject({ type: 'header', tool: 'factlint', format: 1 });
    expect(lines[0].type === 'header' && lines[0].rules).toMatch(/^[0-9a-f]{64}$/);
    const articles = lines.filter((l) => l.type === 'article');
    expect(articles.map((a) => a.id)).toEqual(['002-kim-jong-un-enters-russia.md', '003-kim-putin-meeting-faq.md']);
    const claims = lines.filter((l) => l.type === 'claim');
    expect(claims.find((c) => c.fact === 'prior-meeting-year' && c.value === '2015')).toMatchObject({
      article: '003-kim-putin-meeting-faq.md',
      raw: '2015',
    });
    expect(lines[lines.length - 1]).toEqual({ type: 'end', articles: 2, claims: claims.length, problems: 0 });
  });

  test('a truncated shard or one extracted with other rules is refused (exit 2)', () => {
    const full = fs.readFileSync(path.join(dir, 'a.ndjson'), 'utf8').trim().split('\n');
    const cut = path.join(dir, 'cut.ndjson');
    fs.writeFileSync(cut, `${full.slice(0, -1).join('\n')}\n`);
    const r = runCli(['align', cut, '--rules', 'rules']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('shard-truncated');
    const other = runCli(['align', path.join(dir, 'a.ndjson'), '--rules', 'tests/fixtures/ferry-story/rules']);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('shard-rules-mismatch');
  });
});

test('unbounded interval ends survive JSON as "Infinity" strings', () => {
  const claim = {
    constraint: { kind: 'interval', lo: 12, hi: Infinity, loOpen: false, hiOpen: true, unit: '' },
    text: 'Infinity',
  };
  const text = toJson(claim);
  expect(text).toContain('"hi":"Infinity"');
  expect((JSON.parse(JSON.stringify(claim)) as typeof claim).constraint.hi).toBeNull(); // what plain JSON would do
  const back = fromJson<typeof claim>(text);
  expect(back.constraint.hi).toBe(Infinity);
  expect(back.text).toBe('Infinity'); // only constraint ends are decoded
  expect(
    fromJson<typeof claim>(toJson({ ...claim, constraint: { ...claim.constraint, lo: -Infinity } })).constraint.lo,
  ).toBe(-Infinity);
});

describe('worker threads and the cache', () => {
  // 40 copies of the example articles (more than the 32 below which no worker starts).
  const files: Record<string, string> = {};
  const src = fs.readdirSync('corpus').filter((f) => f.endsWith('.md'));
  for (let k = 0; k < 8; k++)
    for (const f of src) files[`part-${k}/${f}`] = fs.readFileSync(path.join('corpus', f), 'utf8');
  const dir = writeTree(files);
  const cache = path.join(dir, '.cache');
  const check = (...extra: string[]) =>
    runCli(['check', dir, '--rules', 'rules', '--format', 'json', ...extra], { env: { FACTLINT_STATS: '1' } });

  test('--jobs 2 runs workers and gives the report of --jobs 1, byte for byte', () => {
    const one = check('--jobs', '1');
    const two = check('--jobs', '2');
    expect(stats(one.stderr)).toMatchObject({ articles: 40, extracted: 40, workers: 0 });
    expect(stats(two.stderr)).toMatchObject({ articles: 40, extracted: 40, workers: 1 }); // and this thread
    expect(two.stdout).toBe(one.stdout);
    expect((JSON.parse(one.stdout) as Report).summary.articles).toBe(40);
  });

  test('--jobs 2 with a broken rule file: workers have started, yet the run ends with the rule error and exit 2', () => {
    const rules = writeTree({
      'pack.yaml': fs.readFileSync('rules/kim-putin-2023.yaml', 'utf8').replace('facts:', 'factz:'),
      'shared/places-east-asia.yaml': fs.readFileSync('rules/shared/places-east-asia.yaml', 'utf8'),
    });
    // A hang (workers keeping the process alive) would be killed and show as code -1.
    const r = runCli(['check', dir, '--rules', path.join(rules, 'pack.yaml'), '--format', 'json', '--jobs', '2'], {
      timeout: 60_000,
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/pack\.yaml:\d+:\d+/);
    expect(r.stderr).toContain('factz');
  });

  test('--cache: a second run extracts nothing; editing one article re-extracts exactly that one', () => {
    const plain = check('--jobs', '1').stdout;
    const cold = check('--cache', '--cache-location', cache);
    expect(stats(cold.stderr)).toMatchObject({ extracted: 40, cached: 0 });
    const warm = check('--cache', '--cache-location', cache);
    expect(stats(warm.stderr)).toMatchObject({ extracted: 0, cached: 40 });
    expect(warm.stdout).toBe(plain);
    const edited = path.join(dir, 'part-3', src[2]);
    fs.appendFileSync(edited, '\nOne more sentence by an editor.\n');
    const after = check('--cache', '--cache-location', cache);
    expect(stats(after.stderr)).toMatchObject({ extracted: 1, cached: 39 });
    // Another --published is another key: everything is extracted again.
    expect(stats(check('--cache', '--cache-location', cache, '--published', '2023-09-12').stderr)).toMatchObject({
      extracted: 40,
      cached: 0,
    });
  });

  test('a change in a rule file (even one only extended) invalidates the cache', () => {
    const rules = writeTree({
      'pack.yaml': fs.readFileSync('rules/kim-putin-2023.yaml', 'utf8'),
      'shared/places-east-asia.yaml': fs.readFileSync('rules/shared/places-east-asia.yaml', 'utf8'),
    });
    const run = () =>
      runCli(
        [
          'check',
          dir,
          '--rules',
          path.join(rules, 'pack.yaml'),
          '--format',
          'json',
          '--cache',
          '--cache-location',
          path.join(dir, '.cache2'),
          '--jobs',
          '1',
        ],
        { env: { FACTLINT_STATS: '1' } },
      );
    expect(stats(run().stderr).extracted).toBe(40);
    expect(stats(run().stderr).cached).toBe(40);
    fs.appendFileSync(path.join(rules, 'shared/places-east-asia.yaml'), '\n# a comment\n');
    expect(stats(run().stderr)).toMatchObject({ extracted: 40, cached: 0, rulesCached: 0 });
  });

  test('--cache keeps the validated rule files: a second run parses none, and a broken edit is still reported at its line', () => {
    const rules = writeTree({
      'pack.yaml': fs.readFileSync('rules/kim-putin-2023.yaml', 'utf8'),
      'shared/places-east-asia.yaml': fs.readFileSync('rules/shared/places-east-asia.yaml', 'utf8'),
    });
    const location = path.join(dir, '.cache3');
    const run = (...extra: string[]) =>
      runCli(
        [
          'check',
          dir,
          '--rules',
          path.join(rules, 'pack.yaml'),
          '--format',
          'json',
          '--cache',
          '--cache-location',
          location,
          ...extra,
        ],
        { env: { FACTLINT_STATS: '1' } },
      );
    const plain = check('--jobs', '1').stdout;
    const cold = run();
    expect(stats(cold.stderr)).toMatchObject({ extracted: 40, rulesCached: 0 });
    expect(fs.readdirSync(path.join(location, 'rules-v1'))).toHaveLength(1);
    const warm = run();
    expect(stats(warm.stderr)).toMatchObject({ cached: 40, rulesCached: 1 });
    expect(warm.stdout).toBe(plain);
    // Workers compile the cached specs too (another --published: every article is extracted again, the rules are not).
    const other = run('--jobs', '2', '--published', '2023-09-12');
    expect(stats(other.stderr)).toMatchObject({ extracted: 40, workers: 1, rulesCached: 1 });
    expect(other.stdout).toBe(check('--jobs', '1', '--published', '2023-09-12').stdout);

    // A rule file edited into an error: a new key, so the file is loaded and the error has its position.
    const pack = path.join(rules, 'pack.yaml');
    const text = fs.readFileSync(pack, 'utf8');
    fs.writeFileSync(pack, text.replace(/severity: error/, 'severity: eror'));
    const broken = run();
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/pack\.yaml:\d+:\d+/);
    expect(broken.stderr).toContain('eror');

    // A damaged entry is a miss: the files are loaded again and the report is the same.
    fs.writeFileSync(pack, text);
    for (const f of fs.readdirSync(path.join(location, 'rules-v1')))
      fs.writeFileSync(path.join(location, 'rules-v1', f), '{"files": [');
    const repaired = run();
    expect(stats(repaired.stderr)).toMatchObject({ cached: 40, rulesCached: 0 });
    expect(repaired.stdout).toBe(plain);
    expect(stats(run().stderr)).toMatchObject({ rulesCached: 1 });
  });
});

test('progress stays silent when stderr is piped, and with CI set', () => {
  const r = runCli(['check', 'corpus', '--rules', 'rules', '--format', 'json', '--progress'], { env: { CI: '' } });
  expect(r.stderr).toBe('');
  const s = runCli(['check', 'corpus', '--rules', 'rules', '--format', 'json'], { env: { CI: '1' } });
  expect(s.stderr).toBe('');
});
