/**
 * The claims cache (`--cache`): one JSON file per corpus file, named by a hash of everything
 * its claims depend on: the file's bytes, its id and path, the rule files' contents (with
 * what they extend), the tool's version and build, and the flags that change extraction
 * (--published, --max-file-size). A changed input is a different key, so entries are never
 * stale, only unused; delete the folder to reclaim the space. Beside them, the validated rule
 * files (`rules-v1/`), so a run over cached articles parses no YAML, and what hashing the rule
 * files read (`rules-read-v1/`: their stats), so an unchanged rule set is not read again.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { TOOL_VERSION } from '../version';
import { findRuleFiles } from '../rules/load';
import { lazyPackSet, loadRules, packSetOf, type PackSet, type RuleSpecs } from '../rules/compile';
import type { Nlp } from '../nlp/wink';
import { writeAtomic } from '../util/write-atomic';
import { fromJson, toJson, type FileResult } from '../ndjson/records';

export const DEFAULT_CACHE_LOCATION = '.factlint-cache';
const FORMAT = 'claims-v2'; // v2: articles carry a copy-detection fingerprint
const RULES_FORMAT = 'rules-v1';
/** Beside the validated rule files: what rulesHash read (stats and hash), one small file per rule set. */
const RULES_READ_FORMAT = 'rules-read-v1';

const sha = (...parts: (string | Buffer)[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex');
};

/** What one rulesHash read: each file's stat, the names it looked for and did not find, the hash. */
interface RulesRead {
  files: [string, number, number, number][]; // absolute path, size, mtime ms, inode
  missing: string[];
  hash: string;
  /** When it was read (ms): a file modified within RACY_MS of it may have changed unseen. */
  at: number;
}
/** An edit in the same mtime tick as the read keeps the stat: such reads are not trusted. */
const RACY_MS = 2000;
const rulesReads = new Map<string, RulesRead>();

/**
 * A hash of the rule files named by `--rules` and every file they extend. Extended files are
 * found by their names in the text (any *.yaml/*.yml/*.json path that exists relative to the
 * file): over-inclusion only makes the key stricter, and no YAML has to be parsed.
 *
 * Stat first, as the claims index does: when the same files (found again), and every file
 * read last time, still have the size, mtime and inode they had, and none of the names looked
 * for has appeared, the last hash stands and no file is read (a draft check names thousands
 * of rule packs, and asks twice). Kept in memory, and in `cacheDir` when given.
 */
export function rulesHash(rulePaths: string[], cacheDir?: string): string {
  const names = findRuleFiles(rulePaths).map((f) => path.resolve(f));
  const key = sha(process.cwd(), ...rulePaths, '', ...names).slice(0, 32);
  const file = cacheDir ? path.join(cacheDir, RULES_READ_FORMAT, `${key}.json`) : null;
  let last = rulesReads.get(key);
  if (!last && file) {
    try {
      last = JSON.parse(fs.readFileSync(file, 'utf8')) as RulesRead;
    } catch {
      /* none yet, or unreadable: read the files */
    }
  }
  if (last && stillValid(last)) {
    rulesReads.set(key, last);
    return last.hash;
  }
  const at = Date.now();
  const seen = new Map<string, string>();
  const missing = new Set<string>();
  const visit = (abs: string) => {
    if (seen.has(abs)) return;
    let text: string;
    try {
      text = fs.readFileSync(abs, 'utf8');
    } catch {
      return;
    }
    seen.set(abs, text);
    for (const m of text.matchAll(/[\w./-]+\.(?:ya?ml|json)\b/g)) {
      const target = path.resolve(path.dirname(abs), m[0]);
      if (target === abs) continue;
      if (fs.existsSync(target) && fs.statSync(target).isFile()) visit(target);
      else missing.add(target);
    }
  };
  for (const f of names) visit(f);
  // Contents only, not paths: shards extracted from another checkout or folder still align.
  const hash = sha(...[...seen.values()].map((text) => sha(text)).sort());
  const files: RulesRead['files'] = [];
  for (const f of seen.keys()) {
    const st = fs.statSync(f, { throwIfNoEntry: false });
    if (st) files.push([f, st.size, st.mtimeMs, st.ino]);
  }
  const read: RulesRead = { files, missing: [...missing], hash, at };
  rulesReads.set(key, read);
  if (file)
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      writeAtomic(file, JSON.stringify(read));
    } catch {
      /* a cache that cannot be written only costs speed */
    }
  return hash;
}

