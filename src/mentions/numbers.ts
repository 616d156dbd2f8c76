/**
 * Numbers as news text writes them (digits, separators, number words, scale words) and
 * the hedges in front of them, turned into intervals.
 */
import type { Hedge } from '../model';

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** Scale words and their abbreviations, as exponents (so '3.2' + 6 parses exactly). */
export const SCALE_EXPONENTS: Record<string, number> = {
  thousand: 3,
  million: 6,
  billion: 9,
  trillion: 12,
  mn: 6,
  mln: 6,
  bn: 9,
  tn: 12,
  trn: 12,
};

/** Word lists for the extractor's regexes (lower case). */
export const NUMBER_WORDS_START = [...Object.keys(SMALL), ...Object.keys(TENS)];
export const NUMBER_WORDS_SCALE = ['hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen'];

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
    const t = tokens[i]!;
    if (last === 'dozen') break; // nothing follows "a dozen"
    if (t in SMALL) {
      const n = SMALL[t]!;
      if (last === 'a' || last === 'unit' || last === 'teen') break;
      if (last === 'ten' && (n === 0 || n >= 10)) break;
      group += n;
      last = n < 10 ? 'unit' : 'teen';
    } else if (t in TENS) {
      if (last === 'a' || last === 'unit' || last === 'teen' || last === 'ten') break;
      group += TENS[t]!;
      last = 'ten';
    } else if (t === 'hundred' || t === 'dozen') {
      if (last === 'none' || last === 'a') group = 1;
      else if (last !== 'unit' && last !== 'teen') break; // "twenty hundred", "hundred hundred"
      group *= t === 'hundred' ? 100 : 12;
      last = t === 'hundred' ? 'hundred' : 'dozen';
    } else if (t in SCALE_EXPONENTS && t.length > 3) {
      const scale = 10 ** SCALE_EXPONENTS[t]!;
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
    const word = dm[2]!;
    if (!word) return sign * base;
    if (word in SCALE_EXPONENTS) return sign * scaleDigits(dm[1], SCALE_EXPONENTS[word]!);
    if (word === 'hundred') return sign * base * 100;
    if (word === 'dozen') return sign * base * 12;
    return null;
  }
  const tokens = t.split(/[\s-]+/).filter(Boolean);
  const v = parseWords(tokens);
  return v === null ? null : sign * v;
}

/** Relative half-widths of the tolerance bands of 'about' and 'nearly'. */
export interface HedgeBands {
  about: number;
  nearly: number;
}
export const DEFAULT_HEDGE_BANDS: HedgeBands = { about: 0.1, nearly: 0.1 };

export interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

export interface HedgeIntervalOptions {
  /** The quantity can be negative (temperatures): 'up to x' then has no lower bound. */
  signed?: boolean;
}

/**
 * The interval a hedged number allows. Infinite ends are open.
 * - exact [x, x]; about [x − b|x|, x + b|x|]; nearly [x − b|x|, x)
 * - at-least [x, ∞); more-than (x, ∞)
 * - at-most [0, x] and less-than [0, x): news numbers are magnitudes, so "up to 40" does
 *   not allow −3. For a negative x or a signed quantity the lower end is −∞ instead.
 */
export function hedgeInterval(
  x: number,
  hedge: Hedge,
  bands: HedgeBands = DEFAULT_HEDGE_BANDS,
  options: HedgeIntervalOptions = {},
): Interval {
  const floor = x >= 0 && !options.signed ? 0 : -Infinity;
  switch (hedge) {
    case 'exact':
      return { lo: x, hi: x, loOpen: false, hiOpen: false };
    case 'about': {
      const d = Math.abs(x) * bands.about;
      return { lo: x - d, hi: x + d, loOpen: false, hiOpen: false };
    }
    case 'nearly':
      return { lo: x - Math.abs(x) * bands.nearly, hi: x, loOpen: false, hiOpen: true };
    case 'at-least':
      return { lo: x, hi: Infinity, loOpen: false, hiOpen: true };
    case 'more-than':
      return { lo: x, hi: Infinity, loOpen: true, hiOpen: true };
    case 'at-most':
      return { lo: floor, hi: x, loOpen: floor === -Infinity, hiOpen: false };
    case 'less-than':
      return { lo: floor, hi: x, loOpen: floor === -Infinity, hiOpen: true };
  }
}

