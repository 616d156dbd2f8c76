/**
 * Periods told relative to a date the text named before, not to publication: "the same month
 * a year ago", "the same period last year", "the year before", "the entire year", "by that
 * time", "a third straight day". They run after the other finders and read the dates those
 * settled (sorted, non-overlapping).
 */
import { partitionPoint } from '../../util/search';
import { dayNumber, daysInMonth, fromDayNumber, isoWeekMonday } from '../../util/calendar';
import type { DaysConstraint, Mention } from '../../model';
import { type Season, SEASONS } from '../../lexicon';
import { ORDINAL_TEENS, ORDINAL_UNITS } from '../../lexicon/ordinals';
import { parseSmallNumber } from '../numbers';
import { sentenceAround } from './context';
import {
  type DateValue,
  dayValue,
  fiscalYearValue,
  monthValue,
  quarterValue,
  seasonValue,
  weekendValue,
  weekValue,
  yearValue,
} from './resolve';
import type { Candidate, Scan } from './scan';

/** How far before an expression its antecedent may stand when its own sentence has none. */
const NEAR_WINDOW = 300;
/** How far "that time" reaches back. */
const FAR_WINDOW = 600;

const SEASON_BY_CODE = new Map<string, Season>(Object.values(SEASONS).map((s) => [s.code, s]));

/** A date with known bounds, which an anaphor may take as its antecedent. */
export function isAntecedent(m: Mention): boolean {
  if (m.type !== 'date' || m.constraint.kind !== 'days') return false;
  const c = m.constraint;
  return c.from !== null && c.to !== null && m.granularity !== undefined && m.granularity !== 'weekday';
}

/**
 * The same period `n` years away (negative: earlier), at the antecedent's granularity:
 * 2009-02 → 2008-02, 2009-Q3 → 2008-Q3, 2009-W11 → 2008-W11, FY2007 → FY2006. Null for what
 * has no such shift (a decade).
 */
export function shiftYears(value: string, n: number): DateValue | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value))) {
    const [y, mo] = [+m[1] + n, +m[2]];
    return dayValue(dayNumber(y, mo, Math.min(+m[3], daysInMonth(y, mo))));
  }
  if ((m = /^(\d{4})-W(\d\d)(-WE)?$/.exec(value))) {
    const y = +m[1] + n;
    const monday = isoWeekMonday(y, Math.min(+m[2], 52));
    return m[3] ? weekendValue(monday) : weekValue(monday);
  }
  if ((m = /^(\d{4})-(\d\d)$/.exec(value))) return monthValue(+m[1] + n, +m[2]);
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return quarterValue(+m[1] + n, +m[2]);
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return seasonValue(+m[1] + n, SEASON_BY_CODE.get(m[2])!);
  if ((m = /^FY(\d{4})$/.exec(value))) return fiscalYearValue(+m[1] + n);
  if ((m = /^(\d{4})$/.exec(value))) return yearValue(+m[1] + n);
  return null;
}

/** The calendar year a dated mention lies in (its first day's), or null for a span of years. */
function yearOf(m: Mention): number | null {
  const c = m.constraint as DaysConstraint;
  if (m.granularity === 'decade' || m.granularity === 'fiscal-year' || c.from === null) return null;
  return fromDayNumber(c.from).year;
}

/** The calendar day, week, month, quarter or year that holds `day`. */
function unitHolding(unit: string, day: number): DateValue {
  const { year, month } = fromDayNumber(day);
  if (unit === 'day') return dayValue(day);
  if (unit === 'week') return weekValue(day);
  if (unit === 'month') return monthValue(year, month);
  if (unit === 'quarter') return quarterValue(year, Math.floor((month - 1) / 3) + 1);
  return yearValue(year);
}

class Antecedents {
  constructor(
    private readonly text: string,
    private readonly dated: Mention[],
  ) {}

