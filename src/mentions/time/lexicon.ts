/** Words of time expressions: months, weekdays, units and small number words. */
import { parseNumber } from '../numbers';

/** Month names and abbreviations (lower case, no dot) → 1..12. */
export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Capitalized month names or abbreviations; lower-case "may", "march" are verbs far more often. */
export const MONTH_SRC =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** Weekday names → 0 (Sunday) … 6 (Saturday). Abbreviations are left out: "Sun", "Sat", "Wed" are too ambiguous. */
export const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
export const WEEKDAY_SRC = '(?:[Ss]unday|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday)';

/** Words before a time unit that the general number reader does not take as numbers. */
const UNIT_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  single: 1,
  half: 0.5,
  'half a': 0.5,
  'half an': 0.5,
  'a half': 0.5,
  couple: 2,
  'couple of': 2,
  'a couple of': 2,
};

/** Regex source for a number written in words or digits, as durations use it. */
export const NUMBER_SRC =
  '(?:\\d+(?:\\.\\d+)?|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?' +
  '|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen' +
  '|a|an|single|a couple of|a dozen|a half|half an?|(?:one )?hundred)(?: and a half)?)';

/**
 * Parses the numbers that precede a time unit ("27", "2.5", "twenty-one", "two and a half",
 * "a", "half a", "a dozen", "a couple of"): the words only a duration reads that way, then
 * the general number reader.
 */
export function parseSmallNumber(raw: string): number | null {
  let s = raw.toLowerCase().trim();
  let extra = 0;
  if (s.endsWith(' and a half')) {
    extra = 0.5;
    s = s.slice(0, -' and a half'.length);
  }
  const n = s in UNIT_WORDS ? UNIT_WORDS[s] : parseNumber(s);
  return n === null ? null : n + extra;
}

/** Time units: TIMEX3 designator, whether it sits after the T, and its length in seconds. */
export interface TimeUnit {
  designator: string;
  timePart: boolean;
  seconds: number;
  factor: number; // multiplier applied to the count before the designator (decade → 10 years)
}
export const DAY_S = 86_400;
export const MONTH_S = 30.436875 * DAY_S;
export const YEAR_S = 365.2425 * DAY_S;

export const TIME_UNITS: Record<string, TimeUnit> = {
  second: { designator: 'S', timePart: true, seconds: 1, factor: 1 },
  minute: { designator: 'M', timePart: true, seconds: 60, factor: 1 },
  hour: { designator: 'H', timePart: true, seconds: 3600, factor: 1 },
  day: { designator: 'D', timePart: false, seconds: DAY_S, factor: 1 },
  night: { designator: 'D', timePart: false, seconds: DAY_S, factor: 1 },
  week: { designator: 'W', timePart: false, seconds: 7 * DAY_S, factor: 1 },
  fortnight: { designator: 'W', timePart: false, seconds: 14 * DAY_S, factor: 2 },
  month: { designator: 'M', timePart: false, seconds: MONTH_S, factor: 1 },
  quarter: { designator: 'Q', timePart: false, seconds: 3 * MONTH_S, factor: 1 },
  year: { designator: 'Y', timePart: false, seconds: YEAR_S, factor: 1 },
  decade: { designator: 'Y', timePart: false, seconds: 10 * YEAR_S, factor: 10 },
  century: { designator: 'Y', timePart: false, seconds: 100 * YEAR_S, factor: 100 },
};

/** Unit word (singular or plural) → canonical unit key. */
export function unitKey(word: string): string | null {
  const w = word.toLowerCase();
  if (w === 'centuries') return 'century';
  const base = w.endsWith('s') ? w.slice(0, -1) : w;
  return base in TIME_UNITS ? base : null;
}
