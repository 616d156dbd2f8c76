/**
 * Time expressions beyond calendar dates, found by reading MEANTIME's errors and written here
 * as made-up sentences: seasons, fiscal years, periods told relative to an earlier date ("the
 * same month a year ago"), vague references, and durations read from an adjective or a range.
 * Publication 2023-11-09 (a Thursday, ISO week 2023-W45) unless said otherwise.
 */
import { extractTimes } from '../../src/mentions/time';
import { isoDay } from '../../src/util/calendar';
import type { Mention } from '../../src/model';

const PUB = '2023-11-09';
const DAY = 86_400;
const YEAR = 365.2425 * DAY;

interface Case {
  t: string;
  pub?: string | null;
  /** Values of all mentions, in order. */
  all: string[];
  /** Raw text of the mention whose value is `all[at]` (default the last). */
  raw?: string;
  at?: number;
  g?: string;
  from?: string | null;
  to?: string | null;
}

const times = (t: string, pub: string | null = PUB): Mention[] => extractTimes(t, { published: pub });
const day = (n: number | null) => (n === null ? null : isoDay(n));

function check(c: Case): void {
  const ms = times(c.t, c.pub === undefined ? PUB : c.pub);
  expect(ms.map((m) => m.value)).toEqual(c.all);
  if (!c.all.length) return;
  const m = ms[c.at ?? ms.length - 1];
  if (c.raw !== undefined) expect(m.raw).toBe(c.raw);
  if (c.g !== undefined) expect(m.granularity).toBe(c.g);
  if (m.constraint.kind !== 'days') return;
  if (c.from !== undefined) expect(day(m.constraint.from)).toBe(c.from);
  if (c.to !== undefined) expect(day(m.constraint.to)).toBe(c.to);
}

const SEASONS: Case[] = [
  {
    t: 'Sales rose last summer.',
    all: ['2023-SU'],
    raw: 'last summer',
    g: 'season',
    from: '2023-06-01',
    to: '2023-09-22',
  },
  { t: 'The plant will open next spring.', all: ['2024-SP'], from: '2024-03-01', to: '2024-06-20' },
  { t: 'It opened in the spring of 2009.', all: ['2009-SP'], raw: 'spring of 2009' },
  { t: 'A vote is scheduled for fall 2007.', all: ['2007-FA'], raw: 'fall 2007', from: '2007-09-01', to: '2007-12-20' },
  // A written year: either winter that touches it.
  { t: 'It snowed in winter 2009.', all: ['2009-WI'], from: '2008-12-01', to: '2010-03-20' },
  { t: 'The talks will resume this winter.', all: ['2023-WI'], from: '2023-12-01', to: '2024-03-20' },
  // Past: the latest winter begun by publication (December 2022).
  { t: 'Snow closed the pass in the winter.', all: ['2022-WI'] },
  // Unmarked: the season under way.
  { t: 'Leaves turn red in autumn, and spring brings rain.', all: ['2023-FA', '2024-SP'] },
  { t: 'The club held its Autumn meetings.', all: ['2023-FA'], raw: 'Autumn' },
  { t: 'Prices should recover by early spring.', all: ['2024-SP'], raw: 'early spring' },
  { t: 'The spring of next year will tell.', all: ['2024-SP', '2024'], at: 0 },
  { t: 'He came back last summer.', pub: null, all: ['XXXX-SU'] },
  // "fall" is a drop or a tumble unless a year or this/last/next/early/late says otherwise.
  { t: 'a fall in retail sales', all: [] },
  { t: 'He lost his hat in the fall and was cold.', all: [] },
  { t: 'Prices will fall this winter.', all: ['2023-WI'] },
  { t: 'The show returns this fall.', all: ['2023-FA'] },
  // Names and the other springs.
  { t: 'the Arab Spring protests', all: [] },
  { t: 'the Summer Olympics', all: [] },
  { t: 'They bathed in a hot spring.', all: [] },
  { t: 'Prices spring back.', all: [] },
];

