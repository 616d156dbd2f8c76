/** Reading one corpus file for a check: its article, or the problems that kept it from being read. */
import type { Article } from '../model';
import type { Problem } from '../model/report';
import { UserError } from '../errors';
import type { CorpusFile } from './files';
import { readArticle } from './article';

/** How articles are read (check, extract, the language server). */
export interface ReadOptions {
  /** Stop at the first unreadable article instead of reporting it and going on. */
  strict?: boolean;
  /** Publication date for articles that state none (YYYY-MM-DD). */
  published?: string;
  /** Largest article file read, in bytes. */
  maxBytes?: number;
  /** Also give the SHA-256 of the bytes extracted (shards carry it, so the claims index can take them). */
  contentHash?: boolean;
}

export function problemOf(e: UserError, fallbackFile: string): Problem[] {
  return e.diagnostics.map((d) => ({
    code: d.code,
    severity: 'error',
    message: d.message,
    file: d.file ?? fallbackFile,
    line: d.line ?? null,
    column: d.column ?? null,
    hint: d.hint ?? null,
  }));
}

/** One corpus file: its article (null when unreadable) and its problems. Throws only with `strict`. */
export function readCorpusFile(f: CorpusFile, options: ReadOptions): { article: Article | null; problems: Problem[] } {
  let article: Article;
  try {
    article = readArticle(f.file, f.id, options.maxBytes);
  } catch (e) {
    if (!(e instanceof UserError) || options.strict) throw e;
    return { article: null, problems: problemOf(e, f.file) };
  }
  const problems: Problem[] = [];
  if (!article.published && options.published) article.published = options.published;
  if (!article.body.trim())
    problems.push({
      code: 'article-empty',
      severity: 'warning',
      message: 'article has no text',
      file: f.file,
      line: null,
      column: null,
      hint: 'an empty file yields no claims; remove it or add its text',
    });
  return { article, problems };
}
