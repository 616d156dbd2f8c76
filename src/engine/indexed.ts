/**
 * The claims index at work: `factlint index` brings it up to date with a corpus, and a draft
 * check (`check --against` with an index) updates it for the archive it is given, then reads
 * only the rows of those files and the claims of the facts the drafts make claims on. The
 * report is the one a full draft check prints, byte for byte: suppressions apply per article,
 * so each file's are applied once, when it is indexed, and stored with it.
 */
import path from 'node:path';
import type { CorpusFile } from '../corpus/files';
import type { ReadOptions } from '../corpus/read';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Article } from '../model';
import type { Claim } from '../model/claim';
import type { Problem, Report } from '../model/report';
import { applySuppressions } from '../gate/suppressions';
import { UserError } from '../errors';
import { articleOf, type ArticleMeta, type FileResult } from '../ndjson/records';
import type { ShardUnit } from '../ndjson/shards';
import { indexConfig, rulesHash } from './cache';
import type { Checker, DraftCoverage, DraftFile, FileNotes } from './checker';
import {
  ClaimIndex,
  hashBytes,
  isRacy,
  sameStat,
  statOf,
  type FileStat,
  type IndexedArticle,
  type IndexedFile,
  type IndexEntry,
} from './index-db';
import { extractFiles, reportStats, type ExtractStats, type ScaleOptions } from './run';

export interface IndexInput extends ReadOptions {
  /** The files to index, in corpus order. */
  files: CorpusFile[];
  /** Files extracted but never stored (drafts), by id. */
  transient?: Set<string>;
  rules: string[];
  /** `cache`: the cache folder, which holds the index (required). */
  scale: ScaleOptions;
  rebuild?: boolean;
  /** Remove the rows of indexed files that no longer exist (factlint index). */
  prune?: boolean;
  /** Results from shards (`factlint index --shard`) by `${id}\0${file}`, taken when their SHA-256 matches. */
  shards?: Map<string, ShardUnit>;
  /** Record the run also under these paths as given (`factlint index PATHS`), for check --trust-index. */
  recordPaths?: string[];
}

/**
 * The key of the run `factlint index PATHS` records under its paths (working folder, paths
 * resolved, in order), so that check --trust-index finds the archive's rows without listing it.
 */
export function pathsKey(paths: string[]): string {
  const names = ['paths', process.cwd(), ...paths.map((p) => path.resolve(p))];
  return `paths:${createHash('sha256').update(names.join('\u0000')).digest('hex')}`;
}

export interface IndexStats {
  /** Files of the run found unchanged by their stat, or by their hash after a stat change. */
  unchanged: number;
  /** Of those, hashed because their stat changed (or was too recent to trust). */
  hashed: number;
  /** Files extracted (or taken from a shard) and written to the index. */
  indexed: number;
  /** Of those, taken from a shard. */
  fromShards: number;
  removed: number;
  /** 1 when the index was new or emptied (other build, rules or flags, or --rebuild). */
  reset: number;
  /** Rows in the index after the run. */
  rows: number;
  bytes: number;
}

/** A file of the run kept in memory, not in the index (a draft, or a file that could not be read). */
interface MemorySlot {
  article: Article | null;
  claims: Claim[];
  problems: Problem[];
  unused: Problem[];
  suppressed: number;
}

/**
 * Each file of the run, in corpus order: its row in the index (`rowids[i]`, 0 for none) or
 * its result in memory. Typed arrays, not an object per file: an archive is 100,000s of them.
 */
interface Slots {
  rowids: Float64Array;
  memory: Map<number, MemorySlot>;
}

interface Updated {
  index: ClaimIndex;
  slots: Slots;
  checker: Checker | null;
  extract: ExtractStats | null;
  stats: IndexStats;
}

/** What the index is valid for: this build, these rule files' contents and the read flags. */
function configOf(input: ReadOptions & { rules: string[]; scale: ScaleOptions }): { config: string; rules: string } {
  const rules = rulesHash(input.rules, input.scale.cache ?? undefined);
  return {
    config: indexConfig({ rules, published: input.published ?? null, maxBytes: input.maxBytes ?? null }),
    rules,
  };
}

/** A file kept in memory (a draft, an unreadable file): its article and notes after its own suppressions. */
function memorySlot(r: FileResult): MemorySlot {
  return { article: r.article && articleOf(r.article), problems: r.problems, ...suppressOne(r) };
}

