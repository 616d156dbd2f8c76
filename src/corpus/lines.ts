/** Offsets → 1-based line:column (UTF-16 columns, as editors and SARIF count them). */
import { partitionPoint } from '../util/search';
import type { Article } from '../model';

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function lineColumn(lineStarts: number[], offset: number): { line: number; column: number } {
  // The last line that starts at or before the offset.
  const line = Math.max(0, partitionPoint(lineStarts.length, (i) => lineStarts[i] <= offset) - 1);
  return { line: line + 1, column: offset - lineStarts[line] + 1 };
}

/** Position in the article's file of an offset into its body. */
export function articlePosition(article: Article, bodyOffset: number): { line: number; column: number } {
  return lineColumn(article.lineStarts, article.offset + bodyOffset);
}
