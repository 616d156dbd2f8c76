/**
 * The claims index: one SQLite file in the cache folder (`index-v1.sqlite`) holding, for every
 * indexed article file, what a report needs of it (metadata, problems, suppression counts) and
 * its claims by story and fact. A draft check reads the rows of the files it is given and the
 * claims of the facts the draft makes claims on; nothing else of the archive is read.
 *
 * Change detection: a file whose size, mtime and inode match its row is unchanged; otherwise
 * its bytes are hashed, and only a changed hash (or a changed id or path) re-extracts it. A
 * file modified within two seconds of being indexed is hashed next time whatever its stat
 * says, since a second edit in the same mtime tick keeps size and mtime.
 *
 * WAL mode lets one process read while another writes. The index holds one configuration
 * (factlint's build, the rule files' contents, the flags that change extraction): opened with
 * another, it is emptied and refilled. A damaged file or a lock held too long is a UserError
 * with a hint, never a silently wrong report.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { UserError } from '../errors';
import type { Article, Fingerprint } from '../model';
import type { Claim } from '../model/claim';
import type { Problem } from '../model/report';
import { fromJson, toJson } from '../ndjson/records';

export const INDEX_FILE = 'index-v1.sqlite';
// 3: the article as one JSON column (with its publication time), rows of unreadable files indexed
const SCHEMA_VERSION = '3';
/** How long a writer waits for another process's write lock before giving up with an error. */
const BUSY_TIMEOUT_MS = 3000;
/** Files modified this close to being indexed are re-hashed next time (same-tick edits). */
const RACY_MS = 2000;

export interface FileStat {
  size: number;
  mtime: number; // ms, with the fraction the filesystem gives
  ino: number;
}

/** One indexed file, as change detection reads it. */
export interface IndexedFile {
  rowid: number;
  path: string; // absolute
  file: string; // as given when indexed (claims and problems name it)
  articleId: string;
  size: number;
  mtime: number;
  ino: number;
  hash: string;
  racy: number;
}

/** What the report lists of an article, and what alignment reads of it (outlet, as-of time, copy fingerprint). */
export interface IndexedArticle {
  id: string;
  path: string;
  source?: string;
  published?: string;
  publishedAt?: string;
  title?: string;
  fingerprint?: Fingerprint;
}

/** The rows of a file that a report needs beyond its claims: problems, unused directives, suppressed count. */
export interface IndexedNotes {
  rowid: number;
  problems: Problem[];
  unused: Problem[];
  suppressed: number;
}

/** What is stored of one extracted file (its claims already without the suppressed ones). */
export interface IndexEntry {
  path: string;
  file: string;
  articleId: string;
  stat: FileStat;
  hash: string;
  article: IndexedArticle | null;
  problems: Problem[];
  unused: Problem[];
  suppressed: number;
  claims: Claim[];
}

export const hashBytes = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

export function statOf(file: string): FileStat | null {
  try {
    const s = fs.statSync(file);
    return { size: s.size, mtime: s.mtimeMs, ino: s.ino };
  } catch {
    return null;
  }
}

const NO_LINES: number[] = [];
const NO_META = {} as Article['meta'];

const parseProblems = (json: string): Problem[] => (json === '[]' ? [] : fromJson<Problem[]>(json));

const SQLITE_DAMAGED = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_FORMAT']);

/** Turns SQLite's errors (and unreadable rows) into a diagnostic naming the file and what to do. */
export function indexError(file: string, e: unknown): UserError {
  if (e instanceof UserError) return e;
  const code = (e as { code?: string }).code ?? '';
  const primary = code.split('_').slice(0, 2).join('_'); // SQLITE_BUSY_SNAPSHOT -> SQLITE_BUSY
  if (primary === 'SQLITE_BUSY' || primary === 'SQLITE_LOCKED') {
    return new UserError({
      code: 'index-locked',
      message: `the claims index is locked by another process (${code})`,
      file,
      hint: 'another factlint is writing it (factlint index, or a check that updates it): wait for it to finish and run again',
    });
  }
  return new UserError({
    code: SQLITE_DAMAGED.has(primary) || !code ? 'index-damaged' : 'index-error',
    message: `the claims index cannot be used: ${(e as Error).message}${code ? ` (${code})` : ''}`,
    file,
    hint: `rebuild it with factlint index --rebuild (same paths and --rules), or delete ${file}: it holds nothing that cannot be extracted again`,
  });
}

