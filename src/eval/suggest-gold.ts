/**
 * The ECB+ gold values (eval/real/gold) as constraints, for scoring the packs `suggest`
 * proposes: which gold values of a fact cannot both hold, and whether a claim states a gold
 * value. The rules follow eval/README.md: dates meet the gold day, month, year or weekday;
 * numbers equal the gold number within the gold fact's tolerance; places are the same place
 * or one holding or held by it.
 */
import type { Constraint, DaysConstraint, IntervalConstraint } from '../model';
import type { Claim } from '../model/claim';
import type { CompiledFact, CompiledPack } from '../rules/types';
import { comparable, intersect } from '../align/constraints';
import { TIME_UNITS, unitKey } from '../lexicon/time-units';
import { dayNumber, daysInMonth, parseIsoDay } from '../util/calendar';

// The gold file format is the one eval:real reads (src/eval/real.ts).
export type { GoldFact, GoldFile, GoldValue } from './real';
import type { GoldFact, GoldValue } from './real';

/** A gold date as a set of days; null for a yearless day ("XXXX-11-12"), compared by month and day. */
function goldDays(v: string): DaysConstraint | { month: number; day: number } {
  const week = /^XXXX-WXX-(\d)$/.exec(v);
  if (week) return { kind: 'days', from: null, to: null, weekdays: 1 << (Number(week[1]) % 7) };
  const yearless = /^XXXX-(\d\d)-(\d\d)$/.exec(v);
  if (yearless) return { month: Number(yearless[1]), day: Number(yearless[2]) };
  const day = parseIsoDay(v);
  if (day !== null) return { kind: 'days', from: day, to: day, weekdays: 0x7f };
  const month = /^(\d{4})-(\d\d)$/.exec(v);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    return { kind: 'days', from: dayNumber(y, m, 1), to: dayNumber(y, m, daysInMonth(y, m)), weekdays: 0x7f };
  }
  const year = /^(\d{4})$/.exec(v);
  if (year) {
    const y = Number(year[1]);
    return { kind: 'days', from: dayNumber(y, 1, 1), to: dayNumber(y, 12, 31), weekdays: 0x7f };
  }
  throw new Error(`gold: unreadable date "${v}"`);
}

/** The gold number in the claims' unit (durations in seconds). */
function goldNumber(g: GoldValue, gf: GoldFact): number {
  const x = Number(g.value);
  if (gf.type !== 'duration') return x;
  const key = gf.unit === 's' ? 'second' : gf.unit === 'h' ? 'hour' : unitKey(gf.unit ?? 'second');
  const unit = key ? TIME_UNITS[key] : undefined;
  if (!unit) throw new Error(`gold: unknown duration unit "${gf.unit}"`);
  return x * unit.seconds;
}

function goldInterval(g: GoldValue, gf: GoldFact, fact: CompiledFact): IntervalConstraint {
  const x = goldNumber(g, gf);
  const unit = fact.unit?.id ?? (gf.type === 'duration' ? 's' : '');
  const band = Math.abs(x) * fact.hedges.about;
  const at = (lo: number, hi: number, loOpen = false, hiOpen = false): IntervalConstraint => ({
    kind: 'interval',
    lo,
    hi,
    loOpen,
    hiOpen,
    unit,
  });
  switch (g.hedge ?? 'exact') {
    case 'about':
      return at(x - band, x + band);
    case 'at-least':
      return at(x, Infinity);
    case 'more-than':
      return at(x, Infinity, true);
    case 'at-most':
    case 'nearly':
      return at(0, x);
    case 'less-than':
      return at(0, x, false, true);
    default:
      return at(x, x);
  }
}

function goldConstraint(g: GoldValue, gf: GoldFact, fact: CompiledFact, pack: CompiledPack): Constraint | null {
  if (gf.type === 'date' || gf.type === 'year') {
    const d = goldDays(String(g.value));
    return 'kind' in d ? d : null;
  }
  if (gf.type === 'place') return { kind: 'place', path: pack.places.get(String(g.value))?.path ?? [String(g.value)] };
  if (gf.type === 'name') return { kind: 'name', id: String(g.value) };
  return goldInterval(g, gf, fact);
}

/** Can both gold values hold, with the gold fact's tolerance? */
export function goldCompatible(
  a: GoldValue,
  b: GoldValue,
  gf: GoldFact,
  fact: CompiledFact,
  pack: CompiledPack,
): boolean {
  const [ca, cb] = [goldConstraint(a, gf, fact, pack), goldConstraint(b, gf, fact, pack)];
  // A yearless day ("XXXX-11-12") is compared as written; with a dated value it may hold.
  if (!ca || !cb) return String(a.value) === String(b.value) || !ca !== !cb;
  return intersect(comparable(ca, fact), comparable(cb, fact)) !== null;
}

/** Does a claim (of a proposed fact) state this gold value? */
export function claimStates(claim: Claim, g: GoldValue, gf: GoldFact, fact: CompiledFact, pack: CompiledPack): boolean {
  const c = claim.constraint;
  if (gf.type === 'place') {
    if (c.kind !== 'place') return false;
    const gold = String(g.value);
    const goldPath = pack.places.get(gold)?.path ?? [gold];
    return c.path.includes(gold) || goldPath.includes(claim.value) || claim.value === gold;
  }
  if (gf.type === 'name') return claim.value === String(g.value);
  if (gf.type === 'date' || gf.type === 'year') {
    if (c.kind !== 'days') return false;
    const d = goldDays(String(g.value));
    return 'kind' in d ? intersect(c, d) !== null : false;
  }
  if (c.kind !== 'interval') return false;
  const x = goldNumber(g, gf);
  const tol = Math.max(fact.tolerance.absolute + Math.abs(x) * fact.tolerance.relative, Math.abs(x) * 1e-9);
  // The number the claim states: its floor, ceiling or middle.
  const h = claim.hedge ?? 'exact';
  const stated =
    h === 'at-least' || h === 'more-than'
      ? c.lo
      : h === 'at-most' || h === 'less-than' || h === 'nearly'
        ? c.hi
        : h === 'about'
          ? (c.lo + c.hi) / 2
          : c.lo;
  if (h === 'exact' && c.lo !== c.hi) return x >= c.lo - tol && x <= c.hi + tol;
  return Math.abs(stated - x) <= tol;
}
