/**
 * HTML articles are analysed as text of the same length as the file: markup, page furniture
 * and everything outside the chosen content become spaces (a blank line at block elements, so
 * sentences end there) and entities become their character padded with spaces. Every offset
 * into the text is thus an offset into the file.
 *
 * The file is read with htmlparser2's tokenizer (attribute values may hold `>`, tags may be
 * unclosed) and entities are decoded with `entities` (the whole HTML5 table).
 */
import type * as Htmlparser2 from 'htmlparser2';
import type * as Entities from 'entities';

let modules: { Parser: typeof Htmlparser2.Parser; entities: typeof Entities } | null = null;
/** Loaded with the first HTML article: a check of Markdown articles never needs them. */
const htmlModules = () =>
  (modules ??= {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    Parser: (require('htmlparser2') as typeof Htmlparser2).Parser,
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    entities: require('entities') as typeof Entities,
  });

/** Elements whose text is never article text: code, page furniture, forms, the document head. */
const SKIPPED = new Set([
  'head',
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'textarea',
  'svg',
  'iframe',
  'object',
]);

/** Elements that end a sentence: a blank line is written where their tags stand. */
const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'br',
  'hr',
  'tr',
  'td',
  'th',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'title',
  'main',
  'aside',
  'nav',
  'body',
]);

const ENTITY = /&(?:#[xX][0-9a-fA-F]{1,6};?|#\d{1,7};?|[A-Za-z][A-Za-z0-9]{1,31};?)/g;

/** What an HTML page says about itself, from its `<meta>`, `<time>`, `<title>` and JSON-LD. */
export interface HtmlMetadata {
  title?: string;
  /** YYYY-MM-DD as written on the page (the publisher's own day, not converted to UTC). */
  published?: string;
  /** The outlet (or, failing that, the author). */
  source?: string;
}

export interface HtmlDocument {
  /** The file's text with everything but the article text blanked; same length as the file. */
  text: string;
  metadata: HtmlMetadata;
}

interface Segment {
  start: number;
  end: number; // exclusive
  article: number; // index of the outermost <article> holding it, or -1
  inMain: boolean;
}

/** Decodes the entities of a text run in place: each becomes its character padded with spaces to the same length. */
function decodeSameLength(raw: string): string {
  return raw.replace(ENTITY, (m) => {
    let ch = htmlModules().entities.decodeHTML(m);
    if (ch === m) return m;
    ch = ch.replace(/\u00a0/g, ' ');
    if (ch.length > m.length) return m;
    const pad = ' '.repeat(m.length - ch.length);
    // A currency sign stays against the number it prefixes ("&euro;5m" reads "     €5m");
    // any other character keeps its place and the padding follows.
    return /^\p{Sc}$/u.test(ch) ? pad + ch : ch + pad;
  });
}

/** Spaces for every character but newlines (a regex over each character costs ten times as much). */
function blank(s: string): string {
  const parts: string[] = [];
  let from = 0;
  for (let nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', from)) {
    parts.push(' '.repeat(nl - from));
    from = nl + 1;
  }
  parts.push(' '.repeat(s.length - from));
  return parts.join('\n');
}

/** The first YYYY-MM-DD at the start of a date or date-time string. */
function isoDay(v: string | undefined): string | undefined {
  const m = v ? /^\s*(\d{4}-\d{2}-\d{2})/.exec(v) : null;
  return m ? m[1] : undefined;
}

function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) {
    for (const x of v) {
      const n = nameOf(x);
      if (n) return n;
    }
    return undefined;
  }
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string')
    return nameOf((v as { name: string }).name);
  return undefined;
}

interface JsonLdFacts {
  datePublished?: string;
  publisher?: string;
  author?: string;
  headline?: string;
}

