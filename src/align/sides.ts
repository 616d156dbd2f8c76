/**
 * Pairwise conflict: which claims cannot both hold, and the sides of a contradiction.
 *
 * Claims are first reduced to their distinct comparable constraints (d values for n claims, a
 * hash group-by: O(n)). Two values conflict when their constraints do not meet. A value that is
 * compatible with two values that conflict with each other ("at least 40" beside 117 and 118)
 * is loose: it is shown as compatible with those sides, never as a side of its own. Among the
 * other values compatibility is transitive (were a ~ b ~ c with a, c in conflict, b would be
 * loose), so the sides are its classes. Nothing depends on the order of the claims: values are
 * sorted by a canonical key first. Cost: O(n log n) for the claims, O(d² · d/32) for the values
 * (compatibility rows as bit sets); d is the number of distinct values, a handful per fact.
 */
import type { Constraint } from '../model';
import type { Claim } from '../model/claim';
import type { CompiledFact } from '../rules/types';
import { comparable, intersect } from './constraints';

export interface Value {
  key: string;
  constraint: Constraint;
  claims: Claim[];
}

export interface SideSplit {
  /** Sides of claims (one side: no conflict), unordered. */
  sides: Claim[][];
  /** Claims on no side, with the indexes (into sides) of the sides they are compatible with. */
  loose: Map<Claim, number[]>;
  /** Pairs of claim lists whose values cannot both hold (one entry per pair of distinct values). */
  conflicts: [Claim[], Claim[]][];
}

const infinite = (v: unknown) => v === Infinity || v === -Infinity;

/** A constraint's canonical key: its JSON, with an infinite bound written "inf" / "-inf". */
export const constraintKey = (c: Constraint) =>
  // Without an infinite value the replacer changes nothing, and JSON without one is several
  // times faster (this runs for every claim of every fact).
  Object.values(c).some(
    (v) =>
      infinite(v) ||
      (typeof v === 'object' && v !== null && !Array.isArray(v)) ||
      (Array.isArray(v) && v.some(infinite)),
  )
    ? JSON.stringify(c, (_k, v: unknown) => (v === Infinity ? 'inf' : v === -Infinity ? '-inf' : v))
    : JSON.stringify(c);

/** Distinct comparable values of the claims, in a canonical order. */
export function valuesOf(claims: Claim[], fact: CompiledFact): Value[] {
  const byKey = new Map<string, Value>();
  for (const claim of claims) {
    const constraint = comparable(claim.constraint, fact);
    const key = constraintKey(constraint);
    let v = byKey.get(key);
    if (!v) byKey.set(key, (v = { key, constraint, claims: [] }));
    v.claims.push(claim);
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export const compatible = (a: Claim, b: Claim, fact: CompiledFact): boolean =>
  intersect(comparable(a.constraint, fact), comparable(b.constraint, fact)) !== null;

class BitRows {
  private readonly words: number;
  private readonly bits: Uint32Array;
  constructor(readonly size: number) {
    this.words = Math.ceil(size / 32) || 1;
    this.bits = new Uint32Array(this.words * size);
  }
  set(i: number, j: number): void {
    this.bits[i * this.words + (j >>> 5)] |= 1 << (j & 31);
  }
  has(i: number, j: number): boolean {
    return (this.bits[i * this.words + (j >>> 5)] & (1 << (j & 31))) !== 0;
  }
  /** Whether row i has a bit that row j lacks. */
  exceeds(i: number, j: number): boolean {
    for (let w = 0; w < this.words; w++)
      if ((this.bits[i * this.words + w] & ~this.bits[j * this.words + w]) !== 0) return true;
    return false;
  }
}

export function splitSides(claims: Claim[], fact: CompiledFact): SideSplit {
  const values = valuesOf(claims, fact);
  const d = values.length;
  const compat = new BitRows(d);
  const conflicts: [Claim[], Claim[]][] = [];
  for (let i = 0; i < d; i++) {
    compat.set(i, i);
    for (let j = i + 1; j < d; j++) {
      if (intersect(values[i].constraint, values[j].constraint)) {
        compat.set(i, j);
        compat.set(j, i);
      } else conflicts.push([values[i].claims, values[j].claims]);
    }
  }
  if (!conflicts.length) return { sides: [claims], loose: new Map(), conflicts };
  // Loose: compatible with some a whose own compatible set misses another of ours (a conflict).
  const loose = values.map((_, i) => {
    for (let a = 0; a < d; a++) if (a !== i && compat.has(i, a) && compat.exceeds(i, a)) return true;
    return false;
  });
  let sideOf = classes(
    d,
    (i, j) => !loose[i] && !loose[j] && compat.has(i, j),
    (i) => !loose[i],
  );
  if (new Set(sideOf.filter((s) => s >= 0)).size < 2) {
    // Every value compatible with conflicting ones (rare, with weekday sets): first-fit in canonical order.
    sideOf = firstFit(values);
    loose.fill(false);
  }
  const sideCount = Math.max(...sideOf) + 1;
  const sides: Claim[][] = Array.from({ length: sideCount }, () => []);
  const looseClaims = new Map<Claim, number[]>();
  values.forEach((v, i) => {
    if (!loose[i]) sides[sideOf[i]].push(...v.claims);
    else {
      const withSides = [...new Set(values.map((_, j) => (j !== i && !loose[j] && compat.has(i, j) ? sideOf[j] : -1)))]
        .filter((s) => s >= 0)
        .sort((a, b) => a - b);
      for (const c of v.claims) looseClaims.set(c, withSides);
    }
  });
  return { sides, loose: looseClaims, conflicts };
}

/** Classes of the relation `same` over the members (-1 for non-members), numbered by first member. */
function classes(d: number, same: (i: number, j: number) => boolean, member: (i: number) => boolean): number[] {
  const out = new Array<number>(d).fill(-1);
  let next = 0;
  for (let i = 0; i < d; i++) {
    if (!member(i) || out[i] >= 0) continue;
    out[i] = next;
    for (let j = i + 1; j < d; j++) if (out[j] < 0 && same(i, j)) out[j] = next;
    next++;
  }
  return out;
}

function firstFit(values: Value[]): number[] {
  const joint: Constraint[] = [];
  return values.map((v) => {
    for (let s = 0; s < joint.length; s++) {
      const j = intersect(joint[s], v.constraint);
      if (j) {
        joint[s] = j;
        return s;
      }
    }
    joint.push(v.constraint);
    return joint.length - 1;
  });
}
