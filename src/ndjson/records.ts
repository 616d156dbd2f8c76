/**
 * What extraction hands to alignment, per corpus file: the article's metadata (null when the
 * file could not be read), its claims and its problems. The same record is cached, sent back
 * by worker threads and written as NDJSON by `factlint extract`.
 */
import type { Article } from '../model';
import type { Claim } from '../model/claim';
import type { Problem } from '../model/report';
import type { Diagnostic } from '../errors';

/** An article without its text: what the report and the suppressions need. */
export type ArticleMeta = Omit<Article, 'body' | 'lineStarts' | 'meta'>;

export interface FileResult {
  id: string; // corpus id of the file
  file: string; // path read
  article: ArticleMeta | null;
  claims: Claim[];
  problems: Problem[];
}

/** A file that stops a --strict run: the diagnostics of its UserError. */
export interface FileFailure {
  id: string;
  file: string;
  error: Diagnostic[];
}

export function metaOf(article: Article): ArticleMeta {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { body, lineStarts, meta, ...rest } = article;
  return rest;
}

/** The Article shape the engine's report and suppressions take, rebuilt from metadata. */
export function articleOf(meta: ArticleMeta): Article {
  return { ...meta, body: '', lineStarts: [], meta: {} };
}

/**
 * JSON has no Infinity: JSON.stringify writes null, which would turn "at least 12" = [12, ∞)
 * into [12, null]. Unbounded interval ends are written as the strings "Infinity" and
 * "-Infinity" and read back as numbers.
 */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    typeof v === 'number' && !Number.isFinite(v) ? (Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity') : v,
  );
}

const SPECIAL: Record<string, number> = { Infinity: Infinity, '-Infinity': -Infinity, NaN: NaN };

export function fromJson<T>(text: string): T {
  // A walk after a plain parse, not a reviver: a reviver is called for every key and made
  // reading a cached corpus several times slower.
  const value = JSON.parse(text) as unknown;
  reviveUnbounded(value);
  return value as T;
}

/** Only inside constraints: an article could quote the word "Infinity" in a claim's text. */
function reviveUnbounded(v: unknown): void {
  if (typeof v !== 'object' || v === null) return;
  if (Array.isArray(v)) {
    for (const x of v) reviveUnbounded(x);
    return;
  }
  const o = v as Record<string, unknown>;
  if (o.kind === 'interval') {
    if (typeof o.lo === 'string' && o.lo in SPECIAL) o.lo = SPECIAL[o.lo];
    if (typeof o.hi === 'string' && o.hi in SPECIAL) o.hi = SPECIAL[o.hi];
  }
  for (const k in o) reviveUnbounded(o[k]);
}
