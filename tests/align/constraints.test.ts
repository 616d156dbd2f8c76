import { comparable, intersect } from '../../src/align/constraints';
import { dayNumber, weekdayOf } from '../../src/util/calendar';
import type { CompiledFact } from '../../src/rules/types';
import type { DaysConstraint, IntervalConstraint } from '../../src/model';

const day = (y: number, m: number, d: number): DaysConstraint => ({
  kind: 'days',
  from: dayNumber(y, m, d),
  to: dayNumber(y, m, d),
  weekdays: 0x7f,
});
const anyWeekday = (w: number): DaysConstraint => ({ kind: 'days', from: null, to: null, weekdays: 1 << w });
const year = (y: number): DaysConstraint => ({
  kind: 'days',
  from: dayNumber(y, 1, 1),
  to: dayNumber(y, 12, 31),
  weekdays: 0x7f,
});
const iv = (lo: number, hi: number, unit = 'km/h', loOpen = false, hiOpen = false): IntervalConstraint => ({
  kind: 'interval',
  lo,
  hi,
  loOpen,
  hiOpen,
  unit,
});
const fact = (over: Partial<CompiledFact> = {}) =>
  ({ tolerance: { absolute: 0, relative: 0 }, granularity: null, ...over }) as CompiledFact;

describe('dates as sets of days', () => {
  test('2023-11-09 was a Thursday, so it contradicts "on Sunday" with no publication date', () => {
    expect(weekdayOf(dayNumber(2023, 11, 9))).toBe(4);
    expect(intersect(day(2023, 11, 9), anyWeekday(0))).toBeNull();
    expect(intersect(day(2023, 11, 9), anyWeekday(4))).not.toBeNull();
  });
  test('a day agrees with its year and its month, not with another year', () => {
    expect(intersect(day(2019, 4, 25), year(2019))).not.toBeNull();
    expect(intersect(year(2015), year(2019))).toBeNull();
  });
  test('a weekday inside a short range must actually occur in it', () => {
    const monToWed: DaysConstraint = {
      kind: 'days',
      from: dayNumber(2023, 9, 11),
      to: dayNumber(2023, 9, 13),
      weekdays: 0x7f,
    };
    expect(intersect(monToWed, anyWeekday(0))).toBeNull(); // no Sunday between Mon 11 and Wed 13 Sept 2023
    expect(intersect(monToWed, anyWeekday(2))).toEqual({
      kind: 'days',
      from: dayNumber(2023, 9, 11),
      to: dayNumber(2023, 9, 13),
      weekdays: 4,
    });
  });
  test('tolerance in days lets neighbouring days agree, and no further', () => {
    const f = fact({ tolerance: { absolute: 1, relative: 0 } });
    expect(intersect(comparable(day(2023, 9, 10), f), comparable(day(2023, 9, 11), f))).not.toBeNull();
    expect(intersect(comparable(day(2023, 9, 10), f), comparable(day(2023, 9, 12), f))).toBeNull();
    // "on Sunday" with one day of tolerance allows Saturday to Monday.
    expect(intersect(comparable(anyWeekday(0), f), comparable(day(2023, 9, 11), f))).not.toBeNull(); // a Monday
    expect(intersect(comparable(anyWeekday(0), f), comparable(day(2023, 9, 13), f))).toBeNull(); // a Wednesday
  });
  test('month granularity: two days of one month agree', () => {
    const f = fact({ granularity: 'month' });
    expect(intersect(comparable(day(2023, 9, 1), f), comparable(day(2023, 9, 30), f))).not.toBeNull();
    expect(intersect(comparable(day(2023, 9, 30), f), comparable(day(2023, 10, 1), f))).toBeNull();
  });
});

describe('numbers as intervals', () => {
  test('exact values meet only when equal', () => {
    expect(intersect(iv(59, 59), iv(59, 59))).not.toBeNull();
    expect(intersect(iv(59, 59), iv(60, 60))).toBeNull();
  });
  test('"at least 12" meets 15 but not 10; "more than 60" excludes 60 itself', () => {
    expect(intersect(iv(12, Infinity), iv(15, 15))).not.toBeNull();
    expect(intersect(iv(12, Infinity), iv(10, 10))).toBeNull();
    expect(intersect(iv(60, Infinity, 'km/h', true), iv(60, 60))).toBeNull();
    expect(intersect(iv(60, Infinity, 'km/h', false), iv(60, 60))).not.toBeNull();
  });
  test('absolute tolerance: values within 5 agree, 6 apart do not', () => {
    const f = fact({ tolerance: { absolute: 5, relative: 0 } });
    expect(intersect(comparable(iv(59, 59), f), comparable(iv(64, 64), f))).not.toBeNull();
    expect(intersect(comparable(iv(59, 59), f), comparable(iv(65.5, 65.5), f))).toBeNull();
  });
  test('different units are never silently compared', () => {
    expect(intersect(iv(10, 10, 'km'), iv(10, 10, 'mi'))).toBeNull();
  });
});

describe('places and names', () => {
  const place = (...path: string[]) => ({ kind: 'place' as const, path });
  test('a place agrees with its ancestors and descendants, not its siblings', () => {
    expect(intersect(place('russia'), place('russia', 'krai', 'khasan'))).toEqual(place('russia', 'krai', 'khasan'));
    expect(intersect(place('russia', 'krai', 'vladivostok'), place('russia', 'krai', 'khasan'))).toBeNull();
  });
  test('names agree by canonical id', () => {
    expect(intersect({ kind: 'name', id: 'a' }, { kind: 'name', id: 'a' })).not.toBeNull();
    expect(intersect({ kind: 'name', id: 'a' }, { kind: 'name', id: 'b' })).toBeNull();
  });
});
