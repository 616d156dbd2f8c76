/**
 * Numbers and quantities in running text: one global regex finds where a number may
 * start (a digit or a number word); small sticky regexes then read the number, its
 * scale word, unit, range and hedges from there. Everything else is skipped unread,
 * which keeps the pass at tens of MB/s.
 */
import type { Hedge, IntervalConstraint, Mention } from '../model';
import {
  DEFAULT_HEDGE_BANDS,
  hedgeInterval,
  MONTH_SRC,
  NUMBER_WORDS_SCALE,
  NUMBER_WORDS_START,
  SCALE_EXPONENTS,
  TIME_UNIT_WORDS,
  type HedgeBands,
  type Interval,
} from '../lexicon';
import { escapeRegExp } from '../util/text';
import { detectHedge, parseWordPrefix, type HedgeTable } from './numbers';
import { convertValue, isCurrency, makeUnitRegistry, type UnitDef, type UnitRegistry } from './units';
import { GLUED_CURRENCY_WORDS, HYPHEN_NUMBER_WORDS, MONEY_CONTEXT_WORDS } from '../lexicon/money';

export interface QuantityOptions {
  units?: UnitRegistry;
  bands?: HedgeBands;
  /** The pack's hedge phrases (its `lexicon:`); the built-in ones by default. */
  hedges?: HedgeTable;
}

const SP = '[ \\t\\u00a0\\u202f\\u2009]'; // spaces that may sit inside a quantity
const byLengthDesc = (a: string, b: string): number => b.length - a.length;
const alternation = (words: string[]): string =>
  [...new Set(words)]
    .sort(byLengthDesc)
    .map((w) => escapeRegExp(w).replace(/ /g, `${SP}+`))
    .join('|');

const START_WORDS = alternation(NUMBER_WORDS_START);
const ALL_WORDS = alternation([...NUMBER_WORDS_START, ...NUMBER_WORDS_SCALE]);
const SCALE_WORDS = alternation(NUMBER_WORDS_SCALE);

/** Where a number may start. */
const SCAN = new RegExp(
  `\\d|\\b(?:(?:half${SP}+)?an?${SP}+(?=(?:${SCALE_WORDS})\\b)|(?:${START_WORDS}|tens|dozens|hundreds|thousands|millions|billions)\\b)`,
  'gi',
);

/**
 * Vague plurals as half-open intervals, the order of magnitude they name. "thousands" is
 * left wide (up to a million) because writers use it for tens of thousands too.
 */
const VAGUE: Record<string, [number, number]> = {
  dozens: [24, 200],
  hundreds: [200, 1e3],
  thousands: [2e3, 1e6],
  millions: [2e6, 1e9],
  billions: [2e9, 1e12],
  'tens of thousands': [2e4, 1e5],
  'hundreds of thousands': [2e5, 1e6],
  'tens of millions': [2e7, 1e8],
  'hundreds of millions': [2e8, 1e9],
  'tens of billions': [2e10, 1e11],
  'hundreds of billions': [2e11, 1e12],
};
const VAGUE_AT = new RegExp(
  `(?:(tens|hundreds)${SP}+of${SP}+(?=(?:thousands|millions|billions)\\b))?(dozens|hundreds|thousands|millions|billions)\\b`,
  'iy',
);
const VAGUE_WORDS = new Set(['tens', 'dozens', 'hundreds', 'thousands', 'millions', 'billions']);
const OF_AT = new RegExp(`${SP}+of(?=${SP})`, 'iy');
const DIGITS_AT = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/y;
const WORDS_AT = new RegExp(
  `(?:(?:half${SP}+)?an?${SP}+)?(?:${ALL_WORDS})\\b(?:(?:${SP}+(?:and${SP}+)?|${SP}*-${SP}*)(?:${ALL_WORDS})\\b){0,15}`, // a number is never longer
  'iy',
);
const WORD_TOKEN = /[a-z]+/gi;

/** Scale after digits: "3.2 million", "3bn", "2 dozen". */
const SCALE_AT = new RegExp(
  `(?:(?:${SP}*|-)(hundred|thousand|million|billion|trillion|dozen)|${SP}?(bn|bln|mn|mln|tn|trn))\\b`,
  'iy',
);
/** After a currency symbol "m", "b" and "k" are scales too: "$5m", "£2bn", "€30k". */
const MONEY_SCALE_AT = /([mbk])\b/iy;
const HALF_AT = new RegExp(`${SP}+and${SP}+a${SP}+half\\b`, 'iy');
const MONEY_SCALE: Record<string, number> = { m: 6, b: 9, k: 3 };

