/**
 * The engine a check runs on: one Checker owns everything a check needs (compiled packs, the
 * validated rule files behind them, the wink instance and the pattern facts learned into it).
 * Two checkers in one process never affect each other; reloading rules is making a new one.
 *
 *   const checker = Checker.load(['rules']);
 *   const { report } = await checker.check({ paths: ['corpus'] });
 *
 * Stages: corpus → nlp → mentions → claims (per article, independent) → align → report; the
 * gate and the CLI come after. Threads and cache are how `check` runs (engine/run.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Article } from '../model';
import type { Claim } from '../model/claim';
import type { Problem, Report } from '../model/report';
import type { CompiledPack } from '../rules/types';
import type { CorpusFile } from '../corpus/files';
import { UserError } from '../errors';
import { readCorpusFile, type ReadOptions } from '../corpus/read';
import { Nlp, type Analysis } from '../nlp/wink';
import { compileRuleSpecs, loadRules, type RuleSet, type RuleSpecs } from '../rules/compile';
import { bindClaims, inScope } from '../claims/bind';
import { countRelativeDates } from '../mentions/time/undated';
import { markUpdates } from '../claims/updates';
import { assignParts } from '../claims/parts';
import { align, type AlignOptions } from '../align/align';
import { buildReport } from '../report/build';
import { applySuppressions } from '../gate/suppressions';
import { claimsOfDraftFacts, fromDraftSide } from '../gate/draft';
import { metaOf, type FileFailure, type FileResult } from '../ndjson/records';
import { fingerprintOf } from '../corpus/fingerprint';

export interface CheckResult {
  report: Report;
  articles: Article[];
  claims: Claim[];
}

export interface LoadOptions {
  /** Accept rule paths with no pack (libraries only), e.g. for `rules validate`. */
  allowNoPacks?: boolean;
  /** Compile from validated rule files cached by a previous run (see ClaimCache.rules). */
  cached?: (paths: string[], nlp: Nlp) => { rules: RuleSet; hit: boolean };
}

export class Checker {
  /** Packs limited to stories, by story: most articles skip most packs without a scope test. */
  private readonly byStory = new Map<string, CompiledPack[]>();
  private readonly anyStory: CompiledPack[];

  private constructor(
    /** The rule files and folders the checker was loaded from (the cache key of its claims). */
    readonly rules: string[],
    readonly packs: CompiledPack[],
    /** The validated rule files behind the packs: a worker thread compiles these. */
    readonly specs: RuleSpecs,
    private readonly nlp: Nlp,
    /** Whether the packs were compiled from the cache's validated rule files. */
    readonly rulesCached: boolean,
  ) {
    // One pass, in pack order (thousands of story packs: not one filter of all packs per story).
    const anySoFar: CompiledPack[] = [];
    for (const p of packs) {
      if (!p.appliesTo.story) {
        anySoFar.push(p);
        for (const list of this.byStory.values()) list.push(p);
        continue;
      }
      for (const s of p.appliesTo.story) {
        let list = this.byStory.get(s);
        if (!list) this.byStory.set(s, (list = [...anySoFar]));
        if (list[list.length - 1] !== p) list.push(p);
      }
    }
    this.anyStory = anySoFar;
  }

  /** Reads, validates and compiles the rule files among `rules`. Throws one UserError listing every problem. */
  static load(rules: string[], options: LoadOptions = {}): Checker {
    const nlp = new Nlp();
    if (options.cached) {
      const { rules: set, hit } = options.cached(rules, nlp);
      return new Checker(rules, set.packs, set.specs, nlp, hit);
    }
    const set = loadRules(rules, nlp, { allowNoPacks: options.allowNoPacks });
    return new Checker(rules, set.packs, set.specs, nlp, false);
  }

  /**
   * A checker of rule files another checker validated (worker threads): no file read, parsed
   * or validated. `nlp`: a new instance already warmed (nothing learned into it yet).
   */
  static fromSpecs(rules: string[], specs: RuleSpecs, nlp = new Nlp()): Checker {
    const set = compileRuleSpecs(specs, nlp);
    return new Checker(rules, set.packs, set.specs, nlp, false);
  }

  /** Sentences and tokens of a text, with this checker's pattern facts. */
  analyse(text: string): Analysis {
    return this.nlp.analyse(text);
  }

  /** The packs an article is in scope of. */
  packsFor(article: Article): CompiledPack[] {
    const candidates = (article.story !== undefined && this.byStory.get(article.story)) || this.anyStory;
    return candidates.filter((p) => inScope(p, article));
  }

  /** Claims of one article under every pack whose scope it is in. */
  extractClaims(article: Article): Claim[] {
    const applicable = this.packsFor(article);
    if (!applicable.length || !article.body.trim()) return [];
    const analysis = this.analyse(article.body);
    return applicable.flatMap((p) => claimsOf(article, analysis, p));
  }

