/** Draft mode: check drafts against the coverage, and keep only findings that involve a draft. */
import type { Claim } from '../model/claim';
import type { Finding } from '../model/report';

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
