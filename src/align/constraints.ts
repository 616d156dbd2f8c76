/**
 * The core idea: every value is a constraint, and two claims contradict when their
 * constraints do not meet. `intersect` returns the values both allow, or null.
 */
import type { Constraint, DaysConstraint, IntervalConstraint, PlaceConstraint } from '../model';
import type { CompiledFact } from '../rules/types';
import { dayNumber, daysInMonth, fromDayNumber, weekdayOf } from '../util/calendar';

function daysNonEmpty(c: DaysConstraint): boolean {
  if (!c.weekdays) return false;
  if (c.from === null || c.to === null) return true;
  if (c.from > c.to) return false;
  if (c.to - c.from >= 6) return true;
  for (let d = c.from; d <= c.to; d++) if (c.weekdays & (1 << weekdayOf(d))) return true;
  return false;
}

function intersectDays(a: DaysConstraint, b: DaysConstraint): DaysConstraint | null {
  const from = a.from === null ? b.from : b.from === null ? a.from : Math.max(a.from, b.from);
  const to = a.to === null ? b.to : b.to === null ? a.to : Math.min(a.to, b.to);
  const c: DaysConstraint = { kind: 'days', from, to, weekdays: a.weekdays & b.weekdays };
  return daysNonEmpty(c) ? c : null;
}

function intersectIntervals(a: IntervalConstraint, b: IntervalConstraint): IntervalConstraint | null {
  if (a.unit !== b.unit) return null; // different units are never silently compared
  const [lo, loOpen] = a.lo > b.lo ? [a.lo, a.loOpen] : a.lo < b.lo ? [b.lo, b.loOpen] : [a.lo, a.loOpen || b.loOpen];
  const [hi, hiOpen] = a.hi < b.hi ? [a.hi, a.hiOpen] : a.hi > b.hi ? [b.hi, b.hiOpen] : [a.hi, a.hiOpen || b.hiOpen];
  if (lo > hi || (lo === hi && (loOpen || hiOpen))) return null;
  return { kind: 'interval', lo, hi, loOpen, hiOpen, unit: a.unit };
}

function intersectPlaces(a: PlaceConstraint, b: PlaceConstraint): PlaceConstraint | null {
  if (!a.near !== !b.near) {
    // "near Elmford" against a place: compared at Elmford's parent, so Elmford and its neighbours agree
    const [near, place] = a.near ? [a, b] : [b, a];
    return intersectPlaces({ kind: 'place', path: near.path.slice(0, -1) }, { kind: 'place', path: place.path });
  }
  const [short, long] = a.path.length <= b.path.length ? [a, b] : [b, a];
  return short.path.every((id, i) => long.path[i] === id) ? long : null;
}

/** Weekdays within `before` days before or `after` days after an allowed weekday. */
function spreadWeekdays(mask: number, before: number, after: number): number {
  let out = 0;
  for (let d = 0; d < 7; d++) {
    if (!(mask & (1 << d))) continue;
    for (let k = -before; k <= after; k++) out |= 1 << ((((d + k) % 7) + 7) % 7);
  }
  return out;
}

export function intersect(a: Constraint, b: Constraint): Constraint | null {
  if (a.kind !== b.kind) return null;
  switch (a.kind) {
    case 'days':
      return intersectDays(a, b as DaysConstraint);
    case 'interval':
      return intersectIntervals(a, b as IntervalConstraint);
    case 'place':
      return intersectPlaces(a, b as PlaceConstraint);
    case 'name':
      return a.id === (b as typeof a).id ? a : null;
  }
}

/**
 * The constraint a claim is compared with: widened by the fact's tolerance and coarsened
 * to its date granularity. Widening both sides by half would be symmetric too; widening each
 * by the full tolerance is what an editor means by "within 5 km/h of each other".
 */
export function comparable(c: Constraint, fact: CompiledFact): Constraint {
  const tol = fact.tolerance;
  if (c.kind === 'interval' && (tol.absolute || tol.relative)) {
    const widen = (x: number) => tol.absolute + Math.abs(x) * tol.relative;
    return {
      ...c,
      lo: c.lo - (Number.isFinite(c.lo) ? widen(c.lo) / 2 : 0),
      hi: c.hi + (Number.isFinite(c.hi) ? widen(c.hi) / 2 : 0),
    };
  }
  if (c.kind === 'days') {
    let { from, to, weekdays } = c;
    if (fact.granularity && fact.granularity !== 'day') {
      if (from !== null) {
        const f = fromDayNumber(from);
        from = dayNumber(f.year, fact.granularity === 'year' ? 1 : f.month, 1);
      }
      if (to !== null) {
        const t = fromDayNumber(to);
        to =
          fact.granularity === 'year'
            ? dayNumber(t.year, 12, 31)
            : dayNumber(t.year, t.month, daysInMonth(t.year, t.month));
      }
      if (c.from !== null && c.to !== null) weekdays = 0x7f; // a bounded date coarsened to its month or year
    }
    // Two dates agree when at most `absolute` days apart: widen each by half, rounding the end up.
    const before = Math.floor(tol.absolute / 2);
    const after = Math.ceil(tol.absolute / 2);
    if (before || after) weekdays = spreadWeekdays(weekdays, before, after);
    return { kind: 'days', from: from === null ? null : from - before, to: to === null ? null : to + after, weekdays };
  }
  return c;
}
