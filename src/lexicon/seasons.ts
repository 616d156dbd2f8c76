/** Seasons and fiscal years: the calendar periods of news text that are neither months nor quarters. */

/** A season: its TIMEX3 code and its first month (meteorological: spring is March to May). */
export interface Season {
  code: 'SP' | 'SU' | 'FA' | 'WI';
  firstMonth: number;
}

/** Season names (lower case) → season. "fall" is American for autumn. */
export const SEASONS: Readonly<Record<string, Season>> = {
  spring: { code: 'SP', firstMonth: 3 },
  summer: { code: 'SU', firstMonth: 6 },
  autumn: { code: 'FA', firstMonth: 9 },
  fall: { code: 'FA', firstMonth: 9 },
  winter: { code: 'WI', firstMonth: 12 },
};

/**
 * Where a season's days may lie, as [month, day] of its first and last day: the union of the
 * meteorological season (1 March – 31 May) and the astronomical one (about 20 March – 20
 * June), so that either reading of "in the spring" holds. Winter ends in the next year.
 * Northern hemisphere: a southern "winter" is June to August.
 */
export const SEASON_BOUNDS: Readonly<Record<Season['code'], [[number, number], [number, number]]>> = {
  SP: [
    [3, 1],
    [6, 20],
  ],
  SU: [
    [6, 1],
    [9, 22],
  ],
  FA: [
    [9, 1],
    [12, 20],
  ],
  WI: [
    [12, 1],
    [3, 20],
  ],
};

/** Regex source (no group) for a season name, capitalized or not. */
export const SEASON_SRC = '(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)';
