/**
 * A mention as a value of a fact: is it the right kind, and what is it in the fact's terms
 * (canonical unit, display form)?
 */
import type { Constraint, DaysConstraint, Hedge, IntervalConstraint, Mention } from '../model';
import type { CompiledFact, CompiledPack } from '../rules/types';
import { convertInterval } from '../mentions/quantities';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon';
import { fromDayNumber, isoDay, weekdayOf } from '../util/calendar';

export interface FactValue {
  value: string;
  display: string;
  constraint: Constraint;
  /** A place named as a reference point ("near Elmford"). */
  relation?: 'near';
  /** The value is the article's publication date, taken for an undated cue ("has set off"). */
  fromPublished?: true;
}

/**
 * A place the text names as a reference point: somewhere about it, which agrees with the
 * place, its neighbours and the region holding them (a root: anywhere); two places each
 * named as near are compared as the places. `nearBefore`: the pack's (lexicon/relations.ts).
 */
export function nearValue(v: FactValue, before: string, nearBefore: RegExp): FactValue {
  if (v.constraint.kind !== 'place' || !nearBefore.test(before)) return v;
  return {
    value: v.value,
    display: v.display, // the place as named; the evidence shows "near"
    constraint: { kind: 'place', path: v.constraint.path, near: true },
    relation: 'near',
  };
}

/** Which mention types can carry a value of each fact type. */
export const MENTION_TYPES: Record<CompiledFact['type'], Mention['type'][]> = {
  date: ['date'],
  year: ['date'],
  duration: ['duration'],
  count: ['number'],
  quantity: ['quantity'],
  place: ['place'],
  name: ['name'],
};

export function describeDays(c: DaysConstraint): string {
  const mask = c.weekdays & 0x7f;
  const weekdays = mask === 0x7f ? '' : WEEKDAY_NAMES.filter((_, i) => mask & (1 << i)).join('/');
  if (c.from === null || c.to === null)
    return weekdays
      ? `a ${weekdays}`
      : c.from !== null
        ? `from ${isoDay(c.from)}`
        : c.to !== null
          ? `until ${isoDay(c.to)}`
          : 'any day';
  if (c.from === c.to) return `${isoDay(c.from)} (${WEEKDAY_NAMES[weekdayOf(c.from)].slice(0, 3)})`;
  const a = fromDayNumber(c.from);
  const b = fromDayNumber(c.to);
  const suffix = weekdays ? `, a ${weekdays}` : '';
  if (a.day === 1 && a.month === 1 && b.month === 12 && b.day === 31)
    return a.year === b.year ? `${a.year}${suffix}` : `${a.year}–${b.year}${suffix}`;
  if (a.year === b.year && a.month === b.month && a.day === 1 && fromDayNumber(c.to + 1).day === 1)
    return `${MONTH_NAMES[a.month - 1]} ${a.year}${suffix}`;
  return `${isoDay(c.from)} – ${isoDay(c.to)}${suffix}`;
}

/** Rounded for people (two decimals); canonical values use quantities.formatNumber. */
function displayNumber(x: number): string {
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '-∞';
  return String(Math.abs(x) >= 1e6 ? Number(x.toPrecision(6)) : Math.round(x * 100) / 100);
}

export function describeInterval(c: IntervalConstraint): string {
  const u = c.unit ? ` ${c.unit}` : '';
  if (c.lo === c.hi) return `${displayNumber(c.lo)}${u}`;
  if (c.hi === Infinity) return `${c.loOpen ? 'more than' : 'at least'} ${displayNumber(c.lo)}${u}`;
  if (c.lo === -Infinity || (c.lo === 0 && !c.loOpen))
    return `${c.hiOpen ? 'less than' : 'up to'} ${displayNumber(c.hi)}${u}`;
  return `${displayNumber(c.lo)}–${displayNumber(c.hi)}${u}`;
}

/** A hedged number as the article put it, in the fact's unit: "about 59 km/h", "at least 20". */
export function describeHedged(c: IntervalConstraint, hedge: Hedge | undefined): string {
  const u = c.unit ? ` ${c.unit}` : '';
  switch (hedge) {
    case 'about':
      return `about ${displayNumber((c.lo + c.hi) / 2)}${u}`;
    case 'nearly':
      return `nearly ${displayNumber(c.hi)}${u}`;
    default:
      return describeInterval(c); // bounds already read "at least", "more than", "up to"…
  }
}

/**
 * Does a date mention say which year? "1998", "the 1990s", "last year", "March 2005" and
 * "11 March 2005" do; "Friday" or "on 27 December" do not, even when resolved against the
 * publication date, so they are never values of a year fact.
 */
export function namesYear(m: Mention): boolean {
  return m.granularity === 'year' || m.granularity === 'decade' || /\d{4}|\byear\b/i.test(m.raw);
}

/** The mention's value in the fact's terms, or null when it cannot be a value of the fact. */
export function factValue(m: Mention, fact: CompiledFact, pack: CompiledPack): FactValue | null {
  if (m.type === 'pattern') {
    // Pattern facts: a count is the number inside the match; a name the mapped (or normalized) text.
    if (!fact.patterns) return null;
    if (fact.type === 'count')
      return m.constraint.kind === 'interval'
        ? { value: m.value, display: describeHedged(m.constraint, m.hedge), constraint: m.constraint }
        : null;
    const value = fact.map?.get(m.value) ?? m.value;
    return { value, display: value, constraint: { kind: 'name', id: value } };
  }
  if (!MENTION_TYPES[fact.type].includes(m.type)) return null;
  switch (fact.type) {
    case 'date':
    case 'year': {
      if (fact.type === 'year' && !namesYear(m)) return null;
      const c = m.constraint as DaysConstraint;
      const value = fact.type === 'year' && m.granularity === 'year' ? m.value.slice(0, 4) : m.value;
      return { value, display: describeDays(c), constraint: c };
    }
    case 'duration':
      return { value: m.value, display: `${m.raw}`, constraint: m.constraint };
    case 'count': {
      const c = m.constraint as IntervalConstraint;
      return { value: m.value, display: describeHedged(c, m.hedge), constraint: c };
    }
    case 'quantity': {
      if (!fact.unit || !m.unit || m.dimension !== fact.unit.dimension) return null;
      const c = convertInterval(m.constraint as IntervalConstraint, fact.unit, pack.units);
      const value = describeHedged(c, m.hedge);
      // Show what the article wrote when it used another unit: "22.22 km/h (12 knots)".
      return { value, display: m.unit === fact.unit.id ? value : `${value} (${m.raw})`, constraint: c };
    }
    case 'place': {
      const entry = pack.places.get(m.value);
      if (!entry || (fact.kinds && !fact.kinds.includes(entry.kind ?? ''))) return null;
      if (fact.within && !fact.within.some((id) => entry.path.includes(id))) return null;
      return { value: entry.id, display: entry.name, constraint: m.constraint };
    }
    case 'name': {
      const entry = pack.names.get(m.value);
      if (!entry || (fact.category && entry.category !== fact.category)) return null;
      return { value: entry.id, display: entry.name, constraint: m.constraint };
    }
  }
}

/** The publication date as the value of an undated cue ("has set off"). */
export function publishedValue(published: string, day: number): FactValue {
  const c: DaysConstraint = { kind: 'days', from: day, to: day, weekdays: 0x7f };
  return { value: published, display: describeDays(c), constraint: c, fromPublished: true };
}
