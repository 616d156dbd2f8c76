/**
 * Durations: "a three-day visit", "over four years", "a decade", "nearly five months",
 * "the past two years", "several years". Hedges become intervals in seconds.
 */
import type { Hedge, IntervalConstraint, Mention } from '../../model';
import {
  HEDGE_PHRASES,
  hedgeInterval,
  NUMBER_WORDS_SCALE,
  PERIOD_AMOUNT_NOUNS,
  PERIODIC_ADJECTIVES,
  SPAN_ADJECTIVES,
  SMALL_NUMBERS,
  TIME_HEDGE_PHRASES,
  TIME_UNIT_SRC,
  TIME_UNITS,
  UNIT_COUNT_SRC,
  unitKey,
  type HedgeBands,
} from '../../lexicon';
import { escapeRegExp } from '../../util/text';
import { parseSmallNumber } from '../numbers';
import { tenseAfter } from './context';
import { type DateValue, days } from './resolve';
import type { Candidate, Scan } from './scan';

/**
 * Hedge phrase (lower case) → hedge: the numbers' hedges in words, and those only a span takes.
 * Not "just", "exactly": they change no interval, and "just one day after" is an offset, not a span.
 */
const HEDGE_BY_PHRASE = new Map<string, Hedge>();
for (const table of [HEDGE_PHRASES, TIME_HEDGE_PHRASES])
  for (const [hedge, phrases] of Object.entries(table) as [Hedge, string[]][])
    for (const p of phrases) if (hedge !== 'exact' && /[a-z]/.test(p)) HEDGE_BY_PHRASE.set(p, hedge);
