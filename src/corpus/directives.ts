/**
 * Inline suppression directives, read with the article, ESLint-style, inside HTML comments
 * (invisible when the Markdown is rendered):
 *   <!-- factlint-disable-next-line departure-date -- the wire copy is wrong, checked -->
 *   <!-- factlint-disable-line train-speed -->
 *   <!-- factlint-disable summit-location -->   …   <!-- factlint-enable summit-location -->
 * A fact is named as `fact` or `story/fact`; none named = every fact. The gate applies them
 * (gate/suppressions.ts).
 */
import type { Article, Directive, DirectiveKind } from '../model';
import { articlePosition } from './lines';

export type { Directive, DirectiveKind } from '../model';

const DIRECTIVE = /<!--\s*factlint-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g;
const COMMENT = /<!--[\s\S]*?-->/g;

export function parseDirectives(article: Pick<Article, 'body' | 'offset' | 'lineStarts'>): Directive[] {
  const out: Directive[] = [];
  for (const m of article.body.matchAll(DIRECTIVE)) {
    const [spec, ...reason] = m[2].split(/\s--\s?/);
    const pos = articlePosition(article as Article, m.index);
    out.push({
      kind: m[1] as DirectiveKind,
      facts: spec.split(/[\s,]+/).filter(Boolean),
      reason: reason.join(' -- ').trim() || null,
      line: pos.line,
      column: pos.column,
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

/** HTML comments become spaces of the same length, so offsets and lines stay put. */
export function maskComments(body: string): string {
  return body.indexOf('<!--') < 0 ? body : body.replace(COMMENT, (c) => c.replace(/[^\n]/g, ' '));
}
