/**
 * What the language server checks drafts with: the project's config, a Checker, and the
 * coverage in the claims index (engine/index-db.ts, in the cache folder), brought up to date
 * when the engine loads (stat first, only changed files extracted) and kept open. Checking a
 * draft analyses only the buffer, then reads the claims of the facts it makes claims on (each
 * fact once per load: they stay in memory) and the rows of the articles those claims are in.
 * Reloading (rule, config or corpus files changed) opens the index anew with a new Checker.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Article } from '../model';
import type { Report } from '../model/report';
import { UserError, type Diagnostic } from '../errors';
import { parseArticle } from '../corpus/article';
import { findArticleFiles } from '../corpus/files';
import { applySuppressions } from '../gate/suppressions';
import { DEFAULT_CACHE_LOCATION } from '../engine/cache';
import type { Checker } from '../engine/checker';
import type { ClaimIndex } from '../engine/index-db';
import { IndexedCoverage, updateIndex, type IndexStats } from '../engine/indexed';
import { defaultJobs, type ExtractStats } from '../engine/run';
import { findConfig, loadConfig, type ConfigSettings } from '../engine/config';

export interface SessionState {
  checker: Checker;
  /** How the coverage was read: articles, extracted, cached (unchanged in the index). */
  stats: ExtractStats;
  index: IndexStats;
  /** The claims index, open until the next load. */
  claimIndex: ClaimIndex;
  coverage: IndexedCoverage;
  /** The coverage's ids in corpus order; each file's place by absolute path (an open corpus file replaces it). */
  ids: string[];
  places: Map<string, number>;
  settings: ConfigSettings;
}

export type DraftResult =
  { ok: true; report: Report; draftId: string; ms: number } | { ok: false; diagnostics: Diagnostic[] };

/** A text that wakes every stage (wink's model and caches, the date and number finders) before the first document. */
const WARM_UP = 'On Sunday, 3 May 2020, the bus travelled at about 140 km/h; 12 people were hurt, officials said.';

export class DraftSession {
  /** The folder paths are relative to: the config's, else the workspace folder. */
  readonly root: string;
  /** The config file, or null. */
  readonly configFile: string | null;
  state: SessionState | null = null;
  /** Milliseconds the last load took. */
  loadMs = 0;
  /** Why the engine could not load (bad rule or config file), with positions. */
  loadErrors: Diagnostic[] = [];

  constructor(workspace: string) {
    this.configFile = findConfig(workspace);
    this.root = this.configFile ? path.dirname(this.configFile) : path.resolve(workspace);
  }

  /** The settings as the file says them now (re-read on each load). */
  private readSettings(): ConfigSettings {
    return this.configFile ? loadConfig(this.configFile).settings : {};
  }

  /** Paths the engine depends on, for watching: the config, the rules, the corpus (relative to root). */
  watched(): { config: string | null; rules: string[]; corpus: string[] } {
    const s = this.state?.settings ?? safe(() => this.readSettings()) ?? {};
    return { config: this.configFile, rules: s.rules ?? ['rules'], corpus: s.corpus ?? ['corpus'] };
  }

  /** Loads config and rules and updates the claims index from the corpus; on a user error keeps the diagnostics. */
  async load(): Promise<boolean> {
    const cwd = process.cwd();
    const started = performance.now();
    this.close();
    try {
      process.chdir(this.root);
      const settings = this.readSettings();
      const corpus = settings.corpus ?? ['corpus'];
      const files = findArticleFiles(
        corpus.filter((p) => fs.existsSync(p) || /[*?[\]{}]/.test(p)),
        { allowEmpty: true },
      );
      const up = await updateIndex(
        {
          files,
          rules: settings.rules ?? ['rules'],
          published: settings.published,
          // As the CLI reads it (10 MB by default), so the two share the index.
          maxBytes: (settings['max-file-size'] ?? 10) * 1024 * 1024,
          scale: {
            jobs: settings.jobs ?? defaultJobs(),
            cache: path.resolve(settings['cache-location'] ?? DEFAULT_CACHE_LOCATION),
            progress: false,
          },
        },
        true,
      );
      const checker = up.checker!;
      checker.analyse(WARM_UP);
      this.state = {
        checker,
        stats: { ...up.extract!, articles: files.length, cached: up.stats.unchanged },
        index: up.stats,
        claimIndex: up.index,
        coverage: new IndexedCoverage(up.index, up.slots),
        ids: files.map((f) => f.id),
        places: new Map(files.map((f, i) => [path.resolve(f.file), i])),
        settings,
      };
      this.loadErrors = [];
      return true;
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      this.state = null;
      this.loadErrors = e.diagnostics;
      return false;
    } finally {
      process.chdir(cwd);
      this.loadMs = performance.now() - started;
    }
  }

  /** Closes the claims index (before a reload, and when the server shuts down). */
  close(): void {
    this.state?.claimIndex.close();
    this.state = null;
  }

  /** Checks one draft (its file path and current text) against the coverage. */
  check(file: string, text: string): DraftResult {
    const state = this.state;
    if (!state) return { ok: false, diagnostics: this.loadErrors };
    const started = performance.now();
    const abs = path.resolve(file);
    const rel = path.relative(this.root, abs);
    const id = (rel.startsWith('..') ? abs : rel).split(path.sep).join('/');
    let article: Article;
    try {
      article = parseArticle(text, abs, id);
    } catch (e) {
      if (e instanceof UserError) return { ok: false, diagnostics: e.diagnostics };
      throw e;
    }
    if (!article.published && state.settings.published) article.published = state.settings.published;
    // The buffer replaces the file on disk when the draft is an article of the coverage; else
    // it sits where its id sorts among the coverage's (the order a command-line check gives it).
    const at = state.places.get(abs) ?? insertionPlace(state.ids, id);
    const own = applySuppressions(state.checker.extractClaims(article), [article]);
    const report = state.checker.finishDraft(
      {
        drafts: [{ at, article, claims: own.claims, problems: [], unused: own.problems, suppressed: own.suppressed }],
        coverage: state.coverage,
      },
      { witnesses: state.settings.witnesses },
    );
    return { ok: true, report, draftId: id, ms: performance.now() - started };
  }
}

/** The place of an id not in the sorted list: between its neighbours (places are only compared). */
function insertionPlace(ids: string[], id: string): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid] < id) lo = mid + 1;
    else hi = mid;
  }
  return lo - 0.5;
}

function safe<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}