  /** The last dated mention ending by `pos` that `ok` accepts, in the sentence or `window` characters before. */
  before(pos: number, window: number, ok: (m: Mention) => boolean = () => true, sentenceOnly = false): Mention | null {
    const [s] = sentenceAround(this.text, pos);
    const lo = sentenceOnly ? s : Math.min(s, pos - window);
    for (let i = partitionPoint(this.dated.length, (k) => this.dated[k].end <= pos) - 1; i >= 0; i--) {
      const m = this.dated[i];
      if (m.start < lo) break;
      if (ok(m)) return m;
    }
    return null;
  }

  /** The day mention of the sentence around [start, end) nearest to it, before or after. */
  dayInSentence(start: number, end: number): Mention | null {
    const [s, e] = sentenceAround(this.text, start, end);
    let best: Mention | null = null;
    let dist = Infinity;
    for (const m of this.dated) {
      if (m.end <= s || m.start >= e || m.granularity !== 'day') continue;
      if (m.start < end && m.end > start) continue;
      const d = m.start >= end ? m.start - end : start - m.end;
      if (d < dist) [best, dist] = [m, d];
    }
    return best;
  }
}

/** "the same month a year ago", "the same period last year", "the same quarter of 2008". */
const SAME_PERIOD_RE =
  /\bthe\s+same\s+(day|week|month|quarter|period|time)\s+(?:of\s+|in\s+)?(?:(a|one|two|three)\s+years?\s+(?:ago|earlier|before)|(?:the\s+)?(?:last|previous|prior)\s+year|the\s+year\s+before|((?:1\d|20)\d\d)\b)/gi;
/** "the year before", "the previous year": the year before the one told. */
const YEAR_BEFORE_RE = /\bthe\s+(?:(?:previous|prior|preceding)\s+year|year\s+(?:before|previous|earlier|prior))\b/gi;
/** "for the entire year", "that year", "the same year": the year told. */
const THAT_YEAR_RE =
  /\b(?:the\s+(?:entire|whole|full)|that|the\s+same)\s+year\b(?!\s+(?:ago|earlier|later|before|after)\b)/gi;
/** "by that time", "at that date": the time told. */
const THAT_TIME_RE = /\b(?:by|at|until|till|since|before|after|from|around)\s+(that\s+(?:time|date))\b/gi;
/** "a second consecutive day", "its fourth straight week", "(the) fourth week in a row". */
const ORDINAL_SRC = [...Object.keys(ORDINAL_UNITS), ...Object.keys(ORDINAL_TEENS)]
  .filter((w) => w !== 'first')
  .join('|');
const RUN_RE = new RegExp(
  `\\b(?:(?:a|the|its|their|his|her)\\s+)?(?:${ORDINAL_SRC}|\\d+(?:st|nd|rd|th))\\s+(?:(?:consecutive|straight|successive)\\s+(day|week|month|quarter|year)\\b|(day|week|month|quarter|year)(?=\\s+in\\s+a\\s+row\\b))`,
  'gi',
);

/** "their best week since November", "its worst day in a decade": the day or week told (else publication's). */
const SUPERLATIVES = [
  'best',
  'worst',
  'biggest',
  'largest',
  'strongest',
  'weakest',
  'busiest',
  'quietest',
  'sharpest',
  'steepest',
];
const SUPERLATIVE_RE = new RegExp(
  `(?<=\\b(?:its|their|the|his|her|our)\\s+)(?:${SUPERLATIVES.join('|')})\\s+(day|week)\\b(?=\\s+(?:since|in)\\b)`,
  'gi',
);

/**
 * The words each of these expressions holds, for the trigger pass of time.ts (after its shared
 * leading \b): the finder runs only in windows around them. None takes a unit word, which
 * the unit group must see ("previous" before "year", not "previous year").
 */
