/** Draft mode: check drafts against the coverage, and keep only findings that involve a draft. */
import type { Finding } from '../report/model';

export function involvingDrafts(findings: Finding[], draftIds: Set<string>): Finding[] {
  return findings.filter((f) => f.claims.some((c) => draftIds.has(c.article)));
}