function stillValid(read: RulesRead): boolean {
  if (!Array.isArray(read.files) || !Array.isArray(read.missing) || typeof read.hash !== 'string') return false;
  for (const [f, size, mtime, ino] of read.files) {
    const st = fs.statSync(f, { throwIfNoEntry: false });
    if (!st || st.size !== size || st.mtimeMs !== mtime || st.ino !== ino || read.at - mtime < RACY_MS) return false;
  }
  return read.missing.every((f) => !fs.existsSync(f));
}

/** The version and the code (file contents) that runs, so a changed factlint never reads old entries. */
let build: string | null = null;
export function buildFingerprint(): string {
  if (build) return build;
  const root = path.join(__dirname, '..');
  const parts: string[] = [TOOL_VERSION];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.(?:js|ts)$/.test(e.name) && !e.name.endsWith('.d.ts')) {
        parts.push(`${path.relative(root, full)}:${sha(fs.readFileSync(full))}`);
      }
    }
  };
  try {
    walk(root);
  } catch {
    /* a packaged build without a readable tree: the version alone */
  }
  return (build = sha(...parts).slice(0, 16));
}

export interface CacheKeyInput {
  rules: string; // rulesHash
  published: string | null;
  maxBytes: number | null;
}

/** The configuration a claims index holds (engine/index-db.ts): the same inputs as a cache entry's key but the file. */
export function indexConfig(input: CacheKeyInput): string {
  return sha('index-v1', buildFingerprint(), input.rules, input.published ?? '', String(input.maxBytes ?? ''));
}

export class ClaimCache {
  readonly dir: string;
  private readonly salt: string;
  private readonly rulesDir: string;
  private readonly rulesSalt: string;
  hits = 0;
  misses = 0;

  constructor(location: string, input: CacheKeyInput) {
    this.dir = path.join(location, FORMAT);
    this.salt = sha(FORMAT, buildFingerprint(), input.rules, input.published ?? '', String(input.maxBytes ?? ''));
    this.rulesDir = path.join(location, RULES_FORMAT);
    this.rulesSalt = sha(RULES_FORMAT, buildFingerprint(), input.rules);
  }

  /** The key of one corpus file, or null when it cannot be read (extraction reports why). */
  keyOf(file: string, id: string): string | null {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      return null;
    }
    return sha(this.salt, id, file, bytes);
  }

  private fileOf(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  get(key: string): FileResult | null {
    const r = this.read<FileResult>(this.fileOf(key));
    if (r) this.hits++;
    else this.misses++;
    return r;
  }

  put(key: string, result: FileResult): void {
    this.write(this.fileOf(key), result);
  }

  /**
   * The rule packs of `paths`, compiled from the validated rule files a previous run cached
   * (no YAML parsing, no schema validation); loaded from the files and cached on a miss. The
   * key is the rule files' contents and their names, so an edited rule file is a miss; any
   * error comes from loading the files, with positions.
   */
  rules(paths: string[], nlp: Nlp): { packs: PackSet; specs: RuleSpecs; hit: boolean } {
    const names = findRuleFiles(paths);
    const file = path.join(
      this.rulesDir,
      `${sha(this.rulesSalt, ...names, ...names.map((n) => path.resolve(n)))}.json`,
    );
    const cached = this.read<Omit<RuleSpecs, 'phrases'> & { phrases: [string, string[]][] }>(file);
    if (cached) {
      try {
        // Validated when cached: each pack compiles when an article first needs it.
        const specs = { ...cached, phrases: new Map(cached.phrases) };
        return { packs: lazyPackSet(specs, nlp), specs, hit: true };
      } catch {
        /* an entry that no longer reads as specs: load the files, which say why */
      }
    }
    const rules = loadRules(paths, nlp);
    this.write(file, { ...rules.specs, phrases: [...rules.specs.phrases] });
    return { packs: packSetOf(rules.packs), specs: rules.specs, hit: false };
  }

  private read<T>(file: string): T | null {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return null;
    }
    try {
      return fromJson<T>(text);
    } catch {
      return null; // a damaged entry is a miss and is rewritten
    }
  }

  /** Written through a temporary file and a rename: a reader never sees half an entry. */
  private write(file: string, value: unknown): void {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      writeAtomic(file, toJson(value));
    } catch {
      /* a cache that cannot be written only costs speed */
    }
  }
}
