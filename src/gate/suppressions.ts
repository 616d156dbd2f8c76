/**
 * Inline suppressions in an article, ESLint-style, inside HTML comments (invisible when the
 * Markdown is rendered):
 *   <!-- factlint-disable-next-line departure-date -- the wire copy is wrong, checked -->
 *   <!-- factlint-disable-line train-speed -->
 *   <!-- factlint-disable summit-location -->   …   <!-- factlint-enable summit-location -->
 * A fact is named as `fact` or `story/fact`; none named = every fact. Unused ones are reported.
 */
import type { Article } from '../types';
import type { Claim } from '../claims/types';
import type { Problem } from '../report/model';
import { articlePosition } from '../corpus/lines';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  facts: string[]; // empty = all
  reason: string | null;
  line: number; // line of the comment in the file
  column: number;
  start: number; // body offsets of the whole comment
  end: number;
}

const DIRECTIVE = /<!--\s*factlint-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g;
const COMMENT = /<!--[\s\S]*?-->/g;

export function parseDirectives(article: Pick<Article, 'body' | 'offset' | 'lineStarts'>): Directive[] {
  const out: Directive[] = [];
  for (const m of article.body.matchAll(DIRECTIVE)) {
    const [spec, ...reason] = m[2].split(/\s--\s?/);
    const pos = articlePosition(article as Article, m.index!);
    out.push({
      kind: m[1] as DirectiveKind,
      facts: spec.split(/[\s,]+/).filter(Boolean),
      reason: reason.join(' -- ').trim() || null,
      line: pos.line,
      column: pos.column,
      start: m.index!,
      end: m.index! + m[0].length,
    });
  }
  return out;
}

/** HTML comments become spaces of the same length, so offsets and lines stay put. */
export function maskComments(body: string): string {
  return body.indexOf('<!--') < 0 ? body : body.replace(COMMENT, (c) => c.replace(/[^\n]/g, ' '));
}

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