export class ClaimIndex {
  readonly file: string;
  private readonly db: Database.Database;
  /** True when the index was emptied on open (new file, other configuration, or --rebuild). */
  readonly reset: boolean;
  private readonly stmts: ReturnType<ClaimIndex['prepare']>;

  /**
   * Opens (creating) the index in `dir` for `config` (a hash of build, rules and flags).
   * `rebuild`: delete the file first.
   */
  static open(dir: string, config: string, options: { rebuild?: boolean } = {}): ClaimIndex {
    const file = path.join(dir, INDEX_FILE);
    try {
      fs.mkdirSync(dir, { recursive: true });
      if (options.rebuild) for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
      return new ClaimIndex(file, config, false);
    } catch (e) {
      throw indexError(file, e);
    }
  }

  /**
   * Opens an existing index for reading as it stands (check --trust-index): one made for
   * another `config` (build, rules, flags) or schema is an error, never emptied, since the
   * archive's batch job, not this check, keeps it.
   */
  static openAsBuilt(dir: string, config: string): ClaimIndex {
    const file = path.join(dir, INDEX_FILE);
    if (!fs.existsSync(file))
      throw new UserError({
        code: 'index-missing',
        message: `there is no claims index in ${dir}`,
        file,
        hint: 'build it with factlint index PATHS --rules RULES (the paths you give --against), or check without --trust-index',
      });
    try {
      return new ClaimIndex(file, config, true);
    } catch (e) {
      throw indexError(file, e);
    }
  }

  /** Whether `dir` holds an index (made by `factlint index` or an earlier check with --cache). */
  static exists(dir: string): boolean {
    return fs.existsSync(path.join(dir, INDEX_FILE));
  }

