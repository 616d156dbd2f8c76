/**
 * Draft mode: check drafts against the coverage and tell each finding from the draft's side.
 * A draft's claim conflicts with a claim of the coverage when their constraints cannot both
 * hold; a disagreement inside the coverage that no draft claim is party to is context.
 */
import type { Article } from '../model';
import type { Claim } from '../model/claim';
import type { DraftView, Finding, ReportClaim } from '../model/report';
import type { CompiledFact, CompiledPack } from '../rules/types';
import { comparable, intersect } from '../align/constraints';

export function involvingDrafts(findings: Finding[], draftIds: Set<string>): Finding[] {
  return findings.filter((f) => f.claims.some((c) => draftIds.has(c.article)));
}

/**
 * The claims alignment needs in draft mode: those of the facts a draft makes a claim on.
 * Facts align independently, so a finding that involves a draft is the same; the rest of the
 * coverage (most of a large archive) is not aligned at all.
 */
export function claimsOfDraftFacts(claims: Claim[], draftIds: Set<string>): Claim[] {
  const key = (c: Claim) => `${c.story}\u0000${c.fact}`;
  const facts = new Set(claims.filter((c) => draftIds.has(c.article)).map(key));
  return claims.filter((c) => facts.has(key(c)));
}

const claimKey = (c: Pick<Claim, 'article' | 'line' | 'column' | 'endLine' | 'endColumn' | 'raw'>) =>
  `${c.article}\u0000${c.line}:${c.column}-${c.endLine}:${c.endColumn}\u0000${c.raw}`;

const SEVERITY_OFF = 'off';

/**
 * Each finding that involves a draft, told from the draft's side: its claims marked `draft`,
 * each draft claim with the claims it `conflicts` with, `draft` on the finding, a message in
 * the draft's terms, and the severity of the draft's finding (what the gate fails on):
 * - contradicts: a draft claim conflicts with the coverage or with another draft claim: the fact's severity;
 * - agrees: every claim of the coverage allows the draft's value: no severity, even when the
 *   coverage disagrees within itself (that is context, not the draft's error);
 * - unconfirmed: the coverage says nothing on the fact: the fact's single-source severity.
 */
export function fromDraftSide(
  findings: Finding[],
  claims: Claim[],
  packs: CompiledPack[],
  draftIds: Set<string>,
  articles: Article[],
): Finding[] {
  const byKey = new Map(claims.map((c) => [claimKey(c), c]));
  const facts = new Map<string, CompiledFact>();
  for (const p of packs) for (const f of p.facts) facts.set(`${p.story}\u0000${f.id}`, f);
  const sources = new Map(articles.map((a) => [a.id, a.source ?? null]));
  const out: Finding[] = [];
  for (const f of findings) {
    if (!f.claims.some((c) => draftIds.has(c.article))) continue;
    const fact = facts.get(`${f.story}\u0000${f.fact}`);
    const constraints = f.claims.map((c) => {
      const claim = byKey.get(claimKey(c));
      return claim && fact ? comparable(claim.constraint, fact) : null;
    });
    // Without a constraint (never expected), fall back on the groups: different groups conflict.
    const conflict = (i: number, j: number): boolean => {
      const a = constraints[i];
      const b = constraints[j];
      return a && b ? intersect(a, b) === null : f.claims[i].group !== f.claims[j].group;
    };
    const isDraft = f.claims.map((c) => draftIds.has(c.article));
    const marked: ReportClaim[] = f.claims.map((c, i) => {
      if (!isDraft[i]) return { ...c, draft: false };
      const conflicts = f.claims.map((_, j) => j).filter((j) => j !== i && conflict(i, j));
      return { ...c, draft: true, conflicts };
    });
    const coverage = f.claims.map((_, i) => i).filter((i) => !isDraft[i]);
    const drafted = f.claims.map((_, i) => i).filter((i) => isDraft[i]);
    const contradicts = drafted.some((i) => (marked[i].conflicts ?? []).length > 0);
    const coverageDisagrees = coverage.some((i) => coverage.some((j) => j > i && conflict(i, j)));
    const status: DraftView['status'] = contradicts ? 'contradicts' : coverage.length ? 'agrees' : 'unconfirmed';
    const singleSource = fact?.singleSource ?? 'info';
    const severity: Finding['severity'] =
      status === 'contradicts'
        ? (fact?.severity ?? f.severity)
        : status === 'agrees'
          ? 'none'
          : singleSource === SEVERITY_OFF
            ? 'none'
            : singleSource;
    const draftArticles = [...new Set(drafted.map((i) => f.claims[i].article))].sort();
    const view: DraftView = { status, articles: draftArticles, coverageDisagrees };
    out.push({
      ...f,
      severity,
      message: draftMessage(f, marked, status, coverageDisagrees, sources),
      claims: marked,
      draft: view,
    });
  }
  return out;
}

