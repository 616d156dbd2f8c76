/** Every typed mention of a text, with no rules: the `extract --all` view and the measuring hook. */
import { partitionPoint } from '../util/search';
import type { Mention } from '../model';
import { extractTimes } from './time';
import { extractQuantities, type QuantityOptions } from './quantities';

export interface MentionOptions extends QuantityOptions {
  published?: string | null;
}

/**
 * Time expressions and numbers/quantities in text[from, to); a number inside a time expression
 * ("in 2019", "three-day") is time.
 */
export function extractMentions(text: string, options: MentionOptions = {}, from = 0, to = text.length): Mention[] {
  const times = extractTimes(text, { published: options.published ?? null }, from, to);
  const numbers = extractQuantities(text, from, to, options).filter((q) => !overlapsAny(q, times));
  return [...times, ...numbers].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Sorted, non-overlapping `others` assumed (as the extractors return them). */
export function overlapsAny(m: Mention, others: Mention[]): boolean {
  const i = partitionPoint(others.length, (k) => others[k].end <= m.start);
  return i < others.length && others[i].start < m.end;
}
