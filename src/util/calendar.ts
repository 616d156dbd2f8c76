/** Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian, UTC). */
import type { DayNumber } from '../model';

const MS_PER_DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Parses YYYY-MM-DD; returns null for anything else or an impossible date. */
export function parseIsoDay(iso: string): DayNumber | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const n = dayNumber(y, mo, d);
  const back = fromDayNumber(n);
  return back.year === y && back.month === mo && back.day === d ? n : null;
}

export function fromDayNumber(n: DayNumber): { year: number; month: number; day: number } {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function isoDay(n: DayNumber): string {
  const { year, month, day } = fromDayNumber(n);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(n: DayNumber): number {
  return (((n + 4) % 7) + 7) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO 8601 week of a day: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeekOf(n: DayNumber): { year: number; week: number } {
  const thursday = n - ((weekdayOf(n) + 6) % 7) + 3; // the Thursday of n's week
  const year = fromDayNumber(thursday).year;
  return { year, week: Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1 };
}

/** The Monday of an ISO week. */
export function isoWeekMonday(year: number, week: number): DayNumber {
  const jan4 = dayNumber(year, 1, 4);
  return jan4 - ((weekdayOf(jan4) + 6) % 7) + (week - 1) * 7;
}
