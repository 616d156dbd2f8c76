/**
 * Time expressions: a table of phrases with values worked out by hand (calendar checked:
 * 2023-11-09, the default publication day, is a Thursday; its ISO week is 2023-W45,
 * Mon 6 – Sun 12 November).
 */
import * as chrono from 'chrono-node';
import { extractTimes } from '../../src/mentions/time';
import { isoDay } from '../../src/util/calendar';
import { ALL_WEEKDAYS, type Mention } from '../../src/model';

const PUB = '2023-11-09';
const DAY = 86_400;
const MONTH = 30.436875 * DAY;
const YEAR = 365.2425 * DAY;

interface Case {
  t: string;
  pub?: string | null;
  /** Expected TIMEX3 value of the one time mention (or of the first, with `n`). */
  v?: string;
  g?: string;
  raw?: string;
  from?: string | null;
  to?: string | null;
  wd?: number;
  hedge?: string;
  lo?: number;
  hi?: number;
  loOpen?: boolean;
  hiOpen?: boolean;
  /** All values, in order, when the phrase holds several mentions. */
  all?: string[];
  /** No time mention at all. */
  none?: boolean;
}

const SUN = 1 << 0;
const TUE = 1 << 2;
const SAT = 1 << 6;

const ISO: Case[] = [
  { t: '2023-11-09', v: '2023-11-09', g: 'day', from: '2023-11-09', to: '2023-11-09', wd: ALL_WEEKDAYS },
  { t: 'Filed on 2019-02-28 in court', v: '2019-02-28', raw: '2019-02-28' },
  { t: 'On 2020-02-29 it snowed', v: '2020-02-29' },
  { t: 'On 2019-02-29 it snowed', none: true },
  { t: 'Batch 2023-13-01 failed', none: true },
  { t: 'on 7/8/07', v: '2007-07-08', g: 'day' },
  { t: 'on 25/12/2020', v: '2020-12-25' },
];

const DAY_MONTH_YEAR: Case[] = [
  { t: '4 March 2025', v: '2025-03-04', g: 'day', from: '2025-03-04', to: '2025-03-04' },
  { t: 'on 16 Sept. 2025', v: '2025-09-16', raw: '16 Sept. 2025' },
  { t: '1 January 2000', v: '2000-01-01' },
  { t: 'on the 12th of March 2024', v: '2024-03-12' },
  { t: '31 Dec 1999', v: '1999-12-31' },
  { t: '3 March, 2025', v: '2025-03-03' },
  { t: 'Tuesday, 4 March 2025', v: '2025-03-04', raw: 'Tuesday, 4 March 2025' },
];

const MONTH_DAY_YEAR: Case[] = [
  { t: 'March 4, 2025', v: '2025-03-04', g: 'day', from: '2025-03-04', to: '2025-03-04' },
  { t: 'June 10, 2024', v: '2024-06-10' },
  { t: 'On Sept. 13, 2023 he left', v: '2023-09-13', raw: 'Sept. 13, 2023' },
  { t: 'since Nov. 9, 2019', v: '2019-11-09', raw: 'Nov. 9, 2019' },
  { t: 'Feb 28 2021', v: '2021-02-28' },
  { t: 'ended December 30, 2006.', v: '2006-12-30' },
  { t: 'Jan. 1st, 2010', v: '2010-01-01' },
  { t: 'April 2nd, 2008', v: '2008-04-02' },
  { t: 'Wednesday, November 8, 2023', v: '2023-11-08', raw: 'Wednesday, November 8, 2023' },
  { t: 'Sept. 12-13, 2023', v: '2023-09-12', from: '2023-09-12', to: '2023-09-13' },
];

