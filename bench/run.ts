/**
 * `npm run bench`: generates the synthetic corpora (bench/generate.ts), times bare wink-nlp
 * readDoc over their texts, then runs the built CLI (`factlint check`) in child processes so
 * process start and model load count, and prints one Markdown table of the run.
 *   BENCH_SIZES=1000 npm run bench      # only the 1,000-article corpus
 *   BENCH_PAIRS=3 npm run bench         # --jobs 2 vs 1 (and the readDoc ceiling) three times
 *   BENCH_ONLY=suggest BENCH_SIZES=1000 npm run bench   # only the factlint suggest rows
 *   BENCH_SIZES=1000,10000,100000 npm run bench   # sizes from ARCHIVE_SIZE up are archives only:
 *                                        # the claims index built, re-checked and drafted against
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bodyOf, generate } from './generate';
import { readDocOnThreads } from './readdoc-threads';
import type WinkNlp from 'wink-nlp';
import type WinkModel from 'wink-eng-lite-web-model';

const ROOT = path.resolve(__dirname, '..', '..');
const WORK = path.join(ROOT, 'bench', '.corpus');
/** The CLI runs from a snapshot of the build, so a rebuild during the run changes nothing (nor the cache keys). */
const APP = path.join(WORK, 'app');
const CLI = path.join(APP, 'bin', 'factlint.js');

