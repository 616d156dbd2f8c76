import { eitherCaseInitial } from '../util/text';

/** Weekday names, Sunday first (0 = Sunday … 6 = Saturday, as util/calendar.ts counts). */

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Weekday names (lower case) → 0..6. Abbreviations are left out: "Sun", "Sat", "Wed" are too ambiguous. */
export const WEEKDAY_NUMBERS: Record<string, number> = Object.fromEntries(
  WEEKDAY_NAMES.map((name, i) => [name.toLowerCase(), i]),
);

/** Regex source (no group) for a weekday name, capitalized or not: "[Ss]unday|[Mm]onday|…". */
export const WEEKDAY_SRC = `(?:${WEEKDAY_NAMES.map(eitherCaseInitial).join('|')})`;