const FISCAL_YEARS: Case[] = [
  { t: 'Sales rose in fiscal 2007.', all: ['FY2007'], g: 'fiscal-year', from: '2006-01-01', to: '2008-12-31' },
  { t: 'FY09 results were weak.', all: ['FY2009'] },
  { t: 'in fiscal year 2010', all: ['FY2010'], raw: 'fiscal year 2010' },
  { t: 'in the 2008 fiscal year', all: ['FY2008'] },
  {
    t: 'Orders grew at the very beginning of the financial year.',
    all: ['FY2023'],
    raw: 'the very beginning of the financial year',
  },
  { t: 'Profit fell in the last fiscal year.', all: ['FY2022'] },
  { t: 'the minister of fiscal policy', all: [] },
];

const TOLD_BEFORE: Case[] = [
  { t: 'Orders dropped 12% in January, compared to the same month a year ago.', all: ['2023-01', '2022-01'] },
  { t: 'Exports rose 8% in February compared to the same period last year.', all: ['2023-02', '2022-02'] },
  {
    t: 'Profit rose in the third quarter of 2009, up from the same period a year earlier.',
    all: ['2009-Q3', '2008-Q3'],
  },
  { t: 'Profit rose in the third quarter, against the same quarter of 2019.', all: ['2023-Q3', '2019-Q3'] },
  { t: 'Sales rose in fiscal 2007 from the same period of the last year.', all: ['FY2007', 'FY2006'] },
  // With no date told before, "last year" keeps its own reading.
  { t: 'Prices are up on the same period last year.', all: ['2022'] },
  { t: 'It lost $8 billion last year, $2 billion more than the year before.', all: ['2022', '2021'] },
  { t: 'In 2005 profit rose from the previous year.', all: ['2005', '2004'] },
  { t: 'Profit was up from the previous year.', all: ['2022'] },
  {
    t: 'The club lost $3 million in the fourth quarter of 2011 and $5 million for the entire year.',
    all: ['2011-Q4', '2011'],
  },
  { t: 'Profit for the whole year will rise.', all: ['2023'] },
  { t: 'The barn was built in 1935, the same year the farm was sold.', all: ['1935', '1935'] },
  { t: 'He joined in 1959. Later that year he won.', all: ['1959', '1959'] },
  {
    t: 'The lease will end on June 10. If no buyer is found by that time, the hall closes.',
    all: ['2024-06-10', '2024-06-10'],
    raw: 'that time',
  },
  { t: 'If no buyer is found by that time, the hall closes.', all: [] },
  // A run of days, weeks: the one told (a day the sentence names), else publication's.
  { t: 'The bridge stayed shut for a second consecutive day.', all: ['2023-11-09'], raw: 'a second consecutive day' },
  { t: 'Ticket sales rose for the fourth week in a row.', all: ['2023-W45'], raw: 'the fourth week' },
  { t: 'On Tuesday stocks fell for a third straight day.', all: ['2023-11-07', '2023-11-07'] },
  { t: 'The team had its best week since March.', all: ['2023-W45', '2023-03'], at: 0, raw: 'week' },
  { t: 'Six straight days of losses ended.', all: ['P6D'] },
  // Seven days of a month: the ISO week of their middle day.
  { t: 'Rainfall peaked in the last week of March.', all: ['2023-W13'], from: '2023-03-25', to: '2023-03-31' },
  { t: 'in the first week of May 2009', all: ['2009-W19'], from: '2009-05-01', to: '2009-05-07' },
];

