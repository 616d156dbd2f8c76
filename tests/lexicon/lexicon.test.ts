/** The lexicon (src/lexicon/): each word list once, and every reader that uses it reads the same words. */
import type { Hedge } from '../../src/model';
import {
  DAY_S,
  DEFAULT_HEDGE_BANDS,
  HEDGE_PHRASES,
  MONTH_NAMES,
  MONTH_NUMBERS,
  MONTH_SRC,
  SEASON_BOUNDS,
  SEASON_SRC,
  SEASONS,
  TIME_UNIT_SRC,
  TIME_UNIT_WORDS,
  unitKey,
  WEEKDAY_NUMBERS,
  WEEKDAY_SRC,
} from '../../src/lexicon';
import { detectHedge } from '../../src/mentions/numbers';
import { extractTimes } from '../../src/mentions/time';

const capitalized = (w: string) => w[0].toUpperCase() + w.slice(1);

describe('months and weekdays', () => {
  test('MONTH_SRC matches every spelling of the month table, capitalized, and not other words', () => {
    const re = new RegExp(`^${MONTH_SRC}$`);
    for (const w of Object.keys(MONTH_NUMBERS)) expect(re.test(capitalized(w))).toBe(true);
    for (const w of ['may', 'march', 'Mayor', 'Marc', 'Junk', 'Augusta', 'Decent', 'Monday'])
      expect(re.test(w)).toBe(false);
  });

  test('the month table numbers names and abbreviations 1..12', () => {
    expect(MONTH_NAMES.map((m) => MONTH_NUMBERS[m.toLowerCase()])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect([MONTH_NUMBERS.sept, MONTH_NUMBERS.sep, MONTH_NUMBERS.jun, MONTH_NUMBERS.dec]).toEqual([9, 9, 6, 12]);
  });

  test('WEEKDAY_SRC takes each weekday capitalized or not, numbered from Sunday', () => {
    const re = new RegExp(`^${WEEKDAY_SRC}$`);
    expect(['Sunday', 'monday', 'Saturday'].map((d) => re.test(d))).toEqual([true, true, true]);
    expect(re.test('SUNDAY')).toBe(false);
    expect([WEEKDAY_NUMBERS.sunday, WEEKDAY_NUMBERS.saturday]).toEqual([0, 6]);
  });
});

describe('seasons', () => {
  test('SEASON_SRC takes each season name capitalized or not, and every code has its bounds', () => {
    const re = new RegExp(`^${SEASON_SRC}$`);
    for (const w of Object.keys(SEASONS)) expect([re.test(w), re.test(capitalized(w))]).toEqual([true, true]);
    expect(re.test('springs')).toBe(false);
    for (const { code } of Object.values(SEASONS)) expect(SEASON_BOUNDS[code]).toBeDefined();
  });
});

describe('time units', () => {
  test('TIME_UNIT_SRC matches exactly the unit words, and unitKey maps each to its unit', () => {
    const re = new RegExp(`^${TIME_UNIT_SRC}$`);
    for (const w of TIME_UNIT_WORDS) {
      expect(re.test(w)).toBe(true);
      expect(unitKey(w)).not.toBeNull();
    }
    expect(unitKey('centuries')).toBe('century');
    expect(unitKey('Fortnights')).toBe('fortnight');
    expect(re.test('centurys')).toBe(false);
  });
});

describe('hedges: durations read the numbers’ hedge words and use their bands', () => {
  // "just", "exactly" widen nothing, so durations leave them out of the span.
  const wordPhrases = (Object.entries(HEDGE_PHRASES) as [Hedge, string[]][])
    .filter(([hedge]) => hedge !== 'exact')
    .flatMap(([hedge, phrases]) => phrases.filter((p) => /[a-z]/.test(p)).map((p) => [p, hedge] as const));

  test.each(wordPhrases)('"%s" is the %s hedge before a number and before a span of time', (phrase, hedge) => {
    expect(detectHedge(`The strike lasted ${phrase} `).hedge).toBe(hedge);
    const [d] = extractTimes(`The strike lasted ${phrase} 10 days.`, {}).filter((m) => m.type === 'duration');
    expect(d).toMatchObject({ hedge, raw: `${phrase} 10 days` });
  });

  test('"just one day after" is an offset, not a span; "just three weeks" spans "three weeks"', () => {
    expect(
      extractTimes('The phone came out just one day after the launch.', {}).filter((m) => m.type === 'duration'),
    ).toEqual([]);
    const [d] = extractTimes('The talks took just three weeks.', {}).filter((m) => m.type === 'duration');
    expect(d).toMatchObject({ raw: 'three weeks', hedge: 'exact' });
  });

  test('"about ten days" is 9–11 days by default and 5–15 days with about: 0.5', () => {
    const span = (bands = DEFAULT_HEDGE_BANDS) => {
      const [d] = extractTimes('The strike lasted about ten days.', { bands });
      return d.constraint.kind === 'interval' ? [d.constraint.lo / DAY_S, d.constraint.hi / DAY_S] : null;
    };
    expect(span()).toEqual([9, 11]);
    expect(span({ about: 0.5, nearly: 0.1 })).toEqual([5, 15]);
  });
});