  private constructor(file: string, config: string, asBuilt: boolean) {
    this.file = file;
    this.db = new Database(file, { timeout: BUSY_TIMEOUT_MS, fileMustExist: asBuilt });
    try {
      if (asBuilt) {
        const meta = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
        const value = (key: string) =>
          meta
            ? (this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value
            : undefined;
        if (value('schema') !== SCHEMA_VERSION || value('config') !== config)
          throw new UserError({
            code: 'index-other-rules',
            message: 'the claims index was built with other rules, flags or another factlint build than this check',
            file,
            hint: 'run factlint index again with these --rules (and --published, --max-file-size), or check without --trust-index',
          });
      }
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      // An index of another schema is dropped whole (its tables may lack columns), then made anew.
      const hasMeta = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
      const schema = hasMeta
        ? (this.db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as { value: string } | undefined)?.value
        : undefined;
      if (hasMeta && schema !== SCHEMA_VERSION)
        this.db.exec(
          'DROP TABLE IF EXISTS claims; DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS runs; DROP TABLE meta;',
        );
      this.db.exec(`
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS files (
          rowid INTEGER PRIMARY KEY,
          path TEXT NOT NULL UNIQUE,
          file TEXT NOT NULL,
          article_id TEXT NOT NULL,
          size INTEGER NOT NULL,
          mtime REAL NOT NULL,
          ino INTEGER NOT NULL,
          hash TEXT NOT NULL,
          racy INTEGER NOT NULL,
          has_article INTEGER NOT NULL,
          article TEXT,
          problems TEXT NOT NULL,
          unused TEXT NOT NULL,
          suppressed INTEGER NOT NULL,
          claims INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS claims (
          file INTEGER NOT NULL,
          seq INTEGER NOT NULL,
          story TEXT NOT NULL,
          fact TEXT NOT NULL,
          json TEXT NOT NULL,
          PRIMARY KEY (file, seq)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS claims_by_fact ON claims (story, fact);
        -- Files that could not be read as articles: their error problems are in every draft report.
        CREATE INDEX IF NOT EXISTS files_unread ON files (rowid) WHERE has_article = 0;
        CREATE TABLE IF NOT EXISTS runs (
          list TEXT PRIMARY KEY,
          rowids BLOB NOT NULL,
          stats BLOB NOT NULL,
          used INTEGER NOT NULL
        );
      `);
      const get = (key: string) =>
        (this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
      const same = get('schema') === SCHEMA_VERSION && get('config') === config;
      if (!same) {
        this.db.transaction(() => {
          this.db.exec('DELETE FROM claims; DELETE FROM files; DELETE FROM meta; DELETE FROM runs;');
          const put = this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
          put.run('schema', SCHEMA_VERSION);
          put.run('config', config);
        })();
      }
      this.reset = !same;
      this.stmts = this.prepare();
    } catch (e) {
      this.db.close();
      throw e;
    }
  }

  private prepare() {
    return {
      files: this.db.prepare('SELECT rowid, path, file, article_id, size, mtime, ino, hash, racy FROM files'),
      byPath: this.db.prepare(
        'SELECT rowid, path, file, article_id, size, mtime, ino, hash, racy FROM files WHERE path = ?',
      ),
      run: this.db.prepare('SELECT rowids, stats FROM runs WHERE list = ?'),
      putRun: this.db.prepare('INSERT OR REPLACE INTO runs (list, rowids, stats, used) VALUES (?, ?, ?, ?)'),
      pruneRuns: this.db.prepare(
        // The runs `factlint index PATHS` records under its paths (check --trust-index) are kept.
        "DELETE FROM runs WHERE list NOT LIKE 'paths:%' AND list NOT IN (SELECT list FROM runs WHERE list NOT LIKE 'paths:%' ORDER BY used DESC LIMIT 8)",
      ),
      // One row at a time, by rowid: a draft check reads the rows of the files its facts' claims are in, no others.
      article: this.db.prepare('SELECT article FROM files WHERE rowid = ?').pluck(),
      nameOf: this.db.prepare('SELECT article_id, file FROM files WHERE rowid = ?').raw(),
      notesOf: this.db.prepare('SELECT problems, unused, suppressed FROM files WHERE rowid = ?').raw(),
      unread: this.db.prepare('SELECT rowid, problems FROM files WHERE has_article = 0').raw(),
      byFact: this.db.prepare('SELECT file, seq, json FROM claims WHERE story = ? AND fact = ?'),
      delClaims: this.db.prepare('DELETE FROM claims WHERE file = ?'),
      delFile: this.db.prepare('DELETE FROM files WHERE rowid = ?'),
      upsert: this.db.prepare(`
        INSERT INTO files (path, file, article_id, size, mtime, ino, hash, racy, has_article,
          article, problems, unused, suppressed, claims)
        VALUES (@path, @file, @articleId, @size, @mtime, @ino, @hash, @racy, @hasArticle,
          @article, @problems, @unused, @suppressed, @claims)
        ON CONFLICT (path) DO UPDATE SET file = excluded.file, article_id = excluded.article_id,
          size = excluded.size, mtime = excluded.mtime, ino = excluded.ino, hash = excluded.hash,
          racy = excluded.racy, has_article = excluded.has_article,
          article = excluded.article, problems = excluded.problems, unused = excluded.unused,
          suppressed = excluded.suppressed, claims = excluded.claims
        RETURNING rowid`),
      touch: this.db.prepare('UPDATE files SET size = ?, mtime = ?, ino = ?, racy = ? WHERE rowid = ?'),
      addClaim: this.db.prepare('INSERT INTO claims (file, seq, story, fact, json) VALUES (?, ?, ?, ?, ?)'),
    };
  }

  private guard<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      throw indexError(this.file, e);
    }
  }

