/** The parts a finding is built from, and how its messages name sides and sources. */
import { createHash } from 'node:crypto';
import type { Constraint, FindingSeverity, Status } from '../model';
import type { Claim } from '../model/claim';
import type { CompiledFact, CompiledPack } from '../rules/types';
import type { Finding, ReportWitness, TimelineStep } from '../model/report';
import type { Labels } from './labels';
import type { Witness } from './witness';
import { plural } from '../util/text';

/** The distinct articles of some claims, sorted. */
export function articlesOf(claims: Claim[]): string[] {
  // Claims mostly come in position order: then the sorted list is the run of distinct ids
  // (this runs several times per finding, over every claim of the fact).
  const out: string[] = [];
  for (const c of claims) {
    const last = out.length ? out[out.length - 1] : null;
    if (last === null || last < c.article) out.push(c.article);
    else if (last !== c.article) return [...new Set(claims.map((x) => x.article))].sort();
  }
  return out;
}
export const byPosition = (a: Claim, b: Claim) =>
  a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start;

export function range(c: Constraint): [number | null, number | null] | null {
  if (c.kind === 'days') return c.from === null && c.to === null ? null : [c.from, c.to];
  if (c.kind === 'interval') return [Number.isFinite(c.lo) ? c.lo : null, Number.isFinite(c.hi) ? c.hi : null];
  return null;
}

export function fingerprint(parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

export function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}

/** A side of a finding: its claims, numbered from 1 by the caller's order. */
export interface Side {
  claims: Claim[];
}

/** Everything a finding is made of; `buildFinding` turns it into the report's shape. */
export interface FindingDraft {
  pack: CompiledPack;
  fact: CompiledFact;
  part: string | null;
  status: Status;
  severity: FindingSeverity;
  /** Sides in display order (group 1 first). */
  sides: Side[];
  /** Claims on no side, with the indexes (into sides) of the sides they are compatible with. */
  loose: Map<Claim, number[]>;
  conflicts: [Claim[], Claim[]][];
  message: string;
  timeline: TimelineStep[] | null;
  asOf: string | null;
  check: Finding['check'];
  stale?: Set<Claim>;
  /** Parts put into the fingerprint beyond the values (a day, an article). */
  idParts?: string[];
}

/** "2019 in a.md" (no outlet known) or "118 (AP, May 3; Reuters, May 3)". */
export function sideText(
  labels: Labels,
  claims: Claim[],
  named = labels.anyOutlet(articlesOf(claims)),
  witness?: Map<Claim, Witness>,
): string {
  const display = [...new Set(claims.map((c) => c.display))].join(' / ');
  const ids = articlesOf(claims);
  const w = witness ? witnessSummary(witnessesOf(claims, witness)) : null;
  const copies = w ? ` (${w})` : '';
  return named
    ? `${display} (${ids.map((id) => labels.label(id)).join('; ')})${copies}`
    : `${display} in ${ids.join(', ')}${copies}`;
}

/** "a.md contradicts itself: 3:12 says 2019, 9:4 says 2015". */
export function selfText(labels: Labels, article: string, sides: Claim[][]): string {
  const name = labels.outlet(article) ?? article;
  const lines = sides
    .map((s) => s.filter((c) => c.article === article).sort(byPosition)[0])
    .filter((c): c is Claim => !!c)
    .map((c) => `line ${c.line} says ${c.display}`);
  return `${name} contradicts itself: ${lines.join(', ')}`;
}

/** Articles with claims on two sides or more. */
export function selfContradictions(sides: Claim[][]): string[] {
  const seen = new Map<string, number>();
  sides.forEach((s) => {
    for (const a of articlesOf(s)) seen.set(a, (seen.get(a) ?? 0) + 1);
  });
  return [...seen]
    .filter(([, n]) => n > 1)
    .map(([a]) => a)
    .sort();
}

/** Sides ordered as reports show them: most articles first; ties by the first claim's position. */
export function orderSides(sides: Claim[][], witness?: Map<Claim, Witness>): Claim[][] {
  const witnesses = (s: Claim[]) => (witness ? new Set(s.map((c) => witness.get(c)!.id)).size : 0);
  // Most witnesses first, then most outlets; ties by the first claim's position.
  return sides
    .map((s) => [...s].sort(byPosition))
    .sort(
      (a, b) => witnesses(b) - witnesses(a) || articlesOf(b).length - articlesOf(a).length || byPosition(a[0], b[0]),
    );
}

/** "3 outlets, 2 witnesses: AP wire (2 outlets), bbc.md" where copies were found, else null. */
export function witnessSummary(witnesses: ReportWitness[]): string | null {
  if (!witnesses.some((w) => w.articles.length > 1)) return null;
  const one = (w: ReportWitness) => (w.articles.length > 1 ? `${w.label} (${w.articles.length} outlets)` : w.label);
  const outlets = witnesses.reduce((n, w) => n + w.articles.length, 0);
  return `${outlets} outlets, ${plural(witnesses.length, 'witness', 'witnesses')}: ${witnesses.map(one).join(', ')}`;
}

/** The witnesses of some claims, each with the articles of those claims that print it. */
export function witnessesOf(claims: Claim[], witness: Map<Claim, Witness>): ReportWitness[] {
  const seen = new Map<string, ReportWitness>();
  for (const c of claims) {
    const w = witness.get(c)!;
    const r = seen.get(w.id);
    if (!r) seen.set(w.id, { id: w.id, label: w.label, articles: [c.article] });
    else if (!r.articles.includes(c.article)) r.articles.push(c.article);
  }
  for (const r of seen.values()) r.articles.sort();
  return [...seen.values()].sort((a, b) =>
    a.articles[0] < b.articles[0] ? -1 : a.articles[0] > b.articles[0] ? 1 : 0,
  );
}

export function titleOf(fact: CompiledFact, part: string | null, pack: CompiledPack): string {
  if (!part) return fact.title;
  return `${fact.title} (${pack.places.get(part)?.name ?? pack.names.get(part)?.name ?? part})`;
}
