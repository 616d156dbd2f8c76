/**
 * Applies the inline suppression directives read with each article (corpus/directives.ts):
 * covered claims are dropped, and directives that cover none are reported.
 */
import type { Claim } from '../model/claim';
import type { Problem } from '../model/report';
import type { Directive } from '../corpus/directives';

function names(d: Directive, claim: Claim): boolean {
  return !d.facts.length || d.facts.includes(claim.fact) || d.facts.includes(`${claim.story}/${claim.fact}`);
}

function covers(d: Directive, claim: Claim, directives: Directive[]): boolean {
  if (!names(d, claim)) return false;
  if (d.kind === 'disable-next-line') return claim.line === d.line + 1;
  if (d.kind === 'disable-line') return claim.line === d.line;
  if (d.kind !== 'disable' || claim.start < d.end) return false;
  // A block runs until a later enable naming the same fact (or all facts).
  return !directives.some((e) => e.kind === 'enable' && e.start > d.end && e.start < claim.start && names(e, claim));
}

export interface SuppressionResult {
  claims: Claim[];
  suppressed: number;
  problems: Problem[];
}

export interface DirectiveSource {
  id: string;
  path: string;
  directives?: Directive[];
}

/** Drops the claims that directives of their article cover; reports directives that covered none. */
export function applySuppressions(claims: Claim[], articles: DirectiveSource[]): SuppressionResult {
  const byId = new Map(articles.filter((a) => a.directives?.length).map((a) => [a.id, a.directives!]));
  const used = new Set<Directive>();
  const kept: Claim[] = [];
  for (const claim of claims) {
    const directives = byId.get(claim.article);
    const hit = directives?.find((d) => covers(d, claim, directives));
    if (hit) used.add(hit);
    else kept.push(claim);
  }
  const problems: Problem[] = [];
  for (const a of articles) {
    for (const d of a.directives ?? []) {
      if (d.kind === 'enable' || used.has(d)) continue;
      const what = d.facts.length ? d.facts.join(', ') : 'any fact';
      problems.push({
        code: 'unused-suppression',
        severity: 'warning',
        message: `factlint-${d.kind} for ${what} suppresses no claim`,
        file: a.path,
        line: d.line,
        column: d.column,
        hint: 'remove the comment, or check the fact id (factlint check --format json lists the facts that claims bind to)',
      });
    }
  }
  return { claims: kept, suppressed: claims.length - kept.length, problems };
}
