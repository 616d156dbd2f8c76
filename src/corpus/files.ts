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

function walk(dir: string, out: string[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) out.push(full);
  }
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
  const seen = new Map<string, CorpusFile>();
  for (const given of paths) {
    let found: CorpusFile[];
    if (isGlob(given)) {
      const base = globBase(given);
      const match = picomatch(toPosix(given), { dot: false });
      const files: string[] = [];
      if (fs.existsSync(base) && fs.statSync(base).isDirectory()) walk(base, files);
      found = files
        .filter((f) => match(toPosix(path.normalize(f))))
        .map((f) => ({ file: f, id: toPosix(path.relative(base, f)) }));
    } else if (!fs.existsSync(given)) {
      throw new UserError({
        code: 'path-not-found',
        message: `no such file or directory: ${given}`,
        file: given,
        hint: 'check the path; paths are relative to the current directory',
      });
    } else if (fs.statSync(given).isDirectory()) {
      const files: string[] = [];
      walk(given, files);
      found = files.map((f) => ({ file: f, id: toPosix(path.relative(given, f)) }));
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
    for (const f of found) if (!seen.has(path.resolve(f.file))) seen.set(path.resolve(f.file), f);
  }
  return uniqueIds([...seen.values()]).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.file < b.file ? -1 : 1));
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