const MONTH_DAY: Case[] = [
  { t: 'He arrived on March 4.', v: '2023-03-04', g: 'day' },
  { t: 'The vote was held Sept. 16.', v: '2023-09-16' },
  { t: 'The summit will be held on December 5.', v: '2023-12-05' },
  { t: 'The deal will close on March 4.', v: '2024-03-04' },
  { t: 'He left on December 20.', v: '2022-12-20' },
  { t: 'On November 9, officials said the talks had ended.', v: '2023-11-09' },
  { t: 'The plane flew on 11 December.', v: '2022-12-11' },
  { t: 'The law changed on Feb. 29.', v: '2020-02-29' },
  { t: 'The court met on September 12-13.', v: '2023-09-12', from: '2023-09-12', to: '2023-09-13' },
  { t: 'The ship sailed on April 2nd, officials say.', v: '2023-04-02' },
  { t: 'The ship is expected to sail on April 2nd.', v: '2024-04-02' },
  // No tense marker: the nearest such date (116 days ahead against 250 back).
  { t: 'The vote, on March 4, matters.', v: '2024-03-04' },
  { t: 'It is slated for release on June 24.', v: '2024-06-24' },
  // A clock time after the date sends it to chrono; the value stays the day.
  { t: 'The vote, on March 4 at 10 a.m., matters.', v: '2024-03-04' },
  { t: 'It arrived Sept. 16', pub: null, v: 'XXXX-09-16', g: 'day', from: null, to: null, wd: ALL_WEEKDAYS },
  { t: 'It arrived March 4', pub: null, v: 'XXXX-03-04' },
];

const MONTH_YEAR: Case[] = [
  { t: 'July 2023', v: '2023-07', g: 'month', from: '2023-07-01', to: '2023-07-31' },
  { t: 'It happened in July 2023.', v: '2023-07', raw: 'July 2023' },
  { t: 'since Dec. 2008', v: '2008-12', from: '2008-12-01', to: '2008-12-31' },
  { t: 'February 2024', v: '2024-02', to: '2024-02-29' },
  { t: 'in October 1982', v: '1982-10' },
  { t: 'in May 2008', v: '2008-05' },
  { t: 'compared to March of 2008', v: '2008-03', raw: 'March of 2008' },
];

const MONTH_ALONE: Case[] = [
  { t: 'Sales fell in October.', v: '2023-10', g: 'month', raw: 'October', from: '2023-10-01', to: '2023-10-31' },
  { t: 'The plant opened in December.', v: '2022-12' },
  { t: 'The plant will open in December.', v: '2023-12' },
  { t: 'Prices rose in November.', v: '2023-11' },
  { t: 'It opened last September.', v: '2023-09', raw: 'last September' },
  { t: 'It opened last November.', v: '2022-11' },
  { t: 'It opens next March.', v: '2024-03' },
  // "since" puts the month before publication, whatever follows.
  { t: 'It has tried to buy the firm since December, and if it succeeds it will grow.', v: '2022-12' },
  { t: 'In May the company grew.', v: '2023-05' },
  // No tense marker: the nearest March (4 months ahead, not 8 back); May is 6 each way, the past wins.
  { t: 'The report, due in March, matters.', v: '2024-03' },
  { t: 'The report, out in May, matters.', v: '2023-05' },
  { t: 'Dealers will be told after October of next year.', all: ['2024-10', '2024'] },
  { t: 'Sales fell in October.', pub: null, v: 'XXXX-10', from: null, to: null },
  { t: 'It may rain.', none: true },
  { t: 'They march on.', none: true },
  { t: 'in Oct', none: true },
];

const WEEKDAYS: Case[] = [
  { t: 'He left on Sunday.', v: '2023-11-05', g: 'day', from: '2023-11-05', to: '2023-11-05' },
  { t: 'He will leave on Sunday.', v: '2023-11-12' },
  { t: 'Talks are due to resume on Monday.', v: '2023-11-13' },
  { t: 'The ship is expected to dock on Friday.', v: '2023-11-10' },
  { t: 'The ship docked on Friday.', v: '2023-11-03' },
  { t: 'The ship docked on Thursday.', v: '2023-11-09' },
  { t: 'The ship will dock on Thursday.', v: '2023-11-16' },
  { t: 'The train left early on Tuesday.', v: '2023-11-07' },
  { t: 'It rained on Wednesday morning.', v: '2023-11-08', raw: 'Wednesday morning' },
  { t: 'They met last Thursday.', v: '2023-11-02', raw: 'last Thursday' },
  { t: 'They meet next Monday.', v: '2023-11-13' },
  { t: 'Last Friday, the bank failed.', v: '2023-11-03', raw: 'Last Friday' },
  { t: 'Fans gathered on Saturday night.', v: '2023-11-04' },
  { t: 'He said he would travel on Tuesday.', v: '2023-11-14' },
  { t: 'On Monday, the minister announced cuts.', v: '2023-11-06' },
  { t: 'The minister plans to visit on Saturday.', v: '2023-11-11' },
  { t: 'The talks are set to begin on Wednesday.', v: '2023-11-15' },
  { t: 'He left on Sunday.', pub: '2023-11-12', v: '2023-11-12' },
  { t: 'He will leave on Sunday.', pub: '2023-11-12', v: '2023-11-19' },
  { t: 'He left on Sunday.', pub: null, v: 'XXXX-WXX-7', g: 'weekday', from: null, to: null, wd: SUN },
  { t: 'They met on Tuesday.', pub: null, v: 'XXXX-WXX-2', g: 'weekday', wd: TUE },
  { t: 'Saturday', pub: null, v: 'XXXX-WXX-6', wd: SAT },
  { t: 'Shops close on Sundays.', none: true },
  { t: 'the Black Monday crash', none: true },
];