/** Tokens that look numeric but are something else: ordinals, decades, times, ids, dates. */
const ORDINAL_OR_DECADE_AT = /(?:st|nd|rd|th|'?s)\b/iy;
const CLOCK_AT = new RegExp(
  `${SP}*(?:[ap]\\.${SP}?m\\.|[ap]m\\b|o'clock|GMT\\b|UTC\\b|hours?${SP}+(?:GMT|UTC|local))`,
  'iy',
);
/** "at 0900 hours", "by 1430 hrs": a 24-hour clock time, not a duration or a count. */
const CLOCK_HOURS_AT = new RegExp(`${SP}+(?:hours|hrs)\\b`, 'iy');
const CLOCK_LEAD_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:at|by|until|till|from|before|after|since|around|about)${SP}+$`,
  'iu',
);
/** "5 1/2": a whole number and a fraction. */
const FRACTION_AT = new RegExp(`${SP}+(\\d)/(\\d{1,2})(?![\\d/])`, 'y');
const VULGAR: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 };
const VULGAR_AT = /[½¼¾⅓⅔]/y;
const GLUED_CURRENCY_BEFORE = new RegExp(`(?<![\\p{L}])(${Object.keys(GLUED_CURRENCY_WORDS).join('|')})$`, 'iu');
const HYPHEN_NUMBER_BEFORE = new RegExp(`(?<![\\p{L}])(?:${HYPHEN_NUMBER_WORDS.join('|')})-$`, 'iu');
const MONEY_CONTEXT_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${MONEY_CONTEXT_WORDS.join('|')})\\b(?:${SP}+[\\p{L},]+){0,3}${SP}+$`,
  'iu',
);
/** A clock written with a space after the colon, as some copy has it: "3: 45 p. m.". */
const SPACED_CLOCK_BEFORE = /\d:[ \t]$/;
const ISO_DATE_TAIL_AT = /-\d{1,2}-\d/y;
const LINE_START_BEFORE = /(?:^|\n)[ \t]*$/;
const TOKEN_REST_AT = /[\w.,:/'-]*/y;
const METRE_CONTEXT_AT = new RegExp(
  `(?:${SP}+|-)(?:tall|high|long|deep|wide|thick|away|sprint|race|hurdles|freestyle|` +
    `above${SP}+sea|below${SP}+sea|in${SP}+(?:height|length|diameter|depth|width))\\b`,
  'iy',
);
const HYPHEN_WORD_AT = /-(\p{L}+)/uy;
/** An age after the number: "36-year-old", "38 years old"; "-month-old" is an age in other units. */
const AGE_AT = new RegExp(`(?:-|${SP}+)(?:(years?|yrs?)|months?|weeks?|days?)(?:-|${SP}+)old\\b`, 'iy');
/** An age before the number: "aged 36", "age 36", "at the age of 36". */
const AGE_BEFORE = new RegExp(`(?<![\\p{L}])(?:aged|age|age${SP}+of)${SP}+$`, 'iu');

/** "-day", "-year-old": compounds the date layer owns ("three-quarter" is a fraction, not time). */
const TIME_WORDS = new Set([...TIME_UNIT_WORDS.filter((w) => !w.startsWith('quarter')), 'term']);
const ORDINAL_WORDS = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'half',
  'halves',
  'thirds',
  'quarter',
  'quarters',
  'fifths',
  'sixths',
  'eighths',
  'tenths',
]);

/** "the one", "no one", "one another": the pronoun, not the count. */
const ONE_PRONOUN_BEFORE = /\b(?:the|this|that|which|each|every|any|no|no-|some|such)\s+$/i;
const ONE_PRONOUN_AFTER = /\s+(?:another|other)\b|'s\b|-/iy;

/** Years: a 4-digit number after these words is a date, not a count. */
const YEAR_STRONG_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:in|since|until|till|through|during|year|circa|early|late|mid|spring|summer|` +
    `autumn|fall|winter|${MONTH_SRC})\\.?${SP}*,?${SP}*$`,
  'iu',
);
const YEAR_WEAK_BEFORE = new RegExp(
  `(?:(?<![\\p{L}])(?:of|by|from|before|after)${SP}+|\\b(?:${MONTH_SRC})\\.?${SP}+\\d{1,2}${SP}*,${SP}*)$`,
  'iu',
);
const YEAR_HEDGED_BEFORE = new RegExp(`(?<![\\p{L}])(?:until|till|since|before|after)${SP}+$`, 'iu');
const YEAR_CHAIN_GAP = new RegExp(`^${SP}*(?:-|–|—|/|to|and|or|through|until|till)${SP}*$`, 'i');
/** Day of month: "Sept. 13", "13 September" (month names capitalised). */
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_SRC})\\.?${SP}+$`);
const MONTH_AFTER_AT = new RegExp(`${SP}+(?:${MONTH_SRC})\\b`, 'y');

const BETWEEN_BEFORE = new RegExp(`(?<![\\p{L}])between${SP}+$`, 'iu');
const FROM_BEFORE = new RegExp(`(?<![\\p{L}])from${SP}+$`, 'iu');
const RANGE_CONN_AT = new RegExp(`${SP}*(?:(--?|–|—)|(to|and|or)\\b)${SP}*`, 'iy');
/**
 * The second number of a dashed pair that is no range ("19-2", "won 31-24", "40-3 with 28
 * knockouts"): a result, vote or record, whose sides count nothing on their own.
 */