/** A file's claims after its own suppression directives, and what they left unused. */
function suppressOne(r: FileResult) {
  if (!r.article) return { claims: r.claims, unused: [] as Problem[], suppressed: 0 };
  const s = applySuppressions(r.claims, [r.article]);
  return { claims: s.claims, unused: s.problems, suppressed: s.suppressed };
}

/** Brings the index up to date with `input.files`; `needChecker`: load the rules even when nothing is extracted. */
export async function updateIndex(input: IndexInput, needChecker: boolean): Promise<Updated> {
  const options: ReadOptions = { strict: input.strict, published: input.published, maxBytes: input.maxBytes };
  const { config, rules } = configOf(input);
  const index = ClaimIndex.open(input.scale.cache!, config, { rebuild: input.rebuild });
  try {
    // The run's list of stored files: a snapshot of the same list checks them without reading rows.
    const now = Date.now();
    const stored: number[] = [];
    const names: string[] = [process.cwd()];
    input.files.forEach((f, i) => {
      if (input.transient?.has(f.id)) return;
      stored.push(i);
      names.push(f.file, f.id);
    });
    // One string hashed, not one update per file (the bytes hashed are the same).
    const list = createHash('sha256').update(names.join('\u0000')).digest('hex');
    const found = index.run(list);
    const run = found && found.rowids.length === stored.length ? found : null;
    let rows: Map<string, IndexedFile> | null = run ? null : index.files();
    const rowOf = (abs: string) => (rows ? rows.get(abs) : index.fileAt(abs));
    const runRowids = new Float64Array(stored.length);
    const runStats = new Float64Array(stored.length * 4);
    let changed = !run;
    const slots: Slots = { rowids: new Float64Array(input.files.length), memory: new Map() };
    const toExtract: (CorpusFile & { index: number; at: number; stat: FileStat | null; hash: string | null })[] = [];
    const touched: { rowid: number; stat: FileStat }[] = [];
    let hashed = 0;
    let runAt = 0;
    /** A row re-extracted under another name or id (the folder indexed from another path). */
    let renamed = false;
    input.files.forEach((f, i) => {
      if (input.transient?.has(f.id)) {
        toExtract.push({ ...f, index: i, at: -1, stat: null, hash: null });
        return;
      }
      const k = runAt++; // its place in `stored`
      const stat = statOf(f.file);
      if (stat) {
        runStats[4 * k] = stat.size;
        runStats[4 * k + 1] = stat.mtime;
        runStats[4 * k + 2] = stat.ino;
        runStats[4 * k + 3] = isRacy(stat, now) ? 1 : 0;
      }
      if (
        run &&
        stat &&
        run.stats[4 * k + 3] === 0 &&
        run.stats[4 * k] === stat.size &&
        run.stats[4 * k + 1] === stat.mtime &&
        run.stats[4 * k + 2] === stat.ino
      ) {
        runRowids[k] = run.rowids[k];
        slots.rowids[i] = run.rowids[k];
        return;
      }
      changed = true;
      if (!stat) {
        toExtract.push({ ...f, index: i, at: k, stat: null, hash: null });
        return;
      }
      const row = rowOf(path.resolve(f.file));
      const sameName = row && row.file === f.file && row.articleId === f.id;
      if (row && !sameName) renamed = true;
      if (row && sameName && sameStat(row, stat)) {
        runRowids[k] = row.rowid;
        slots.rowids[i] = row.rowid;
        return;
      }
      let hash: string | null = null;
      try {
        hash = hashBytes(readFileSync(f.file));
      } catch {
        /* unreadable: extraction says why */
      }
      if (row && sameName && hash === row.hash) {
        hashed++;
        touched.push({ rowid: row.rowid, stat });
        runRowids[k] = row.rowid;
        slots.rowids[i] = row.rowid;
        return;
      }
      toExtract.push({ ...f, index: i, at: k, stat: hash ? stat : null, hash });
    });
    index.touch(touched);

    const pending: { index: number; at: number; entry: IndexEntry }[] = [];
    const flush = () => {
      const rowids = index.put(pending.map((p) => p.entry));
      pending.forEach((p, k) => {
        slots.rowids[p.index] = rowids[k];
        runRowids[p.at] = rowids[k];
      });
      pending.length = 0;
    };
    const store = (t: (typeof toExtract)[number], r: FileResult) => {
      if (!t.stat || !t.hash) {
        slots.memory.set(t.index, memorySlot(r));
        return;
      }
      const s = suppressOne(r);
      pending.push({
        index: t.index,
        at: t.at,
        entry: {
          path: path.resolve(t.file),
          file: t.file,
          articleId: t.id,
          stat: t.stat,
          hash: t.hash,
          article: r.article && indexedArticle(r.article),
          problems: r.problems,
          ...s,
        },
      });
      if (pending.length >= 256) flush(); // short write transactions: readers and other writers wait less
    };
    // Files a shard extracted from the very same bytes (same name, id and SHA-256) need no extraction.
    let fromShards = 0;
    const extractNow = input.shards
      ? toExtract.filter((t) => {
          const u = t.hash ? input.shards!.get(`${t.id}\u0000${t.file}`) : undefined;
          if (!u || u.sha256 !== t.hash) return true;
          store(t, { id: u.id, file: u.file, article: u.article, claims: u.claims, problems: u.problems });
          fromShards++;
          return false;
        })
      : toExtract;
    flush();

    let checker: Checker | null = null;
    let extract: ExtractStats | null = null;
    if (extractNow.length || needChecker) {
      let k = 0;
      const done = await extractFiles(
        { ...options, files: extractNow, rules: input.rules, scale: input.scale, claimCache: false, rulesHash: rules },
        (r) => store(extractNow[k++], r),
      );
      flush();
      checker = done.checker;
      extract = done.stats;
    }

    let removed = 0;
    if (input.prune) {
      // Rows of files not in this run: those whose files are gone leave the index.
      if (!(run && index.count() === stored.length)) {
        rows ??= index.files();
        const seen = new Set(stored.map((i) => path.resolve(input.files[i].file)));
        const gone = [...rows.values()].filter((r) => !seen.has(r.path) && !statOf(r.path)).map((r) => r.rowid);
        index.remove(gone);
        removed = gone.length;
        if (removed) changed = true;
      }
    }
    // A snapshot only when every stored file has a row (an unreadable one is tried again next time).
    // Rows now named for this run no longer read as the other runs' snapshots saw them.
    if (renamed) index.dropRuns();
    if (changed && runRowids.every((r) => r > 0)) index.putRun(list, runRowids, runStats);
    if (input.recordPaths && runRowids.every((r) => r > 0)) {
      const key = pathsKey(input.recordPaths);
      const before = changed ? null : index.run(key);
      if (!before || !sameRowids(before.rowids, runRowids)) index.putRun(key, runRowids, runStats);
    }
    const indexed = toExtract.filter((t) => t.stat && t.hash).length;
    return {
      index,
      slots,
      checker,
      extract,
      stats: {
        unchanged: input.files.length - toExtract.length,
        hashed,
        indexed,
        fromShards,
        removed,
        reset: index.reset ? 1 : 0,
        rows: index.count(),
        bytes: index.size(),
      },
    };
  } catch (e) {
    index.close();
    throw e;
  }
}