const RELATIVE: Case[] = [
  { t: 'yesterday', v: '2023-11-08', g: 'day', from: '2023-11-08', to: '2023-11-08' },
  { t: 'today', v: '2023-11-09' },
  { t: 'tomorrow', v: '2023-11-10' },
  { t: 'tonight', v: '2023-11-09' },
  { t: 'It fell earlier today.', v: '2023-11-09', raw: 'earlier today' },
  { t: 'yesterday morning', v: '2023-11-08' },
  { t: 'this morning', v: '2023-11-09' },
  { t: 'last week', v: '2023-W44', g: 'week', from: '2023-10-30', to: '2023-11-05' },
  { t: 'this week', v: '2023-W45', from: '2023-11-06', to: '2023-11-12' },
  { t: 'next week', v: '2023-W46', from: '2023-11-13', to: '2023-11-19' },
  { t: 'last month', v: '2023-10', g: 'month', from: '2023-10-01', to: '2023-10-31' },
  { t: 'this month', v: '2023-11' },
  { t: 'next month', v: '2023-12' },
  { t: 'last year', v: '2022', g: 'year', from: '2022-01-01', to: '2022-12-31' },
  { t: 'this year', v: '2023', from: '2023-01-01', to: '2023-12-31' },
  { t: 'next year', v: '2024' },
  { t: 'up from the previous year', v: '2022' },
  { t: 'three days ago', v: '2023-11-06', g: 'day' },
  { t: 'two years ago', v: '2021', g: 'year' },
  { t: 'a month ago', v: '2023-10', g: 'month' },
  { t: 'Crowds gathered last weekend.', v: '2023-W44-WE', from: '2023-11-04', to: '2023-11-05' },
  { t: 'Crowds will gather this weekend.', v: '2023-W45-WE', from: '2023-11-11', to: '2023-11-12' },
  { t: 'yesterday', pub: null, none: true },
  { t: 'last week', pub: null, none: true },
  { t: 'Profit rose in the fourth quarter.', v: '2023-Q4', g: 'quarter', from: '2023-10-01', to: '2023-12-31' },
  { t: 'the first quarter of 2009', v: '2009-Q1', from: '2009-01-01', to: '2009-03-31' },
  { t: 'in Q3 2022', v: '2022-Q3' },
  { t: 'the third quarter of last year', v: '2022-Q3' },
  { t: 'Profit fell last quarter.', v: '2023-Q3' },
  { t: 'Results for the second quarter look strong.', v: '2023-Q2' },
  { t: 'Results for the first quarter look strong.', v: '2024-Q1' },
  { t: 'by the end of the year', v: '2023', g: 'year' },
  { t: 'Prices recently rose.', v: 'PAST_REF', from: null, to: '2023-11-09' },
  { t: 'It currently sells phones.', v: 'PRESENT_REF', from: '2023-11-09', to: '2023-11-09' },
  { t: 'It may change in the future.', v: 'FUTURE_REF', from: '2023-11-09', to: null },
  { t: 'As soon as results came, shares fell.', none: true },
  { t: 'Soon after, it closed.', none: true },
];

