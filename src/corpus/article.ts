/** Reads one article file (Markdown/text with front matter or dateline, HTML, JSON) into an Article. */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors';
import type { Article } from '../model';
import { parseIsoDay } from '../util/calendar';
import { readFrontMatter } from './frontmatter';
import { readDateline, readPublicationLine, timeAfterDateline } from './dateline';
import { readHtml } from './html';
import { lineStartsOf } from './lines';
import { maskComments, parseDirectives } from './directives';

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeArticle(bytes: Uint8Array, file: string): string {
  if (bytes.includes(0)) {
    throw new UserError({
      code: 'article-binary',
      message: 'file holds binary data (NUL bytes), not text',
      file,
      hint: 'only UTF-8 text, Markdown, HTML or JSON articles can be checked',
    });
  }
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const at = firstInvalidUtf8(bytes);
    const before = Buffer.from(bytes.subarray(0, at)).toString('utf8');
    const lines = before.split('\n');
    throw new UserError({
      code: 'article-encoding',
      message: `file is not valid UTF-8 (byte ${at})`,
      file,
      line: lines.length,
      column: lines[lines.length - 1].length + 1,
      hint: 're-save the file as UTF-8, e.g. iconv -f latin1 -t utf-8',
    });
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 1; i <= bytes.length; i++) {
    try {
      decoder.decode(bytes.subarray(0, i));
    } catch {
      // A truncated multibyte sequence also fails here; the first failing prefix ends at the bad byte.
      if (i === bytes.length || !isPrefixOfValid(bytes, i)) return i - 1;
    }
  }
  return bytes.length;
}

function isPrefixOfValid(bytes: Uint8Array, i: number): boolean {
  for (let j = i + 1; j <= Math.min(bytes.length, i + 3); j++) {
    try {
      decoder.decode(bytes.subarray(0, j));
      return true;
    } catch {
      /* keep looking */
    }
  }
  return false;
}

function str(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return String(v);
  return JSON.stringify(v); // a YAML or JSON list or map in a text field, not "[object Object]"
}

/** The time of a front matter `published: 2023-05-02T14:30` (or a YAML timestamp), as HH:MM; else null. */
function publishedTime(v: unknown): string | null {
  if (v instanceof Date && !Number.isNaN(v.getTime())) {
    const hm = v.toISOString().slice(11, 16);
    return hm === '00:00' ? null : hm;
  }
  const m = typeof v === 'string' ? /^\s*\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})/.exec(v) : null;
  return m ? `${m[1]}:${m[2]}` : null;
}

const at = (day: string | undefined, time: string | null | undefined) => (day && time ? `${day}T${time}` : undefined);

/** Front matter `published:` as YYYY-MM-DD (YAML may have parsed it into a Date). */
function publishedField(v: unknown, file: string, text: string): string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const iso =
    v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : (str(v) ?? '').trim().slice(0, 10);
  if (parseIsoDay(iso) === null) {
    const at = /^[ \t]*"?(?:published|date)"?[ \t]*:/m.exec(text);
    const line = at ? text.slice(0, at.index).split('\n').length : 1;
    throw new UserError({
      code: 'front-matter-date',
      message: `published: "${str(v)}" is not a valid date`,
      file,
      line,
      column: 1,
      hint: 'write the date as YYYY-MM-DD, e.g. published: 2023-09-12',
    });
  }
  return iso;
}