export interface DraftIndexStats extends IndexStats {
  claimsRead: number;
  factsTouched: number;
}

/** What the index keeps of an article: what reports list and alignment reads, no text. */
function indexedArticle(a: ArticleMeta): IndexedArticle {
  return {
    id: a.id,
    path: a.path,
    ...(a.source !== undefined ? { source: a.source } : {}),
    ...(a.published !== undefined ? { published: a.published } : {}),
    ...(a.publishedAt !== undefined ? { publishedAt: a.publishedAt } : {}),
    ...(a.title !== undefined ? { title: a.title } : {}),
    ...(a.fingerprint !== undefined ? { fingerprint: a.fingerprint } : {}),
  };
}

/**
 * The coverage of a draft check as the claims index holds it, for the files of one run
 * (`slots`): the claims of a fact through the index by story and fact, a file's article and
 * notes by its rowid, the unreadable files through a partial index. What is read is kept, so
 * a language server reads each fact once between reloads.
 */
export class IndexedCoverage implements DraftCoverage {
  private readonly position: Int32Array;
  private readonly maxRowid: number;
  private readonly facts = new Map<string, { at: number; claim: Claim }[]>();
  private readonly articles = new Map<number, Article | undefined>();
  private unread: number[] | null = null;
  private readable: number | null = null;
  /** Claims read from the index, facts asked for (FACTLINT_STATS). */
  claimsRead = 0;

  constructor(
    private readonly index: ClaimIndex,
    private readonly slots: Slots,
  ) {
    const n = slots.rowids.length;
    let max = 0;
    for (let i = 0; i < n; i++) if (slots.rowids[i] > max) max = slots.rowids[i];
    this.maxRowid = max;
    // rowid -> place in the run (-1: a row of a file not in this run), as a typed array.
    this.position = new Int32Array(max + 1).fill(-1);
    for (let i = 0; i < n; i++) if (slots.rowids[i]) this.position[slots.rowids[i]] = i;
  }

