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
import { lazyPackSet, loadRules, packSetOf, type PackSet, type RuleSpecs } from '../rules/compile';
import { bindClaims, inScope } from '../claims/bind';
import { countRelativeDates } from '../mentions/time/undated';
import { markUpdates } from '../claims/updates';
import { assignParts } from '../claims/parts';
import { align, type AlignOptions } from '../align/align';
import { buildReport } from '../report/build';
import { applySuppressions } from '../gate/suppressions';
import { fromDraftSide } from '../gate/draft';
import { metaOf, type FileFailure, type FileResult } from '../ndjson/records';
import { fingerprintOf } from '../corpus/fingerprint';

export interface CheckResult {
  report: Report;
  articles: Article[];
  claims: Claim[];
}

/**
 * What a draft check reads of the coverage, wherever it is kept (memory, the claims index):
 * the claims of one fact, and one file's article and notes, each file named by its place in
 * the run (corpus order). Nothing asks for all of it, so a draft's cost follows its facts,
 * not the archive's size.
 */
export interface DraftCoverage {
  /** Coverage articles in the run but those at `places` (the drafts'), unreadable files not counted. */
  countWithout(places: number[]): number;
  /** The claims of one fact (suppressions applied), ordered by place, then by their order in the file. */
  claimsOf(story: string, fact: string): { at: number; claim: Claim }[];
  /** The article of the file at a place (undefined: it could not be read). */
  articleAt(at: number): Article | undefined;
  /** That file's problems, unused suppressions and number of suppressed claims. */
  notesAt(at: number): FileNotes;
  /**
   * Places of the files that could not be read as articles (any numbers that sort in corpus
   * order): their error problems are always reported.
   */
  unreadable(): number[];
}

/** A file's notes: problems from reading it, its unused suppressions, how many claims it suppressed. */
export interface FileNotes {
  problems: Problem[];
  unused: Problem[];
  suppressed: number;
}

/** A draft, extracted and with its suppressions applied, at its place in the run. */
export interface DraftFile extends FileNotes {
  at: number;
  article: Article | null;
  claims: Claim[];
}

export interface LoadOptions {
  /** Accept rule paths with no pack (libraries only), e.g. for `rules validate`. */
  allowNoPacks?: boolean;
  /** Compile from validated rule files cached by a previous run (see ClaimCache.rules). */
  cached?: (paths: string[], nlp: Nlp) => { packs: PackSet; specs: RuleSpecs; hit: boolean };
}

export class Checker {
  private constructor(
    /** The rule files and folders the checker was loaded from (the cache key of its claims). */
    readonly rules: string[],
    private readonly set: PackSet,
    /** The validated rule files behind the packs: a worker thread compiles these. */
    readonly specs: RuleSpecs,
    private readonly nlp: Nlp,
    /** Whether the packs were compiled from the cache's validated rule files. */
    readonly rulesCached: boolean,
  ) {}

  /**
   * Reads, validates and compiles the rule files among `rules`. Throws one UserError listing
   * every problem. Rules from the cache were validated by the run that cached them: their
   * packs compile when an article first needs them.
   */
  static load(rules: string[], options: LoadOptions = {}): Checker {
    const nlp = new Nlp();
    if (options.cached) {
      const { packs, specs, hit } = options.cached(rules, nlp);
      return new Checker(rules, packs, specs, nlp, hit);
    }
    const set = loadRules(rules, nlp, { allowNoPacks: options.allowNoPacks });
    return new Checker(rules, packSetOf(set.packs), set.specs, nlp, false);
  }

  /**
   * A checker of rule files another checker validated (worker threads): no file read, parsed
   * or validated, and each pack compiled when an article first needs it. `nlp`: a new
   * instance already warmed (nothing learned into it yet).
   */
  static fromSpecs(rules: string[], specs: RuleSpecs, nlp = new Nlp()): Checker {
    return new Checker(rules, lazyPackSet(specs, nlp), specs, nlp, false);
  }

  /** Every pack of the rule set (all compiled). */
  get packs(): CompiledPack[] {
    return this.set.all();
  }

  /** Sentences and tokens of a text, with this checker's pattern facts. */
  analyse(text: string): Analysis {
    return this.nlp.analyse(text);
  }

