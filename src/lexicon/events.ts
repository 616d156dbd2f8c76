/**
 * Words that name another event than the story's own: "the previous flood", "an earlier
 * attack", "the last eruption". A sentence that opens on such an event is about it, not about
 * the event a fact with `when:` is anchored to.
 */
export const OTHER_EVENT_WORDS: ReadonlySet<string> = new Set(['previous', 'prior', 'earlier', 'last']);