  private readonly inRun = (rowid: number) => rowid <= this.maxRowid && this.position[rowid] >= 0;

  get factsTouched(): number {
    return this.facts.size;
  }

  countWithout(places: number[]): number {
    if (this.readable === null) {
      let memory = 0;
      for (const m of this.slots.memory.values()) if (m.article) memory++;
      const storedUnread = this.unreadable().filter((at) => !this.slots.memory.has(at)).length;
      this.readable = this.slots.rowids.length - this.slots.memory.size - storedUnread + memory;
    }
    return this.readable - places.filter((at) => this.articleAt(at) !== undefined).length;
  }

  claimsOf(story: string, fact: string): { at: number; claim: Claim }[] {
    const key = `${story}\u0000${fact}`;
    const known = this.facts.get(key);
    if (known) return known;
    const rows = this.index.claimsOf(story, fact, this.inRun);
    this.claimsRead += rows.length;
    const found = rows.map(([rowid, seq, claim]) => ({ at: this.position[rowid], seq, claim }));
    for (const [at, m] of this.slots.memory) {
      m.claims.forEach((claim, seq) => claim.story === story && claim.fact === fact && found.push({ at, seq, claim }));
    }
    found.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const out = found.map(({ at, claim }) => ({ at, claim }));
    this.facts.set(key, out);
    return out;
  }

  articleAt(at: number): Article | undefined {
    if (!Number.isInteger(at) || at < 0 || at >= this.slots.rowids.length) return undefined;
    const m = this.slots.memory.get(at);
    if (m) return m.article ?? undefined;
    if (!this.articles.has(at)) this.articles.set(at, this.index.article(this.slots.rowids[at]));
    return this.articles.get(at);
  }

  notesAt(at: number): FileNotes {
    if (!Number.isInteger(at) || at < 0 || at >= this.slots.rowids.length)
      return { problems: [], unused: [], suppressed: 0 };
    const m = this.slots.memory.get(at);
    if (m) return m;
    return this.index.notes(this.slots.rowids[at]) ?? { problems: [], unused: [], suppressed: 0 };
  }

  unreadable(): number[] {
    if (!this.unread) {
      const stored = this.index.unreadable(this.inRun).map((n) => this.position[n.rowid]);
      const memory = [...this.slots.memory].filter(([, m]) => !m.article).map(([at]) => at);
      this.unread = [...stored, ...memory].sort((a, b) => a - b);
    }
    return this.unread;
  }
}