/** Hedge phrases before a number, by hedge. Matched case-insensitively, longest first. */
export const HEDGE_PHRASES: Record<Hedge, string[]> = {
  exact: ['exactly', 'precisely', 'just'],
  about: [
    'about',
    'around',
    'roughly',
    'some',
    'approximately',
    'approx.',
    'approx',
    'an estimated',
    'estimated',
    'circa',
    'ca.',
    'more or less',
    'give or take',
    'in the region of',
    '~',
    '≈',
  ],
  'at-least': [
    'at least',
    '≥',
    '>=',
    'no fewer than',
    'no less than',
    'not less than',
    'not fewer than',
    'a minimum of',
    'at a minimum',
    'no lower than',
    'no smaller than',
  ],
  'more-than': [
    'more than',
    'over',
    'upwards of',
    'upward of',
    'in excess of',
    'above',
    'just over',
    'well over',
    'exceeding',
    'greater than',
    'higher than',
    'just above',
    'well above',
    '>',
  ],
  nearly: ['nearly', 'almost', 'just under', 'close to', 'just shy of', 'just below', 'not quite'],
  'at-most': [
    'up to',
    'as many as',
    'as much as',
    'at most',
    'no more than',
    'not more than',
    'a maximum of',
    'at a maximum',
    'a max of',
    'no higher than',
    'no greater than',
    'no larger than',
    'no bigger than',
    'not exceeding',
    '≤',
    '<=',
  ],
  'less-than': ['less than', 'fewer than', 'under', 'below', 'well under', 'well below', 'lower than', '<'],
};

const HEDGE_BY_PHRASE = new Map<string, Hedge>();
for (const [hedge, phrases] of Object.entries(HEDGE_PHRASES) as Array<[Hedge, string[]]>) {
  for (const p of phrases) HEDGE_BY_PHRASE.set(p, hedge);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Hedge phrase at the very end of a string. Regexes only scan forwards, so the phrases are
 * matched reversed against the reversed tail: one sticky attempt instead of one per position.
 */
const HEDGE_AT_END_REVERSED = new RegExp(
  `[\\s\\u00a0]*(${[...HEDGE_BY_PHRASE.keys()]
    .map((p) => [...p].reverse().join(''))
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, '[\\s\\u00a0]+'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'iuy',
);

/** Last words (and last symbols) of the hedge phrases: a cheap test before the regex. */
const HEDGE_LAST_WORDS = new Set<string>();
const HEDGE_LAST_SYMBOLS = new Set<string>();
for (const p of HEDGE_BY_PHRASE.keys()) {
  if (/[a-z]/.test(p)) HEDGE_LAST_WORDS.add(p.slice(p.lastIndexOf(' ') + 1));
  else HEDGE_LAST_SYMBOLS.add(p[p.length - 1]!);
}
const isSpaceCode = (c: number): boolean => c === 32 || c === 0xa0 || (c >= 9 && c <= 13);
const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46; // a-z A-Z .

/** Whether the text ends with the last word or symbol of some hedge phrase. */
function endsLikeHedge(text: string): boolean {
  let i = text.length;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  if (i === 0) return false;
  if (HEDGE_LAST_SYMBOLS.has(text[i - 1]!)) return true;
  let j = i;
  while (j > 0 && i - j <= 16 && isWordCode(text.charCodeAt(j - 1))) j--;
  return HEDGE_LAST_WORDS.has(text.slice(j, i).toLowerCase());
}

/** Looks at most this far back for a hedge (the longest phrase is 17 characters). */
const HEDGE_LOOKBACK = 40;

/**
 * Recognises the hedge phrase that ends `textBefore` (the text just before a number).
 * `length` counts the characters from the start of the phrase to the end of `textBefore`,
 * so the hedge starts at `textBefore.length - length`. No hedge: { 'exact', 0 }.
 */
export function detectHedge(textBefore: string): { hedge: Hedge; length: number } {
  if (!endsLikeHedge(textBefore)) return { hedge: 'exact', length: 0 };
  const tail = textBefore.length > HEDGE_LOOKBACK ? textBefore.slice(-HEDGE_LOOKBACK) : textBefore;
  let reversed = '';
  for (let i = tail.length - 1; i >= 0; i--) reversed += tail[i];
  HEDGE_AT_END_REVERSED.lastIndex = 0;
  const m = HEDGE_AT_END_REVERSED.exec(reversed);
  if (!m) return { hedge: 'exact', length: 0 };
  const phrase = [...m[1]!]
    .reverse()
    .join('')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ');
  return { hedge: HEDGE_BY_PHRASE.get(phrase) ?? 'exact', length: m[0].length };
}