  /** The packs an article is in scope of. */
  packsFor(article: Article): CompiledPack[] {
    return this.set.forStory(article.story).filter((p) => inScope(p, article));
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
    // A story-limited pack can only select articles of its stories: test those, not all of them
    // (thousands of story packs times thousands of articles was a second of every large run).
    const byStory = new Map<string, Article[]>();
    for (const a of articles) {
      if (a.story === undefined) continue;
      const list = byStory.get(a.story);
      if (list) list.push(a);
      else byStory.set(a.story, [a]);
    }
    const selectsSome = (p: CompiledPack) =>
      p.appliesTo.story
        ? p.appliesTo.story.some((s) => byStory.get(s)?.some((a) => inScope(p, a)))
        : articles.some((a) => inScope(p, a));
    return this.packs
      .filter((p) => (p.appliesTo.paths || p.appliesTo.story) && !selectsSome(p))
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
    if (drafts) {
      const report = this.finishDraft(draftsInMemory(articles, claims, problems, drafts), options);
      return { report, articles, claims };
    }
    const suppressed = applySuppressions(claims, articles);
    problems.push(...suppressed.problems);
    const report = this.finishSuppressed(articles, suppressed.claims, problems, suppressed.suppressed, options);
    return { report, articles, claims };
  }

  /**
   * finish() after the suppressions: `claims` are those kept, `problems` the read problems and
   * then the unused suppressions, `suppressed` the count dropped (engine/finish.ts gets here
   * having applied them file by file as extraction delivered the files).
   */
  finishSuppressed(
    articles: Article[],
    claims: Claim[],
    problems: Problem[],
    suppressed: number,
    options: AlignOptions = {},
  ): Report {
    problems.push(...this.emptyScopes(articles));
    const findings = align(this.packs, claims, articles, options);
    return buildReport(articles, findings, problems, this.set.factCount, { suppressed });
  }

  /**
   * Draft mode's report: the claims of the facts the drafts make claims on, read from the
   * coverage, aligned and told from the drafts' side. The report lists the drafts and the
   * articles whose claims take part in their findings (`summary.articles` counts every
   * article of the run), and the problems, unused suppressions and suppressed claims of those
   * articles, with the error problems of any file that could not be read (they exit 2).
   */
  finishDraft(input: { drafts: DraftFile[]; coverage: DraftCoverage }, options: AlignOptions = {}): Report {
    const { drafts, coverage } = input;
    const draftIds = new Set(drafts.filter((d) => d.article).map((d) => d.article!.id));
    const draftAt = new Map(drafts.map((d) => [d.at, d]));
    // The drafts' facts, in the order they first say them (alignment orders findings itself).
    const facts = new Map<string, [string, string]>();
    for (const d of drafts) for (const c of d.claims) facts.set(`${c.story}\u0000${c.fact}`, [c.story, c.fact]);
    const picked: { at: number; seq: number; claim: Claim }[] = [];
    for (const [story, fact] of facts.values()) {
      for (const { at, claim } of coverage.claimsOf(story, fact))
        if (!draftAt.has(at)) picked.push({ at, seq: picked.length, claim });
      for (const d of drafts)
        for (const claim of d.claims)
          if (claim.story === story && claim.fact === fact) picked.push({ at: d.at, seq: picked.length, claim });
    }
    // Corpus order, and within a file the order of its claims (as one pass over the corpus gives them).
    picked.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const claims = picked.map((p) => p.claim);
    // The articles alignment reads: those with claims on the drafts' facts (outlets, dates,
    // copy detection among them), and the drafts.
    const places = [...new Set([...picked.map((p) => p.at), ...draftAt.keys()])].sort((a, b) => a - b);
    const articleAt = new Map<number, Article>();
    for (const at of places) {
      const a = draftAt.has(at) ? draftAt.get(at)!.article : coverage.articleAt(at);
      if (a) articleAt.set(at, a);
    }
    const voters = [...articleAt.values()];
    // The packs compiled so far hold every fact with claims (the others align to nothing).
    const packs = this.set.compiled();
    const aligned = align(packs, claims, voters, options);
    const findings = fromDraftSide(aligned, claims, packs, draftIds, voters);
    // Listed: the drafts and the articles of the findings' claims.
    const inFindings = new Set(findings.flatMap((f) => f.claims.map((c) => c.article)));
    const listed = places.filter((at) => {
      const a = articleAt.get(at);
      return draftAt.has(at) || (a !== undefined && inFindings.has(a.id));
    });
    const noted = [...new Set([...listed, ...coverage.unreadable()])].sort((a, b) => a - b);
    const problems: Problem[] = [];
    const unused: Problem[] = [];
    let suppressed = 0;
    const listedSet = new Set(listed);
    for (const at of noted) {
      const n = draftAt.get(at) ?? coverage.notesAt(at);
      // An unreadable file that takes no part shows its errors only (what makes the run exit 2).
      const all = listedSet.has(at);
      problems.push(...(all ? n.problems : n.problems.filter((p) => p.severity === 'error')));
      if (!all) continue;
      unused.push(...n.unused);
      suppressed += n.suppressed;
    }
    const articles = listed.map((at) => articleAt.get(at)).filter((a): a is Article => a !== undefined);
    return buildReport(
      articles,
      findings,
      [...problems, ...unused],
      this.set.factCount,
      { suppressed },
      [...draftIds],
      coverage.countWithout([...draftAt.keys()]) + drafts.filter((d) => d.article).length,
    );
  }
}