function sameRowids(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The drafts of a run (extracted, never stored) at their places; an unreadable one is among the coverage's errors. */
function draftFiles(slots: Slots, drafts: Set<string>, files: CorpusFile[]): DraftFile[] {
  const out: DraftFile[] = [];
  for (const [at, m] of [...slots.memory].sort((x, y) => x[0] - y[0]))
    if (m.article && drafts.has(files[at].id)) out.push({ at, ...m });
  return out;
}

/**
 * A draft check over the index: the drafts (ids in `drafts`) extracted, the archive brought up
 * to date, then the claims of the drafts' facts and the rows of their files read from the
 * index and aligned (Checker.finishDraft).
 */
export async function checkDraftsIndexed(
  input: Omit<IndexInput, 'transient' | 'prune'> & { drafts: Set<string>; witnesses?: boolean },
): Promise<DraftCheck> {
  const up = await updateIndex({ ...input, transient: input.drafts }, true);
  return finishIndexed(up, draftFiles(up.slots, input.drafts, input.files), input.witnesses);
}

type DraftCheck = { report: Report; extract: ExtractStats | null; index: DraftIndexStats };

/**
 * A draft check against the archive as the last `factlint index PATHS` recorded it
 * (check --trust-index): no folder listed, no file stat-ed, so its cost does not grow with the
 * archive. An archive article changed since that run is read as it was then; a deleted one
 * drops the record (run factlint index again). `drafts` are extracted, never stored; a draft
 * that is also an archive file counts once, as the draft.
 */
export async function checkDraftsTrusted(
  input: Omit<IndexInput, 'transient' | 'prune' | 'files' | 'rebuild' | 'shards' | 'recordPaths'> & {
    drafts: CorpusFile[];
    against: string[];
    witnesses?: boolean;
  },
): Promise<DraftCheck> {
  const { config, rules } = configOf(input);
  const index = ClaimIndex.openAsBuilt(input.scale.cache!, config);
  try {
    const run = index.run(pathsKey(input.against));
    if (!run)
      throw new UserError({
        code: 'index-no-record',
        message: `the claims index holds no complete run of factlint index ${input.against.join(' ')}`,
        file: index.file,
        hint: `run factlint index ${input.against.join(' ')} (the paths exactly as given to --against, from this folder; it records a run only when every file could be read), or check without --trust-index`,
      });
    const own = new Set<number>();
    for (const d of input.drafts) {
      const row = index.fileAt(path.resolve(d.file));
      if (row) own.add(row.rowid);
    }
    const archive = own.size ? run.rowids.filter((r) => !own.has(r)) : run.rowids;
    // Each draft at its place in corpus order (by id), as a full check lists it.
    const places = input.drafts.map((d) => placeAmong(index, archive, d));
    const n = input.drafts.length;
    const slots: Slots = { rowids: new Float64Array(n + archive.length), memory: new Map() };
    const files: CorpusFile[] = [];
    const at: number[] = [];
    let from = 0;
    places.forEach((place, k) => {
      slots.rowids.set(archive.subarray(from, place), from + k);
      at.push(place + k);
      files[place + k] = input.drafts[k];
      from = place;
    });
    slots.rowids.set(archive.subarray(from), from + n);
    let k = 0;
    const done = await extractFiles(
      {
        files: input.drafts,
        strict: input.strict,
        published: input.published,
        maxBytes: input.maxBytes,
        rules: input.rules,
        scale: input.scale,
        claimCache: false,
        rulesHash: rules,
      },
      (r) => {
        slots.memory.set(at[k++], memorySlot(r));
      },
    );
    const ids = new Set(input.drafts.map((d) => d.id));
    const up: Updated = {
      index,
      slots,
      checker: done.checker,
      extract: done.stats,
      stats: {
        unchanged: archive.length,
        hashed: 0,
        indexed: 0,
        fromShards: 0,
        removed: 0,
        reset: 0,
        rows: index.count(),
        bytes: 0,
      },
    };
    return finishIndexed(up, draftFiles(slots, ids, files), input.witnesses);
  } catch (e) {
    index.close();
    throw e;
  }
}

/**
 * Where a draft stands among the archive's rows (in corpus order: by id), found by
 * binary search over their names: O(log n) rows read. A draft with the id of an archive
 * article is an error: a full check would rename both, and the index holds the old name.
 */
function placeAmong(index: ClaimIndex, archive: Float64Array, d: CorpusFile): number {
  let lo = 0;
  let hi = archive.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const row = index.nameOf(archive[mid])!;
    if (row.id === d.id)
      throw new UserError({
        code: 'draft-id-taken',
        message: `the draft's id "${d.id}" is also the id of ${row.file} in the archive`,
        file: d.file,
        hint: 'rename the draft, or check without --trust-index (a full check names both by their paths)',
      });
    if (row.id < d.id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Aligns the drafts against the coverage an update (or a recorded run) left in `up`, then closes the index. */
function finishIndexed(up: Updated, drafts: DraftFile[], witnesses: boolean | undefined): DraftCheck {
  try {
    const coverage = new IndexedCoverage(up.index, up.slots);
    const report = up.checker!.finishDraft({ drafts, coverage }, { witnesses });
    const index: DraftIndexStats = {
      ...up.stats,
      claimsRead: coverage.claimsRead,
      factsTouched: coverage.factsTouched,
      bytes: up.index.size(),
    };
    reportStats(
      {
        articles: up.slots.rowids.length,
        extracted: up.extract?.extracted ?? 0,
        cached: index.unchanged,
        workers: up.extract?.workers ?? 0,
        rulesCached: up.extract?.rulesCached ?? 0,
      },
      indexFigures(index),
    );
    return { report, extract: up.extract, index };
  } finally {
    up.index.close();
  }
}

/** The index's figures for FACTLINT_STATS. */
export function indexFigures(s: IndexStats & Partial<DraftIndexStats>): [string, string | number][] {
  return [
    ['index rows', s.rows],
    ['index unchanged', s.unchanged],
    ['index hashed', s.hashed],
    ['index extracted', s.indexed],
    ['index from shards', s.fromShards],
    ['index removed', s.removed],
    ['index reset', s.reset],
    ...(s.claimsRead !== undefined ? ([['index claims read', s.claimsRead]] as [string, number][]) : []),
    ...(s.factsTouched !== undefined ? ([['index facts touched', s.factsTouched]] as [string, number][]) : []),
    ['index MB', (s.bytes / 1e6).toFixed(2)],
  ];
}