function snapshotBuild(): void {
  fs.rmSync(APP, { recursive: true, force: true });
  fs.mkdirSync(APP, { recursive: true });
  for (const p of ['bin', 'dist', 'schema', 'package.json'])
    fs.cpSync(path.join(ROOT, p), path.join(APP, p), { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(APP, 'node_modules'), 'dir');
}
/** Pairs of --jobs 1 / --jobs 2 runs (and of readDoc on 1 / 2 threads) on the largest corpus. */
const PAIRS = Math.max(1, Number(process.env.BENCH_PAIRS ?? 1) || 1);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
/** BENCH_ONLY=suggest: only the `factlint suggest` rows (one story of 20 articles; the whole corpus up to 1,000). */
const onlySuggest = process.env.BENCH_ONLY === 'suggest';
const sizes = (process.env.BENCH_SIZES ?? '1000,10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
/** From this size on, a corpus is timed as an archive (index, drafts), not checked whole or timed against readDoc. */
const ARCHIVE_SIZE = 50_000;
const checkSizes = sizes.filter((n) => n < ARCHIVE_SIZE);

interface Run {
  wall: number;
  stats: Record<string, number>;
  code: number;
  stderr: string;
}

function cli(args: string[], cwd = ROOT): Run {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    env: { ...process.env, FACTLINT_STATS: '1', CI: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`factlint ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const line = /factlint stats: (.*)/.exec(r.stderr)?.[1] ?? '';
  const stats: Record<string, number> = {};
  for (const part of line.split(', ')) {
    const m = /^(.*?) ([\d.]+)/.exec(part);
    if (m) stats[m[1]] = Number(m[2]);
  }
  return { wall, stats, code: r.status ?? -1, stderr: r.stderr };
}

/**
 * Bare wink-nlp: readDoc over the article bodies, nothing else (model load reported apart).
 * Without `pipe`, wink's default pipeline (what "raw readDoc" means to a wink user); with it,
 * the lighter pipeline factlint runs (src/nlp/wink.ts), for the like-for-like ratio.
 */
function bareReadDoc(
  files: string[],
  pipe?: string[],
): { seconds: number; cpu: number; tokens: number; bytes: number; load: number } {
  const t0 = process.hrtime.bigint();
  // Required here, not imported, so that `load` times the model's first load.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const winkNLP = require('wink-nlp') as typeof WinkNlp;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const model = require('wink-eng-lite-web-model') as typeof WinkModel;
  const nlp = pipe ? winkNLP(model, pipe) : winkNLP(model);
  const load = Number(process.hrtime.bigint() - t0) / 1e9;
  let tokens = 0;
  let bytes = 0;
  let ns = 0n;
  let cpu = 0;
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    const body = bodyOf(text);
    bytes += Buffer.byteLength(body);
    const c = process.cpuUsage();
    const t = process.hrtime.bigint();
    tokens += nlp.readDoc(body).tokens().length();
    ns += process.hrtime.bigint() - t;
    const d = process.cpuUsage(c);
    cpu += (d.user + d.system) / 1e6;
  }
  return { seconds: Number(ns) / 1e9, cpu, tokens, bytes, load };
}

/** The pipeline the built factlint runs (read from the build, so the bench compares like with like). */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a path computed at run time
const { WINK_PIPE } = require(path.join(ROOT, 'dist', 'nlp', 'wink.js')) as { WINK_PIPE: string[] };

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

/** A table row of a run timed by wall, CPU and peak RSS only (no throughput columns). */
function plain(label: string, r: Run, articles: string): string[] {
  return [articles, label, fmt(r.wall, 2), fmt(r.stats.cpu, 2), '', '', '', fmt(r.stats['max rss'] ?? NaN), '', ''];
}

/**
 * `factlint suggest` with no rules: on one generated story of 20 articles, and on the whole
 * corpus (sizes up to 1,000: its stories mixed, so the proposal is meaningless, the time is not).
 */
function suggestRows(dir: string, files: string[], size: number, rows: string[][], notes: string[]): void {
  const story = path.join(dir, 'story-20');
  fs.rmSync(story, { recursive: true, force: true });
  fs.mkdirSync(story);
  const first = files.filter((f) => path.dirname(f) === path.dirname(files[0])).slice(0, 20);
  for (const f of first) fs.copyFileSync(f, path.join(story, path.basename(f)));
  const runs: [string, string, number][] = [[story, 'factlint suggest, one story', first.length]];
  if (size <= 1000) runs.push([path.join(dir, 'corpus'), 'factlint suggest, the whole corpus', size]);
  for (const [target, label, n] of runs) {
    process.stderr.write(`bench: ${label} (${n} articles)\n`);
    const out = path.join(dir, `suggest-${n}.json`);
    const r = cli(['suggest', target, '--format', 'json', '--out', out]);
    const facts = (JSON.parse(fs.readFileSync(out, 'utf8')) as { facts: unknown[] }).facts.length;
    rows.push([fmt(n), label, fmt(r.wall, 2), '', fmt(n / r.wall), '', '', '', '', '']);
    notes.push(
      `${label}: ${fmt(n)} articles, ${facts} facts proposed, ${fmt(r.wall, 2)} s wall (process start and model load included).`,
    );
  }
}

const draftOf = (dir: string, files: string[]) => {
  const draft = path.join(dir, 'draft.md');
  fs.copyFileSync(files[0], draft);
  fs.appendFileSync(draft, '\nThe bus was travelling at 140 km/h, a witness said.\n');
  return draft;
};

/**
 * The claims index on one corpus: `factlint index` from nothing (time, peak RSS, size on
 * disk), again with nothing changed, then one draft `check --against` it three times (the
 * median's wall and CPU are returned) and once after one archive article was edited.
 */
function indexRuns(
  size: number,
  dir: string,
  files: string[],
  rows: string[][],
  notes: string[],
): { wall: number; cpu: number } {
  const cache = path.join(dir, 'index-cache');
  fs.rmSync(cache, { recursive: true, force: true });
  const common = ['--rules', path.join(dir, 'rules'), '--cache-location', cache];
  process.stderr.write(`bench: factlint index on ${size}\n`);
  const build = cli(['index', path.join(dir, 'corpus'), ...common]);
  const again = cli(['index', path.join(dir, 'corpus'), ...common]);
  const draft = draftOf(dir, files);
  const draftArgs = [
    'check',
    draft,
    '--against',
    path.join(dir, 'corpus'),
    ...common,
    '--format',
    `json:${dir}/draft.json`,
    '--fail-on',
    'never',
  ];
  const runs = [cli(draftArgs), cli(draftArgs), cli(draftArgs)].sort((a, b) => a.wall - b.wall);
  const d = runs[1];
  const edited = files[Math.floor(files.length / 2)];
  const original = fs.readFileSync(edited);
  fs.appendFileSync(edited, '\nAn editor added this sentence.\n');
  const e = cli(draftArgs);
  fs.writeFileSync(edited, original);
  cli(['index', path.join(dir, 'corpus'), ...common]); // leave the index matching the corpus
  const mb = (n: number) => fmt(n, 1);
  rows.push(plain(`factlint index, from nothing (index file ${mb(build.stats['index MB'])} MB)`, build, fmt(size)));
  rows.push(plain('factlint index, nothing changed', again, fmt(size)));
  rows.push(plain('one draft --against the indexed archive (median of 3)', d, `1 + ${fmt(size)}`));
  rows.push(plain('the same draft, one archive article edited since indexing', e, `1 + ${fmt(size)}`));
  notes.push(
    `Index at ${fmt(size)}: built in ${fmt(build.wall, 1)} s (${fmt(build.stats.cpu, 1)} s CPU, ${build.stats.workers} worker thread(s) + the main one), ${mb(build.stats['index MB'])} MB on disk (${fmt((1e6 * build.stats['index MB']) / size)} bytes per article), peak RSS ${fmt(build.stats['max rss'])} MB; re-run with nothing changed ${fmt(again.wall, 2)} s; one draft: ${fmt(
      runs.map((r) => r.wall).reduce((a, b) => Math.min(a, b)),
      2,
    )}–${fmt(runs[2].wall, 2)} s wall (median ${fmt(d.wall, 2)} s, ${fmt(d.stats.cpu, 2)} s CPU, peak RSS ${fmt(d.stats['max rss'])} MB), ${d.stats['index claims read']} claims read for ${d.stats['index facts touched']} facts; after an edit: ${fmt(e.wall, 2)} s (index extracted ${e.stats['index extracted']}, hashed ${e.stats['index hashed']}).`,
  );
  return { wall: d.wall, cpu: d.stats.cpu };
}

/** A straight line through (size, seconds) points by least squares: intercept and slope. */
function line(points: { size: number; s: number }[]): [number, number] {
  const n = points.length;
  const mx = points.reduce((a, p) => a + p.size, 0) / n;
  const my = points.reduce((a, p) => a + p.s, 0) / n;
  const b =
    points.reduce((a, p) => a + (p.size - mx) * (p.s - my), 0) / points.reduce((a, p) => a + (p.size - mx) ** 2, 0);
  return [my - b * mx, b];
}

/** Straight lines through the draft times, wall and CPU, and what they say of 1,000,000 articles. */
function draftModel(points: { size: number; wall: number; cpu: number }[]): string {
  const [a, b] = line(points.map((p) => ({ size: p.size, s: p.wall })));
  const [c, d] = line(points.map((p) => ({ size: p.size, s: p.cpu })));
  const at = (x: { size: number; wall: number; cpu: number }) =>
    `${fmt(x.size)}: ${fmt(x.wall, 2)} s (${fmt(x.cpu, 2)} s CPU)`;
  return `Draft model (least squares over ${points.map(at).join(', ')}): wall ≈ ${fmt(a, 2)} s + ${fmt(b * 1e6, 2)} µs × articles, so 1,000,000 articles ≈ ${fmt(a + b * 1e6, 1)} s; CPU ≈ ${fmt(c, 2)} s + ${fmt(d * 1e6, 2)} µs × articles, ≈ ${fmt(c + d * 1e6, 1)} s. What stays linear is listing the archive's folders and stat-ing each file (change detection); the claims and rows read are only those of the draft's facts.`;
}

async function main(): Promise<void> {
  const loadBefore = os.loadavg()[0];
  fs.mkdirSync(WORK, { recursive: true });
  snapshotBuild();
  const rows: string[][] = [];
  const notes: string[] = [];
  const check1: Record<number, number> = {};
  const drafts: { size: number; wall: number; cpu: number }[] = [];
  for (const size of sizes) {
    const dir = path.join(WORK, String(size));
    process.stderr.write(`bench: generating ${size} articles in ${path.relative(ROOT, dir)}\n`);
    const { files } = generate(dir, size);
    suggestRows(dir, files, size, rows, notes);
    if (onlySuggest) continue;
    drafts.push({ size, ...indexRuns(size, dir, files, rows, notes) });
    if (size >= ARCHIVE_SIZE) continue;
    const bare = bareReadDoc(files);
    const light = bareReadDoc(files, WINK_PIPE);
    const report = path.join(dir, 'report.json');
    process.stderr.write(`bench: factlint check --jobs 1 on ${size}\n`);
    const r1 = cli([
      'check',
      path.join(dir, 'corpus'),
      '--rules',
      path.join(dir, 'rules'),
      '--format',
      `json:${report}`,
      '--fail-on',
      'never',
      '--jobs',
      '1',
    ]);
    check1[size] = r1.wall;
    const { summary } = JSON.parse(fs.readFileSync(report, 'utf8')) as {
      summary: { facts: number; contradictions: number };
    };
    const bareRate = bare.tokens / bare.seconds;
    const row = (label: string, r: Run) => [
      `${fmt(size)}`,
      label,
      fmt(r.wall, 2),
      fmt(r.stats.cpu, 2),
      fmt(size / r.wall),
      fmt(bare.tokens / r.wall),
      fmt(bare.bytes / 1e6 / r.wall, 2),
      fmt(r.stats['max rss'] ?? NaN),
      `${fmt((100 * (bare.tokens / r.wall)) / bareRate)}%`,
      `${fmt((100 * bare.cpu) / r.stats.cpu)}%`,
    ];
    rows.push([
      `${fmt(size)}`,
      'bare wink-nlp readDoc',
      fmt(bare.seconds, 2),
      fmt(bare.cpu, 2),
      fmt(size / bare.seconds),
      fmt(bareRate),
      fmt(bare.bytes / 1e6 / bare.seconds, 2),
      '–',
      '100%',
      '100%',
    ]);
    rows.push([
      `${fmt(size)}`,
      `bare wink-nlp readDoc, factlint's pipeline (${WINK_PIPE.join(', ')})`,
      fmt(light.seconds, 2),
      fmt(light.cpu, 2),
      fmt(size / light.seconds),
      fmt(light.tokens / light.seconds),
      fmt(light.bytes / 1e6 / light.seconds, 2),
      '–',
      `${fmt((100 * light.tokens) / light.seconds / bareRate)}%`,
      `${fmt((100 * bare.cpu) / light.cpu)}%`,
    ]);
    rows.push(row('factlint check --jobs 1', r1));
    notes.push(
      `${fmt(size)} articles: factlint check --jobs 1 runs at ${fmt((100 * (bare.tokens / r1.wall)) / bareRate)}% of default-pipeline readDoc and ${fmt((100 * (light.tokens / r1.wall)) / (light.tokens / light.seconds))}% of readDoc with factlint's own pipeline (wall time, process start and model load included).`,
    );
    notes.push(
      `${fmt(size)} articles: ${fmt(bare.tokens)} tokens, ${fmt(bare.bytes / 1e6, 1)} MB of text, ${summary.facts} facts in ${size / 50} packs, ${summary.contradictions} contradictions; model load ${fmt(bare.load, 2)} s (not in the readDoc time).`,
    );
    if (size === Math.max(...checkSizes)) {
      process.stderr.write(`bench: factlint check --jobs 2 on ${size}\n`);
      const checkArgs = (out: string, jobs: string) => [
        'check',
        path.join(dir, 'corpus'),
        '--rules',
        path.join(dir, 'rules'),
        '--format',
        `json:${out}`,
        '--fail-on',
        'never',
        '--jobs',
        jobs,
      ];
      const r2 = cli(checkArgs(`${report}.2`, '2'));
      rows.push(row('factlint check --jobs 2', r2));
      const same = fs.readFileSync(report, 'utf8') === fs.readFileSync(`${report}.2`, 'utf8');
      // The ceiling: readDoc alone, the same code on one thread and on two.
      process.stderr.write(`bench: bare readDoc on 1 and 2 worker threads on ${size}\n`);
      const t1 = await readDocOnThreads(files, 1, WINK_PIPE);
      const t2 = await readDocOnThreads(files, 2, WINK_PIPE);
      rows.push([
        `${fmt(size)}`,
        `bare wink-nlp readDoc, factlint's pipeline, 2 worker threads`,
        fmt(t2.seconds, 2),
        '',
        fmt(size / t2.seconds),
        fmt(light.tokens / t2.seconds),
        fmt(light.bytes / 1e6 / t2.seconds, 2),
        '–',
        '',
        '',
      ]);
      // On a shared host one pair of runs can be off by 20%: BENCH_PAIRS=N repeats both pairs.
      const jobsRatios = [r1.wall / r2.wall];
      const readDocRatios = [t1.seconds / t2.seconds];
      // The serial start and end of each run (FACTLINT_STATS), and the extraction between them.
      const phases: { one: Run; two: Run }[] = [{ one: r1, two: r2 }];
      for (let k = 1; k < PAIRS; k++) {
        process.stderr.write(`bench: pair ${k + 1} of ${PAIRS}\n`);
        const a = cli(checkArgs(`${report}.p`, '1'));
        const b = cli(checkArgs(`${report}.p`, '2'));
        jobsRatios.push(a.wall / b.wall);
        phases.push({ one: a, two: b });
        const u = await readDocOnThreads(files, 1, WINK_PIPE);
        const v = await readDocOnThreads(files, 2, WINK_PIPE);
        readDocRatios.push(u.seconds / v.seconds);
      }
      const spread = (xs: number[]) =>
        xs.length > 1
          ? ` (${xs.length} pairs: ${xs.map((x) => fmt(x, 2)).join(', ')}; median ${fmt(median(xs), 2)})`
          : '';
      notes.push(
        `--jobs 2 vs --jobs 1 on ${fmt(size)}: ${fmt(jobsRatios[0], 2)}×${spread(jobsRatios)}, reports ${same ? 'byte-identical' : 'DIFFER'}. For scale: bare readDoc with factlint's pipeline, on 2 worker threads vs 1 (file reads included, model loads not): ${fmt(readDocRatios[0], 2)}×${spread(readDocRatios)}, the most this machine gives readDoc itself.`,
      );
      const part = (key: string, pick: 'one' | 'two') => median(phases.map((p) => p[pick].stats[key] ?? NaN));
      const ext = median(phases.map((p) => p.one.stats.extraction / p.two.stats.extraction));
      notes.push(
        `Serial parts (medians of ${phases.length} pair(s)): --jobs 1 = start ${fmt(part('serial start', 'one'), 2)} s + extraction ${fmt(part('extraction', 'one'), 2)} s + end ${fmt(part('serial end', 'one'), 2)} s; --jobs 2 = start ${fmt(part('serial start', 'two'), 2)} s + extraction ${fmt(part('extraction', 'two'), 2)} s + end ${fmt(part('serial end', 'two'), 2)} s. Extraction alone went ${fmt(ext, 2)}× faster on two threads (median of the pairs' ratios), ${fmt((100 * ext) / median(readDocRatios))}% of readDoc's own two-thread speed-up; the whole run ${fmt(median(jobsRatios), 2)}×, ${fmt((100 * median(jobsRatios)) / median(readDocRatios))}%.`,
      );
      // CPU seconds stretch far less than wall ones on a shared host: the same split in CPU, and
      // what it allows two threads at most (serial parts as they are, extraction CPU halved).
      const cpu1 = median(phases.map((p) => p.one.stats.cpu));
      const cpuModel = median(
        phases.map(
          (p) =>
            p.one.stats.cpu / (p.two.stats['start cpu'] + p.two.stats['end cpu'] + p.two.stats['extraction cpu'] / 2),
        ),
      );
      notes.push(
        `The same in CPU seconds (user + system, all threads): --jobs 1 = start ${fmt(part('start cpu', 'one'), 2)} + extraction ${fmt(part('extraction cpu', 'one'), 2)} + end ${fmt(part('end cpu', 'one'), 2)} = ${fmt(cpu1, 2)} s; --jobs 2 = start ${fmt(part('start cpu', 'two'), 2)} + extraction ${fmt(part('extraction cpu', 'two'), 2)} (both threads) + end ${fmt(part('end cpu', 'two'), 2)} s. With the serial CPU as it is and the extraction CPU split evenly over two idle cores, --jobs 2 could be at most ${fmt(cpuModel, 2)}× faster than --jobs 1 (a CPU model, not a measurement: it ignores what two threads share, which readDoc's own speed-up above shows).`,
      );
    }
    if (size === Math.min(...checkSizes)) {
      const cache = path.join(dir, 'cache');
      const base = [
        '--rules',
        path.join(dir, 'rules'),
        '--format',
        `json:${report}.c`,
        '--fail-on',
        'never',
        '--cache',
        '--cache-location',
        cache,
      ];
      fs.rmSync(cache, { recursive: true, force: true });
      process.stderr.write('bench: cache runs\n');
      const cold = cli(['check', path.join(dir, 'corpus'), ...base]);
      const warm = cli(['check', path.join(dir, 'corpus'), ...base]);
      const draft = draftOf(dir, files);
      const d = cli(['check', draft, '--against', path.join(dir, 'corpus'), ...base]);
      const edited = files[Math.floor(files.length / 2)];
      const original = fs.readFileSync(edited);
      fs.appendFileSync(edited, '\nAn editor added this sentence.\n');
      const e = cli(['check', path.join(dir, 'corpus'), ...base]);
      fs.writeFileSync(edited, original);
      rows.push(plain('--cache, cold (fills the cache)', cold, fmt(size)));
      rows.push(plain('--cache, all cached', warm, fmt(size)));
      rows.push(plain('--cache, one article edited', e, fmt(size)));
      rows.push(plain('one draft --against the cached corpus (fills the claims index)', d, `1 + ${fmt(size)}`));
      notes.push(
        `Cache: all cached = extracted ${warm.stats.extracted}, cached ${warm.stats.cached}; one article edited = extracted ${e.stats.extracted}, cached ${e.stats.cached}; draft = extracted ${d.stats.extracted}, cached ${d.stats.cached}, wall ${fmt(d.wall, 2)} s including process start and model load.`,
      );
    }
  }
  if (drafts.length > 1) notes.push(draftModel(drafts));
  if (checkSizes.length > 1) {
    const [a, b] = [Math.min(...checkSizes), Math.max(...checkSizes)];
    notes.push(
      `Growth: ${fmt(b)} articles took ${fmt(check1[b] / check1[a], 2)}× the time of ${fmt(a)} (${fmt(b / a)}× the articles).`,
    );
  }
  const out = [
    `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), Node ${process.version}, load average ${loadBefore.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end (other processes share the cores); wall and CPU times of factlint include process start, model load and rule compilation; CPU = user + system of all threads; readDoc times are readDoc calls only.`,
    '',
    '| articles | run | wall s | CPU s | articles/s | tokens/s | MB/s | peak RSS MB | throughput vs readDoc (wall) | (CPU) |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    ...notes.map((n) => `- ${n}`),
  ].join('\n');
  process.stdout.write(`${out}\n`);
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
