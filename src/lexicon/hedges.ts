/**
 * Hedges: the words before a number that widen it ("about", "more than", "up to") and the
 * interval each hedge allows. Numbers, quantities and durations share both.
 */
import type { Hedge } from '../model';

/** Hedge phrases before a number, by hedge. Matched case-insensitively, longest first. */
export const HEDGE_PHRASES: Record<Hedge, string[]> = {
  exact: ['exactly', 'precisely', 'just'],
  about: [
    'about',
    'around',
    'roughly',
    'some',
    'approximately',
    'approx.',
    'approx',
    'an estimated',
    'estimated',
    'circa',
    'ca.',
    'more or less',
    'give or take',
    'in the region of',
    '~',
    '≈',
  ],
  'at-least': [
    'at least',
    '≥',
    '>=',
    'no fewer than',
    'no less than',
    'not less than',
    'not fewer than',
    'a minimum of',
    'at a minimum',
    'no lower than',
    'no smaller than',
  ],
  'more-than': [
    'more than',
    'over',
    'upwards of',
    'upward of',
    'in excess of',
    'above',
    'just over',
    'well over',
    'exceeding',
    'greater than',
    'higher than',
    'just above',
    'well above',
    '>',
  ],
  nearly: ['nearly', 'almost', 'just under', 'close to', 'just shy of', 'just below', 'not quite'],
  'at-most': [
    'up to',
    'as many as',
    'as much as',
    'at most',
    'no more than',
    'not more than',
    'a maximum of',
    'at a maximum',
    'a max of',
    'no higher than',
    'no greater than',
    'no larger than',
    'no bigger than',
    'not exceeding',
    '≤',
    '<=',
  ],
  'less-than': ['less than', 'fewer than', 'under', 'below', 'well under', 'well below', 'lower than', '<'],
};

/** Relative half-widths of the tolerance bands of 'about' and 'nearly' (a fact's `hedges`). */
export interface HedgeBands {
  about: number;
  nearly: number;
}
export const DEFAULT_HEDGE_BANDS: HedgeBands = { about: 0.1, nearly: 0.1 };

export interface Interval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
}

export interface HedgeIntervalOptions {
  /** The quantity can be negative (temperatures): 'up to x' then has no lower bound. */
  signed?: boolean;
}

/**
 * The interval a hedged number allows. Infinite ends are open.
 * - exact [x, x]; about [x − b|x|, x + b|x|]; nearly [x − b|x|, x)
 * - at-least [x, ∞); more-than (x, ∞)
 * - at-most [0, x] and less-than [0, x): news numbers are magnitudes, so "up to 40" does
 *   not allow −3. For a negative x or a signed quantity the lower end is −∞ instead.
 */
export function hedgeInterval(
  x: number,
  hedge: Hedge,
  bands: HedgeBands = DEFAULT_HEDGE_BANDS,
  options: HedgeIntervalOptions = {},
): Interval {
  const floor = x >= 0 && !options.signed ? 0 : -Infinity;
  switch (hedge) {
    case 'exact':
      return { lo: x, hi: x, loOpen: false, hiOpen: false };
    case 'about': {
      const d = Math.abs(x) * bands.about;
      return { lo: x - d, hi: x + d, loOpen: false, hiOpen: false };
    }
    case 'nearly':
      return { lo: x - Math.abs(x) * bands.nearly, hi: x, loOpen: false, hiOpen: true };
    case 'at-least':
      return { lo: x, hi: Infinity, loOpen: false, hiOpen: true };
    case 'more-than':
      return { lo: x, hi: Infinity, loOpen: true, hiOpen: true };
    case 'at-most':
      return { lo: floor, hi: x, loOpen: floor === -Infinity, hiOpen: false };
    case 'less-than':
      return { lo: floor, hi: x, loOpen: floor === -Infinity, hiOpen: true };
  }
}

/** Hedges only a span of time takes: "longer than a year", "within two days". */
export const TIME_HEDGE_PHRASES: Partial<Record<Hedge, string[]>> = {
  'more-than': ['longer than', 'beyond'],
  'less-than': ['shorter than', 'within'],
};
