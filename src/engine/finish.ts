/**
 * The second half of a check (suppressions, alignment, the report), fed file by file as
 * extraction delivers the files in corpus order, so that what can be done per article is done
 * while the other articles are still being extracted: with `--jobs 2` the main thread takes
 * fewer files and the worker more, instead of all of it waiting for the last file. Per file:
 * its suppressions, its claims' evidence shingles, and its place in the copy-detection groups
 * (articles join them in id order); at the end, the per-fact alignment and the report. The
 * report is Checker.finish's, byte for byte.
 */
import type { Article } from '../model';
import type { Claim } from '../model/claim';
import type { CheckResult, Checker } from './checker';
import type { Problem } from '../model/report';
import type { AlignOptions } from '../align/align';
import { applySuppressions } from '../gate/suppressions';
import { ArticleWitnessGroups, sentenceShingles, type WitnessSettings } from '../align/witness';

/** Copy-detection settings grouped while extracting (most packs share the default one; the rest wait for the end). */
const MAX_EARLY_SETTINGS = 4;

export class IncrementalFinish {
  private readonly articles: Article[] = [];
  private readonly claims: Claim[] = [];
  private readonly kept: Claim[] = [];
  private readonly problems: Problem[] = [];
  private readonly unused: Problem[] = [];
  private suppressed = 0;
  private readonly shingles = new Map<Claim, number[] | null>();
  /** Copy-detection groups per setting, among the articles with claims; null once a file came out of id order. */
  private groups: Map<WitnessSettings, ArticleWitnessGroups> | null;
  private readonly detect: boolean;
  /** A claim of another article than its file's: finish() then runs Checker.finish on everything. */
  private mixed = false;

  /**
   * `early`: do each file's share as it comes (worth it beside worker threads; on one thread
   * it only interleaves alignment with extraction, which measured slower than doing it after;
   * never with `drafts`, draft mode's ids, whose end is Checker.finish's draft report).
   */
  constructor(
    private readonly checker: Checker,
    private readonly options: AlignOptions = {},
    private readonly early = true,
    private readonly drafts: Set<string> | null = null,
  ) {
    this.detect = options.witnesses !== false;
    const settings = [...new Set(checker.packs.map((p) => p.witnesses))].filter((s) => s.detect);
    this.groups =
      this.detect && early && !options.articleWitnesses
        ? new Map(settings.slice(0, MAX_EARLY_SETTINGS).map((s) => [s, new ArticleWitnessGroups(s)]))
        : null;
  }

  /** One file's results, in corpus order: its article (null when it could not be read), claims and problems. */
  add(article: Article | null, claims: Claim[], problems: Problem[]): void {
    if (article) this.articles.push(article);
    for (const c of claims) this.claims.push(c);
    for (const p of problems) this.problems.push(p);
    if (!this.early) return;
    if (!claims.length && !article?.directives?.length) return;
    if (this.mixed || claims.some((c) => c.article !== article?.id)) {
      this.mixed = true;
      return;
    }
    const s = applySuppressions(claims, article ? [article] : []);
    for (const p of s.problems) this.unused.push(p);
    this.suppressed += s.suppressed;
    for (const c of s.claims) {
      this.kept.push(c);
      if (this.detect) this.shingles.set(c, sentenceShingles(c.text));
    }
    // The groups hold the articles with claims (the others have no vote).
    if (!s.claims.length || !this.groups || !article) return;
    for (const g of this.groups.values()) {
      const last = g.last();
      if (last !== null && !(last < article.id)) {
        this.groups = null; // out of id order: grouped at the end
        return;
      }
      g.add(article);
    }
  }

  /** The report, as Checker.finish(articles, claims, problems) gives it. */
  finish(): CheckResult {
    if (this.mixed || !this.early)
      return this.checker.finish(this.articles, this.claims, this.problems, this.drafts, this.options);
    const groups = this.groups;
    const report = this.checker.finishSuppressed(
      this.articles,
      this.kept,
      [...this.problems, ...this.unused],
      this.suppressed,
      {
        ...this.options,
        ...(groups ? { articleWitnesses: (settings: WitnessSettings) => groups.get(settings)?.result() } : {}),
        ...(this.detect ? { sentenceShingles: (c: Claim) => this.shinglesOf(c) } : {}),
      },
    );
    return { report, articles: this.articles, claims: this.claims };
  }

  private shinglesOf(c: Claim): number[] | null {
    const s = this.shingles.get(c);
    return s !== undefined ? s : sentenceShingles(c.text);
  }
}