export function parseArticle(text: string, file: string, id: string): Article {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.json') return parseJsonArticle(text, file, id);
  const lineStarts = lineStartsOf(text);
  if (ext === '.html' || ext === '.htm') {
    const { text: body, metadata } = readHtml(text);
    const published = metadata.published && parseIsoDay(metadata.published) !== null ? metadata.published : undefined;
    const directives = parseDirectives({ body: text, offset: 0, lineStarts });
    const meta = Object.fromEntries(Object.entries(metadata).filter(([, v]) => v !== undefined));
    const { title, source } = metadata;
    // The time of day, where the page's own date stamp gives one (meta or JSON-LD), is the as-of time.
    const stamp =
      /<meta[^>]+(?:property|name)=["'](?:article:published_time|date|pubdate)["'][^>]*content=["'](\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/i.exec(
        text,
      ) ?? /"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(text);
    const time = stamp && stamp[1] === published ? stamp[2] : undefined;
    return {
      id,
      path: file,
      title,
      source,
      published,
      publishedAt: at(published, time),
      body,
      offset: 0,
      textStart: 0,
      lineStarts,
      meta,
      directives,
    };
  }
  const fm = readFrontMatter(text, file);
  const meta = fm?.data ?? {};
  const raw = fm ? text.slice(fm.bodyStart) : text;
  const directives = parseDirectives({ body: raw, offset: fm?.bodyStart ?? 0, lineStarts });
  const body = maskComments(raw); // comments are for people and directives, not claims
  let published = publishedField(meta.published ?? meta.date, file, text);
  let publishedAt = at(published, publishedTime(meta.published ?? meta.date));
  let textStart = 0;
  const dateline = readDateline(body);
  if (dateline) {
    if (!published) {
      published = dateline.published;
      publishedAt = at(published, timeAfterDateline(body, dateline.end));
    }
    textStart = dateline.end;
  } else if (!published) {
    // A publication line under the headline ("Apr 12, 2007", "Updated 4 / 9 / 2007 6: 04 PM").
    const line = readPublicationLine(body);
    if (line) {
      published = line.published;
      publishedAt = at(published, line.time);
    }
  }
  return {
    id,
    path: file,
    title: str(meta.title),
    source: str(meta.source),
    story: str(meta.story),
    published,
    ...(publishedAt ? { publishedAt } : {}),
    body,
    offset: fm?.bodyStart ?? 0,
    textStart,
    lineStarts,
    meta,
    directives,
  };
}

function parseJsonArticle(text: string, file: string, id: string): Article {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch (e) {
    const m = /position (\d+)/.exec(String((e as Error).message));
    const pos = m ? Number(m[1]) : 0;
    const before = text.slice(0, pos).split('\n');
    throw new UserError({
      code: 'article-json',
      message: `not valid JSON: ${(e as Error).message}`,
      file,
      line: before.length,
      column: before[before.length - 1].length + 1,
      hint: 'a JSON article is an object with "body" (or "text") and optional "title", "source", "published"',
    });
  }
  const body = data && typeof data === 'object' ? (data.body ?? data.text) : undefined;
  if (typeof body !== 'string') {
    throw new UserError({
      code: 'article-json',
      message: 'JSON article has no "body" (or "text") string',
      file,
      line: 1,
      column: 1,
      hint: '{"title": "…", "published": "2023-09-12", "body": "…"}',
    });
  }
  const published = publishedField(data.published ?? data.date, file, text);
  const publishedAt = at(published, publishedTime(data.published ?? data.date));
  return {
    id,
    path: file,
    title: str(data.title),
    source: str(data.source),
    story: str(data.story),
    published,
    ...(publishedAt ? { publishedAt } : {}),
    body,
    offset: 0,
    textStart: 0,
    lineStarts: lineStartsOf(body),
    meta: data,
  };
}

/** Larger files are refused: a corpus of news articles holds nothing near this size. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export function readArticle(file: string, id: string, maxBytes = DEFAULT_MAX_BYTES): Article {
  let bytes: Buffer;
  let fd: number | null = null;
  try {
    // One open and one fstat per article (a stat by path, then readFileSync's own open and
    // fstat, were 3% of an extraction).
    fd = fs.openSync(file, 'r');
    const stat = fs.fstatSync(fd);
    const size = stat.size;
    if (size > maxBytes) {
      throw new UserError({
        code: 'article-too-large',
        message: `file is ${(size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(0)} MB limit for one article`,
        file,
        hint: 'split it into articles, or raise the limit with --max-file-size <MB>',
      });
    }
    bytes = stat.isFile() && size > 0 ? readSized(fd, size) : fs.readFileSync(fd);
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError({
      code: 'article-unreadable',
      message: `cannot read article (${code ?? (e as Error).message})`,
      file,
      hint: code === 'EACCES' ? 'check the file permissions' : 'check that the file exists and is a regular file',
    });
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
  return parseArticle(decodeArticle(bytes, file), file, id);
}

/** A regular file's bytes, `size` as fstat gave it (fewer when it shrank meanwhile, as readFileSync reads). */
function readSized(fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  let at = 0;
  let n: number;
  do {
    n = fs.readSync(fd, buffer, at, size - at, at);
    at += n;
  } while (n !== 0 && at < size);
  return at < size ? buffer.subarray(0, at) : buffer;
}
