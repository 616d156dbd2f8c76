/** Which files make up the corpus: directories walked, globs matched, output sorted. */
import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { UserError } from '../errors';

export const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm', '.json'];

export interface CorpusFile {
  file: string; // path to read
  id: string; // stable id: relative to the directory or glob base it came from, forward slashes
}

const toPosix = (p: string) => p.split(path.sep).join('/');
const isGlob = (p: string) => /[*?[\]{}]/.test(p);

/**
 * The article files under `root` (whose path as given is `prefix`, '' for '.'), each with its
 * id: the path from the root, forward slashes. Entries are visited in id order (a folder's
 * name sorts as if followed by '/'), so the list comes out sorted; ids and paths are built by
 * concatenation, not path.relative/path.join per file (an archive is 100,000s of files).
 */
function walk(root: string, prefix: string, out: CorpusFile[], rel = ''): void {
  const entries = fs.readdirSync(root + (rel ? path.sep + rel.split('/').join(path.sep) : ''), {
    withFileTypes: true,
  });
  const keyed: [string, fs.Dirent][] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    if (entry.isDirectory()) keyed.push([`${entry.name}/`, entry]);
    else if (entry.isFile() && ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase()))
      keyed.push([entry.name, entry]);
  }
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [key, entry] of keyed) {
    const id = rel ? `${rel}/${entry.name}` : entry.name;
    if (key.endsWith('/')) walk(root, prefix, out, id);
    else out.push({ file: prefix + (path.sep === '/' ? id : id.split('/').join(path.sep)), id });
  }
}

/** The files under a folder, with ids relative to it and paths as path.join(folder, id) gives them. */
function walkFolder(folder: string): CorpusFile[] {
  const base = path.join(folder);
  const out: CorpusFile[] = [];
  walk(base, base === '.' ? '' : base.endsWith(path.sep) ? base : base + path.sep, out);
  return out;
}

function globBase(pattern: string): string {
  const parts = toPosix(pattern).split('/');
  const base: string[] = [];
  for (const p of parts) {
    if (isGlob(p)) break;
    base.push(p);
  }
  return base.join('/') || '.';
}

/** Expands paths (files, directories, globs) into article files. Throws on a path that matches nothing. */
export function findArticleFiles(paths: string[], options: { allowEmpty?: boolean } = {}): CorpusFile[] {
  const lists: { root: string; dir: boolean; found: CorpusFile[] }[] = [];
  for (const given of paths) {
    let found: CorpusFile[];
    if (isGlob(given)) {
      const base = globBase(given);
      const match = picomatch(toPosix(given), { dot: false });
      const files = fs.existsSync(base) && fs.statSync(base).isDirectory() ? walkFolder(base) : [];
      found = files.filter((f) => match(toPosix(path.normalize(f.file))));
    } else if (!fs.existsSync(given)) {
      throw new UserError({
        code: 'path-not-found',
        message: `no such file or directory: ${given}`,
        file: given,
        hint: 'check the path; paths are relative to the current directory',
      });
    } else if (fs.statSync(given).isDirectory()) {
      found = walkFolder(given);
    } else {
      found = [{ file: given, id: toPosix(path.normalize(given)) }];
    }
    if (!found.length && !options.allowEmpty) {
      throw new UserError({
        code: 'no-articles',
        message: `${given} matches no article files (${ARTICLE_EXTENSIONS.join(' ')})`,
        file: given,
        hint: 'point at a folder or files of articles, or pass --allow-empty',
      });
    }
    const resolved = path.resolve(isGlob(given) ? globBase(given) : given);
    const root = resolved.endsWith(path.sep) && resolved.length > 1 ? resolved.slice(0, -1) : resolved;
    lists.push({ root, dir: fs.statSync(root, { throwIfNoEntry: false })?.isDirectory() ?? false, found });
  }
  // Each list comes sorted by id: the sort merges runs (near-linear), it does not start over.
  const byId = (a: CorpusFile, b: CorpusFile) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.file < b.file ? -1 : 1);
  // Paths that cannot share a file (no root inside another) need no de-duplication by absolute
  // path; ids that do not collide need no renaming. Then nothing is done per file but the merge.
  const inside = (a: string, b: string) => a === b || a.startsWith(b.endsWith(path.sep) ? b : b + path.sep);
  const apart = lists.every((x, i) => lists.every((y, j) => i === j || !inside(x.root, y.root)));
  if (apart) {
    const merged = lists.length === 1 ? lists[0].found : lists.flatMap((l) => l.found).sort(byId);
    if (merged.every((f, i) => i === 0 || merged[i - 1].id !== f.id)) return merged;
  }
  const seen = new Map<string, CorpusFile>();
  for (const { root, dir, found } of lists)
    for (const f of found) {
      // A found file's absolute path is its root's plus its id (one resolve per given path, not per file).
      const abs = dir
        ? root + (root.endsWith(path.sep) ? '' : path.sep) + (path.sep === '/' ? f.id : f.id.split('/').join(path.sep))
        : path.resolve(f.file);
      if (!seen.has(abs)) seen.set(abs, f);
    }
  return uniqueIds([...seen.values()]).sort(byId);
}

/**
 * Two folders may both hold "a.md": ids must stay unique (claims, baselines and suppressions
 * key on them), so colliding files are named by their path from the current directory instead.
 */
function uniqueIds(files: CorpusFile[]): CorpusFile[] {
  const count = new Map<string, number>();
  for (const f of files) count.set(f.id, (count.get(f.id) ?? 0) + 1);
  return files.map((f) =>
    (count.get(f.id) ?? 0) > 1 ? { ...f, id: toPosix(path.relative(process.cwd(), path.resolve(f.file))) } : f,
  );
}