const REFERENCES: Case[] = [
  {
    t: 'The bridge stays closed for the time being as repairs go on.',
    all: ['PRESENT_REF'],
    raw: 'the time being',
  },
  { t: 'given the current state of the harbour', all: ['PRESENT_REF'], raw: 'current', from: PUB, to: PUB },
  { t: 'the current account deficit', all: [] },
  { t: 'by the end of the current financial quarter', all: [] },
  { t: 'The current was strong.', all: [] },
  { t: 'At one point, the river rose two metres.', all: ['PAST_REF'], raw: 'one point', from: null, to: PUB },
  { t: 'The old regime is history, he said.', all: ['PAST_REF'], raw: 'history' },
  { t: "the first time in the country's history", all: [] },
  { t: 'the engine of its most recent model', all: [] },
  { t: 'Prices recently rose.', all: ['PAST_REF'] },
  // "will now": the plan changed; the time is the one named after it.
  { t: 'The ferry will now sail next month.', all: ['2023-12'] },
  { t: 'The player is now smaller.', all: ['PRESENT_REF'] },
  { t: "an exciting time at today's Elmford Motors", all: ['PRESENT_REF'], raw: "today's", from: PUB, to: PUB },
  { t: "today's vote", all: ['2023-11-09'] },
];

const DURATIONS: Case[] = [
  { t: 'The co-op posted an annual profit of $2 million.', all: ['P1Y'], raw: 'annual' },
  { t: 'its first annual loss since 1998', all: ['P1Y', '1998'] },
  { t: 'Quarterly revenue rose.', all: ['P1Q'] },
  { t: 'a record daily gain', all: ['P1D'] },
  { t: 'the annual meeting', all: [] },
  { t: 'daily flights to the coast', all: [] },
  { t: 'It set an intraday low.', all: ['P1D'], raw: 'intraday' },
  { t: 'Prices fell in just minutes.', all: ['PTXM'], raw: 'minutes' },
  { t: 'The repairs will take between 30 and 45 days.', all: ['P30D', 'P45D'] },
  { t: 'He was jailed for two to three years.', all: ['P2Y', 'P3Y'] },
  { t: 'a 60-90 day window', all: ['P60D', 'P90D'] },
  { t: 'It takes one or two days.', all: ['P1D', 'P2D'] },
  // "from two to three years" is a change, two figures; "and" makes a range only after "between".
  { t: 'Terms were raised from two to three years.', all: ['P3Y'] },
  // "a day when…": an occasion, placed by the tense of the clause after it.
  { t: 'If there is ever a day when the bridge will not hold, it will close.', all: ['FUTURE_REF'], raw: 'a day' },
  { t: 'There was a day when markets crashed.', all: ['PAST_REF'] },
  { t: 'It is not a day anyone enjoys.', all: [] },
  { t: 'It fixed the flaw in a week when such fixes take months.', all: ['P1W'] },
];

const YEARS: Case[] = [
  { t: "Brightsoft's PhotoKit '11 suite", all: [] },
  { t: "Rents are at their lowest since '82.", all: ['1982'] },
  { t: "The class of '82 met.", all: ['1982'] },
];

const GROUPS: [string, Case[]][] = [
  ['seasons', SEASONS],
  ['fiscal years', FISCAL_YEARS],
  ['periods told relative to an earlier date', TOLD_BEFORE],
  ['vague references', REFERENCES],
  ['durations', DURATIONS],
  ['clipped years', YEARS],
];

describe('extractTimes: periods, references and spans beyond calendar dates', () => {
  for (const [group, cases] of GROUPS)
    describe(group, () => {
      test.each(cases.map((c) => [`${c.t}${c.pub === null ? ' (no publication date)' : ''}`, c] as const))(
        '%s',
        (_label, c) => check(c),
      );
    });

  test('both bounds of a range of durations hold the whole range', () => {
    const ms = times('The repairs will take between 30 and 45 days.');
    expect(ms.map((m) => m.raw)).toEqual(['30', '45 days']);
    for (const m of ms) expect(m.constraint).toMatchObject({ kind: 'interval', lo: 30 * DAY, hi: 45 * DAY });
    const [two] = times('He was jailed for two to three years.');
    expect(two.constraint).toMatchObject({ lo: 2 * YEAR, hi: 3 * YEAR, loOpen: false, hiOpen: false });
  });

  test('an annual profit spans exactly one year', () => {
    const [m] = times('It posted an annual profit.');
    expect(m).toMatchObject({ type: 'duration', hedge: 'exact', constraint: { lo: YEAR, hi: YEAR } });
  });
});
