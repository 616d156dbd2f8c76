/**
 * Extraction at scale: files in corpus order, each from the cache, the main thread or a
 * worker thread, delivered to the caller in corpus order whatever finished first. Only the
 * claims and light metadata of each article stay in memory.
 */
import os from 'node:os';
import type { CorpusFile } from '../corpus/files';
import type { ReadOptions } from '../corpus/read';
import { Checker, isFailure, type CheckResult } from './checker';
import { findArticleFiles } from '../corpus/files';
import { UserError } from '../errors';
import { ClaimCache, rulesHash } from './cache';
import { WorkerPool, workerScript, type Task } from './pool';
import { makeProgress, type Progress } from './progress';
import { articleOf, type FileFailure, type FileResult } from '../ndjson/records';
import { IncrementalFinish } from './finish';

export interface ScaleOptions {
  /** Worker threads for extraction; 1 = in this thread. */
  jobs: number;
  /** Cache folder, or null for no cache. */
  cache: string | null;
  /** Show progress on stderr (already decided: TTY, CI, --no-progress). */
  progress: boolean;
}

export interface ExtractInput extends ReadOptions {
  files: CorpusFile[];
  /** Rule files and folders: part of the cache key, and what is loaded when `checker` is not given. */
  rules: string[];
  /** A loaded checker; without one the rules are loaded here, while the workers start. */
  checker?: Checker;
  scale: ScaleOptions;
  /** false: use the cache folder for the validated rule files only, not for claims (the index keeps those). */
  claimCache?: boolean;
  /** rulesHash(rules, cache) when the caller has it already (stat-ing every rule file once, not twice). */
  rulesHash?: string;
}

export interface ExtractStats {
  articles: number;
  extracted: number;
  cached: number;
  workers: number;
  /** 1 when the rules were compiled from validated specs in the cache (no YAML parsed). */
  rulesCached: number;
  /** Seconds since the process started when extraction began (module load, file listing, rules), and its length. */
  startSeconds?: number;
  extractSeconds?: number;
  /** CPU seconds (user + system, all threads) used before extraction began, and during it. */
  startCpu?: number;
  extractCpu?: number;
  /** Facts aligned while extracting (engine/finish.ts), and how many of those the report took. */
  alignedAhead?: { aligned: number; used: number };
}

/** Below this many files to extract, starting workers (model load, rule compile each) costs more than it saves. */
const MIN_PARALLEL = 32;

export const defaultJobs = (): number =>
  (typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length) || 1;

/** N jobs: this thread and N-1 workers, none for a few files (and none without a build, in tests from sources). */
const workerCount = (jobs: number, toExtract: number): number =>
  jobs > 1 && toExtract >= MIN_PARALLEL && workerScript() ? Math.min(jobs, Math.ceil(toExtract / 8)) - 1 : 0;

/**
 * Extracts `files` (cached, on this thread or on workers) and hands each result to `sink` in
 * corpus order. Order of work: cache look-ups (no rules parsed for the key), then the workers
 * start, then the rules load here while the workers load the model.
 */
export async function extractFiles(
  input: ExtractInput,
  sink: (r: FileResult, run: { checker: Checker; workers: number }) => void,
): Promise<{ stats: ExtractStats; checker: Checker }> {
  const { files, scale } = input;
  const options: ReadOptions = {
    strict: input.strict,
    published: input.published,
    maxBytes: input.maxBytes,
    contentHash: input.contentHash,
  };
  const cache = scale.cache
    ? new ClaimCache(scale.cache, {
        rules: input.rulesHash ?? rulesHash(input.rules, scale.cache),
        published: input.published ?? null,
        maxBytes: input.maxBytes ?? null,
      })
    : null;
  const keys: (string | null)[] =
    cache && input.claimCache !== false ? files.map((f) => cache.keyOf(f.file, f.id)) : [];
  const slots = new Array<FileResult | FileFailure | undefined>(files.length);
  const misses: Task[] = [];
  files.forEach((f, index) => {
    const hit = cache && keys[index] ? cache.get(keys[index]) : null;
    if (hit) slots[index] = hit;
    else misses.push({ ...f, index });
  });

  const workers = workerCount(scale.jobs, misses.length);
  const pool = workers ? new WorkerPool(workers, options) : null;
  let checker: Checker;
  try {
    checker =
      input.checker ?? Checker.load(input.rules, cache ? { cached: (paths, nlp) => cache.rules(paths, nlp) } : {});
  } catch (e) {
    void pool?.terminate();
    throw e;
  }
  pool?.init({ rules: checker.rules, specs: checker.specs });

  const run = { checker, workers };
  const progress: Progress = makeProgress(files.length, scale.progress);
  let next = 0;
  let done = 0;
  const flush = () => {
    while (next < slots.length && slots[next] !== undefined) {
      const r = slots[next]!;
      slots[next] = undefined; // delivered: keep nothing twice
      next++;
      if (isFailure(r)) throw new UserError(r.error);
      sink(r, run);
    }
  };
  const settle = (index: number, r: FileResult | FileFailure) => {
    const key = keys[index];
    if (cache && key && !isFailure(r) && r.article) cache.put(key, r);
    slots[index] = r;
    done++;
    progress.tick(done + (files.length - misses.length));
    flush();
  };
  const extract = (t: Task) => checker.extractFile(t, options);

  const started = performance.now();
  const cpuAtStart = cpuSeconds();
  try {
    flush(); // cached files before the first miss
    if (pool) await pool.run(misses, settle, extract);
    else for (const t of misses) settle(t.index, extract(t));
    flush();
  } finally {
    void pool?.terminate();
    progress.end();
  }
  return {
    stats: {
      articles: files.length,
      extracted: misses.length,
      cached: files.length - misses.length,
      workers,
      rulesCached: checker.rulesCached ? 1 : 0,
      startSeconds: started / 1000,
      extractSeconds: (performance.now() - started) / 1000,
      startCpu: cpuAtStart,
      extractCpu: cpuSeconds() - cpuAtStart,
    },
    checker,
  };
}

