/**
 * Seasons ("last summer", "in the fall of 2011", "spring 2009") and fiscal years ("fiscal
 * 2007", "FY09", "the financial year"). A season without a year resolves against publication
 * the way a month does; a fiscal year's days are wide, since its first month is the
 * company's own.
 */
import { fromDayNumber } from '../../util/calendar';
import { SEASON_SRC, SEASONS } from '../../lexicon';
import { markedTenseAt } from './context';
import { type DateValue, fiscalYearValue, resolveSeason, seasonValue, unanchored } from './resolve';
import type { Candidate, Scan } from './scan';

const SEASON_RE = new RegExp(`\\b${SEASON_SRC}\\b`, 'g');
/** "spring 2009", "the summer of 2008", "autumn, 2004". */
const YEAR_AFTER_RE = /^(?:,?[ \t]+|[ \t]+of[ \t]+)((?:1\d|20)\d\d)\b(?![\d%]|[.,]\d)/;
const LEAD_RE = /\b(this|last|next|coming|past)[ \t]+$/i;
/**
 * "fall" is far more often a drop or a tumble ("a fall in prices", "hurt in the fall"): it is
 * the season only with a year, after "this/last/next", or after "early", "late", "mid-".
 */
const FALL_INTRO_RE = /(?:\b(?:early|late)[ \t]+|\bmid-)$/i;
/** "a spring", "hot spring", "to spring up": the other springs (and an indefinite season). */
const NOT_SEASON_BEFORE_RE = /\b(?:a|an|to|will|would|could|can|may|might|did|does|do|not|hot|mineral|thermal)[ \t]+$/i;
const SPRING_VERB_AFTER_RE = /^[ \t]+(?:up|into|forward|back|out|from|open|to|a|an)\b/i;
const CAPITALIZED_BEFORE_RE = /[A-Z][\w'’-]*[ \t]+$/;
const SENTENCE_START_BEFORE_RE = /(?:^|[.!?:;"“(\n][ \t]*|[ \t]`+[ \t]*)$/;

export function seasons(scan: Scan, out: Candidate[]): void {
  const { text, pub } = scan;
  for (const m of scan.matches(SEASON_RE)) {
    const s = m.index;
    const word = m[0].toLowerCase();
    const e = s + m[0].length;
    const before = text.slice(Math.max(0, s - 30), s);
    const after = text.slice(e, e + 20);
    const year = YEAR_AFTER_RE.exec(after);
    const lead = LEAD_RE.exec(before);
    if (!year && !lead) {
      if (word === 'fall') {
        if (!FALL_INTRO_RE.test(before)) continue;
      } else {
        if (NOT_SEASON_BEFORE_RE.test(before)) continue;
        if (word === 'spring' && SPRING_VERB_AFTER_RE.test(after)) continue;
        // "Arab Spring", "Summer Olympics", "Mr Winter": a name.
        if (/^[ \t]+[A-Z]/.test(after)) continue;
        if (/^[A-Z]/.test(m[0]) && CAPITALIZED_BEFORE_RE.test(before) && !SENTENCE_START_BEFORE_RE.test(before))
          continue;
      }
    }
    const season = SEASONS[word];
    const start = lead ? s - lead[0].length : s;
    const end = year ? e + year[0].length : e;
    // "spring of next year", "summer this year": that year's (the year phrase keeps its own mention).
    const rel = year || lead ? null : /^(?:[ \t]+of)?[ \t]+(next|last|this)[ \t]+year\b/i.exec(after);
    let v: DateValue;
    if (year) v = seasonValue(+year[1], season, true);
    else if (pub === null) v = unanchored(`XXXX-${season.code}`, 'season');
    else if (rel) {
      const k = rel[1].toLowerCase() === 'next' ? 1 : rel[1].toLowerCase() === 'last' ? -1 : 0;
      v = seasonValue(fromDayNumber(pub).year + k, season);
    } else {
      const l = lead?.[1].toLowerCase();
      const mode =
        l === 'last' || l === 'past'
          ? 'last'
          : l === 'next' || l === 'coming'
            ? 'next'
            : l === 'this'
              ? null
              : markedTenseAt(text, start, end);
      v = seasonValue(resolveSeason(pub, season, mode), season);
    }
    scan.push(out, start, end, v, 1);
  }
}

/** "fiscal 2007", "fiscal year 2007", "FY2007", "FY 07", "the 2007 fiscal year". */
const FISCAL_NUMBERED_RE =
  /\b(?:FY|[Ff]iscal(?:[ \t]+[Yy]ear)?)[ \t]?['’]?(\d{4}|\d{2})\b(?![\d%]|[.,]\d)|\b(?:the[ \t]+)?((?:1\d|20)\d\d)[ \t]+(?:[Ff]iscal|[Ff]inancial)[ \t]+[Yy]ear\b/g;
/** "the financial year", "this fiscal year", "last fiscal year": relative to publication. */
const FISCAL_RELATIVE_RE =
  /\b(?:the[ \t]+)?(?:(current|this|last|next|previous|coming)[ \t]+)?(?:[Ff]iscal|[Ff]inancial)[ \t]+[Yy]ear\b(?![ \t]+(?:\d|ended|ending|to))/g;

export function fiscalYears(scan: Scan, out: Candidate[]): void {
  if (!scan.has('iscal') && !scan.has('inancial') && !scan.has('FY')) return;
  const { text, pub } = scan;
  const pubYear = pub === null ? null : fromDayNumber(pub).year;
  for (const m of scan.matches(FISCAL_NUMBERED_RE)) {
    const digits = m[1] ?? m[2];
    let y = +digits;
    if (digits.length === 2) y += y <= ((pubYear ?? 2000) % 100) + 10 ? 2000 : 1900;
    if (y < 1000 || y > 2100) continue;
    scan.push(out, m.index, m.index + m[0].length, fiscalYearValue(y), 2);
  }
  if (pubYear === null) return;
  for (const m of scan.matches(FISCAL_RELATIVE_RE)) {
    // "the same financial year" and "the following fiscal year" refer to another year of the text.
    if (/\b(?:same|following|that)[ \t]+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const rel = m[1]?.toLowerCase();
    const k = rel === 'last' || rel === 'previous' ? -1 : rel === 'next' || rel === 'coming' ? 1 : 0;
    scan.push(out, m.index, m.index + m[0].length, fiscalYearValue(pubYear + k), 1);
  }
}