  /** One corpus file's article metadata, claims and problems; with `strict`, an unreadable file is a failure. */
  extractFile(f: CorpusFile, options: ReadOptions): FileResult | FileFailure {
    const before = options.contentHash ? fileHash(f.file) : null;
    let read: ReturnType<typeof readCorpusFile>;
    try {
      read = readCorpusFile(f, options);
    } catch (e) {
      if (e instanceof UserError) return { id: f.id, file: f.file, error: e.diagnostics };
      throw e;
    }
    const { article, problems } = read;
    // Copy detection (align/witness.ts) compares these across articles; the text is not kept.
    if (article) article.fingerprint = fingerprintOf(article.body.slice(article.textStart), article.meta);
    if (article && !article.published && this.packsFor(article).length) {
      const unresolved = countRelativeDates(article.body, article.textStart);
      if (unresolved)
        problems.push({
          code: 'undated-relative-dates',
          severity: 'info',
          message: `${unresolved} relative date${unresolved === 1 ? '' : 's'} ("yesterday", "on Sunday"…) left unresolved: the article states no publication date`,
          file: f.file,
          line: null,
          column: null,
          hint: 'add "published: YYYY-MM-DD" to its front matter, or pass --published YYYY-MM-DD',
        });
    }
    const result: FileResult = {
      id: f.id,
      file: f.file,
      article: article && metaOf(article),
      claims: article ? this.extractClaims(article) : [],
      problems,
    };
    // The bytes hashed before and after the read: equal hashes are the bytes the claims come from.
    if (options.contentHash && article && before !== null && fileHash(f.file) === before) result.sha256 = before;
    return result;
  }

  /**
   * A warning for each pack whose `applies-to` selects no article: without it a scope that
   * matches nothing (a path written from the wrong folder, a misspelt story) passes as clean.
   */
  emptyScopes(articles: Article[]): Problem[] {
    if (!articles.length) return [];
    const example = articles[0];
    return this.packs
      .filter((p) => (p.appliesTo.paths || p.appliesTo.story) && !articles.some((a) => inScope(p, a)))
      .map((p) => ({
        code: 'scope-selects-nothing',
        severity: 'warning' as const,
        message: `pack "${p.story}" applies to no article: its applies-to (${describeScope(p.appliesTo)}) selects none of the ${articles.length} article(s), so its facts were not checked`,
        file: p.file,
        line: null,
        column: null,
        hint:
          `applies-to.paths are matched against article ids, which are paths relative to the folder given on the command line ` +
          `(e.g. "${example.id}"${example.story ? `, story "${example.story}"` : ''}); applies-to.story against the articles' story: field`,
      }));
  }

  /**
   * The second half of a check, after extraction: suppressions, alignment, the report.
   * Articles are metadata, in corpus order; `drafts`: draft mode's ids.
   */
  finish(
    articles: Article[],
    claims: Claim[],
    problems: Problem[],
    drafts: Set<string> | null = null,
    options: AlignOptions = {},
  ): CheckResult {
    const suppressed = applySuppressions(claims, articles);
    problems.push(...suppressed.problems, ...this.emptyScopes(articles));
    const report = this.finishSuppressed(options, articles, suppressed.claims, problems, suppressed.suppressed, drafts);
    return { report, articles, claims };
  }

  /**
   * `finish` for claims whose suppressions were already applied per article (the claims
   * index): `problems` end with the unused-suppression ones, `suppressed` is their count.
   */
  finishSuppressed(
    options: AlignOptions,
    articles: Article[],
    claims: Claim[],
    problems: Problem[],
    suppressed: number,
    drafts: Set<string> | null = null,
  ): Report {
    // Draft mode: only the facts a draft speaks to (the gate keeps only findings with a draft)...
    const aligned = align(this.packs, drafts ? claimsOfDraftFacts(claims, drafts) : claims, articles, options);
    // ...and each finding told from the draft's side.
    const findings = drafts ? fromDraftSide(aligned, claims, this.packs, drafts, articles) : aligned;
    const facts = this.packs.reduce((n, p) => n + p.facts.length, 0);
    const draftIds = drafts ? articles.filter((a) => drafts.has(a.id)).map((a) => a.id) : null;
    return buildReport(articles, findings, problems, facts, { suppressed }, draftIds);
  }
}

function fileHash(file: string): string | null {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return null;
  }
}

/** One pack's claims of an article: bound by cues, then their update wording and parts read. */
export function claimsOf(article: Article, analysis: Analysis, pack: CompiledPack): Claim[] {
  return assignParts(article, markUpdates(bindClaims(article, analysis, pack), pack), pack);
}

/** The packs whose `applies-to` selects none of the articles: their facts were never checked. */
function describeScope(scope: CompiledPack['appliesTo']): string {
  const parts: string[] = [];
  if (scope.paths) parts.push(`paths ${JSON.stringify(scope.paths)}`);
  if (scope.story) parts.push(`story ${JSON.stringify(scope.story)}`);
  return parts.join(' and ');
}

export const isFailure = (r: FileResult | FileFailure): r is FileFailure => 'error' in r;
