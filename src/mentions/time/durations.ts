/**
 * Durations: "a three-day visit", "over four years", "a decade", "nearly five months",
 * "the past two years", "several years". Hedges become intervals in seconds.
 */
import type { Hedge, IntervalConstraint, Mention } from '../../types';
import { NUMBER_SRC, parseSmallNumber, TIME_UNITS, unitKey } from './lexicon';
import type { Candidate, Scan } from './scan';

const HEDGES: [RegExp, Hedge][] = [
  [/^(?:more than|over|longer than|upwards of|in excess of|just over|well over|beyond)$/i, 'more-than'],
  [/^(?:at least|no less than|a minimum of|no fewer than)$/i, 'at-least'],
  [/^(?:nearly|almost|just under|close to|not quite)$/i, 'nearly'],
  [/^(?:about|around|some|roughly|approximately|approx\.|an estimated|circa|more or less)$/i, 'about'],
  [/^(?:up to|as many as|as much as|no more than|a maximum of|at most|not more than)$/i, 'at-most'],
  [/^(?:less than|under|fewer than|shorter than|within)$/i, 'less-than'],
];
const HEDGE_SRC =
  'more than|over|longer than|upwards of|in excess of|just over|well over|beyond|at least|no less than|a minimum of|no fewer than|' +
  'nearly|almost|just under|close to|not quite|about|around|some|roughly|approximately|approx\\.|an estimated|circa|more or less|' +
  'up to|as many as|as much as|no more than|a maximum of|at most|not more than|less than|under|fewer than|shorter than|within';

const UNIT_SRC = '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)';
const FILLER_SRC = '(?:straight|consecutive|full|whole|long|trading|business|working|calendar|more|additional|further|extra|successive|solid|short|record)';

const DURATION_RE = new RegExp(
  `\\b(?:(${HEDGE_SRC})\\s+)?(?:(the\\s+(?:past|last|next|previous|coming|first|final|following|initial|remaining)\\s+)|(?:another|a further)\\s+)?` +
    `(\\d{1,3}(?:,\\d{3})+|${NUMBER_SRC})[\\s-]+(?:${FILLER_SRC}[\\s-]+)?(${UNIT_SRC})(\\s+and\\s+a\\s+half)?\\b(?:-(?:long|old))?` +
    `(?!\\s+(?:ago|earlier|later)\\b)`,
  'gi',
);
/** "a decade", "the past decade": a decade needs no count. */
const DECADE_RE = /\b(?:(more than|over|nearly|almost|about|around|some|at least|less than|under|within|up to)\s+)?(?:(?:a|one|the\s+(?:past|last|next|previous|coming))\s+)(decade|century)\b(?!\s+ago\b)/gi;
/** Vague spans: "several years", "in recent years", "for decades", "minutes". */
const VAGUE_RE =
  /\b(?:(several|a few|few|many|some|a couple of|recent|the past few|the last few|the next few|the coming|for|over the|in)\s+)(years|decades|months|weeks|days|hours|minutes)\b(?!\s+(?:ago|of|later|earlier|before|after|old)\b)|\b(years|decades|months|weeks|days)-long\b/gi;

/** A count-word "a" after these is a rate ("twice a day", "$5 billion a year"), not a duration. */
const RATE_BEFORE_RE = /(?:\b(?:once|twice|thrice|times|per|every|each)|\d|%|\b(?:million|billion|trillion|thousand|hundred|dollars|euros|pounds))\s*$/i;

function hedgeOf(word: string | undefined): Hedge {
  if (!word) return 'exact';
  for (const [re, h] of HEDGES) if (re.test(word)) return h;
  return 'exact';
}

function interval(x: number, hedge: Hedge): IntervalConstraint {
  const c = (lo: number, hi: number, loOpen: boolean, hiOpen: boolean): IntervalConstraint => ({
    kind: 'interval', lo, hi, loOpen, hiOpen, unit: 's',
  });
  switch (hedge) {
    case 'more-than':
      return c(x, Infinity, true, true);
    case 'at-least':
      return c(x, Infinity, false, true);
    case 'nearly':
      return c(x * 0.9, x, false, true);
    case 'about':
      return c(x * 0.9, x * 1.1, false, false);
    case 'at-most':
      return c(0, x, false, false);
    case 'less-than':
      return c(0, x, false, true);
    default:
      return c(x, x, false, false);
  }
}

