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
import { type Season, SEASON_BOUNDS } from '../../lexicon';
import type { Tense } from './context';

export type Granularity =
  'day' | 'week' | 'month' | 'quarter' | 'season' | 'year' | 'fiscal-year' | 'decade' | 'weekday';

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

/**
 * The season of `year` ("2009-SP"; a winter is named by the year of its December). Its days
 * are the union of the meteorological and the astronomical season (lexicon SEASON_BOUNDS).
 * `either`: the year was written ("winter 2009") and a winter may be either one that touches
 * it, so the days run from the December before to the March after.
 */
export function seasonValue(year: number, season: Season, either = false): DateValue {
  const [[m0, d0], [m1, d1]] = SEASON_BOUNDS[season.code];
  const winter = season.code === 'WI';
  const from = dayNumber(winter && either ? year - 1 : year, m0, d0);
  const to = dayNumber(winter ? year + 1 : year, m1, d1);
  return { value: `${pad4(year)}-${season.code}`, granularity: 'season', constraint: days(from, to) };
}

/**
 * A fiscal year ("FY2007"). Companies and governments start theirs in any month and name it
 * by the year it ends (most) or the year it starts (Japan): the days are every day such a
 * year may hold, from the start of the year before to the end of the year after.
 */
export function fiscalYearValue(year: number): DateValue {
  return {
    value: `FY${pad4(year)}`,
    granularity: 'fiscal-year',
    constraint: days(dayNumber(year - 1, 1, 1), dayNumber(year + 1, 12, 31)),
  };
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

/**
 * A season without a year, against publication (seasons taken as meteorological, whole
 * months): the season under way counts as past and future; past → the latest such season
 * begun by publication, future → the first not yet over, 'last'/'next' → strictly before or
 * after the one under way, unmarked → the one under way, else the nearest. Returns the year
 * that names it (seasonValue).
 */
export function resolveSeason(pub: DayNumber, season: Season, mode: Tense | 'last' | 'next' | null): number {
  const py = fromDayNumber(pub).year;
  const m0 = season.firstMonth;
  const spans: { year: number; from: DayNumber; to: DayNumber }[] = [];
  for (let y = py - 2; y <= py + 1; y++) {
    const end = addMonths(y, m0, 2);
    spans.push({
      year: y,
      from: dayNumber(y, m0, 1),
      to: dayNumber(end.year, end.month, daysInMonth(end.year, end.month)),
    });
  }
  const current = spans.find((s) => s.from <= pub && pub <= s.to);
  const latest = (ok: (s: (typeof spans)[number]) => boolean) => spans.filter(ok).pop()!.year;
  const first = (ok: (s: (typeof spans)[number]) => boolean) => spans.find(ok)!.year;
  switch (mode) {
    case 'past':
      return latest((s) => s.from <= pub);
    case 'future':
      return first((s) => s.to >= pub);
    case 'last':
      return latest((s) => s.to < pub);
    case 'next':
      return first((s) => s.from > pub);
    default: {
      if (current) return current.year;
      const before = spans.filter((s) => s.to < pub).pop()!;
      const after = spans.find((s) => s.from > pub)!;
      return pub - before.to <= after.from - pub ? before.year : after.year;
    }
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
