/**
 * Alignment: claims grouped by story and fact (a hash group-by, linear in the number of
 * claims), then split into compatible groups by constraint intersection.
 */
import { createHash } from 'node:crypto';
import type { Constraint, FindingSeverity, Status } from '../model';
import type { Claim } from '../model/claim';
import type { CompiledFact, CompiledPack } from '../rules/types';
import type { Finding, ReportClaim, ReportGroup } from '../model/report';
import { comparable, intersect } from './constraints';

interface Group {
  constraint: Constraint;
  claims: Claim[];
}

/** Greedy grouping in a fixed order: a claim joins the first group whose joint constraint it meets. */
export function groupClaims(claims: Claim[], fact: CompiledFact): Group[] {
  const groups: Group[] = [];
  for (const claim of claims) {
    const c = comparable(claim.constraint, fact);
    let placed = false;
    for (const g of groups) {
      const joint = intersect(g.constraint, c);
      if (joint) {
        g.constraint = joint;
        g.claims.push(claim);
        placed = true;
        break;
      }
    }
    if (!placed) groups.push({ constraint: c, claims: [claim] });
  }
  return groups;
}

const articlesOf = (claims: Claim[]) => [...new Set(claims.map((c) => c.article))].sort();
const byPosition = (a: Claim, b: Claim) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start);

function range(c: Constraint): [number | null, number | null] | null {
  if (c.kind === 'days') return c.from === null && c.to === null ? null : [c.from, c.to];
  if (c.kind === 'interval') return [Number.isFinite(c.lo) ? c.lo : null, Number.isFinite(c.hi) ? c.hi : null];
  return null;
}

export function fingerprint(parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}

function defaultMessage(status: Status, fact: CompiledFact, groups: ReportGroup[]): string {
  const list = (g: ReportGroup) => `${g.display} in ${g.articles.join(', ')}`;
  if (status === 'contradiction') return `${fact.title}: sources disagree: ${groups.map(list).join(' vs ')}`;
  if (status === 'agreement')
    return `${fact.title}: ${groups[0].articles.length} sources agree on ${groups[0].display}`;
  return `${fact.title}: only ${groups[0].articles[0]} reports ${groups[0].display}`;
}

/** Findings for one fact of one pack from its claims (any order). null when hidden (single-source: off). */
export function alignFact(pack: CompiledPack, fact: CompiledFact, claims: Claim[]): Finding | null {
  if (!claims.length) return null;
  const ordered = [...claims].sort(byPosition);
  const groups = groupClaims(ordered, fact)
    .map((g) => ({ ...g, articles: articlesOf(g.claims) }))
    // Largest group first; ties by the first article, so numbering is stable.
    .sort((a, b) => b.articles.length - a.articles.length || byPosition(a.claims[0], b.claims[0]));
  const allArticles = articlesOf(ordered);
  const status: Status = groups.length > 1 ? 'contradiction' : allArticles.length > 1 ? 'agreement' : 'single-source';
  if (status === 'single-source' && fact.singleSource === 'off') return null;
  const severity: FindingSeverity =
    status === 'contradiction'
      ? fact.severity
      : status === 'agreement'
        ? 'none'
        : (fact.singleSource as FindingSeverity);
  const reportGroups: ReportGroup[] = groups.map((g, i) => ({
    group: i + 1,
    display: [...new Set(g.claims.map((c) => c.display))].join(' / '),
    articles: g.articles,
  }));
  const groupOf = new Map<Claim, number>();
  groups.forEach((g, i) => g.claims.forEach((c) => groupOf.set(c, i + 1)));
  const reportClaims: ReportClaim[] = ordered.map((c) => ({
    article: c.article,
    path: c.path,
    line: c.line,
    column: c.column,
    endLine: c.endLine,
    endColumn: c.endColumn,
    raw: c.raw,
    value: c.value,
    display: c.display,
    text: c.text,
    textOffset: c.textOffset,
    group: groupOf.get(c)!,
    cue: c.cue,
    range: range(c.constraint),
  }));
  // The odd one out: one group held by a single article against a majority of two or more.
  let oddOneOut: number | null = null;
  if (groups.length === 2 && groups[0].articles.length >= 2 && groups[1].articles.length === 1) oddOneOut = 2;
  const vars = {
    title: fact.title,
    fact: fact.id,
    status,
    values: reportGroups.map((g) => g.display).join(' vs '),
    articles: allArticles.join(', '),
  };
  const message = fact.message ? fill(fact.message, vars) : defaultMessage(status, fact, reportGroups);
  return {
    id: fingerprint([
      pack.story,
      fact.id,
      status,
      ...reportGroups.map(
        (g) =>
          `${groups[g.group - 1].claims
            .map((c) => c.value)
            .sort()
            .join('|')}@${g.articles.join(',')}`,
      ),
    ]),
    story: pack.story,
    fact: fact.id,
    title: fact.title,
    description: fact.description,
    type: fact.type,
    unit: fact.unit?.id ?? null,
    axis:
      fact.type === 'date' || fact.type === 'year'
        ? 'days'
        : ['quantity', 'count', 'duration'].includes(fact.type)
          ? 'number'
          : null,
    status,
    severity,
    message,
    docs: fact.docs,
    groups: reportGroups,
    claims: reportClaims,
    oddOneOut,
  };
}

const STATUS_ORDER: Record<Status, number> = { contradiction: 0, agreement: 1, 'single-source': 2 };

/** All findings, contradictions first, then by story and the facts' order in their pack. */
export function align(packs: CompiledPack[], claims: Claim[]): Finding[] {
  const byKey = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = `${c.story}\u0000${c.fact}`;
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(c);
  }
  const findings: { f: Finding; order: number }[] = [];
  packs.forEach((pack, p) =>
    pack.facts.forEach((fact, i) => {
      const f = alignFact(pack, fact, byKey.get(`${pack.story}\u0000${fact.id}`) ?? []);
      if (f) findings.push({ f, order: p * 10_000 + i });
    }),
  );
  return findings
    .sort((a, b) => STATUS_ORDER[a.f.status] - STATUS_ORDER[b.f.status] || a.order - b.order)
    .map((x) => x.f);
}