const PAIR_TAIL_AT = /[ \t]?[-–][ \t]?(\d{1,3})(?![\p{L}\p{N}:/-]|[.,]\d)/uy;
const POSTFIX_HEDGE_AT = new RegExp(
  `(?:\\+(?![\\p{L}\\p{N}])|-?plus\\b|-odd\\b|${SP}+or${SP}+(more|greater|above|so|less|fewer|under|below)\\b)`,
  'iuy',
);
const POSTFIX_HEDGE: Record<string, Hedge> = {
  '': 'at-least',
  more: 'at-least',
  greater: 'at-least',
  above: 'at-least',
  so: 'about',
  less: 'at-most',
  fewer: 'at-most',
  under: 'at-most',
  below: 'at-most',
  odd: 'about',
};

/** Per-registry compiled unit regexes. */
interface UnitMatchers {
  units: UnitRegistry;
  /** Unit written after the number: " km/h", "mm", "-mile", " per cent". */
  suffix: RegExp;
  /** Currency written before the number: "$", "US$", "€", "GBP ". */
  prefix: RegExp;
}
const matcherCache = new WeakMap<UnitRegistry, UnitMatchers>();
const DEFAULT_UNITS = makeUnitRegistry();

const CURRENCY_SYMBOL = /\p{Sc}/u;