  /** Every indexed file, by absolute path (only what change detection compares). */
  files(): Map<string, IndexedFile> {
    return this.guard(() => {
      const out = new Map<string, IndexedFile>();
      for (const r of this.stmts.files.raw().iterate() as Iterable<unknown[]>) {
        const f = fileOfRow(r);
        out.set(f.path, f);
      }
      return out;
    });
  }

  /** One indexed file by absolute path, or undefined. */
  fileAt(abs: string): IndexedFile | undefined {
    return this.guard(() => {
      const r = this.stmts.byPath.raw().get(abs) as unknown[] | undefined;
      if (!r) return undefined;
      return fileOfRow(r);
    });
  }

  /**
   * The snapshot of an earlier run over the same list of files (same order, names, ids, and
   * working folder): each file's rowid and the stat its row was verified at, as typed arrays,
   * so an unchanged archive is checked without reading a row. Rowids stay valid while no row
   * is deleted (deleting rows drops every snapshot).
   */
  run(list: string): { rowids: Float64Array; stats: Float64Array } | null {
    return this.guard(() => {
      const r = this.stmts.run.get(list) as { rowids: Buffer; stats: Buffer } | undefined;
      if (!r) return null;
      const f64 = (b: Buffer) => new Float64Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
      return { rowids: f64(r.rowids), stats: f64(r.stats) };
    });
  }

  /** Forgets every run's snapshot (rows were renamed); check --trust-index then asks for factlint index again. */
  dropRuns(): void {
    this.guard(() => this.db.exec('DELETE FROM runs'));
  }

  putRun(list: string, rowids: Float64Array, stats: Float64Array): void {
    this.guard(() =>
      this.db.transaction(() => {
        this.stmts.putRun.run(list, Buffer.from(rowids.buffer), Buffer.from(stats.buffer), Date.now());
        this.stmts.pruneRuns.run();
      })(),
    );
  }

  /** A row's article id and file as indexed (the corpus order: by id, then file). */
  nameOf(rowid: number): { id: string; file: string } | undefined {
    return this.guard(() => {
      const r = this.stmts.nameOf.get(rowid) as [string, string] | undefined;
      return r && { id: r[0], file: r[1] };
    });
  }

  /**
   * The article of one file (by rowid): what a report lists of it and alignment reads (id,
   * path, outlet, dates, title, copy-detection fingerprint), no text; the empty parts are
   * shared, read by nothing. Undefined for a file that could not be read as an article.
   */
  article(rowid: number): Article | undefined {
    return this.guard(() => {
      const json = this.stmts.article.get(rowid) as string | null | undefined;
      if (typeof json !== 'string') return undefined;
      const a = JSON.parse(json) as IndexedArticle;
      return { ...a, body: '', offset: 0, textStart: 0, lineStarts: NO_LINES, meta: NO_META };
    });
  }

  /** Problems, unused directives and suppression count of one file (by rowid). */
  notes(rowid: number): IndexedNotes | undefined {
    return this.guard(() => {
      const r = this.stmts.notesOf.get(rowid) as [string, string, number] | undefined;
      if (!r) return undefined;
      return { rowid, problems: parseProblems(r[0]), unused: parseProblems(r[1]), suppressed: r[2] };
    });
  }

  /** The files that could not be read as articles, with their problems (a partial index: the rest is not scanned). */
  unreadable(wanted: (rowid: number) => boolean): IndexedNotes[] {
    return this.guard(() => {
      const out: IndexedNotes[] = [];
      for (const [rowid, problems] of this.stmts.unread.iterate() as Iterable<[number, string]>)
        if (wanted(rowid)) out.push({ rowid, problems: parseProblems(problems), unused: [], suppressed: 0 });
      return out;
    });
  }

