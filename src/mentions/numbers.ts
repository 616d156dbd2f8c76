/**
 * Reading numbers as news text writes them (digits, separators, number words, scale words)
 * and the hedge phrase in front of them. The words themselves are in src/lexicon/.
 */
import type { Hedge } from '../model';
import { HEDGE_PHRASES, SCALE_EXPONENTS, SMALL_NUMBERS, TENS, UNIT_COUNT_WORDS } from '../lexicon';
import { escapeRegExp } from '../util/text';

const DIGITS = /^(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?$/;

/** Parses a digit string with optional thousands separators and decimals: "1,200.5". */
function parseDigits(s: string): number | null {
  const m = DIGITS.exec(s);
  if (!m || (!m[1] && !m[2])) return null;
  return Number((m[1] ?? '0').replace(/,/g, '') + (m[2] ?? ''));
}

/** Multiplies a decimal string by 10^exp without binary rounding noise ("3.2" × 10^6). */
function scaleDigits(digits: string, exp: number): number {
  return Number(`${digits.replace(/,/g, '')}e${exp}`);
}

/**
 * The longest prefix of `tokens` that is a number in words ("two thousand five hundred",
 * "a dozen", "twenty one"), with how many tokens it takes. One pass: the caller may hand in
 * a long run of words ("one two three …") without paying for every prefix.
 */
export function parseWordPrefix(tokens: string[]): { value: number; count: number } | null {
  let total = 0;
  let group = 0;
  let last: 'none' | 'a' | 'unit' | 'teen' | 'ten' | 'hundred' | 'scale' | 'dozen' | 'and' = 'none';
  let lastScale = Infinity;
  let best: { value: number; count: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (last === 'dozen') break; // nothing follows "a dozen"
    if (t in SMALL_NUMBERS) {
      const n = SMALL_NUMBERS[t];
      if (last === 'a' || last === 'unit' || last === 'teen') break;
      if (last === 'ten' && (n === 0 || n >= 10)) break;
      group += n;
      last = n < 10 ? 'unit' : 'teen';
    } else if (t in TENS) {
      if (last === 'a' || last === 'unit' || last === 'teen' || last === 'ten') break;
      group += TENS[t];
      last = 'ten';
    } else if (t === 'hundred' || t === 'dozen') {
      if (last === 'none' || last === 'a') group = 1;
      else if (last !== 'unit' && last !== 'teen') break; // "twenty hundred", "hundred hundred"
      group *= t === 'hundred' ? 100 : 12;
      last = t === 'hundred' ? 'hundred' : 'dozen';
    } else if (t in SCALE_EXPONENTS && t.length > 3) {
      const scale = 10 ** SCALE_EXPONENTS[t];
      if (last === 'none' || last === 'and') break;
      if (last === 'a') group = 1;
      if (scale >= lastScale) break; // "thousand million" is not news English
      total += group * scale;
      group = 0;
      lastScale = scale;
      last = 'scale';
    } else if (t === 'and') {
      if (last !== 'hundred' && last !== 'scale') break;
      last = 'and';
    } else if ((t === 'a' || t === 'an') && i === 0) {
      last = 'a';
    } else {
      break;
    }
    if (last !== 'a' && last !== 'and') best = { value: total + group, count: i + 1 };
  }
  return best;
}

function parseWords(tokens: string[]): number | null {
  const p = parseWordPrefix(tokens);
  return p && p.count === tokens.length ? p.value : null;
}

/**
 * "59", "1,200", "1.5", "3.2 million", "3bn", "nine", "forty", "twenty-one", "a hundred",
 * "two thousand five hundred", "a dozen", "-4"; null if not a number.
 */
export function parseNumber(s: string): number | null {
  let t = s.trim().toLowerCase();
  let sign = 1;
  if (/^[-−]/.test(t)) {
    sign = -1;
    t = t.slice(1).trimStart();
  } else if (t.startsWith('+')) {
    t = t.slice(1).trimStart();
  }
  if (!t) return null;
  // digits, optionally followed by one scale word: "3.2 million", "3bn"
  const dm = /^((?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?)\s*([a-z]*)$/.exec(t);
  if (dm && dm[1]) {
    const base = parseDigits(dm[1]);
    if (base === null) return null;
    const word = dm[2];
    if (!word) return sign * base;
    if (word in SCALE_EXPONENTS) return sign * scaleDigits(dm[1], SCALE_EXPONENTS[word]);
    if (word === 'hundred') return sign * base * 100;
    if (word === 'dozen') return sign * base * 12;
    return null;
  }
  const tokens = t.split(/[\s-]+/).filter(Boolean);
  const v = parseWords(tokens);
  return v === null ? null : sign * v;
}

/**
 * Parses the numbers that precede a time unit ("27", "2.5", "twenty-one", "two and a half",
 * "a", "half a", "a dozen", "a couple of"): the words only a duration reads that way, then
 * the general number reader.
 */
export function parseSmallNumber(raw: string): number | null {
  let s = raw.toLowerCase().trim();
  let extra = 0;
  if (s.endsWith(' and a half')) {
    extra = 0.5;
    s = s.slice(0, -' and a half'.length);
  }
  const n = s in UNIT_COUNT_WORDS ? UNIT_COUNT_WORDS[s] : parseNumber(s);
  return n === null ? null : n + extra;
}

/**
 * The hedge phrases of a rule pack, compiled for detectHedge: the built-in ones
 * (DEFAULT_HEDGE_TABLE) or a pack's after its `lexicon:` edits, compiled once per pack.
 */
export interface HedgeTable {
  byPhrase: Map<string, Hedge>;
  /**
   * Hedge phrase at the very end of a string. Regexes only scan forwards, so the phrases are
   * matched reversed against the reversed tail: one sticky attempt instead of one per position.
   */
  atEndReversed: RegExp | null;
  /** Last words (and last symbols) of the phrases: a cheap test before the regex. */
  lastWords: Set<string>;
  lastSymbols: Set<string>;
  /** Looks at most this far back for a hedge (the longest phrase, with room for wide spaces). */
  lookback: number;
}

/** Lower-case phrases by hedge (src/lexicon/hedges.ts, or a pack's lists). */
export function hedgeTable(phrases: Record<Hedge, string[]>): HedgeTable {
  const byPhrase = new Map<string, Hedge>();
  for (const [hedge, list] of Object.entries(phrases) as Array<[Hedge, string[]]>)
    for (const p of list) byPhrase.set(p.toLowerCase().replace(/\s+/g, ' ').trim(), hedge);
  byPhrase.delete('');
  const keys = [...byPhrase.keys()];
  const lastWords = new Set<string>();
  const lastSymbols = new Set<string>();
  for (const p of keys) {
    const word = /[a-z.]+$/.exec(p); // the letters endsLikeHedge reads back ("take" of "give-or-take")
    if (word) lastWords.add(word[0]);
    else lastSymbols.add(p[p.length - 1]);
  }
  const atEndReversed = keys.length
    ? new RegExp(
        `[\\s\\u00a0]*(${keys
          .map((p) => [...p].reverse().join(''))
          .sort((a, b) => b.length - a.length)
          .map((p) => escapeRegExp(p).replace(/ /g, '[\\s\\u00a0]+'))
          .join('|')})(?![\\p{L}\\p{N}])`,
        'iuy',
      )
    : null;
  const longest = Math.max(0, ...keys.map((p) => p.length));
  return { byPhrase, atEndReversed, lastWords, lastSymbols, lookback: Math.max(40, 2 * longest + 6) };
}

export const DEFAULT_HEDGE_TABLE: HedgeTable = hedgeTable(HEDGE_PHRASES);

const isSpaceCode = (c: number): boolean => c === 32 || c === 0xa0 || (c >= 9 && c <= 13);
const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46; // a-z A-Z .

/** Whether the text ends with the last word or symbol of some hedge phrase. */
function endsLikeHedge(text: string, table: HedgeTable): boolean {
  let i = text.length;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  if (i === 0) return false;
  if (table.lastSymbols.has(text[i - 1])) return true;
  let j = i;
  while (j > 0 && i - j <= 16 && isWordCode(text.charCodeAt(j - 1))) j--;
  return table.lastWords.has(text.slice(j, i).toLowerCase());
}

/**
 * Recognises the hedge phrase that ends `textBefore` (the text just before a number).
 * `length` counts the characters from the start of the phrase to the end of `textBefore`,
 * so the hedge starts at `textBefore.length - length`. No hedge: { 'exact', 0 }.
 */
export function detectHedge(
  textBefore: string,
  table: HedgeTable = DEFAULT_HEDGE_TABLE,
): { hedge: Hedge; length: number } {
  const re = table.atEndReversed;
  if (!re || !endsLikeHedge(textBefore, table)) return { hedge: 'exact', length: 0 };
  const tail = textBefore.length > table.lookback ? textBefore.slice(-table.lookback) : textBefore;
  let reversed = '';
  for (let i = tail.length - 1; i >= 0; i--) reversed += tail[i];
  re.lastIndex = 0;
  const m = re.exec(reversed);
  if (!m) return { hedge: 'exact', length: 0 };
  const phrase = [...m[1]]
    .reverse()
    .join('')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ');
  return { hedge: table.byPhrase.get(phrase) ?? 'exact', length: m[0].length };
}
