/**
 * What the language server checks drafts with: the project's config, a Checker, and the
 * coverage's claims (from the --cache machinery, so a restart reads them instead of
 * re-analysing the corpus). Checking a draft analyses only the draft's text; alignment runs
 * over the facts it speaks to. Reloading (rule or config files changed) builds a new Checker.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Article } from '../model';
import type { Claim } from '../model/claim';
import type { Problem, Report } from '../model/report';
import { UserError, type Diagnostic } from '../errors';
import { parseArticle } from '../corpus/article';
import { findArticleFiles } from '../corpus/files';
import { articleOf } from '../ndjson/records';
import { DEFAULT_CACHE_LOCATION } from '../engine/cache';
import type { Checker } from '../engine/checker';
import { defaultJobs, extractFiles, type ExtractStats } from '../engine/run';
import { findConfig, loadConfig, type ConfigSettings } from '../engine/config';
import { articleWitnesses, type Witness, type WitnessSettings } from '../align/witness';

export interface Coverage {
  articles: Article[];
  claims: Claim[];
  /** Absolute path of each coverage file → its article id (a draft open from the corpus replaces it). */
  ids: Map<string, string>;
}

export interface SessionState {
  checker: Checker;
  /** The coverage's article witnesses, per witness setting, computed at the first check. */
  witnesses: Map<WitnessSettings, Map<string, Witness>>;
  /** How the coverage was read: articles, extracted, cached (the --cache machinery). */
  stats: ExtractStats;
  coverage: Coverage;
  settings: ConfigSettings;
}

export type DraftResult =
  { ok: true; report: Report; draftId: string; ms: number } | { ok: false; diagnostics: Diagnostic[] };

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

  /** Loads config, rules and the coverage's claims (cached); on a user error keeps the diagnostics. */
  async load(): Promise<boolean> {
    const cwd = process.cwd();
    const started = performance.now();
    try {
      process.chdir(this.root);
      const settings = this.readSettings();
      const corpus = settings.corpus ?? ['corpus'];
      const files = findArticleFiles(
        corpus.filter((p) => fs.existsSync(p) || /[*?[\]{}]/.test(p)),
        {
          allowEmpty: true,
        },
      );
      const articles: Article[] = [];
      const claims: Claim[] = [];
      const { checker, stats } = await extractFiles(
        {
          files,
          rules: settings.rules ?? ['rules'],
          published: settings.published,
          // As the CLI reads it (10 MB by default), so the two share cache entries.
          maxBytes: (settings['max-file-size'] ?? 10) * 1024 * 1024,
          scale: {
            jobs: settings.jobs ?? defaultJobs(),
            cache: settings['cache-location'] ?? DEFAULT_CACHE_LOCATION,
            progress: false,
          },
        },
        (r) => {
          if (r.article) articles.push(articleOf(r.article));
          for (const c of r.claims) claims.push(c);
        },
      );
      const ids = new Map(files.map((f) => [path.resolve(f.file), f.id]));
      this.state = { checker, stats, witnesses: new Map(), coverage: { articles, claims, ids }, settings };
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
    // The buffer replaces the file on disk when the draft is an article of the coverage.
    const replaced = state.coverage.ids.get(abs);
    const articles = replaced ? state.coverage.articles.filter((a) => a.id !== replaced) : state.coverage.articles;
    const claims = replaced ? state.coverage.claims.filter((c) => c.article !== replaced) : state.coverage.claims;
    const own = state.checker.extractClaims(article);
    const problems: Problem[] = [];
    // Copies of one text are found over the whole coverage once (not per keystroke); the
    // draft is then its own witness (where it copies an article of the coverage, `check`
    // on the command line counts the two as one witness).
    const articleWitnessesOf = (settings: WitnessSettings) => {
      let m = state.witnesses.get(settings);
      if (!m) state.witnesses.set(settings, (m = articleWitnesses(state.coverage.articles, settings)));
      return m;
    };
    const { report } = state.checker.finish([...articles, article], [...claims, ...own], problems, new Set([id]), {
      articleWitnesses: articleWitnessesOf,
      witnesses: state.settings.witnesses,
    });
    return { ok: true, report, draftId: id, ms: performance.now() - started };
  }
}

function safe<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}