  /** The claims of one fact: [file rowid, seq, claim]; rows of files not asked for are skipped unparsed. */
  claimsOf(story: string, fact: string, wanted: (rowid: number) => boolean): [number, number, Claim][] {
    return this.guard(() => {
      const out: [number, number, Claim][] = [];
      for (const r of this.stmts.byFact.iterate(story, fact) as Iterable<{ file: number; seq: number; json: string }>) {
        if (!wanted(r.file)) continue;
        const claim = fromJson<Claim>(r.json);
        if (claim.story !== story || claim.fact !== fact)
          throw new Error(`claim ${r.file}/${r.seq} is not of ${story}/${fact}`);
        out.push([r.file, r.seq, claim]);
      }
      return out;
    });
  }

  /** Writes entries in one transaction; returns their rowids. */
  put(entries: IndexEntry[], now = Date.now()): number[] {
    return this.guard(() =>
      this.db.transaction(() =>
        entries.map((e) => {
          const { rowid } = this.stmts.upsert.get({
            path: e.path,
            file: e.file,
            articleId: e.articleId,
            size: e.stat.size,
            mtime: e.stat.mtime,
            ino: e.stat.ino,
            hash: e.hash,
            racy: isRacy(e.stat, now) ? 1 : 0,
            hasArticle: e.article ? 1 : 0,
            article: e.article ? JSON.stringify(e.article) : null,
            problems: toJson(e.problems),
            unused: toJson(e.unused),
            suppressed: e.suppressed,
            claims: e.claims.length,
          }) as { rowid: number };
          this.stmts.delClaims.run(rowid);
          e.claims.forEach((c, seq) => this.stmts.addClaim.run(rowid, seq, c.story, c.fact, toJson(c)));
          return rowid;
        }),
      )(),
    );
  }

  /** Records a new stat for files whose bytes were hashed and found unchanged. */
  touch(rows: { rowid: number; stat: FileStat }[], now = Date.now()): void {
    if (!rows.length) return;
    this.guard(() =>
      this.db.transaction(() => {
        for (const r of rows)
          this.stmts.touch.run(r.stat.size, r.stat.mtime, r.stat.ino, isRacy(r.stat, now) ? 1 : 0, r.rowid);
      })(),
    );
  }

  remove(rowids: number[]): void {
    if (!rowids.length) return;
    this.guard(() =>
      this.db.transaction(() => {
        for (const id of rowids) {
          this.stmts.delClaims.run(id);
          this.stmts.delFile.run(id);
        }
        this.db.exec('DELETE FROM runs'); // a later row may take a deleted rowid
      })(),
    );
  }

  /** Indexed files. */
  count(): number {
    return this.guard(() => (this.db.prepare('SELECT count(*) AS n FROM files').get() as { n: number }).n);
  }

  /** Bytes on disk: the database and its write-ahead log. */
  size(): number {
    let n = 0;
    for (const f of [this.file, `${this.file}-wal`]) n += statOf(f)?.size ?? 0;
    return n;
  }

  close(): void {
    try {
      this.db.close();
    } catch {
      /* closing a damaged database: nothing more to lose */
    }
  }
}

/** Whether a stored row still describes the file on disk without reading it. */
export function sameStat(row: IndexedFile, stat: FileStat): boolean {
  return !row.racy && row.size === stat.size && row.mtime === stat.mtime && row.ino === stat.ino;
}

/** Whether a stat is too close to `now` to vouch for the bytes (another write may land in the same mtime tick). */
export const isRacy = (stat: FileStat, now: number): boolean => now - stat.mtime < RACY_MS;

/** A `files` row, in the column order of the files and byPath statements. */
function fileOfRow(r: unknown[]): IndexedFile {
  const [rowid, path, file, articleId, size, mtime, ino, hash, racy] = r as [
    number,
    string,
    string,
    string,
    number,
    number,
    number,
    string,
    number,
  ];
  return { rowid, path, file, articleId, size, mtime, ino, hash, racy };
}
