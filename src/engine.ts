/** The pipeline: corpus → articles → claims (per article, independent) → findings → report. */
import type { Article } from './types';
import type { Claim } from './claims/types';
import type { CompiledPack } from './rules/types';
import type { Problem, Report } from './report/model';
import { UserError } from './errors';
import type { CorpusFile } from './corpus/files';
import { readArticle } from './corpus/article';
import { analyse } from './nlp/wink';
import { bindClaims, inScope } from './claims/bind';
import { align } from './align/align';
import { buildReport } from './report/build';
import { applySuppressions } from './gate/suppressions';
import { claimsOfDraftFacts } from './gate/draft';

export interface CheckInput {
  paths: string[];
  packs: CompiledPack[];
  allowEmpty?: boolean;
  /** Stop at the first unreadable article instead of reporting it and going on. */
  strict?: boolean;
  /** Publication date for articles that state none (YYYY-MM-DD). */
  published?: string;
  /** Largest article file read, in bytes. */
  maxBytes?: number;
}

export interface CheckResult {
  report: Report;
  articles: Article[];
  claims: Claim[];
}

/** Claims of one article under every pack whose scope it is in. */
export function extractClaims(article: Article, packs: CompiledPack[]): Claim[] {
  const applicable = packs.filter((p) => inScope(p, article));
  if (!applicable.length || !article.body.trim()) return [];
  const analysis = analyse(article.body);
  return applicable.flatMap((p) => bindClaims(article, analysis, p));
}

export function problemOf(e: UserError, fallbackFile: string): Problem[] {
  return e.diagnostics.map((d) => ({
    code: d.code,
    severity: 'error',
    message: d.message,
    file: d.file ?? fallbackFile,
    line: d.line ?? null,
    column: d.column ?? null,
    hint: d.hint ?? null,
  }));
}

/** One corpus file: its article (null when unreadable) and its problems. Throws only with `strict`. */
export function readCorpusFile(
  f: CorpusFile,
  input: Omit<CheckInput, 'paths' | 'packs'>,
): { article: Article | null; problems: Problem[] } {
  let article: Article;
  try {
    article = readArticle(f.file, f.id, input.maxBytes);
  } catch (e) {
    if (!(e instanceof UserError) || input.strict) throw e;
    return { article: null, problems: problemOf(e, f.file) };
  }
  const problems: Problem[] = [];
  if (!article.published && input.published) article.published = input.published;
  if (!article.body.trim())
    problems.push({
      code: 'article-empty',
      severity: 'warning',
      message: 'article has no text',
      file: f.file,
      line: null,
      column: null,
      hint: 'an empty file yields no claims; remove it or add its text',
    });
  return { article, problems };
}

/**
 * The second half of a check (after extraction, see scale/pipeline.ts): suppressions,
 * alignment, the report. Articles are metadata, in corpus order; `drafts`: draft mode's ids.
 */
export function finishCheck(
  packs: CompiledPack[],
  articles: Article[],
  claims: Claim[],
  problems: Problem[],
  drafts: Set<string> | null = null,
): CheckResult {
  const suppressed = applySuppressions(claims, articles);
  problems.push(...suppressed.problems);
  // Draft mode: only the facts a draft speaks to (the gate keeps only findings with a draft).
  const findings = align(packs, drafts ? claimsOfDraftFacts(suppressed.claims, drafts) : suppressed.claims);
  const facts = packs.reduce((n, p) => n + p.facts.length, 0);
  return {
    report: buildReport(articles, findings, problems, facts, { suppressed: suppressed.suppressed }),
    articles,
    claims,
  };
}