const HEDGE_SRC = [...HEDGE_BY_PHRASE.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

const UNIT_SRC = TIME_UNIT_SRC;
const FILLER_SRC =
  '(?:straight|consecutive|full|whole|long|trading|business|working|calendar|more|additional|further|extra|successive|solid|short|record)';

/** A time unit: the anchor every duration is found from. */
const UNIT_RE = new RegExp(`\\b${UNIT_SRC}\\b`, 'gi');
/** What may stand before the unit: "[hedge] [the past] <number> [straight]". */
const COUNT_BEFORE_RE = new RegExp(
  `(?:\\b(${HEDGE_SRC})\\s+)?(?:(the\\s+(?:past|last|next|previous|coming|first|final|following|initial|remaining)\\s+)|(?:another|a further)\\s+)?` +
    `\\b(\\d+\\s+\\d\\/\\d{1,2}|\\d{1,3}(?:,\\d{3})+|${UNIT_COUNT_SRC})[\\s-]+(?:${FILLER_SRC}[\\s-]+)?$`,
  'i',
);
/** "the past decade", "over the last century": a decade or century needs no count. */
const THE_DECADE_BEFORE_RE = new RegExp(
  `(?:\\b(${HEDGE_SRC})\\s+)?\\bthe\\s+(?:past|last|next|previous|coming)\\s+$`,
  'i',
);
const THE_UNIT_BEFORE_RE = /\bthe\s+(?:past|next|coming)\s+$/i;
/** Vague spans: "several years", "in recent years", "for decades", "in minutes". */
const VAGUE_BEFORE_RE =
  /\b(several|a few|few|many|some|a couple of|recent|the past few|the last few|the next few|the coming|(?:for|in)(?:\s+(?:just|only))?|over the)\s+$/i;
/** Vague leads that stay outside the span ("in just minutes" → "minutes", as TIMEX3 marks it). */
const OUTSIDE_LEAD_RE = /^(?:for|in|over the)\b/;
const AFTER_UNIT_RE = /^(\s+and\s+a\s+half)?(?:-(?:long|old)\b)?/i;
const AGE_AFTER_RE = /^\s+old\b/i;
const CLOCK_LEAD_RE = /\b(?:at|by|until|till|from|before|after|since|around|about)\s+$/i;
/** A date, not a span: "three years ago", "two days later". */
const DATE_AFTER_RE = /^\s+(?:ago|earlier|later)\b/i;
const VAGUE_STOP_RE = /^\s+(?:ago|of|later|earlier|before|after|old)\b/i;

/** A count-word "a" after these is a rate ("twice a day", "$5 billion a year"), not a duration. */
const RATE_BEFORE_RE = new RegExp(
  `(?:\\b(?:once|twice|thrice|times|per|every|each|${[
    ...Object.keys(SMALL_NUMBERS).filter((w) => SMALL_NUMBERS[w] >= 1 && SMALL_NUMBERS[w] <= 10),
    ...NUMBER_WORDS_SCALE,
  ].join('|')}|dollars|euros|pounds)|\\d[\\d,.]*(?:\\s+[a-z]+){0,2}|%)\\s*$`,
  'i',
);

/**
 * A relative clause after "a day", "a year": the unit is an occasion ("a day when…", "a year
 * that…"), unless a span lead stands before it ("fixed in a week when such fixes take months").
 */
const OCCASION_AFTER_RE =
  /^\s+(?:when|that|which|where|anybody|anyone|everybody|everyone|nobody|no one|we|I|you|he|she|they)\b/;

/** Words right before "a <unit>" that make it a span even after a number ("in 2019 for a year"). */
const SPAN_LEAD_RE = /\b(?:for|in|over|within|after|than|of|into|during|by|takes?|took|lasted|lasts?|spent|spend)\s+$/i;

function hedgeOf(word: string | undefined): Hedge {
  return (word && HEDGE_BY_PHRASE.get(word.toLowerCase())) || 'exact';
}

/** x seconds under a hedge, with the same bands as every other number (a fact's `hedges`). */
function interval(x: number, hedge: Hedge, bands: HedgeBands): IntervalConstraint {
  return { kind: 'interval', ...hedgeInterval(x, hedge, bands), unit: 's' };
}

const fmt = (n: number) => String(Math.round(n * 1000) / 1000);

/** TIMEX3 duration value for n units ("P3D", "PT5H", "P10Y" for one decade). */
export function durationValue(n: number, unit: string): string {
  const u = TIME_UNITS[unit];
  return `P${u.timePart ? 'T' : ''}${fmt(n * u.factor)}${u.designator}`;
}

function durationMention(
  text: string,
  start: number,
  end: number,
  value: string,
  c: IntervalConstraint,
  hedge: Hedge,
): Mention {
  return {
    type: 'duration',
    start,
    end,
    raw: text.slice(start, end),
    value,
    constraint: c,
    hedge,
    unit: 's',
    dimension: 'time',
  };
}

/**
 * Finds each time unit, then reads what stands before it (count, hedge) and after it
 * ("and a half", "-long"): anchoring on the unit keeps the long hedge and number
 * alternations off all the text that holds no unit.
 */
export function durations(scan: Scan, out: Candidate[]): void {
  const { text } = scan;
  for (const u of scan.matches(UNIT_RE)) {
    const unitWord = u[0];
    const unit = unitKey(unitWord);
    if (unit === null) continue;
    const uEnd = u.index + unitWord.length;
    const after = AFTER_UNIT_RE.exec(text.slice(uEnd, uEnd + 20))!;
    const end = uEnd + after[0].length;
    // "a 36-year-old", "38 years old": an age, a count of the number layer, not a span of time
    if (/-old$/i.test(after[0]) || AGE_AFTER_RE.test(text.slice(uEnd, uEnd + 8))) continue;
    if (DATE_AFTER_RE.test(text.slice(end, end + 10))) continue;
    const preStart = Math.max(0, u.index - 70);
    const pre = text.slice(preStart, u.index);
    const m = COUNT_BEFORE_RE.exec(pre);
    if (
      m &&
      !m[1] &&
      !m[2] &&
      /^an?$/i.test(m[3]) &&
      OCCASION_AFTER_RE.test(text.slice(end, end + 12)) &&
      !SPAN_LEAD_RE.test(text.slice(Math.max(0, preStart + m.index - 24), preStart + m.index))
    ) {
      const o = occasion(scan, preStart + m.index, end);
      if (o) scan.push(out, o.start, o.end, o.value, 1);
      continue;
    }
    if (m) {
      const d = counted(text, preStart + m.index, end, m, unit, !!after[1], scan.bands);
      if (d) {
        const low = d.hedge === 'exact' && !m[2] ? lowerBound(text, d, unit) : null;
        if (low) scan.pushMention(out, low, 1);
        scan.pushMention(out, d, 1);
      }
      continue;
    }
    const plural = /s$/i.test(unitWord);
    if (!plural && (unit === 'decade' || unit === 'century')) {
      const t = THE_DECADE_BEFORE_RE.exec(pre);
      if (t) {
        const hedge = hedgeOf(t[1]);
        const seconds = TIME_UNITS[unit].seconds;
        scan.pushMention(
          out,
          durationMention(
            text,
            preStart + t.index,
            end,
            durationValue(1, unit),
            interval(seconds, hedge, scan.bands),
            hedge,
          ),
          1,
        );
      }
      continue;
    }
    // "over the past year", "in the next month": one unit back or ahead of the writing.
    // ("the last year" stays a date, "the previous week" too: they name a calendar period.)
    if (!plural) {
      const t = THE_UNIT_BEFORE_RE.exec(pre);
      if (t && unit !== 'second' && unit !== 'quarter') {
        const seconds = TIME_UNITS[unit].seconds;
        scan.pushMention(
          out,
          durationMention(
            text,
            preStart + t.index,
            end,
            durationValue(1, unit),
            interval(seconds, 'exact', scan.bands),
            'exact',
          ),
          0,
        );
      }
      continue;
    }
    const v = VAGUE_BEFORE_RE.exec(pre);
    const long = /-long$/i.test(after[0]);
    if ((v || long) && !VAGUE_STOP_RE.test(text.slice(uEnd, uEnd + 10))) {
      const lead = v ? v[1].toLowerCase() : '';
      const start = !v || OUTSIDE_LEAD_RE.test(lead) ? u.index : preStart + v.index;
      scan.pushMention(out, vague(text, start, end, unit, /few|couple|several/.test(lead)), 0);
    }
  }
}

/**
 * "there came a day when…", "a year that changed everything": one occasion, which the tense
 * of the clause after it places before or after the writing (PAST_REF, FUTURE_REF); with
 * no tense there ("not a day anybody can forget"), nothing.
 */
function occasion(scan: Scan, start: number, end: number): { start: number; end: number; value: DateValue } | null {
  if (scan.pub === null) return null;
  const t = tenseAfter(scan.text, end);
  if (t === null) return null;
  const value: DateValue =
    t === 'future'
      ? { value: 'FUTURE_REF', constraint: days(scan.pub, null) }
      : { value: 'PAST_REF', constraint: days(null, scan.pub) };
  return { start, end, value };
}

/** The first number of a range before a counted duration: "between 60 and 90 days", "two to three years". */
const RANGE_LOW_BEFORE_RE = new RegExp(
  `(?:\\b(between|from)\\s+)?\\b(\\d+(?:\\.\\d+)?|${UNIT_COUNT_SRC})(?:\\s*[-–]\\s*|\\s+(to|and|or)\\s+)$`,
  'i',
);

/**
 * A range of durations is two TIMEX3s, one for each bound ("60", "90 days"); both mentions
 * hold the whole range, so neither contradicts a figure inside it. "and" makes a range only
 * after "between"; "from two to three years" is a change, two figures. Updates `upper` in place.
 */
function lowerBound(text: string, upper: Mention, unit: string): Mention | null {
  const preStart = Math.max(0, upper.start - 40);
  const r = RANGE_LOW_BEFORE_RE.exec(text.slice(preStart, upper.start));
  if (!r) return null;
  const [, lead, numText, word] = r;
  const l = lead?.toLowerCase();
  const w = word?.toLowerCase();
  if (w === 'and' ? l !== 'between' : l === 'from') return null;
  const lo = parseSmallNumber(numText);
  const up = upper.constraint as IntervalConstraint;
  const u = TIME_UNITS[unit].seconds;
  if (lo === null || lo <= 0 || /^an?$/i.test(numText) || lo * u >= up.lo) return null;
  const c: IntervalConstraint = { kind: 'interval', lo: lo * u, hi: up.hi, loOpen: false, hiOpen: false, unit: 's' };
  upper.constraint = c;
  const start = preStart + r.index + (lead ? r[0].indexOf(numText, lead.length) : 0);
  return durationMention(text, start, start + numText.length, durationValue(lo, unit), { ...c }, 'exact');
}

function counted(
  text: string,
  mStart: number,
  end: number,
  m: RegExpExecArray,
  unit: string,
  andHalf: boolean,
  bands: HedgeBands,
): Mention | null {
  const [all, hedgeWord, theLead, numText] = m;
  const fraction = /^(\d+)\s+(\d)\/(\d{1,2})$/.exec(numText); // "5 1/2 hours"
  let n = fraction
    ? Number(fraction[1]) + Number(fraction[2]) / Number(fraction[3])
    : parseSmallNumber(numText.replace(/,/g, ''));
  // "at 0900 hours": a 24-hour clock time, not nine hundred hours
  if (
    unit === 'hour' &&
    /^\d{4}$/.test(numText) &&
    (numText[0] === '0' || CLOCK_LEAD_RE.test(text.slice(Math.max(0, mStart - 8), mStart)))
  )
    return null;
  if (n === null || n <= 0) return null;
  if (andHalf) n += 0.5;
  const numLower = numText.toLowerCase();
  const isArticle = numLower === 'a' || numLower === 'an';
  const before = text.slice(Math.max(0, mStart - 24), mStart);
  // "a second time", "a quarter of the shares", "one day he…": not spans of time.
  if (isArticle && (unit === 'second' || unit === 'quarter')) return null;
  if (isArticle && !hedgeWord && !theLead && RATE_BEFORE_RE.test(before) && !SPAN_LEAD_RE.test(before)) return null;
  if (numLower === 'one' && unit === 'day' && !hedgeWord && !/\b(?:for|in|within|after|than|of)\s+$/i.test(before))
    return null;
  // "over the past four years": "over" means "during" there, not a hedge.
  let start = mStart;
  let hedge = hedgeOf(hedgeWord);
  if (hedgeWord && theLead) {
    hedge = 'exact';
    start = mStart + all.toLowerCase().indexOf(theLead.toLowerCase(), hedgeWord.length);
  }
  const seconds = n * TIME_UNITS[unit].seconds;
  return durationMention(text, start, end, durationValue(n, unit), interval(seconds, hedge, bands), hedge);
}

/** Plural units without a count: at least two units; "a few", "several": two to ten. */
function vague(text: string, start: number, end: number, unit: string, few: boolean): Mention {
  const u = TIME_UNITS[unit];
  const lo = 2 * u.seconds;
  const c: IntervalConstraint = few
    ? { kind: 'interval', lo, hi: 10 * u.seconds, loOpen: false, hiOpen: false, unit: 's' }
    : { kind: 'interval', lo, hi: Infinity, loOpen: false, hiOpen: true, unit: 's' };
  const value = unit === 'decade' ? 'PXDE' : `P${u.timePart ? 'T' : ''}X${u.designator}`;
  return durationMention(text, start, end, value, c, few ? 'about' : 'at-least');
}

/** "an intraday low": within one day, like "single-day". */
const SPAN_ADJECTIVE_RE = new RegExp(`\\b(?:${Object.keys(SPAN_ADJECTIVES).join('|')})\\b`, 'gi');
const PERIODIC_RE = new RegExp(`\\b(?:${Object.keys(PERIODIC_ADJECTIVES).join('|')})\\b`, 'gi');
/** What may stand between the adjective and the amount: "annual net profit", "quarterly operating loss". */
const AMOUNT_AFTER_RE =
  /^[ \t]+(?:(?:net|gross|operating|pre-tax|pretax|after-tax|average|total|record|core|underlying)[ \t]+)?([a-z]+)\b/;

/**
 * "an annual profit", "its first annual loss", "quarterly revenue": the amount of one unit of
 * time, a span of one unit (TIMEX3 DURATION P1Y). Before anything else ("annual meeting",
 * "daily flights") the adjective is a recurrence, TIMEX3's SET, and is not read.
 */
export function periodics(scan: Scan, out: Candidate[]): void {
  const { text } = scan;
  for (const m of scan.matches(SPAN_ADJECTIVE_RE)) {
    const unit = SPAN_ADJECTIVES[m[0].toLowerCase()];
    const seconds = TIME_UNITS[unit].seconds;
    const end = m.index + m[0].length;
    const d = durationMention(
      text,
      m.index,
      end,
      durationValue(1, unit),
      interval(seconds, 'exact', scan.bands),
      'exact',
    );
    scan.pushMention(out, d, 1);
  }
  for (const m of scan.matches(PERIODIC_RE)) {
    const end = m.index + m[0].length;
    const noun = AMOUNT_AFTER_RE.exec(text.slice(end, end + 30));
    if (!noun || !PERIOD_AMOUNT_NOUNS.has(noun[1])) continue;
    const unit = PERIODIC_ADJECTIVES[m[0].toLowerCase()];
    const seconds = TIME_UNITS[unit].seconds;
    scan.pushMention(
      out,
      durationMention(text, m.index, end, durationValue(1, unit), interval(seconds, 'exact', scan.bands), 'exact'),
      1,
    );
  }
}
