/**
 * MEANTIME (NewsReader, Wikinews) reader and a TempEval-3-style scorer for time expressions.
 *
 * Text: tokens joined with single spaces, one line per sentence, except that no space goes
 * before closing punctuation and after opening brackets or currency signs ("July 24, 2003",
 * not "July 24 , 2003"): the extractor is meant for running text, and the tokenizer's spaces
 * are not in the articles. Every token keeps its character span.
 */
import * as fs from 'fs';
import * as path from 'path';
import { extractTimes } from '../mentions/time';

export interface GoldTimex {
  id: string;
  type: string; // DATE, DURATION, TIME, SET
  value: string;
  start: number;
  end: number;
  text: string;
}

export interface MeantimeDoc {
  id: string;
  file: string;
  cluster: string;
  text: string;
  /** Document creation time (YYYY-MM-DD), the publication date. */
  dct: string | null;
  /** Where the creation time is written in the text (the dateline), if it is. */
  dctSpan: { start: number; end: number } | null;
  /** Text TIMEX3s other than the creation time, of every type; non-textual ones are left out. */
  timexes: GoldTimex[];
  /** End of the annotated part: MEANTIME marks time expressions only in the title and the
   *  first sentences (sentence numbers 0–5, the dateline being sentence 1). */
  annotatedEnd: number;
  tokens: { id: string; text: string; start: number; end: number; sentence: number }[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? _;
  });
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:-]+)="([^"]*)"/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag))) out[m[1]] = decode(m[2]);
  return out;
}

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i;
const NO_SPACE_AFTER = /^(?:[([{$£€#]|US\$)$/;

/** Joins the tokens of one sentence, returning the text and each token's offset within it. */
export function joinTokens(tokens: string[]): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i > 0 && !NO_SPACE_BEFORE.test(t) && !NO_SPACE_AFTER.test(tokens[i - 1])) text += ' ';
    offsets.push(text.length);
    text += t;
  }
  return { text, offsets };
}

/** Sentences 0..5 carry TIMEX3 annotation in every document; none after (checked on all 120). */
export const ANNOTATED_SENTENCES = 6;

export function parseMeantime(xml: string, file = '', cluster = ''): MeantimeDoc {
  const docAttrs = attrs(/<Document\b[^>]*>/.exec(xml)?.[0] ?? '');
  const raw: { id: string; text: string; sentence: number }[] = [];
  const tokRe = /<token\b([^>]*)>([^<]*)<\/token>/g;
  let m: RegExpExecArray | null;
  while ((m = tokRe.exec(xml))) {
    const a = attrs(m[1]);
    raw.push({ id: a.t_id, text: decode(m[2]), sentence: Number(a.sentence) });
  }
  // Sentences in order; one line each.
  const tokens: MeantimeDoc['tokens'] = [];
  const byId = new Map<string, MeantimeDoc['tokens'][number]>();
  let text = '';
  for (let i = 0; i < raw.length;) {
    let j = i;
    while (j < raw.length && raw[j].sentence === raw[i].sentence) j++;
    const group = raw.slice(i, j);
    const joined = joinTokens(group.map((t) => t.text));
    if (text.length > 0) text += '\n';
    const base = text.length;
    text += joined.text;
    group.forEach((t, k) => {
      const tok = {
        id: t.id,
        text: t.text,
        start: base + joined.offsets[k],
        end: base + joined.offsets[k] + t.text.length,
        sentence: t.sentence,
      };
      tokens.push(tok);
      byId.set(t.id, tok);
    });
    i = j;
  }

  const timexes: GoldTimex[] = [];
  let dct: string | null = null;
  let dctSpan: MeantimeDoc['dctSpan'] = null;
  const tRe = /<TIMEX3\b([^>]*?)(\/>|>([\s\S]*?)<\/TIMEX3>)/g;
  while ((m = tRe.exec(xml))) {
    const a = attrs(m[1]);
    const anchors = [...(m[3] ?? '').matchAll(/<token_anchor\s+t_id="([^"]+)"/g)]
      .map((x) => byId.get(x[1]))
      .filter((t) => t !== undefined);
    const start = anchors.length ? Math.min(...anchors.map((t) => t.start)) : -1;
    const end = anchors.length ? Math.max(...anchors.map((t) => t.end)) : -1;
    if (a.functionInDocument === 'CREATION_TIME') {
      dct = /^\d{4}-\d{2}-\d{2}/.exec(a.value ?? '')?.[0] ?? null;
      // One creation time is written "03-02-2009"; its dateline says which day it is.
      if (!dct && anchors.length) dct = datelineDay(text.slice(start, end));
      if (anchors.length) dctSpan = { start, end };
      continue;
    }
    if (!anchors.length) continue; // non-textual (implicit) timex: nothing to find
    timexes.push({ id: a.m_id, type: a.type, value: a.value ?? '', start, end, text: text.slice(start, end) });
  }
  timexes.sort((x, y) => x.start - y.start);
  if (!dct) {
    // Two documents lack a usable creation time; their dateline (sentence 1) is a full date.
    const line = timexes.find(
      (t) => t.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(t.value) && byTokenSentence(tokens, t) === 1,
    );
    if (line) {
      dct = line.value;
      dctSpan = { start: line.start, end: line.end };
      timexes.splice(timexes.indexOf(line), 1);
    }
  }
  const lastAnnotated = tokens.filter((t) => t.sentence <= ANNOTATED_SENTENCES - 1).pop();
  const annotatedEnd = lastAnnotated ? lastAnnotated.end : text.length;
  return {
    id: docAttrs.doc_id ?? path.basename(file),
    file,
    cluster,
    text,
    dct,
    dctSpan,
    timexes,
    annotatedEnd,
    tokens,
  };
}

function byTokenSentence(tokens: MeantimeDoc['tokens'], s: { start: number; end: number }): number {
  return tokens.find((t) => t.start >= s.start && t.end <= s.end)?.sentence ?? -1;
}

/** The day a dateline names ("February 3, 2009"), read by the extractor under test. */
function datelineDay(line: string): string | null {
  const m = extractTimes(line, {}).find((x) => x.type === 'date' && x.granularity === 'day');
  return m && /^\d{4}-\d{2}-\d{2}$/.test(m.value) ? m.value : null;
}

/** Where to find MEANTIME: $MEANTIME_DIR, else ../shared/data/meantime next to the repo. */
export function meantimeDir(repoRoot: string): string {
  return process.env.MEANTIME_DIR || path.resolve(repoRoot, '..', 'shared', 'data', 'meantime');
}

/** The English intra+cross-document files, by cluster (corpus_airbus, …), or null if absent. */
export function listMeantime(dir: string): { cluster: string; file: string }[] | null {
  const root = fs.existsSync(path.join(dir, 'intra_cross-doc_annotation'))
    ? path.join(dir, 'intra_cross-doc_annotation')
    : dir;
  if (!fs.existsSync(root)) return null;
  const out: { cluster: string; file: string }[] = [];
  for (const c of fs.readdirSync(root).sort()) {
    const cdir = path.join(root, c);
    if (!c.startsWith('corpus_') || !fs.statSync(cdir).isDirectory()) continue;
    for (const f of fs.readdirSync(cdir).sort())
      if (f.endsWith('.xml')) out.push({ cluster: c.replace(/^corpus_/, ''), file: path.join(cdir, f) });
  }
  return out.length ? out : null;
}

export function loadMeantime(dir: string): MeantimeDoc[] | null {
  const files = listMeantime(dir);
  if (!files) return null;
  return files.map(({ cluster, file }) => parseMeantime(fs.readFileSync(file, 'utf8'), file, cluster));
}

// ---------------------------------------------------------------------------------------
// Scoring

export interface Span {
  start: number;
  end: number;
}
export interface GoldItem extends Span {
  value: string;
  type: string;
  text: string;
}
export interface PredItem extends Span {
  value: string;
  type: string;
  text: string;
}

export interface Counts {
  gold: number;
  pred: number;
  spanMatched: number;
  strictMatched: number;
  valueMatched: number;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

export interface Alignment<G extends GoldItem = GoldItem, P extends PredItem = PredItem> {
  pairs: { gold: G; pred: P }[];
  missed: G[];
  spurious: P[];
}

const overlap = (a: Span, b: Span) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * TempEval-3 relaxed matching: a prediction matches a gold expression when their spans
 * overlap. Matching is one-to-one (largest overlap first), so a gold expression split in
 * two predictions counts one match and one spurious.
 */
export function align<G extends GoldItem, P extends PredItem>(gold: G[], pred: P[]): Alignment<G, P> {
  const cand: { g: number; p: number; o: number }[] = [];
  for (let g = 0; g < gold.length; g++) {
    for (let p = 0; p < pred.length; p++) {
      const o = overlap(gold[g], pred[p]);
      if (o > 0) cand.push({ g, p, o });
    }
  }
  // Closest spans first (overlap over union), so nested gold expressions pair with their own prediction.
  for (const c of cand) c.o /= Math.max(gold[c.g].end, pred[c.p].end) - Math.min(gold[c.g].start, pred[c.p].start);
  cand.sort((x, y) => y.o - x.o || x.g - y.g || x.p - y.p);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  const pairs: { gold: G; pred: P }[] = [];
  for (const c of cand) {
    if (gUsed.has(c.g) || pUsed.has(c.p)) continue;
    gUsed.add(c.g);
    pUsed.add(c.p);
    pairs.push({ gold: gold[c.g], pred: pred[c.p] });
  }
  pairs.sort((x, y) => x.gold.start - y.gold.start);
  return {
    pairs,
    missed: gold.filter((_, i) => !gUsed.has(i)),
    spurious: pred.filter((_, i) => !pUsed.has(i)),
  };
}

/**
 * Values are compared as TIMEX3 strings after two normalizations: a time of day is cut to
 * its day ("2009-12-15T18:00Z" → "2009-12-15", as we only resolve to days), and a TIMEX2
 * decade ("199") is written as TIMEX3's "199X".
 */
export function normalizeValue(v: string): string {
  let s = v.trim().toUpperCase();
  const t = /^(\d{4}(?:-[\dW]+)*(?:-\d+)?)T.*$/.exec(s);
  if (t) s = t[1];
  if (/^\d{3}$/.test(s)) s += 'X';
  return s;
}

export function countAlignment(gold: GoldItem[], pred: PredItem[], a: Alignment): Counts {
  return {
    gold: gold.length,
    pred: pred.length,
    spanMatched: a.pairs.length,
    strictMatched: a.pairs.filter(({ gold: g, pred: p }) => g.start === p.start && g.end === p.end).length,
    valueMatched: a.pairs.filter(({ gold: g, pred: p }) => normalizeValue(g.value) === normalizeValue(p.value)).length,
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    gold: a.gold + b.gold,
    pred: a.pred + b.pred,
    spanMatched: a.spanMatched + b.spanMatched,
    strictMatched: a.strictMatched + b.strictMatched,
    valueMatched: a.valueMatched + b.valueMatched,
  };
}

export const ZERO: Counts = { gold: 0, pred: 0, spanMatched: 0, strictMatched: 0, valueMatched: 0 };

export function prf(tp: number, pred: number, gold: number): Prf {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export interface ScoreOptions {
  /** Gold TIMEX3 types scored. */
  types: string[];
}

/**
 * Scores one document: gold of the scored types against predictions. Predictions that
 * overlap the dateline (the creation time, not a text mention) or a gold expression of a
 * type not scored (TIME, SET) are set aside: they are neither right nor spurious.
 */
export function scoreDoc(
  doc: Pick<MeantimeDoc, 'timexes' | 'dctSpan'>,
  pred: PredItem[],
  opts: ScoreOptions,
): { counts: Counts; alignment: Alignment; gold: GoldItem[]; pred: PredItem[] } {
  const gold = doc.timexes.filter((t) => opts.types.includes(t.type));
  const ignored: Span[] = doc.timexes.filter((t) => !opts.types.includes(t.type));
  if (doc.dctSpan) ignored.push(doc.dctSpan);
  const kept = pred.filter((p) =>
    !gold.some((g) => overlap(g, p) > 0) ? !ignored.some((s) => overlap(s, p) > 0) : true,
  );
  const alignment = align(gold, kept);
  return { counts: countAlignment(gold, kept, alignment), alignment, gold, pred: kept };
}
