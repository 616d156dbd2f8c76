/** Small text helpers shared by every stage. */

/** Curly apostrophes as straight ones, so "Kim’s" and "Kim's" compare equal. */
export const straightQuotes = (s: string): string => (s.includes('’') ? s.replace(/’/g, "'") : s);

/** A string as a literal inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
