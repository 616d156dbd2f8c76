/** Small text helpers shared by every stage. */

/** Curly apostrophes as straight ones, so "Tullin’s" and "Tullin's" compare equal. */
export const straightQuotes = (s: string): string => (s.includes('’') ? s.replace(/’/g, "'") : s);

/** A string as a literal inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regex source for a word whose first letter may be either case: "Sunday" → "[Ss]unday". */
export const eitherCaseInitial = (word: string): string =>
  `[${word[0].toUpperCase()}${word[0].toLowerCase()}]${escapeRegExp(word.slice(1))}`;

/** "1 fixture", "2 fixtures": a count and its noun. */
export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;
