/** Every typed mention of a text, with no rules: the `extract --all` view and the measuring hook. */
import type { Mention } from '../types';
import { extractTimes } from './time';
import { extractQuantities, type QuantityOptions } from './quantities';

export interface MentionOptions extends QuantityOptions {
  published?: string | null;
}

/** Time expressions and numbers/quantities in text[from, to); a number inside a time expression ("in 2019", "three-day") is time. */
export function extractMentions(text: string, options: MentionOptions = {}, from = 0, to = text.length): Mention[] {
  const times = extractTimes(text, { published: options.published ?? null }, from, to);
  const numbers = extractQuantities(text, from, to, options).filter((q) => !overlapsAny(q, times));
  return [...times, ...numbers].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Sorted, non-overlapping `others` assumed (as the extractors return them). */
export function overlapsAny(m: Mention, others: Mention[]): boolean {
  let lo = 0;
  let hi = others.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (others[mid].end <= m.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < others.length && others[lo].start < m.end;
}