export const ANAPHORA_TRIGGER_SRC =
  '(?:same|(?:previous|prior|preceding|entire|whole|full)(?= year)|[Tt]hat(?= (?:time|date|year))|[Tt]he(?= year (?:before|previous|earlier|prior))|' +
  `consecutive|straight|successive|in a row|${SUPERLATIVES.join('|')})\\b`;

const GRANULARITY_OF: Record<string, string[] | undefined> = {
  day: ['day'],
  week: ['week'],
  month: ['month'],
  quarter: ['quarter'],
};

export function anaphoricPeriods(scan: Scan, out: Candidate[], dated: Mention[]): void {
  const { text, pub } = scan;
  const ante = new Antecedents(text, dated);
  if (scan.has('same')) {
    for (const m of scan.matches(SAME_PERIOD_RE)) {
      const grains = GRANULARITY_OF[m[1].toLowerCase()];
      const a = ante.before(m.index, NEAR_WINDOW, (d) =>
        grains ? grains.includes(d.granularity!) : d.granularity !== 'decade',
      );
      if (!a) continue;
      let v: DateValue | null;
      if (m[3]) {
        const y = yearOf(a);
        v = y === null ? null : shiftYears(a.value, +m[3] - y);
      } else v = shiftYears(a.value, -(m[2] ? parseSmallNumber(m[2])! : 1));
      if (v) scan.push(out, m.index, m.index + m[0].length, v, 3);
    }
  }
  // Each regex runs only where its own words are.
  const has = (...words: string[]) => words.some((w) => scan.has(w));
  if (has('revious year', 'rior year', 'receding year', 'year before', 'year previous', 'year earlier', 'year prior'))
    for (const m of scan.matches(YEAR_BEFORE_RE)) {
      const a = ante.before(m.index, 0, (d) => yearOf(d) !== null, true);
      const y = a ? yearOf(a) : null;
      if (y !== null) scan.push(out, m.index, m.index + m[0].length, yearValue(y - 1), 3);
    }
  if (has('that year', 'same year', 'entire year', 'whole year', 'full year', 'That year'))
    for (const m of scan.matches(THAT_YEAR_RE)) {
      const whole = /^the\s+(?:entire|whole|full)/i.test(m[0]);
      const a = ante.before(m.index, whole ? 0 : NEAR_WINDOW, (d) => yearOf(d) !== null, whole);
      const y = a ? yearOf(a) : whole && pub !== null ? fromDayNumber(pub).year : null;
      if (y !== null) scan.push(out, m.index, m.index + m[0].length, yearValue(y), 3);
    }
  if (has('that time', 'that date'))
    for (const m of scan.matches(THAT_TIME_RE)) {
      const s = m.index + m[0].length - m[1].length;
      const a = ante.before(s, FAR_WINDOW);
      if (!a) continue;
      const v: DateValue = {
        value: a.value,
        granularity: a.granularity as DateValue['granularity'],
        constraint: { ...(a.constraint as DaysConstraint) },
      };
      scan.push(out, s, s + m[1].length, v, 3);
    }
  // The day a run or a record is told of: a day the sentence names, else publication.
  const toldDay = (start: number, end: number): number | null => {
    const near = ante.dayInSentence(start, end);
    return near ? (near.constraint as DaysConstraint).from : pub;
  };
  if (has(' in a row', 'consecutive', 'straight', 'successive'))
    for (const m of scan.matches(RUN_RE)) {
      const end = m.index + m[0].length;
      const day = toldDay(m.index, end);
      if (day !== null) scan.push(out, m.index, end, unitHolding((m[1] ?? m[2]).toLowerCase(), day), 3);
    }
  if (has(...SUPERLATIVES.map((w) => `${w} `)))
    for (const m of scan.matches(SUPERLATIVE_RE)) {
      // The span is the unit alone, as TIMEX3 marks it: "best" says nothing of when.
      const end = m.index + m[0].length;
      const day = toldDay(m.index, end);
      if (day !== null) scan.push(out, end - m[1].length, end, unitHolding(m[1].toLowerCase(), day), 3);
    }
}