const YEARS: Case[] = [
  { t: 'in 2019', v: '2019', g: 'year', raw: '2019', from: '2019-01-01', to: '2019-12-31' },
  { t: 'since 1953', v: '1953' },
  { t: '2015', v: '2015' },
  { t: 'The film (2019) won.', v: '2019' },
  { t: 'by 2030', v: '2030' },
  { t: 'the 2008 elections', v: '2008' },
  { t: 'between 2014 and 2016', all: ['2014', '2016'] },
  { t: 'from 2009-2011', all: ['2009', '2011'] },
  { t: 'in early 2009', v: '2009', raw: 'early 2009' },
  { t: 'by mid-2011', v: '2011', raw: 'mid-2011' },
  { t: 'in 2100', v: '2100' },
  { t: 'in 1000', v: '1000' },
  { t: 'in 2101', none: true },
  { t: 'in 999', none: true },
  { t: '2,019 people', none: true },
  { t: '2019 km', none: true },
  { t: '1,200', none: true },
  { t: 'It cost $2000.', none: true },
  { t: 'see page 2019', none: true },
  { t: 'more than 1500', none: true },
  { t: '1500 people died', none: true },
  { t: 'Flight 1549 landed', none: true },
  { t: 'No. 1984', none: true },
  { t: 'rose 12.2019 points', none: true },
  { t: 'code 20193', none: true },
  { t: 'up 2019%', none: true },
  { t: 'ISBN 978-0-2019', none: true },
  { t: 'the Russell 2000 Index fell', none: true },
  { t: 'the 2019-nCoV virus', none: true },
  { t: 'the A380 jet', none: true },
];

const DECADES: Case[] = [
  { t: 'the 1990s', v: '199X', g: 'decade', from: '1990-01-01', to: '1999-12-31' },
  { t: "in the 1980's", v: '198X' },
  { t: "the '80s", v: '198X' },
  { t: 'cars of the 70s', v: '197X' },
  { t: 'the 2010s', v: '201X', from: '2010-01-01', to: '2019-12-31' },
  { t: "since '82", v: '1982', g: 'year' },
  { t: 'people in their 70s', none: true },
  { t: 'the boxy cars of the 70s and 80s', all: ['197X', '198X'] },
  { t: 'people in their 70s and 80s', none: true },
  { t: 'prices fell in minutes', v: 'PTXM', pub: null },
];

const p = (n: number) => n; // for readability of the interval arithmetic below

const DURATIONS: Case[] = [
  { t: 'a three-day visit', v: 'P3D', hedge: 'exact', raw: 'three-day', lo: 3 * DAY, hi: 3 * DAY },
  { t: 'over four years', v: 'P4Y', hedge: 'more-than', lo: 4 * YEAR, hi: Infinity, loOpen: true, hiOpen: true },
  { t: 'more than two weeks', v: 'P2W', hedge: 'more-than', lo: 14 * DAY, loOpen: true },
  { t: 'at least three weeks', v: 'P3W', hedge: 'at-least', lo: 21 * DAY, hi: Infinity, loOpen: false, hiOpen: true },
  {
    t: 'nearly five months',
    v: 'P5M',
    hedge: 'nearly',
    lo: 0.9 * 5 * MONTH,
    hi: 5 * MONTH,
    loOpen: false,
    hiOpen: true,
  },
  { t: 'almost a year', v: 'P1Y', hedge: 'nearly', hi: YEAR },
  {
    t: 'about 40 years',
    v: 'P40Y',
    hedge: 'about',
    lo: 0.9 * 40 * YEAR,
    hi: 1.1 * 40 * YEAR,
    loOpen: false,
    hiOpen: false,
  },
  { t: 'around six hours', v: 'PT6H', hedge: 'about', lo: p(19_440), hi: p(23_760) },
  { t: 'some 30 minutes', v: 'PT30M', hedge: 'about' },
  { t: 'roughly two days', v: 'P2D', hedge: 'about' },
  { t: 'up to 10 days', v: 'P10D', hedge: 'at-most', lo: 0, hi: 10 * DAY, hiOpen: false },
  { t: 'as many as five years', v: 'P5Y', hedge: 'at-most' },
  { t: 'less than a week', v: 'P1W', hedge: 'less-than', lo: 0, hi: 7 * DAY, hiOpen: true },
  { t: 'a decade', v: 'P10Y', hedge: 'exact', lo: 10 * YEAR, hi: 10 * YEAR },
  { t: 'over a decade', v: 'P10Y', hedge: 'more-than' },
  { t: 'in the past decade', v: 'P10Y', raw: 'the past decade' },
  { t: 'for a month', v: 'P1M', lo: p(2_629_746), hi: p(2_629_746) },
  { t: 'two weeks', v: 'P2W', lo: 14 * DAY },
  { t: 'twenty-one days', v: 'P21D', lo: 21 * DAY },
  { t: 'for four years', v: 'P4Y' },
  { t: 'a 27-year career', v: 'P27Y', raw: '27-year' },
  { t: 'a fifty-year lease', v: 'P50Y' },
  { t: '18 months', v: 'P18M', lo: 18 * MONTH },
  { t: 'a 12-hour shift', v: 'PT12H', lo: 43_200 },
  { t: 'thirty minutes', v: 'PT30M', lo: 1_800 },
  { t: 'two and a half years', v: 'P2.5Y', lo: 2.5 * YEAR },
  { t: 'a year and a half', v: 'P1.5Y' },
  { t: 'half an hour', v: 'PT0.5H', lo: 1_800 },
  { t: 'six straight days', v: 'P6D' },
  { t: 'over the next four years', v: 'P4Y', hedge: 'exact', raw: 'the next four years' },
  { t: 'two decades', v: 'P20Y' },
  { t: 'a century', v: 'P100Y' },
  { t: '5 hours', v: 'PT5H', lo: 18_000 },
  { t: '1,000 years', v: 'P1000Y' },
  { t: 'a fortnight', v: 'P2W', lo: 14 * DAY },
  { t: 'for several years', v: 'PXY', hedge: 'about', lo: 2 * YEAR, hi: 10 * YEAR },
  { t: 'prices rose over the past year', v: 'P1Y', raw: 'the past year', lo: YEAR, hi: YEAR },
  { t: 'in the next month', v: 'P1M' },
  { t: 'a week-long visit', v: 'P1W', raw: 'a week-long' },
  { t: '24 hours a day', v: 'PT24H', raw: '24 hours' },
  { t: 'once a year', none: true },
  { t: 'earns $5 billion a year', none: true },
  { t: 'twice a day', none: true },
  { t: 'a 400,000 plus units a year blockbuster', none: true },
  { t: 'from two a month to ten', none: true },
  { t: 'It takes a year.', v: 'P1Y' },
  { t: 'In 2019 for a year', all: ['2019', 'P1Y'] },
  { t: 'for a second time', none: true },
  { t: 'a quarter of the shares', none: true },
];

