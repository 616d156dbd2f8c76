/**
 * Relative dates an article without a publication date cannot resolve: "yesterday", "on
 * Sunday", "last week", "three days ago". They are counted so the reader learns they were
 * left out (a weekday stays a bare weekday; the rest yield no date at all).
 */
const RELATIVE =
  /\b(?:yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening|week|month|year)|last (?:night|week|month|year|weekend)|next (?:week|month|year|weekend)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several) (?:days?|weeks?|months?|years?) ago)\b/gi;

/** How many relative date expressions text[from…] holds. */
export function countRelativeDates(text: string, from = 0): number {
  let n = 0;
  RELATIVE.lastIndex = from;
  while (RELATIVE.exec(text)) n++;
  return n;
}
