/**
 * The second half of a check (suppressions, alignment, the report), fed file by file as
 * extraction delivers the files in corpus order, so that what can be done per article is done
 * while the other articles are still being extracted: with `--jobs 2` the main thread takes
 * fewer files and the worker more, instead of all of it waiting for the last file. Per file:
 * its suppressions, its claims' evidence shingles, and its place in the copy-detection groups
 * (articles join them in id order); at checkpoints, the alignment of the facts whose claims
 * stopped coming (kept if still valid at the end); at the end, the alignment of the other
 * facts and the report. The report is Checker.finish's, byte for byte.
 */
import type { Article } from '../model';
import type { Claim } from '../model/claim';
import type { CheckResult, Checker } from './checker';
import type { Problem } from '../model/report';
import type { Finding } from '../model/report';
import type { CompiledFact, CompiledPack } from '../rules/types';
import { alignFact, type AlignOptions } from '../align/align';
import { Labels } from '../align/labels';
import { applySuppressions } from '../gate/suppressions';
import {
  ArticleWitnessGroups,
  sameWitness,
  sentenceShingles,
  type Witness,
  type WitnessSettings,
} from '../align/witness';

/** Copy-detection settings grouped while extracting (most packs share the default one; the rest wait for the end). */
const MAX_EARLY_SETTINGS = 4;
/** Checkpoints in a run, at which the facts whose claims stopped coming are aligned ahead. */
const CHECKPOINTS = 16;
/** Fewer files between two checkpoints are not worth a grouping of the articles so far. */
const MIN_CHECKPOINT = 64;
/** Times a fact is aligned ahead at most. */
const MAX_TRIES = 2;
/** Facts aligned ahead per file delivered (a fact takes ~0.1–1 ms). */
const AHEAD_PER_FILE = 4;

/** A fact of the packs, with its places in them (the order of its findings). */
interface FactAt {
  p: number;
  i: number;
  pack: CompiledPack;
  fact: CompiledFact;
}