const ALL: [string, Case[]][] = [
  ['ISO and numeric', ISO],
  ['day month year', DAY_MONTH_YEAR],
  ['month day year', MONTH_DAY_YEAR],
  ['month day, year from publication', MONTH_DAY],
  ['month year', MONTH_YEAR],
  ['month alone', MONTH_ALONE],
  ['weekdays', WEEKDAYS],
  ['relative', RELATIVE],
  ['years', YEARS],
  ['decades', DECADES],
  ['durations', DURATIONS],
];

const day = (n: number | null) => (n === null ? null : isoDay(n));

function times(c: Case): Mention[] {
  return extractTimes(c.t, { published: c.pub === undefined ? PUB : c.pub });
}

describe('extractTimes: hand-checked phrases', () => {
  test('the table holds at least 150 phrases', () => {
    expect(ALL.reduce((n, [, cs]) => n + cs.length, 0)).toBeGreaterThanOrEqual(150);
  });

  for (const [group, cases] of ALL) {
    describe(group, () => {
      test.each(
        cases.map(
          (c) =>
            [`${c.t}${c.pub === null ? ' (no publication date)' : c.pub ? ` (published ${c.pub})` : ''}`, c] as const,
        ),
      )('%s', (_label, c) => {
        const ms = times(c);
        if (c.none) {
          expect(ms.map((m) => m.value)).toEqual([]);
          return;
        }
        if (c.all) {
          expect(ms.map((m) => m.value)).toEqual(c.all);
          return;
        }
        expect(ms.map((m) => m.value)).toEqual([c.v]);
        const m = ms[0];
        if (c.g !== undefined) expect(m.granularity).toBe(c.g);
        if (c.raw !== undefined) expect(m.raw).toBe(c.raw);
        if (m.constraint.kind === 'days') {
          if (c.from !== undefined) expect(day(m.constraint.from)).toBe(c.from);
          if (c.to !== undefined) expect(day(m.constraint.to)).toBe(c.to);
          if (c.wd !== undefined) expect(m.constraint.weekdays).toBe(c.wd);
        } else if (m.constraint.kind === 'interval') {
          expect(m.type).toBe('duration');
          expect(m.constraint.unit).toBe('s');
          if (c.hedge !== undefined) expect(m.hedge).toBe(c.hedge);
          if (c.lo !== undefined) expect(m.constraint.lo).toBeCloseTo(c.lo, 3);
          if (c.hi !== undefined)
            expect(m.constraint.hi === Infinity ? Infinity : m.constraint.hi).toBeCloseTo(c.hi, 3);
          if (c.loOpen !== undefined) expect(m.constraint.loOpen).toBe(c.loOpen);
          if (c.hiOpen !== undefined) expect(m.constraint.hiOpen).toBe(c.hiOpen);
        } else throw new Error(`unexpected constraint ${m.constraint.kind}`);
      });
    });
  }
});

