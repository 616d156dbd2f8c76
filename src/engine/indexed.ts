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
import { readFileSync } from 'node:fs';
import type { Article } from '../model';
import type { Claim } from '../model/claim';
import type { Problem, Report } from '../model/report';
import { applySuppressions } from '../gate/suppressions';
import { articleOf, type FileResult } from '../ndjson/records';
import { indexConfig, rulesHash } from './cache';
import type { Checker } from './checker';
import {
  ClaimIndex,
  hashBytes,
  parseProblems,
  sameStat,
  statOf,
  type FileStat,
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
}

export interface IndexStats {
  /** Files of the run found unchanged by their stat, or by their hash after a stat change. */
  unchanged: number;
  /** Of those, hashed because their stat changed (or was too recent to trust). */
  hashed: number;
  /** Files extracted and written to the index. */
  indexed: number;
  removed: number;
  /** 1 when the index was new or emptied (other build, rules or flags, or --rebuild). */
  reset: number;
  /** Rows in the index after the run. */
  rows: number;
  bytes: number;
}

/** One file of the run as the report needs it: a row of the index, or a result kept in memory. */
type Slot =
  | { kind: 'row'; row: IndexedFile }
  | {
      kind: 'memory';
      article: Article | null;
      claims: Claim[];
      problems: Problem[];
      unused: Problem[];
      suppressed: number;
    };