/** A fact aligned ahead: valid while its claims are these `count` and their articles' witnesses are these. */
interface AlignedAhead {
  count: number;
  /** How many times the fact was aligned ahead. */
  tries: number;
  witnesses: (Witness | undefined)[];
  findings: Finding[];
}

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
  /** The kept claims by story and fact, and the file count when each last grew. */
  private readonly byKey = new Map<string, Claim[]>();
  private readonly grew = new Map<string, number>();
  private facts: Map<string, FactAt> | null = null;
  private readonly done = new Map<string, AlignedAhead>();
  private readonly queue: {
    key: string;
    /** The checkpoint it was queued at: a claim delivered after it makes the entry stale. */
    queuedAt: number;
    at: FactAt;
    own: Claim[];
    byArticle: Map<string, Witness>;
    labels: Labels;
  }[] = [];
  /** Facts aligned ahead, and of those, the ones whose findings the report took (FACTLINT_STATS). */
  readonly ahead = { aligned: 0, used: 0 };
  private delivered = 0;
  private checkpoint = 0;
  private readonly every: number;

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
    /** The number of files the run delivers: with `early`, facts are aligned ahead at checkpoints. */
    files = 0,
    /** The fewest files between two checkpoints (tests take 1). */
    minInterval = MIN_CHECKPOINT,
  ) {
    this.every = files ? Math.max(minInterval, Math.ceil(files / CHECKPOINTS)) : 0;
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
    this.delivered++;
    this.addShare(article, claims);
    if (!this.every || !this.groups || this.mixed) return;
    if (this.delivered - this.checkpoint >= this.every) this.queueAhead();
    if (this.queue.length) this.drainAhead();
  }

  private addShare(article: Article | null, claims: Claim[]): void {
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
      const key = `${c.story}\u0000${c.fact}`;
      let list = this.byKey.get(key);
      if (!list) this.byKey.set(key, (list = []));
      list.push(c);
      this.grew.set(key, this.delivered);
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
        ...(this.done.size ? { aligned: (p, i, own, byArticle) => this.alignedAhead(p, i, own, byArticle) } : {}),
      },
    );
    return { report, articles: this.articles, claims: this.claims };
  }

  /**
   * At a checkpoint: queues each fact whose claims have not grown since the checkpoint before,
   * to be aligned with the copy-detection groups and labels of the articles so far, as align()
   * would. At the end, a fact's findings are taken from here only if no claim came since and
   * every article of its claims has the same witness in the final groups (a later copy can
   * join a group); else the fact is aligned again. The findings depend on nothing else: the
   * fact's claims in order (a later claim only appends), their articles' labels and
   * witnesses, the settings and the claims' evidence shingles.
   */
  private queueAhead(): void {
    const before = this.checkpoint;
    this.checkpoint = this.delivered;
    if (!before) return; // nothing has been still for a whole interval yet
    this.facts ??= factsOf(this.checker.packs);
    const now = new Map<WitnessSettings, Map<string, Witness>>();
    let labels: Labels | null = null;
    for (const [key, own] of this.byKey) {
      const done = this.done.get(key);
      if (this.grew.get(key)! >= before || done?.count === own.length) continue;
      // A fact that keeps growing after being aligned ahead waits for the end: a corpus in no
      // story order would otherwise have its growing facts aligned at every checkpoint.
      if (done && done.tries >= MAX_TRIES) continue;
      const at = this.facts.get(key);
      const groups = at && this.groups?.get(at.pack.witnesses);
      if (!at || !groups) continue;
      let byArticle = now.get(at.pack.witnesses);
      if (!byArticle) now.set(at.pack.witnesses, (byArticle = groups.result()));
      labels ??= new Labels(this.articles);
      this.queue.push({ key, queuedAt: this.checkpoint, at, own, byArticle, labels });
    }
  }

  /**
   * Aligns a few queued facts: a little per file delivered, so that the main thread comes
   * back soon to take the workers' results and hand them more files (a worker holds only a
   * few batches; a long pause here would leave it idle).
   */
  private drainAhead(): void {
    for (let n = 0; n < AHEAD_PER_FILE && this.queue.length; n++) {
      const { key, queuedAt, at, own, byArticle, labels } = this.queue.shift()!;
      // Grew since it was queued (perhaps past a later checkpoint): its groups and labels are
      // of fewer articles than its claims now; a later checkpoint queues it again.
      if (this.grew.get(key)! > queuedAt) continue;
      const findings = alignFact(at.pack, at.fact, own, labels, byArticle, at.pack.witnesses, (c) =>
        this.shinglesOf(c),
      );
      const witnesses = own.map((c) => byArticle.get(c.article));
      this.done.set(key, { count: own.length, witnesses, findings, tries: (this.done.get(key)?.tries ?? 0) + 1 });
      this.ahead.aligned++;
    }
  }

  private alignedAhead(p: number, i: number, own: Claim[], byArticle: Map<string, Witness>): Finding[] | undefined {
    const key = `${own[0].story}\u0000${own[0].fact}`;
    const at = this.facts?.get(key);
    if (!at || at.p !== p || at.i !== i) return undefined;
    const done = this.done.get(key);
    if (!done || done.count !== own.length) return undefined;
    if (!own.every((c, k) => sameWitness(done.witnesses[k], byArticle.get(c.article)))) return undefined;
    this.ahead.used++;
    return done.findings;
  }

  private shinglesOf(c: Claim): number[] | null {
    const s = this.shingles.get(c);
    return s !== undefined ? s : sentenceShingles(c.text);
  }
}

/** Each fact of the packs by story and fact id: the first pack that has it (the one align() reads it in). */
function factsOf(packs: CompiledPack[]): Map<string, FactAt> {
  const out = new Map<string, FactAt>();
  packs.forEach((pack, p) =>
    pack.facts.forEach((fact, i) => {
      const key = `${pack.story}\u0000${fact.id}`;
      if (!out.has(key)) out.set(key, { p, i, pack, fact });
    }),
  );
  return out;
}