describe('extractTimes: the month-name fast path reads what chrono-node reads', () => {
  // chrono parses only the dates the fast path declines (ranges, clock times); this keeps
  // the two in step on the shapes the fast path takes over.
  const phrases = [
    '4 March 2025',
    '16 Sept. 2025',
    'the 12th of March 2024',
    '31 Dec 1999',
    '3 March, 2025',
    'March 4, 2025',
    'June 10, 2024',
    'Sept. 13, 2023',
    'Nov. 9, 2019',
    'Feb 28 2021',
    'Jan. 1st, 2010',
    'April 2nd, 2008',
    'Wednesday, November 8, 2023',
    'December 30, 2006',
    'March 12 2009',
    'July 2023',
    'Dec. 2008',
    'October 1982',
    'February 2024',
  ];
  test.each(phrases)('%s', (phrase) => {
    const r = chrono.en.parse(phrase, { instant: new Date(Date.UTC(2023, 10, 9, 12)), timezone: 0 })[0];
    const c = r.start;
    const expected = [c.get('year'), c.get('month'), c.isCertain('day') ? c.get('day') : null]
      .filter((x) => x !== null)
      .map((x, i) => String(x).padStart(i === 0 ? 4 : 2, '0'))
      .join('-');
    expect(extractTimes(phrase, { published: PUB }).map((m) => m.value)).toEqual([expected]);
  });
});

describe('extractTimes: contract', () => {
  test('offsets index the text, mentions are sorted and do not overlap', () => {
    const text =
      'On Sunday, 4 March 2025, the two leaders met for the first time since 2019.\n' +
      'Their talks lasted over four years in all, and a three-day visit will follow next month.';
    const ms = extractTimes(text, { published: '2025-03-05' });
    expect(ms.map((m) => m.raw)).toEqual([
      'Sunday, 4 March 2025',
      '2019',
      'over four years',
      'three-day',
      'next month',
    ]);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.raw);
    for (let i = 1; i < ms.length; i++) expect(ms[i].start).toBeGreaterThanOrEqual(ms[i - 1].end);
  });

  test('from/to limit the region; offsets stay those of the whole text', () => {
    const text = 'In 2019 they met; in 2020 they parted.';
    const ms = extractTimes(text, {}, 10);
    expect(ms.map((m) => [m.value, m.start])).toEqual([['2020', 21]]);
    expect(extractTimes(text, {}, 0, 10).map((m) => m.value)).toEqual(['2019']);
  });

  test('a date the weekday contradicts is still read as written', () => {
    // 2023-11-09 was a Thursday; the value is the date, the weekday is not checked here.
    expect(extractTimes('Sunday, November 9, 2023', {}).map((m) => m.value)).toEqual(['2023-11-09']);
  });

  test('never throws, whatever the input', () => {
    const inputs = [
      '',
      ' ',
      '\u0000\uffff\ud800',
      'March'.repeat(1000),
      '2019'.repeat(500),
      'on Sunday '.repeat(300),
      'a'.repeat(10_000),
      'İstanbul İİİ 2019 on Sunday',
      '\u3000\u2028March 4\f2019',
    ];
    for (const s of inputs) {
      expect(() => extractTimes(s, { published: PUB })).not.toThrow();
      expect(() => extractTimes(s, { published: 'not a date' })).not.toThrow();
      expect(() => extractTimes(s, {}, -5, 1e9)).not.toThrow();
      expect(() => extractTimes(s, { published: null }, 7, 3)).not.toThrow();
    }
    expect(() => extractTimes(undefined as unknown as string, {})).not.toThrow();
    expect(() => extractTimes('in 2019', undefined as unknown as object)).not.toThrow();
  });

  test('stays fast on long lines dense with dates (no quadratic search)', () => {
    const text = 'Sunday Monday March April May 2019 2020 for years today '.repeat(4000); // 224 kB, one line
    const t0 = Date.now();
    const ms = extractTimes(text, { published: PUB });
    expect(ms.length).toBeGreaterThan(20_000);
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  test('a bad publication date is treated as none', () => {
    expect(extractTimes('He left on Sunday.', { published: '2023-02-30' }).map((m) => m.value)).toEqual(['XXXX-WXX-7']);
  });
});
