/** Calendar resolution against the publication date, and the Mention values it yields. */
import { ALL_WEEKDAYS, type DayNumber, type DaysConstraint, type Mention } from '../../model';
import {
  dayNumber,
  daysInMonth,
  fromDayNumber,
  isoDay,
  isoWeekMonday,
  isoWeekOf,
  weekdayOf,
} from '../../util/calendar';
import type { Tense } from './context';

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'weekday';

/** A date found in text, before it is turned into a Mention. */
export interface DateValue {
  value: string;
  /** Absent for TIMEX3's vague references (PAST_REF, PRESENT_REF, FUTURE_REF). */
  granularity?: Granularity;
  constraint: DaysConstraint;
}

export function days(from: DayNumber | null, to: DayNumber | null, weekdays = ALL_WEEKDAYS): DaysConstraint {
  return { kind: 'days', from, to, weekdays };
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const pad4 = (n: number) => String(n).padStart(4, '0');

export function dayValue(n: DayNumber): DateValue {
  return { value: isoDay(n), granularity: 'day', constraint: days(n, n) };
}

export function monthValue(year: number, month: number): DateValue {
  return {
    value: `${pad4(year)}-${pad2(month)}`,
    granularity: 'month',
    constraint: days(dayNumber(year, month, 1), dayNumber(year, month, daysInMonth(year, month))),
  };
}

export function quarterValue(year: number, q: number): DateValue {
  const m0 = (q - 1) * 3 + 1;
  return {
    value: `${pad4(year)}-Q${q}`,
    granularity: 'quarter',
    constraint: days(dayNumber(year, m0, 1), dayNumber(year, m0 + 2, daysInMonth(year, m0 + 2))),
  };
}

export function yearValue(year: number): DateValue {
  return { value: pad4(year), granularity: 'year', constraint: days(dayNumber(year, 1, 1), dayNumber(year, 12, 31)) };
}

/** A decade by its first year (1990 → "199X"). */
export function decadeValue(first: number): DateValue {
  return {
    value: `${String(Math.floor(first / 10)).padStart(3, '0')}X`,
    granularity: 'decade',
    constraint: days(dayNumber(first, 1, 1), dayNumber(first + 9, 12, 31)),
  };
}

export function weekValue(n: DayNumber): DateValue {
  const { year, week } = isoWeekOf(n);
  const monday = isoWeekMonday(year, week);
  return { value: `${pad4(year)}-W${pad2(week)}`, granularity: 'week', constraint: days(monday, monday + 6) };
}

/** The Saturday–Sunday of the ISO week holding n. */
export function weekendValue(n: DayNumber): DateValue {
  const { year, week } = isoWeekOf(n);
  const monday = isoWeekMonday(year, week);
  return { value: `${pad4(year)}-W${pad2(week)}-WE`, granularity: 'week', constraint: days(monday + 5, monday + 6) };
}

/** Any such weekday, no day known: TIMEX3 numbers weekdays Monday=1 … Sunday=7. */
export function unresolvedWeekday(wd: number): DateValue {
  return { value: `XXXX-WXX-${wd === 0 ? 7 : wd}`, granularity: 'weekday', constraint: days(null, null, 1 << wd) };
}

/** Unanchored: the value says what is known, the constraint allows any day. */
export function unanchored(value: string, granularity: Granularity): DateValue {
  return { value, granularity, constraint: days(null, null) };
}

/**
 * The weekday `wd` relative to publication day `pub`: 'past' → on or before it (a Sunday
 * written on a Sunday is that day), 'future' → strictly after, 'last' → strictly before.
 */
export function resolveWeekday(pub: DayNumber, wd: number, mode: Tense | 'last'): DayNumber {
  const back = (weekdayOf(pub) - wd + 7) % 7;
  if (mode === 'past') return pub - back;
  if (mode === 'last') return pub - (back || 7);
  return pub + ((wd - weekdayOf(pub) + 7) % 7 || 7);
}

/**
 * Month and day without a year: past → the latest such date on or before publication,
 * future → the first on or after it; tense unknown → the nearest (TempEval's convention).
 */
export function resolveMonthDay(pub: DayNumber, month: number, day: number, tense: Tense | null): DayNumber | null {
  const y = fromDayNumber(pub).year;
  const candidates: DayNumber[] = [];
  for (const yy of [y - 4, y - 3, y - 2, y - 1, y, y + 1, y + 2, y + 3, y + 4]) {
    if (day <= daysInMonth(yy, month)) candidates.push(dayNumber(yy, month, day));
  }
  if (tense === 'future') return candidates.find((d) => d >= pub) ?? null;
  let best: DayNumber | null = null;
  if (tense === 'past') {
    for (const d of candidates) if (d <= pub) best = d;
    return best;
  }
  for (const d of candidates) if (best === null || Math.abs(d - pub) < Math.abs(best - pub)) best = d;
  return best;
}

/**
 * A month without a year; the month of publication counts as both past and future.
 * Tense unknown: the nearest such month (ties to the past).
 */
export function resolveMonth(
  pub: DayNumber,
  month: number,
  mode: Tense | 'last' | 'next' | null,
): { year: number; month: number } {
  const { year, month: pm } = fromDayNumber(pub);
  switch (mode) {
    case 'past':
      return { year: month <= pm ? year : year - 1, month };
    case 'last':
      return { year: month < pm ? year : year - 1, month };
    case 'future':
      return { year: month >= pm ? year : year + 1, month };
    case 'next':
      return { year: month > pm ? year : year + 1, month };
    default:
      return { year: month - pm >= 6 ? year - 1 : month - pm < -6 ? year + 1 : year, month };
  }
}

/** A quarter without a year, the same way. */
export function resolveQuarter(pub: DayNumber, q: number, tense: Tense | null): { year: number; q: number } {
  const { year, month } = fromDayNumber(pub);
  const pq = Math.floor((month - 1) / 3) + 1;
  if (tense === 'future') return { year: q >= pq ? year : year + 1, q };
  if (tense === 'past') return { year: q <= pq ? year : year - 1, q };
  return { year: q - pq >= 2 ? year - 1 : q - pq < -2 ? year + 1 : year, q };
}

export function addMonths(year: number, month: number, k: number): { year: number; month: number } {
  const idx = year * 12 + (month - 1) + k;
  return { year: Math.floor(idx / 12), month: (idx % 12) + 1 };
}

/** Builds the Mention for a date found at text[start, end). */
export function dateMention(text: string, start: number, end: number, d: DateValue): Mention {
  const m: Mention = {
    type: 'date',
    start,
    end,
    raw: text.slice(start, end),
    value: d.value,
    constraint: d.constraint,
  };
  if (d.granularity) m.granularity = d.granularity;
  return m;
}