/** Walks JSON-LD (objects, arrays, `@graph`) for the first datePublished, publisher, author and headline. */
function readJsonLd(json: string, into: JsonLdFacts): void {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return; // a broken JSON-LD block is the page's problem, not the article's
  }
  const visit = (v: unknown, depth: number): void => {
    if (depth > 8 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    if (typeof o.datePublished === 'string') into.datePublished ??= isoDay(o.datePublished);
    if (o.datePublished !== undefined) {
      into.publisher ??= nameOf(o.publisher);
      into.author ??= nameOf(o.author);
      if (typeof o.headline === 'string') into.headline ??= o.headline.trim() || undefined;
    }
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  visit(data, 0);
}

/**
 * Reads an HTML page: the text of its article and its metadata.
 *
 * Article text: the `<article>` with the most text, else `<main>`, else the whole page, always
 * without page furniture (`<nav>`, `<header>`, `<footer>`, `<aside>`, `<form>`, `<noscript>`,
 * `<template>`, scripts, styles, the `<head>`).
 *
 * Metadata, in order of precedence (the first found wins; attributes in any order):
 * - published: `<meta property="article:published_time">`, JSON-LD `datePublished`,
 *   `<meta>` named `og:published_time`, `datePublished`, `date`, `pubdate`, `publish-date`,
 *   `dc.date`, `dc.date.issued`, `dcterms.created`, then the first `<time datetime>` in the
 *   article text (one marked `pubdate` or `itemprop="datePublished"` first).
 * - source: `<meta property="og:site_name">`, JSON-LD `publisher`, `<meta name="author">`,
 *   `<meta property="article:author">`, JSON-LD `author`.
 * - title: `<title>`, `<meta property="og:title">`, JSON-LD `headline`.
 */
export function readHtml(html: string): HtmlDocument {
  const segments: Segment[] = [];
  const blocks: number[] = [];
  const meta = new Map<string, string>();
  const times: { day: string; marked: boolean; article: number; inMain: boolean; skipped: boolean }[] = [];
  const jsonLd: JsonLdFacts = {};
  const stack: string[] = [];
  let skipDepth = 0;
  let articleDepth = 0;
  let articleCount = 0;
  let mainDepth = 0;
  let titleText: string | undefined;
  let jsonLdText: string | null = null;

  const { Parser, entities } = htmlModules();
  const { decodeHTML, decodeHTMLAttribute } = entities;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        stack.push(name);
        if (BLOCK.has(name)) blocks.push(parser.startIndex);
        if (SKIPPED.has(name)) skipDepth++;
        if (name === 'article' && articleDepth++ === 0) articleCount++;
        if (name === 'main') mainDepth++;
        const attr = (k: string): string | undefined =>
          attrs[k] === undefined ? undefined : decodeHTMLAttribute(attrs[k]);
        if (name === 'meta') {
          const key = (attr('property') ?? attr('name') ?? attr('itemprop'))?.trim().toLowerCase();
          const content = attr('content');
          if (key && content !== undefined && !meta.has(key)) meta.set(key, content.trim());
        } else if (name === 'time') {
          const day = isoDay(attr('datetime'));
          if (day)
            times.push({
              day,
              marked: 'pubdate' in attrs || attr('itemprop') === 'datePublished',
              article: articleDepth > 0 ? articleCount - 1 : -1,
              inMain: mainDepth > 0,
              skipped: skipDepth > 0,
            });
        } else if (name === 'script' && attr('type')?.trim().toLowerCase() === 'application/ld+json') {
          jsonLdText = '';
        } else if (name === 'title' && titleText === undefined) {
          titleText = '';
        }
      },
      ontext(raw) {
        const top = stack[stack.length - 1];
        if (top === 'script') {
          if (jsonLdText !== null) jsonLdText += raw;
          return;
        }
        if (top === 'title' && titleText !== undefined) titleText += raw;
        if (skipDepth > 0) return;
        segments.push({
          start: parser.startIndex,
          end: parser.endIndex + 1,
          article: articleDepth > 0 ? articleCount - 1 : -1,
          inMain: mainDepth > 0,
        });
      },
      onclosetag(name) {
        if (BLOCK.has(name) && html[parser.startIndex] === '<') blocks.push(parser.startIndex);
        // htmlparser2 closes implied elements one by one, so the stack stays in step.
        const at = stack.lastIndexOf(name);
        if (at >= 0) stack.length = at;
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (name === 'article') articleDepth = Math.max(0, articleDepth - 1);
        if (name === 'main') mainDepth = Math.max(0, mainDepth - 1);
        if (name === 'script' && jsonLdText !== null) {
          readJsonLd(jsonLdText, jsonLd);
          jsonLdText = null;
        }
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.end(html);

  const kept = chooseContent(segments);
  const text = stitch(html, kept, blocks);

  const keptArticle = kept.length > 0 ? kept[0].article : -1;
  const inContent = (t: (typeof times)[number]): boolean =>
    !t.skipped && (keptArticle >= 0 ? t.article === keptArticle : true);
  const contentTimes = times.filter(inContent);
  const timeDay = (contentTimes.find((t) => t.marked) ?? contentTimes[0] ?? times.find((t) => t.marked))?.day;

  const firstMeta = (...keys: string[]): string | undefined => {
    for (const k of keys) {
      const v = meta.get(k);
      if (v) return v;
    }
    return undefined;
  };
  const published =
    isoDay(firstMeta('article:published_time')) ??
    jsonLd.datePublished ??
    isoDay(
      firstMeta(
        'og:published_time',
        'datepublished',
        'date',
        'pubdate',
        'publish-date',
        'dc.date',
        'dc.date.issued',
        'dcterms.created',
      ),
    ) ??
    timeDay;
  const source =
    firstMeta('og:site_name') ?? jsonLd.publisher ?? firstMeta('author', 'article:author') ?? jsonLd.author;
  const oneLine = (s: string | undefined): string | undefined => s?.replace(/\s+/g, ' ').trim() || undefined;
  const title =
    oneLine(titleText === undefined ? undefined : decodeHTML(titleText)) ??
    oneLine(firstMeta('og:title')) ??
    oneLine(jsonLd.headline);
  return { text, metadata: { title, published, source: oneLine(source) } };
}

/** The segments of article text: the `<article>` with the most text, else those in `<main>`, else all. */
function chooseContent(segments: Segment[]): Segment[] {
  const weight = new Map<number, number>();
  for (const s of segments) if (s.article >= 0) weight.set(s.article, (weight.get(s.article) ?? 0) + s.end - s.start);
  let best = -1;
  let bestWeight = 0;
  for (const [article, w] of weight) {
    if (w > bestWeight) {
      best = article;
      bestWeight = w;
    }
  }
  if (best >= 0) return segments.filter((s) => s.article === best);
  if (segments.some((s) => s.inMain)) return segments.filter((s) => s.inMain);
  return segments;
}

/** The file with only the kept text and block breaks left, everything else blanked. */
function stitch(html: string, kept: Segment[], blocks: number[]): string {
  const edits: { at: number; text: string }[] = kept.map((s) => ({
    at: s.start,
    text: decodeSameLength(html.slice(s.start, s.end)),
  }));
  // A block tag is at least three characters ("<p>"): its first two become the blank line.
  for (const b of blocks) edits.push({ at: b, text: '\n\n' });
  edits.sort((a, b) => a.at - b.at);
  const blanked = blank(html); // one pass over the file; the edits are pasted over it
  const parts: string[] = [];
  let cursor = 0;
  for (const e of edits) {
    if (e.at < cursor) continue;
    parts.push(blanked.slice(cursor, e.at), e.text);
    cursor = e.at + e.text.length;
  }
  parts.push(blanked.slice(cursor));
  return parts.join('');
}