/** "Yonhap, 002-kim.md" or the id alone when the article names no source. */
function who(id: string, sources: Map<string, string | null>): string {
  const s = sources.get(id);
  return s ? `${s}, ${id}` : id;
}

/** "Yonhap (002.md) and BBC (003.md)": who states these claims. */
function listOf(claims: ReportClaim[], sources: Map<string, string | null>): string {
  const names = [...new Set(claims.map((c) => c.article))].map((id) => {
    const s = sources.get(id);
    return s ? `${s} (${id})` : id;
  });
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const plural = (claims: ReportClaim[]) => new Set(claims.map((c) => c.article)).size > 1;

/** Values with the articles that state them: "2019 (Yonhap, 002.md) and 2015 (BBC, 003.md)". */
function valuesOf(claims: ReportClaim[], sources: Map<string, string | null>, last = ' and '): string {
  const byValue = new Map<string, Set<string>>();
  for (const c of claims) {
    let ids = byValue.get(c.display);
    if (!ids) byValue.set(c.display, (ids = new Set()));
    ids.add(c.article);
  }
  const parts = [...byValue].map(([v, ids]) => `${v} (${[...ids].map((id) => who(id, sources)).join('; ')})`);
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')}${last}${parts[parts.length - 1]}`;
}

function draftMessage(
  f: Finding,
  claims: ReportClaim[],
  status: DraftView['status'],
  coverageDisagrees: boolean,
  sources: Map<string, string | null>,
): string {
  const drafts = claims.filter((c) => c.draft);
  const coverage = claims.filter((c) => !c.draft);
  const names = [...new Set(drafts.map((c) => c.article))].join(', ');
  const said = [...new Set(drafts.map((c) => c.display))];
  const says = `${names} ${plural(drafts) ? 'say' : 'says'} ${said.join(' and ')}`;
  if (status === 'unconfirmed') return `${f.title}: ${says}; no other source states it (unconfirmed)`;
  const conflicting = new Set(drafts.flatMap((c) => c.conflicts ?? []));
  const against = coverage.filter((c) => conflicting.has(claims.indexOf(c)));
  const support = coverage.filter((c) => !conflicting.has(claims.indexOf(c)));
  if (status === 'agrees')
    return coverageDisagrees
      ? `${f.title}: ${says}, which every source allows; the coverage itself disagrees: ${valuesOf(coverage, sources, ' vs ')}`
      : `${f.title}: ${says}, as ${listOf(coverage, sources)} ${plural(coverage) ? 'do' : 'does'}`;
  const as = support.length ? `, as ${listOf(support, sources)} ${plural(support) ? 'do' : 'does'}` : '';
  const others = against.length
    ? `; the coverage ${support.length ? 'also ' : ''}says ${valuesOf(against, sources)}`
    : '';
  const self = said.length > 1 && !against.length ? ' (the draft disagrees with itself)' : '';
  return `${f.title}: ${says}${as}${others}${self}`;
}