function matchersFor(units: UnitRegistry): UnitMatchers {
  let m = matcherCache.get(units);
  if (m) return m;
  const suffixNames: string[] = [];
  const prefixNames: string[] = [];
  for (const u of units.all()) {
    for (const name of u.names) {
      if (isCurrency(u) && (CURRENCY_SYMBOL.test(name) || /^[A-Z]{3}$/.test(name))) {
        prefixNames.push(name);
        if (!CURRENCY_SYMBOL.test(name)) suffixNames.push(name); // "20 USD"
      } else if (name) {
        suffixNames.push(name);
      }
    }
  }
  const suffix = new RegExp(`(-|${SP}*)(${alternation(suffixNames)})(?![\\p{L}\\p{N}])`, 'iuy');
  // Codes need a space after them ("USD 20"); symbols may touch the number ("$20").
  const prefix = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(?:${alternation(prefixNames.filter((n) => CURRENCY_SYMBOL.test(n)))})${SP}?|` +
      `(?:${alternation(prefixNames.filter((n) => !CURRENCY_SYMBOL.test(n)))})${SP})$`,
    'u',
  );
  m = { units, suffix, prefix };
  matcherCache.set(units, m);
  return m;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);

/** A number read at a position: its value and where it ends. */
interface NumberRead {
  value: number;
  end: number;
  /** The digit string (for exact scaling and the year test); '' for number words. */
  digits: string;
  scaled: boolean;
  /** Power of ten of a scale word after digits ("million" → 6). */
  exp?: number;
}

type Read = NumberRead | { skipTo: number } | null;

function skipToken(s: string, at: number): { skipTo: number } {
  TOKEN_REST_AT.lastIndex = at;
  TOKEN_REST_AT.exec(s);
  return { skipTo: Math.max(at + 1, TOKEN_REST_AT.lastIndex) };
}

/** Reads digits at p ("1,200.5"), rejecting ids, dates, clock times, ordinals and decades. */
function readDigits(s: string, p: number, afterConnector = false): Read {
  const before = s[p - 1];
  // Glued to a word or number: "G7", "F-16", "COVID-19", "9/11". Not so for the second
  // number of a range ("10-12"), which the caller reads after the connector.
  if (!afterConnector) {
    const head = s.slice(Math.max(0, p - 12), p);
    const glued = isWordChar(before) && !GLUED_CURRENCY_BEFORE.test(head); // "euro110 billion" is money
    if (glued || (before === '.' && isDigit(s.charCodeAt(p - 2)))) return skipToken(s, p);
    if (
      (before === '-' || before === '/' || before === ':' || before === '–') &&
      isWordChar(s[p - 2]) &&
      !(before === '-' && HYPHEN_NUMBER_BEFORE.test(head)) // "magnitude-5.4"
    ) {
      return skipToken(s, p);
    }
    if (SPACED_CLOCK_BEFORE.test(s.slice(Math.max(0, p - 3), p))) return skipToken(s, p); // the 45 of "3: 45"
  }
  DIGITS_AT.lastIndex = p;
  const m = DIGITS_AT.exec(s);
  if (!m) return null;
  const end = p + m[0].length;
  const next = s[end];
  const after = s.charCodeAt(end + 1);
  if ((next === ':' || next === '/' || next === '.' || next === ',') && isDigit(after)) return skipToken(s, end);
  if (next === ':' && /[ \t]/.test(s[end + 1] ?? '') && isDigit(s.charCodeAt(end + 2))) return skipToken(s, end + 2); // "3: 45"
  if (/^\d{4}$/.test(m[0]) && isClock(m[0])) {
    // "hit at 0415", "at 0900 hours": a leading zero or "hours" after a lead word makes it a time of day
    CLOCK_HOURS_AT.lastIndex = end;
    if (m[0][0] === '0' || (CLOCK_LEAD_BEFORE.test(s.slice(Math.max(0, p - 12), p)) && CLOCK_HOURS_AT.test(s)))
      return { skipTo: m[0][0] === '0' ? end : CLOCK_HOURS_AT.lastIndex };
  }
  if (next === '-') {
    ISO_DATE_TAIL_AT.lastIndex = end;
    if (ISO_DATE_TAIL_AT.test(s)) return skipToken(s, end);
  }
  if (
    (next === '.' || next === ')') &&
    /\s/.test(s[end + 1] ?? ' ') &&
    LINE_START_BEFORE.test(s.slice(Math.max(0, p - 8), p))
  ) {
    return { skipTo: end + 1 }; // a list marker: "1. What has been…"
  }
  ORDINAL_OR_DECADE_AT.lastIndex = end;
  if (ORDINAL_OR_DECADE_AT.test(s)) return skipToken(s, end);
  CLOCK_AT.lastIndex = end;
  if (CLOCK_AT.test(s)) return { skipTo: CLOCK_AT.lastIndex };
  const value = Number(m[0].replace(/,/g, ''));
  if (/^\d+$/.test(m[0])) {
    FRACTION_AT.lastIndex = end;
    const f = FRACTION_AT.exec(s);
    if (f && Number(f[1]) < Number(f[2]))
      return { value: value + Number(f[1]) / Number(f[2]), end: FRACTION_AT.lastIndex, digits: '', scaled: false };
    VULGAR_AT.lastIndex = end;
    const v = VULGAR_AT.exec(s);
    if (v) return { value: value + VULGAR[v[0]], end: end + 1, digits: '', scaled: false };
  }
  return { value, end, digits: m[0], scaled: false };
}

/**
 * "less than 50 km (30 miles)", "€110 billion ($141 billion)": a quantity in brackets right
 * after another of the same dimension in another unit (or another currency) restates it.
 */
function isConversion(s: string, prev: Mention | undefined, m: Mention): boolean {
  if (!prev || prev.type !== 'quantity' || m.type !== 'quantity' || prev.unit === m.unit) return false;
  const money = (x: Mention) => x.dimension?.startsWith('currency:') ?? false;
  if (prev.dimension !== m.dimension && !(money(prev) && money(m))) return false;
  return /^\s*\(\s*$/.test(s.slice(prev.end, m.start)) && /^\s*[),;]/.test(s.slice(m.end, m.end + 3));
}

/** Is a 4-digit string a 24-hour clock time (0000-2359)? */
function isClock(d: string): boolean {
  return Number(d.slice(0, 2)) < 24 && Number(d.slice(2)) < 60;
}

/** Reads number words at p ("two thousand five hundred"), the longest prefix that parses. */
function readWords(s: string, p: number): Read {
  WORDS_AT.lastIndex = p;
  const m = WORDS_AT.exec(s);
  if (!m) return null;
  const tokens: Array<{ word: string; end: number }> = [];
  WORD_TOKEN.lastIndex = 0;
  for (let t = WORD_TOKEN.exec(m[0]); t; t = WORD_TOKEN.exec(m[0])) {
    tokens.push({ word: t[0].toLowerCase(), end: p + t.index + t[0].length });
  }
  // "half a million": a half of what follows
  const half = tokens[0]?.word === 'half' ? 0.5 : 1;
  if (half !== 1) tokens.shift();
  const words = tokens.map((t) => t.word);
  const parsed = parseWordPrefix(words);
  if (!parsed) return null;
  const scaled = words.slice(1, parsed.count).some((w) => NUMBER_WORDS_SCALE.includes(w));
  return { value: parsed.value * half, end: tokens[parsed.count - 1].end, digits: '', scaled };
}

function readNumberAt(s: string, p: number, afterConnector = false): Read {
  return isDigit(s.charCodeAt(p)) ? readDigits(s, p, afterConnector) : readWords(s, p);
}

/** Applies "and a half" and a scale word after a number: "3.2 million", "$5m", "one and a half million". */
function readScale(s: string, n: NumberRead, money: boolean): void {
  if (n.scaled) return;
  HALF_AT.lastIndex = n.end;
  const half = HALF_AT.test(s);
  if (half) {
    n.value += n.value < 0 ? -0.5 : 0.5;
    n.end = HALF_AT.lastIndex;
  }
  SCALE_AT.lastIndex = n.end;
  let m = SCALE_AT.exec(s);
  let exp: number | undefined;
  if (m) {
    const w = (m[1] ?? m[2]).toLowerCase();
    exp = w === 'hundred' ? 2 : w === 'dozen' ? undefined : w === 'bln' ? 9 : SCALE_EXPONENTS[w];
    if (w === 'dozen') {
      n.value *= 12;
      n.end = SCALE_AT.lastIndex;
      n.scaled = true;
      return;
    }
  } else if (money && !half) {
    MONEY_SCALE_AT.lastIndex = n.end;
    m = MONEY_SCALE_AT.exec(s);
    if (m) exp = MONEY_SCALE[m[1].toLowerCase()];
  }
  if (m && exp !== undefined) {
    // digits scale exactly through their decimal string ("3.2" × 10^6 is 3200000, not …0005)
    n.value =
      n.digits && !half ? Math.sign(n.value) * Number(`${n.digits.replace(/,/g, '')}e${exp}`) : n.value * 10 ** exp;
    n.end = m.index + m[0].length;
    n.scaled = true;
    n.exp = exp;
  }
}

interface UnitRead {
  unit: UnitDef;
  end: number;
  hyphen: boolean;
  /** Written with no space: "152mm". */
  attached: boolean;
}

function readUnit(s: string, at: number, um: UnitMatchers): UnitRead | null {
  um.suffix.lastIndex = at;
  const m = um.suffix.exec(s);
  if (!m) return null;
  const unit = um.units.lookup(m[2]);
  return unit ? { unit, end: at + m[0].length, hyphen: m[1] === '-', attached: m[1] === '' } : null;
}

/** Formats a number for `value` strings: no float noise, no exponent below 1e21. */
export function formatNumber(x: number): string {
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '-∞';
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x === 0 ? 0 : x); // fast path
  const r = Number(x.toPrecision(12));
  return String(Object.is(r, -0) ? 0 : r);
}

const HEDGE_PREFIX: Record<Hedge, string> = {
  exact: '',
  about: '~',
  nearly: '~<',
  'at-least': '>=',
  'more-than': '>',
  'at-most': '<=',
  'less-than': '<',
};

/**
 * The canonical `value` of a number or quantity: hedge prefix, number or range, unit.
 * "59 km/h", "~59 km/h", ">=20", ">60", "<=100", "<100", "~<40", "10-12 km", "-5 to -3 °C",
 * "45%", "2500000000 USD".
 */
export function formatValue(lo: number, hi: number, hedge: Hedge, unit: string): string {
  let core: string;
  if (lo === hi) core = formatNumber(lo);
  else if (lo < 0 || hi < 0) core = `${formatNumber(lo)} to ${formatNumber(hi)}`;
  else core = `${formatNumber(lo)}-${formatNumber(hi)}`;
  const u = unit === '' ? '' : unit === '%' ? '%' : ` ${unit}`;
  return `${HEDGE_PREFIX[hedge]}${core}${u}`;
}

/** The interval of a hedged value or range [lo, hi]. */
export function rangeInterval(lo: number, hi: number, hedge: Hedge, bands: HedgeBands, signed: boolean): Interval {
  const a = hedgeInterval(lo, hedge, bands, { signed });
  const b = lo === hi ? a : hedgeInterval(hi, hedge, bands, { signed });
  return { lo: a.lo, loOpen: a.loOpen, hi: b.hi, hiOpen: b.hiOpen };
}

/** "millions of artillery shells", "thousands of tonnes": a half-open order-of-magnitude range. */
function readVague(s: string, p: number, um: UnitMatchers): Mention | null {
  VAGUE_AT.lastIndex = p;
  const m = VAGUE_AT.exec(s);
  if (!m) return null;
  const key = (m[1] ? `${m[1]} of ${m[2]}` : m[2]).toLowerCase();
  const range = VAGUE[key];
  if (!range) return null;
  let end = VAGUE_AT.lastIndex;
  OF_AT.lastIndex = end;
  const unitRead = OF_AT.test(s) ? readUnit(s, OF_AT.lastIndex, um) : null;
  const unit = unitRead && !unitRead.hyphen ? unitRead.unit : undefined; // "thousands of tonnes"
  if (unit && unitRead) end = unitRead.end;
  const unitId = unit?.id ?? '';
  const [lo, hi] = range;
  const mention: Mention = {
    type: unit ? 'quantity' : 'number',
    start: p,
    end,
    raw: s.slice(p, end),
    value: formatValue(lo, hi, 'exact', unitId),
    constraint: { kind: 'interval', lo, hi, loOpen: false, hiOpen: true, unit: unitId },
    granularity: 'exact',
    hedge: 'exact',
    unit: unitId,
  };
  if (unit) mention.dimension = unit.dimension;
  return mention;
}

/**
 * Every number (type 'number', unit '') and quantity (type 'quantity') in text[from, to),
 * with offsets into `text`, sorted and non-overlapping. Any text is valid input; an error
 * thrown here is a bug and is not caught (the CLI reports it with exit 3).
 */
export function extractQuantities(text: string, from = 0, to = text.length, options: QuantityOptions = {}): Mention[] {
  const out: Mention[] = [];
  scan(text.slice(0, Math.min(to, text.length)), Math.max(0, from), options, out);
  return out;
}

/** What precedes a number: currency symbol and sign, and the text left before them. */
interface Before {
  start: number;
  head: string;
  currency?: UnitDef;
  currencyText: string;
  sign: number;
}

function readBefore(s: string, p: number, floor: number, um: UnitMatchers, isWords: boolean): Before {
  const b: Before = { start: p, head: s.slice(Math.max(floor, p - 48), p), currencyText: '', sign: 1 };
  if (!isWords) {
    const glued = GLUED_CURRENCY_BEFORE.exec(b.head.slice(-12));
    const gluedUnit = glued && um.units.get(GLUED_CURRENCY_WORDS[glued[1].toLowerCase()]);
    if (glued && gluedUnit) {
      b.currencyText = glued[1];
      b.currency = gluedUnit;
      b.head = b.head.slice(0, b.head.length - glued[1].length);
      b.start -= glued[1].length;
      return b;
    }
    const cm = um.prefix.exec(b.head.slice(-8));
    if (cm) {
      b.currencyText = cm[0].trim();
      b.currency = um.units.lookup(b.currencyText);
      b.head = b.head.slice(0, b.head.length - cm[0].length);
      b.start -= cm[0].length;
    }
  }
  // a sign touches the number and follows a space or bracket: "-5", "(+3", not "10-12"
  const c = s[b.start - 1];
  if (
    (c === '-' || c === '−' || c === '+') &&
    b.start - 1 >= floor &&
    (b.start - 2 < 0 || /[\s([{]/.test(s[b.start - 2])) &&
    !/\d\s*$/.test(b.head.slice(0, -1))
  ) {
    if (c !== '+') b.sign = -1;
    b.head = b.head.slice(0, -1);
    b.start -= 1;
  }
  return b;
}

/** The unit after a number, or where to resume when the number is part of something else. */
function readUnitAfter(
  s: string,
  n: NumberRead,
  um: UnitMatchers,
): { unit?: UnitDef; end: number } | { skipTo: number } {
  const u = readUnit(s, n.end, um);
  if (u) {
    if (u.hyphen && u.unit.dimension === 'time') return { skipTo: u.end }; // "three-day": the date layer's
    if (u.attached && u.end - n.end === 1 && s[n.end] === 'm') return readGluedM(s, n, u, um);
    return { unit: u.unit, end: u.end };
  }
  HYPHEN_WORD_AT.lastIndex = n.end;
  const hw = HYPHEN_WORD_AT.exec(s);
  if (hw) {
    const w = hw[1].toLowerCase();
    if (TIME_WORDS.has(w) || ORDINAL_WORDS.has(w)) return { skipTo: HYPHEN_WORD_AT.lastIndex }; // "-year-old", "-first"
  } else if (n.digits && isWordChar(s[n.end])) {
    return skipToken(s, n.end); // "5G", "3D", "4x4"
  }
  return { end: n.end };
}

/**
 * "70m" is million as often as metres. Metres when a size word follows ("100m sprint",
 * "8,848m high"), million when a unit follows ("5m barrels"); otherwise neither.
 */
function readGluedM(
  s: string,
  n: NumberRead,
  u: UnitRead,
  um: UnitMatchers,
): { unit?: UnitDef; end: number } | { skipTo: number } {
  METRE_CONTEXT_AT.lastIndex = u.end;
  if (METRE_CONTEXT_AT.test(s)) return { unit: u.unit, end: u.end };
  const next = /^[ \t\u00a0]/.test(s[u.end] ?? '') ? readUnit(s, u.end, um) : null;
  if (next && !next.hyphen && n.digits) {
    n.value = Math.sign(n.value) * Number(`${n.digits.replace(/,/g, '')}e6`);
    n.end = u.end;
    n.scaled = true;
    n.exp = 6;
    return { unit: next.unit, end: next.end };
  }
  return { skipTo: u.end };
}

/** A year ("in 2019", "until at least 2014", the 2019 of "2015 to 2019") or a day of month ("Sept. 13"). */
function isDatePart(s: string, n: NumberRead, head: string, p: number, lastYearEnd: number): 'year' | 'day' | false {
  if (/^\d{4}$/.test(n.digits)) {
    const y = n.value;
    if (y < 1000 || y > 2100) return false;
    if (YEAR_STRONG_BEFORE.test(head)) return 'year';
    if (lastYearEnd >= 0 && lastYearEnd <= p && YEAR_CHAIN_GAP.test(s.slice(lastYearEnd, p))) return 'year';
    if (y < 1800) return false;
    if (YEAR_WEAK_BEFORE.test(head)) return 'year';
    const hedged = detectHedge(head); // "until at least 2014", but not "in more than 2000 cases"
    if (hedged.length && YEAR_HEDGED_BEFORE.test(head.slice(0, head.length - hedged.length))) return 'year';
    return false;
  }
  if (/^\d{1,2}$/.test(n.digits) && n.value >= 1 && n.value <= 31) {
    MONTH_AFTER_AT.lastIndex = n.end;
    if (MONTH_BEFORE.test(head) || MONTH_AFTER_AT.test(s)) return 'day';
  }
  return false;
}

interface Range {
  lo: number;
  hi: number;
  unit?: UnitDef;
  end: number;
  /** Length of a "between " to add to the mention's start. */
  between: number;
}

/** A range from the first number on: "10-12 km", "10 to 12 km", "between 10 and 12 km", "$1-2 billion". */
function readRange(
  s: string,
  first: NumberRead,
  b: Before,
  unit: UnitDef | undefined,
  end: number,
  um: UnitMatchers,
): Range | { years: number } | null {
  RANGE_CONN_AT.lastIndex = end;
  const conn = RANGE_CONN_AT.exec(s);
  if (!conn) return null;
  const word = conn[2]?.toLowerCase();
  const between = BETWEEN_BEFORE.exec(b.head);
  // "from 10 to 12" is a change, two numbers; "and" makes a range only after "between"
  if (word === 'to' ? FROM_BEFORE.test(b.head) : word === 'and' ? !between : false) return null;
  let q = RANGE_CONN_AT.lastIndex;
  if (b.currencyText && s.startsWith(b.currencyText, q)) q += b.currencyText.length; // "$10-$12"
  let negative = false;
  if ((s[q] === '-' || s[q] === '−') && isDigit(s.charCodeAt(q + 1))) {
    negative = true;
    q += 1;
  }
  if (word === undefined && !isDigit(s.charCodeAt(q))) return null; // a dash joins digits only
  const second = readNumberAt(s, q, true);
  if (!second || 'skipTo' in second) return null;
  if (negative) second.value = -second.value;
  readScale(s, second, b.currency !== undefined);
  let end2 = second.end;
  let unit2: UnitDef | undefined;
  const u2 = b.currency ? null : readUnit(s, end2, um);
  if (u2 && !(u2.hyphen && u2.unit.dimension === 'time')) {
    unit2 = u2.unit;
    end2 = u2.end;
  }
  let lo = first.value;
  if (second.exp !== undefined && !first.scaled && first.digits) {
    lo = b.sign * Number(`${first.digits.replace(/,/g, '')}e${second.exp}`); // the billion of "$1-2 billion"
  }
  if (
    between &&
    !unit &&
    !unit2 &&
    /^\d{4}$/.test(first.digits) &&
    /^\d{4}$/.test(second.digits) &&
    lo >= 1800 &&
    second.value <= 2100
  ) {
    return { years: second.end }; // "between 2014 and 2016"
  }
  const unitsFit = unit === undefined || unit2 === undefined || unit2 === unit;
  const unitWritten = unit === undefined || b.currency !== undefined || unit2 !== undefined; // not "10 km-12"
  if (!unitsFit || !unitWritten || !(lo < second.value)) return null;
  return { lo, hi: second.value, unit: unit ?? unit2, end: end2, between: between ? between[0].length : 0 };
}

/** A hedge after the number or unit ("20 or more", "20+", "20-odd"), if any. */
function readPostfixHedge(s: string, end: number): { hedge: Hedge; end: number } | null {
  POSTFIX_HEDGE_AT.lastIndex = end;
  const m = POSTFIX_HEDGE_AT.exec(s);
  if (!m) return null;
  const key = (m[1] ?? (/odd/i.test(m[0]) ? 'odd' : '')).toLowerCase();
  return { hedge: POSTFIX_HEDGE[key] ?? 'exact', end: POSTFIX_HEDGE_AT.lastIndex };
}

function scan(s: string, from: number, options: QuantityOptions, out: Mention[]): void {
  const um = matchersFor(options.units ?? DEFAULT_UNITS);
  const bands = options.bands ?? DEFAULT_HEDGE_BANDS;
  let floor = from; // nothing may start before this: `from` or the end of the previous mention
  let lastYearEnd = -1;
  const re = SCAN; // synchronous and never re-entered, so the shared lastIndex is safe
  re.lastIndex = from;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const p = m.index;
    if (VAGUE_WORDS.has(m[0].toLowerCase())) {
      const v = readVague(s, p, um);
      if (v) out.push(v);
      re.lastIndex = floor = v ? v.end : p + m[0].length;
      continue;
    }
    const first = readNumberAt(s, p);
    if (first === null) continue;
    if ('skipTo' in first) {
      re.lastIndex = first.skipTo;
      continue;
    }
    const isWords = first.digits === '';
    if (isWords && first.end - p === 3 && /^one$/i.test(s.slice(p, first.end))) {
      ONE_PRONOUN_AFTER.lastIndex = first.end;
      if (ONE_PRONOUN_AFTER.test(s) || ONE_PRONOUN_BEFORE.test(s.slice(Math.max(floor, p - 8), p))) {
        re.lastIndex = first.end; // "no one", "one another", "one-off"
        continue;
      }
    }

    const b = readBefore(s, p, floor, um, isWords);
    first.value *= b.sign;
    readScale(s, first, b.currency !== undefined);

    let unit = b.currency;
    let end = first.end;
    AGE_AT.lastIndex = first.end;
    const age = !unit && !first.scaled ? AGE_AT.exec(s) : null;
    if (age) {
      // "a 36-year-old": the number is an age in years (a count); in months or days, neither
      re.lastIndex = floor = AGE_AT.lastIndex;
      if (age[1]) out.push(ageMention(s, b.start, AGE_AT.lastIndex, first.value));
      continue;
    }
    if (!unit) {
      const after = readUnitAfter(s, first, um);
      if ('skipTo' in after) {
        re.lastIndex = after.skipTo;
        continue;
      }
      unit = after.unit;
      end = after.end;
    }

    // "fined 500 pounds": sterling in a money context, a weight elsewhere
    if (unit?.id === 'lb' && /pounds?$/i.test(s.slice(first.end, end)) && MONEY_CONTEXT_BEFORE.test(b.head))
      unit = um.units.get('GBP') ?? unit;

    if (!unit && !first.scaled && b.sign === 1) {
      const date = isDatePart(s, first, b.head, p, lastYearEnd);
      if (date) {
        if (date === 'year') lastYearEnd = first.end;
        re.lastIndex = first.end;
        continue;
      }
    }

    let lo = first.value;
    let hi = first.value;
    let start = b.start;
    let head = b.head;
    const range = readRange(s, first, b, unit, end, um);
    if (range && 'years' in range) {
      re.lastIndex = lastYearEnd = range.years;
      continue;
    }
    if (!range && !unit && /^\d{1,3}$/.test(first.digits) && !first.scaled) {
      PAIR_TAIL_AT.lastIndex = end;
      const pair = PAIR_TAIL_AT.exec(s);
      if (pair && Number(pair[1]) <= first.value) {
        re.lastIndex = floor = PAIR_TAIL_AT.lastIndex; // neither side is a count (scores.ts reads them as sides)
        continue;
      }
    }
    if (range) {
      ({ lo, hi, end } = range);
      unit = range.unit;
      start -= range.between;
      head = head.slice(0, head.length - range.between);
    }

    let hedge: Hedge = 'exact';
    const h = detectHedge(head, options.hedges);
    if (h.length > 0) {
      hedge = h.hedge;
      start -= h.length;
    }
    const post = readPostfixHedge(s, end);
    if (post) {
      if (hedge === 'exact') hedge = post.hedge;
      end = post.end;
    }

    const unitId = unit?.id ?? '';
    const mention: Mention = {
      type: unit ? 'quantity' : 'number',
      start,
      end,
      raw: s.slice(start, end),
      value: formatValue(lo, hi, hedge, unitId),
      constraint: {
        kind: 'interval',
        ...rangeInterval(lo, hi, hedge, bands, unit?.offset !== undefined),
        unit: unitId,
      },
      granularity: hedge,
      hedge,
      unit: unitId,
    };
    if (unit) mention.dimension = unit.dimension;
    if (!unit && hedge === 'exact' && lo === hi && AGE_BEFORE.test(head)) mention.counts = 'age';
    re.lastIndex = floor = end;
    if (isConversion(s, out[out.length - 1], mention)) continue; // "50 km (30 miles)": one value, written twice
    out.push(mention);
  }
}

/** An age written with its unit ("36-year-old"): a count that says what it counts. */
function ageMention(s: string, start: number, end: number, years: number): Mention {
  return {
    type: 'number',
    start,
    end,
    raw: s.slice(start, end),
    value: formatValue(years, years, 'exact', ''),
    constraint: { kind: 'interval', lo: years, hi: years, loOpen: false, hiOpen: false, unit: '' },
    granularity: 'exact',
    hedge: 'exact',
    unit: '',
    counts: 'age',
  };
}

/**
 * Converts a quantity's interval into another unit of the same dimension, for comparison in
 * a fact's canonical unit. Throws when the units differ in dimension or are unknown: a plain
 * number or an unknown unit is never silently compared with a quantity.
 */
export function convertInterval(c: IntervalConstraint, to: UnitDef, units: UnitRegistry): IntervalConstraint {
  if (c.unit === to.id) return { ...c };
  const from = units.get(c.unit);
  if (!from) throw new Error(`unknown unit '${c.unit}'`);
  let lo = convertValue(c.lo, from, to);
  let hi = convertValue(c.hi, from, to);
  let { loOpen, hiOpen } = c;
  if (lo > hi) {
    [lo, hi] = [hi, lo]; // only for a decreasing conversion, which no built-in unit has
    [loOpen, hiOpen] = [hiOpen, loOpen];
  }
  return { kind: 'interval', lo, hi, loOpen, hiOpen, unit: to.id };
}
