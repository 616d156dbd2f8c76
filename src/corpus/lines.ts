/** Offsets → 1-based line:column (UTF-16 columns, as editors and SARIF count them). */
import type { Article } from '../types';

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function lineColumn(lineStarts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
}

/** Position in the article's file of an offset into its body. */
export function articlePosition(article: Article, bodyOffset: number): { line: number; column: number } {
  return lineColumn(article.lineStarts, article.offset + bodyOffset);
}
