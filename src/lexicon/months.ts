/** Month names of English news text. */

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Three-letter abbreviations, as axis labels and datelines write them. */
export const MONTH_ABBREVIATIONS = MONTH_NAMES.map((m) => m.slice(0, 3));

/** Month names and abbreviations (lower case, no dot) → 1..12. "Sept" is the one four-letter abbreviation. */
export const MONTH_NUMBERS: Record<string, number> = Object.fromEntries(
  MONTH_NAMES.flatMap((name, i) => {
    const spellings = [name, name.slice(0, 3), ...(name === 'September' ? ['Sept'] : [])];
    return [...new Set(spellings)].map((s) => [s.toLowerCase(), i + 1]);
  }),
);

/**
 * Regex source (no group) for a capitalized month name or abbreviation, without its dot;
 * lower-case "may" and "march" are verbs far more often. Add the `i` flag to take any case.
 */
export const MONTH_SRC =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
