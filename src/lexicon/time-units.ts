/** Time units ("day", "fortnight", "decades") and the count words that stand before them. */
import { SMALL_NUMBERS, TENS, UNIT_NUMBER_WORDS } from './numbers';

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

const pluralOf = (unit: string): string => (unit === 'century' ? 'centuries' : `${unit}s`);

/** Every time-unit word, singular and plural (lower case). */
export const TIME_UNIT_WORDS = Object.keys(TIME_UNITS).flatMap((u) => [u, pluralOf(u)]);

/** Regex source for a time-unit word: "(?:seconds?|minutes?|…|century|centuries)". */
export const TIME_UNIT_SRC = `(?:${Object.keys(TIME_UNITS)
  .map((u) => (pluralOf(u) === `${u}s` ? `${u}s?` : `${u}|${pluralOf(u)}`))
  .join('|')})`;

/** The letters singular and plural share ("centur" for century, centuries). */
export const TIME_UNIT_STEMS = Object.keys(TIME_UNITS).map((u) => {
  const p = pluralOf(u);
  let i = 0;
  while (i < u.length && u[i] === p[i]) i++;
  return u.slice(0, i);
});

/** Unit word (singular or plural, any case) → canonical unit key. */
export function unitKey(word: string): string | null {
  const w = word.toLowerCase();
  if (w === 'centuries') return 'century';
  const base = w.endsWith('s') ? w.slice(0, -1) : w;
  return base in TIME_UNITS ? base : null;
}

/** Words before a time unit that the general number reader does not take as numbers. */
export const UNIT_COUNT_WORDS: Record<string, number> = {
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

/** Regex source for the count before a time unit, in digits or words ("27", "twenty-one", "a couple of"). */
export const UNIT_COUNT_SRC =
  `(?:\\d+(?:\\.\\d+)?|(?:(?:${Object.keys(TENS).join('|')})(?:[- ](?:${UNIT_NUMBER_WORDS.join('|')}))?` +
  `|${Object.keys(SMALL_NUMBERS).join('|')}` +
  '|a|an|single|a couple of|a dozen|a half|half an?|(?:one )?hundred)(?: and a half)?)';

/** Adjectives of one time unit: "annual" is of a year, "quarterly" of a quarter. */
export const PERIODIC_ADJECTIVES: Readonly<Record<string, string>> = {
  annual: 'year',
  yearly: 'year',
  quarterly: 'quarter',
  monthly: 'month',
  weekly: 'week',
  daily: 'day',
};

/** Adjectives that name a span of one unit by themselves ("an intraday low": within one day). */
export const SPAN_ADJECTIVES: Readonly<Record<string, string>> = {
  intraday: 'day',
  'intra-day': 'day',
};

/**
 * Amounts that add up over a span of time: after a periodic adjective they make it a span
 * ("an annual profit" is the profit of one year, TIMEX3 DURATION P1Y), where "an annual
 * meeting" is a recurrence (TIMEX3 SET, which is not read).
 */
export const PERIOD_AMOUNT_NOUNS: ReadonlySet<string> = new Set([
  'profit',
  'profits',
  'loss',
  'losses',
  'revenue',
  'revenues',
  'sales',
  'earnings',
  'income',
  'turnover',
  'output',
  'production',
  'growth',
  'deficit',
  'deficits',
  'surplus',
  'budget',
  'budgets',
  'spending',
  'expenditure',
  'gain',
  'gains',
  'decline',
  'declines',
  'drop',
  'rise',
  'increase',
  'decrease',
  'inflation',
  'rainfall',
  'salary',
  'salaries',
  'pay',
  'wage',
  'wages',
  'rent',
  'dividend',
  'dividends',
  'return',
  'returns',
]);