interface Updated {
  index: ClaimIndex;
  slots: Slot[];
  checker: Checker | null;
  extract: ExtractStats | null;
  stats: IndexStats;
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
  const config = indexConfig({
    rules: rulesHash(input.rules),
    published: input.published ?? null,
    maxBytes: input.maxBytes ?? null,
  });
  const index = ClaimIndex.open(input.scale.cache!, config, { rebuild: input.rebuild });
  try {
    const rows = index.files();
    const slots: (Slot | undefined)[] = Array.from({ length: input.files.length }, () => undefined);
    const toExtract: (CorpusFile & { index: number; stat: FileStat | null; hash: string | null })[] = [];
    const touched: { rowid: number; stat: FileStat }[] = [];
    const seen = new Set<string>();
    let hashed = 0;
    input.files.forEach((f, i) => {
      const abs = path.resolve(f.file);
      seen.add(abs);
      const transient = input.transient?.has(f.id) ?? false;
      const stat = transient ? null : statOf(f.file);
      const row = rows.get(abs);
      if (!stat) {
        toExtract.push({ ...f, index: i, stat: null, hash: null });
        return;
      }
      const sameName = row && row.file === f.file && row.articleId === f.id;
      if (row && sameName && sameStat(row, stat)) {
        slots[i] = { kind: 'row', row };
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
        slots[i] = { kind: 'row', row: { ...row, ...stat } };
        return;
      }
      toExtract.push({ ...f, index: i, stat: hash ? stat : null, hash });
    });
    index.touch(touched);

    let checker: Checker | null = null;
    let extract: ExtractStats | null = null;
    if (toExtract.length || needChecker) {
      const pending: { index: number; entry: IndexEntry }[] = [];
      const flush = () => {
        const rowids = index.put(pending.map((p) => p.entry));
        pending.forEach((p, k) => {
          const e = p.entry;
          slots[p.index] = {
            kind: 'row',
            row: {
              rowid: rowids[k],
              path: e.path,
              file: e.file,
              articleId: e.articleId,
              ...e.stat,
              hash: e.hash,
              racy: 0,
              article: e.article,
              problems: JSON.stringify(e.problems),
              unused: JSON.stringify(e.unused),
              suppressed: e.suppressed,
              claims: e.claims.length,
            },
          };
        });
        pending.length = 0;
      };
      let k = 0;
      const done = await extractFiles(
        { ...options, files: toExtract, rules: input.rules, scale: input.scale, claimCache: false },
        (r) => {
          const t = toExtract[k++];
          const s = suppressOne(r);
          if (!t.stat || !t.hash) {
            slots[t.index] = { kind: 'memory', article: r.article && articleOf(r.article), problems: r.problems, ...s };
            return;
          }
          pending.push({
            index: t.index,
            entry: {
              path: path.resolve(t.file),
              file: t.file,
              articleId: t.id,
              stat: t.stat,
              hash: t.hash,
              article: r.article && {
                id: r.article.id,
                path: r.article.path,
                source: r.article.source ?? null,
                published: r.article.published ?? null,
                title: r.article.title ?? null,
              },
              problems: r.problems,
              ...s,
            },
          });
          if (pending.length >= 256) flush(); // short write transactions: readers and other writers wait less
        },
      );
      flush();
      checker = done.checker;
      extract = done.stats;
    }

    let removed = 0;
    if (input.prune) {
      const gone = [...rows.values()].filter((r) => !seen.has(r.path) && !statOf(r.path)).map((r) => r.rowid);
      index.remove(gone);
      removed = gone.length;
    }
    const stored = toExtract.filter((t) => t.stat && t.hash).length;
    return {
      index,
      slots: slots as Slot[],
      checker,
      extract,
      stats: {
        unchanged: input.files.length - toExtract.length,
        hashed,
        indexed: stored,
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

/**
 * A draft check over the index: the drafts (ids in `drafts`) extracted, the archive brought up
 * to date, then the claims of the drafts' facts read from the index and aligned.
 */
export async function checkDraftsIndexed(
  input: Omit<IndexInput, 'transient' | 'prune'> & { drafts: Set<string> },
): Promise<{ report: Report; extract: ExtractStats | null; index: DraftIndexStats }> {
  const up = await updateIndex({ ...input, transient: input.drafts }, true);
  try {
    const { slots } = up;
    const position = new Map<number, number>();
    slots.forEach((s, i) => s.kind === 'row' && position.set(s.row.rowid, i));
    // The drafts' facts, after their own suppressions (as a full draft check finds them).
    const facts = new Map<string, [string, string]>();
    for (const s of slots)
      if (s.kind === 'memory')
        for (const c of s.claims)
          if (input.drafts.has(c.article)) facts.set(`${c.story}\u0000${c.fact}`, [c.story, c.fact]);
    const picked: [number, number, Claim][] = [];
    for (const [story, fact] of facts.values()) {
      picked.push(
        ...up.index
          .claimsOf(story, fact, (rowid) => position.has(rowid))
          .map(([rowid, seq, c]) => [position.get(rowid)!, seq, c] as [number, number, Claim]),
      );
      slots.forEach((s, i) => {
        if (s.kind === 'memory')
          s.claims.forEach((c, seq) => c.story === story && c.fact === fact && picked.push([i, seq, c]));
      });
    }
    picked.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const claimsRead = picked.length - picked.filter(([i]) => slots[i].kind === 'memory').length;

    const articles: Article[] = [];
    const problems: Problem[] = [];
    const unused: Problem[] = [];
    let suppressed = 0;
    for (const s of slots) {
      if (s.kind === 'row') {
        const a = s.row.article;
        // What the report reads of an article (buildReport): id, path, source, published, title.
        if (a) articles.push({ ...a, body: '', lineStarts: [], meta: {} } as unknown as Article);
        problems.push(...parseProblems(s.row.problems));
        unused.push(...parseProblems(s.row.unused));
        suppressed += s.row.suppressed;
      } else {
        if (s.article) articles.push(s.article);
        problems.push(...s.problems);
        unused.push(...s.unused);
        suppressed += s.suppressed;
      }
    }
    const report = up.checker!.finishSuppressed(
      articles,
      picked.map(([, , c]) => c),
      [...problems, ...unused],
      suppressed,
    );
    const index: DraftIndexStats = { ...up.stats, claimsRead, factsTouched: facts.size, bytes: up.index.size() };
    reportStats(
      {
        articles: slots.length,
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
    ['index removed', s.removed],
    ['index reset', s.reset],
    ...(s.claimsRead !== undefined ? ([['index claims read', s.claimsRead]] as [string, number][]) : []),
    ...(s.factsTouched !== undefined ? ([['index facts touched', s.factsTouched]] as [string, number][]) : []),
    ['index MB', (s.bytes / 1e6).toFixed(2)],
  ];
}