export interface ScaledCheckInput extends ReadOptions {
  /** Article files, folders or globs. */
  paths: string[];
  /** Exit 0 (no error) when the paths match no article. */
  allowEmpty?: boolean;
  /** Rule files and folders (the cache key; loaded when `checker` is not given). */
  rules: string[];
  checker?: Checker;
  scale: ScaleOptions;
  /** Draft mode: the ids of the drafts (only facts they make claims on are aligned). */
  drafts?: Set<string> | null;
  /** false: count outlets, not witnesses (no copy detection). */
  witnesses?: boolean;
}

/** `check` with workers, cache and progress: the same report, byte for byte, whatever the jobs and cache. */
export async function checkCorpus(input: ScaledCheckInput): Promise<CheckResult & { stats: ExtractStats }> {
  const files = findArticleFiles(input.paths, { allowEmpty: input.allowEmpty });
  const options = { witnesses: input.witnesses };
  // A whole check: with worker threads, each file's share of the end is done as it arrives
  // (engine/finish.ts), beside the workers' extraction, and so is the alignment of the facts
  // whose claims stopped coming. Draft mode aligns only the drafts' facts, so it waits for
  // every file.
  const drafts = input.drafts ?? null;
  let finish: IncrementalFinish | null = null;
  const { stats, checker } = await extractFiles({ ...input, files }, (r, run) =>
    (finish ??= new IncrementalFinish(run.checker, options, run.workers > 0 && !drafts, drafts, files.length)).add(
      r.article && articleOf(r.article),
      r.claims,
      r.problems,
    ),
  );
  reportStats(stats);
  const end = finish ?? new IncrementalFinish(checker, options, !drafts, drafts);
  const result = end.finish();
  if (end.ahead.aligned) stats.alignedAhead = end.ahead;
  return { ...result, stats };
}

/** User + system CPU seconds of the process so far, all threads. */
function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/**
 * With FACTLINT_STATS=1, one line on stderr when the process ends, such as
 * `factlint stats: articles 1000, extracted 1, cached 999, workers 0, rules cached 1,`
 * ` wall 0.41 s, cpu 0.45 s, max rss 112 MB` (shown here in two pieces; wall: since the
 * process started; cpu: user + system time of all threads). `extra`: more figures after the
 * counts (the claims index's), as name and value; `facts aligned ahead` (while extracting,
 * beside worker threads) and how many of those the report `used`; then, for a run that extracted,
 * `serial start` (s from process start to extraction), `extraction` (s) and `serial end`
 * (s after it: alignment, the report, exit), and the CPU seconds of each (`start cpu`,
 * `extraction cpu`, `end cpu`: on a loaded host wall times stretch, CPU times much less).
 */
export function reportStats(stats: ExtractStats, extra: [string, string | number][] = []): void {
  if (!process.env.FACTLINT_STATS || process.env.FACTLINT_STATS === '0') return;
  process.once('exit', () => {
    const usage = process.resourceUsage();
    const wall = performance.now() / 1000;
    const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    // The serial parts around extraction: what --jobs cannot shorten.
    const phases: [string, string | number][] =
      stats.startSeconds !== undefined && stats.extractSeconds !== undefined
        ? [
            ['serial start', stats.startSeconds.toFixed(2)],
            ['extraction', stats.extractSeconds.toFixed(2)],
            ['serial end', (wall - stats.startSeconds - stats.extractSeconds).toFixed(2)],
            ...(stats.startCpu !== undefined && stats.extractCpu !== undefined
              ? ([
                  ['start cpu', stats.startCpu.toFixed(2)],
                  ['extraction cpu', stats.extractCpu.toFixed(2)],
                  ['end cpu', (cpu - stats.startCpu - stats.extractCpu).toFixed(2)],
                ] as [string, string][])
              : []),
          ]
        : [];
    const ahead: [string, number][] = stats.alignedAhead
      ? [
          ['facts aligned ahead', stats.alignedAhead.aligned],
          ['used', stats.alignedAhead.used],
        ]
      : [];
    const more = [...extra, ...ahead, ...phases].map(([k, v]) => `, ${k} ${v}`).join('');
    process.stderr.write(
      `factlint stats: articles ${stats.articles}, extracted ${stats.extracted}, cached ${stats.cached}, workers ${stats.workers}, rules cached ${stats.rulesCached}${more}, wall ${wall.toFixed(2)} s, cpu ${cpu.toFixed(2)} s, max rss ${(usage.maxRSS / 1024).toFixed(0)} MB\n`,
    );
  });
}