const fmt = (n: number) => String(Math.round(n * 1000) / 1000);

/** TIMEX3 duration value for n units ("P3D", "PT5H", "P10Y" for one decade). */
export function durationValue(n: number, unit: string): string {
  const u = TIME_UNITS[unit];
  return `P${u.timePart ? 'T' : ''}${fmt(n * u.factor)}${u.designator}`;
}

function durationMention(text: string, start: number, end: number, value: string, c: IntervalConstraint, hedge: Hedge): Mention {
  return { type: 'duration', start, end, raw: text.slice(start, end), value, constraint: c, hedge, unit: 's', dimension: 'time' };
}

export function durations(scan: Scan, out: Candidate[]): void {
  const { text } = scan;
  for (const m of scan.matches(DURATION_RE)) {
    const [all, hedgeWord, theLead, numText, unitWord, andHalf] = m;
    let start = m.index;
    const end = start + all.length;
    let n = parseSmallNumber(numText.replace(/,/g, ''));
    const unit = unitKey(unitWord);
    if (n === null || unit === null || n <= 0) continue;
    if (andHalf) n += 0.5;
    const numLower = numText.toLowerCase();
    const isArticle = numLower === 'a' || numLower === 'an';
    // "a second time", "a quarter of the shares", "one day he…": not spans of time.
    if (isArticle && (unit === 'second' || unit === 'quarter')) continue;
    if (isArticle && !hedgeWord && !theLead && RATE_BEFORE_RE.test(text.slice(Math.max(0, start - 24), start))) continue;
    if (numLower === 'one' && unit === 'day' && !hedgeWord && !/\b(?:for|in|within|after|than|of)\s+$/i.test(text.slice(Math.max(0, start - 10), start))) continue;
    // "over the past four years": "over" means "during" there, not a hedge.
    let hedge = hedgeOf(hedgeWord);
    if (hedgeWord && theLead) {
      hedge = 'exact';
      start = m.index + all.toLowerCase().indexOf(theLead.toLowerCase(), hedgeWord.length);
    }
    const seconds = n * TIME_UNITS[unit].seconds;
    scan.pushMention(out, durationMention(text, start, end, durationValue(n, unit), interval(seconds, hedge), hedge), 1);
  }
  const decadeRe = /ecade|entur/i.test(scan.slice) ? DECADE_RE : null;
  for (const m of decadeRe ? scan.matches(decadeRe) : []) {
    const unit = m[2].toLowerCase();
    const hedge = hedgeOf(m[1]);
    const seconds = TIME_UNITS[unit].seconds;
    scan.pushMention(out, durationMention(text, m.index, m.index + m[0].length, durationValue(1, unit), interval(seconds, hedge), hedge), 1);
  }
  for (const m of scan.matches(VAGUE_RE)) {
    const lead = (m[1] ?? '').toLowerCase();
    const unit = unitKey(m[2] ?? m[3]);
    if (unit === null) continue;
    // "in days"/"in minutes" is a deadline more often than a span; "for days" a span.
    if (lead === 'in' && !/^(?:years|decades)$/i.test(m[2])) continue;
    const u = TIME_UNITS[unit];
    const few = /few|couple|several/.test(lead);
    const lo = 2 * u.seconds;
    const c: IntervalConstraint = few
      ? { kind: 'interval', lo, hi: 10 * u.seconds, loOpen: false, hiOpen: false, unit: 's' }
      : { kind: 'interval', lo, hi: Infinity, loOpen: false, hiOpen: true, unit: 's' };
    const value = unit === 'decade' ? 'PXDE' : `P${u.timePart ? 'T' : ''}X${u.designator}`;
    const start = lead === 'for' || lead === 'in' || lead === 'over the' ? m.index + m[0].indexOf(m[2], lead.length) : m.index;
    scan.pushMention(out, durationMention(text, start, m.index + m[0].length, value, c, few ? 'about' : 'at-least'), 0);
  }
}
