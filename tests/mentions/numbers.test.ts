import type { Hedge } from '../../src/model';
import { DEFAULT_HEDGE_BANDS, hedgeInterval } from '../../src/lexicon';
import { detectHedge, parseNumber } from '../../src/mentions/numbers';

describe('parseNumber', () => {
  // [text, value], each checked by hand
  const table: Array<[string, number | null]> = [
    ['59', 59],
    ['0', 0],
    ['1,200', 1200],
    ['10,000,000', 10_000_000],
    ['1.5', 1.5],
    ['.5', 0.5],
    ['1,234.56', 1234.56],
    ['3.2 million', 3_200_000],
    ['2.5 billion', 2_500_000_000],
    ['7.2 bn', 7_200_000_000],
    ['3bn', 3_000_000_000],
    ['4 thousand', 4000],
    ['2 dozen', 24],
    ['-4', -4],
    ['−12.5', -12.5],
    ['nine', 9],
    ['Nine', 9],
    ['zero', 0],
    ['twelve', 12],
    ['nineteen', 19],
    ['forty', 40],
    ['twenty-one', 21],
    ['twenty one', 21],
    ['ninety-nine', 99],
    ['a hundred', 100],
    ['one hundred', 100],
    ['one hundred and fifty', 150],
    ['three hundred twenty-five', 325],
    ['two thousand five hundred', 2500],
    ['a thousand', 1000],
    ['forty thousand', 40_000],
    ['two million', 2_000_000],
    ['a dozen', 12],
    ['nineteen hundred', 1900],
    // not numbers
    ['', null],
    ['first', null],
    ['3rd', null],
    ['one two', null],
    ['twenty twenty', null],
    ['thousand million', null],
    ['a', null],
    ['dozens', null],
    ['1,20', null],
    ['km', null],
    ['five and', null],
  ];
  it.each(table)('%s → %p', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });
});

describe('hedgeInterval', () => {
  const b = DEFAULT_HEDGE_BANDS;
  const table: Array<[number, Hedge, [number, number, boolean, boolean]]> = [
    [59, 'exact', [59, 59, false, false]],
    [40, 'about', [36, 44, false, false]],
    [40, 'nearly', [36, 40, false, true]],
    [20, 'at-least', [20, Infinity, false, true]],
    [60, 'more-than', [60, Infinity, true, true]],
    [100, 'at-most', [0, 100, false, false]],
    [100, 'less-than', [0, 100, false, true]],
    [-5, 'at-most', [-Infinity, -5, true, false]],
    [-10, 'about', [-11, -9, false, false]],
  ];
  it.each(table)('%p %s', (x, hedge, [lo, hi, loOpen, hiOpen]) => {
    const iv = hedgeInterval(x, hedge, b);
    expect(iv.lo).toBeCloseTo(lo, 9);
    if (Number.isFinite(hi)) expect(iv.hi).toBeCloseTo(hi, 9);
    else expect(iv.hi).toBe(hi);
    if (!Number.isFinite(lo)) expect(iv.lo).toBe(lo);
    expect([iv.loOpen, iv.hiOpen]).toEqual([loOpen, hiOpen]);
  });

  it('uses the given bands', () => {
    expect(hedgeInterval(100, 'about', { about: 0.25, nearly: 0.05 })).toEqual({
      lo: 75,
      hi: 125,
      loOpen: false,
      hiOpen: false,
    });
    expect(hedgeInterval(100, 'nearly', { about: 0.25, nearly: 0.05 })).toEqual({
      lo: 95,
      hi: 100,
      loOpen: false,
      hiOpen: true,
    });
  });

  it('has no floor at 0 for signed quantities', () => {
    expect(hedgeInterval(10, 'at-most', b, { signed: true }).lo).toBe(-Infinity);
  });
});

describe('detectHedge', () => {
  const table: Array<[string, Hedge, string]> = [
    // [text before the number, hedge, the hedge phrase as it should be cut]
    ['travel at around ', 'about', 'around '],
    ['about ', 'about', 'about '],
    ['roughly ', 'about', 'roughly '],
    ['killed some ', 'about', 'some '],
    ['Approximately ', 'about', 'Approximately '],
    ['an estimated ', 'about', 'an estimated '],
    ['~', 'about', '~'],
    ['include at least ', 'at-least', 'at least '],
    ['no fewer than ', 'at-least', 'no fewer than '],
    ['a minimum of ', 'at-least', 'a minimum of '],
    ['more than ', 'more-than', 'more than '],
    ['for over ', 'more-than', 'over '],
    ['upwards of ', 'more-than', 'upwards of '],
    ['in excess of ', 'more-than', 'in excess of '],
    ['above ', 'more-than', 'above '],
    ['nearly ', 'nearly', 'nearly '],
    ['almost ', 'nearly', 'almost '],
    ['just under ', 'nearly', 'just under '],
    ['close to ', 'nearly', 'close to '],
    ['up to ', 'at-most', 'up to '],
    ['as many as ', 'at-most', 'as many as '],
    ['at most ', 'at-most', 'at most '],
    ['no more than ', 'at-most', 'no more than '],
    ['a maximum of ', 'at-most', 'a maximum of '],
    ['no higher than ', 'at-most', 'no higher than '],
    ['less than ', 'less-than', 'less than '],
    ['fewer than ', 'less-than', 'fewer than '],
    ['under ', 'less-than', 'under '],
    ['below ', 'less-than', 'below '],
    ['AT  LEAST\u00a0', 'at-least', 'AT  LEAST\u00a0'],
    // no hedge
    ['the train carried ', 'exact', ''],
    ['handsome ', 'exact', ''],
    ['moreover ', 'exact', ''],
    ['', 'exact', ''],
  ];
  it.each(table)('%p → %s', (before, hedge, phrase) => {
    const h = detectHedge(before);
    expect(h.hedge).toBe(hedge);
    expect(before.slice(before.length - h.length)).toBe(phrase);
  });

  it('looks only at the end of a long text', () => {
    expect(detectHedge(`${'x'.repeat(500)} at least `)).toEqual({ hedge: 'at-least', length: 9 });
  });
});