/**
 * A draft check over a corpus held in memory (articles in corpus order, their claims, the
 * read problems): each file's suppressions applied on its own, as the claims index stores them.
 */
function draftsInMemory(
  articles: Article[],
  claims: Claim[],
  problems: Problem[],
  draftIds: Set<string>,
): { drafts: DraftFile[]; coverage: DraftCoverage } {
  const placeOf = new Map(articles.map((a, i) => [a.id, i]));
  const byPath = new Map(articles.map((a, i) => [a.path, i]));
  const claimsAt = articles.map((): Claim[] => []);
  for (const c of claims) claimsAt[placeOf.get(c.article)!]?.push(c);
  const notes: FileNotes[] = articles.map(() => ({ problems: [], unused: [], suppressed: 0 }));
  // Problems of files that are no article (unreadable) get a place between the articles whose
  // problems they came between, so the report lists every file's problems in corpus order.
  const unreadable = new Map<number, FileNotes>();
  const unreadAt = new Map<string, number>();
  let last = -1;
  for (const p of problems) {
    const at = byPath.get(p.file);
    if (at !== undefined) {
      notes[at].problems.push(p);
      last = at;
      continue;
    }
    let k = unreadAt.get(p.file);
    if (k === undefined) unreadAt.set(p.file, (k = last + (unreadAt.size + 1) / (problems.length + 2)));
    if (!unreadable.has(k)) unreadable.set(k, { problems: [], unused: [], suppressed: 0 });
    unreadable.get(k)!.problems.push(p);
  }
  const kept = articles.map((a, i) => {
    if (!a.directives?.length) return claimsAt[i];
    const s = applySuppressions(claimsAt[i], [a]);
    notes[i].unused = s.problems;
    notes[i].suppressed = s.suppressed;
    return s.claims;
  });
  const byFact = new Map<string, { at: number; claim: Claim }[]>();
  kept.forEach((list, at) => {
    if (draftIds.has(articles[at].id)) return;
    for (const claim of list) {
      const key = `${claim.story}\u0000${claim.fact}`;
      let l = byFact.get(key);
      if (!l) byFact.set(key, (l = []));
      l.push({ at, claim });
    }
  });
  const drafts: DraftFile[] = [];
  articles.forEach((a, at) => {
    if (draftIds.has(a.id)) drafts.push({ at, article: a, claims: kept[at], ...notes[at] });
  });
  const n = articles.length;
  const coverage: DraftCoverage = {
    countWithout: (places) => n - places.filter((at) => Number.isInteger(at) && at >= 0 && at < n).length,
    claimsOf: (story, fact) => byFact.get(`${story}\u0000${fact}`) ?? [],
    articleAt: (at) => articles[at],
    notesAt: (at) => unreadable.get(at) ?? notes[at],
    unreadable: () => [...unreadable.keys()],
  };
  return { drafts, coverage };
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
