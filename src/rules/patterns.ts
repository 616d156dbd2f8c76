/**
 * Pattern facts: wink-nlp custom-entity patterns, checked one by one (so a bad pattern is
 * reported at its own line) and then learned ONCE for all packs of a rule set, because every
 * call to `learnCustomEntities` replaces the previous set.
 */
import type { CustomEntityGroup, Nlp } from '../nlp/wink';

/** Custom-entity type name (`name`): unique per pack and fact, so matches map back to their fact. */
export type PatternGroup = CustomEntityGroup;

/** Case, punctuation and possessive insensitive key of a pattern match or a `map:` entry. */
export function patternKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function patternName(story: string, fact: string): string {
  return `factlint:${story}:${fact}`;
}

/**
 * Why a pattern cannot be used, or null. Catches wink's errors (a multi-token alternative such
 * as [km/h|mph], an empty pattern) and a pitfall wink is silent about: a one-character or
 * empty alternative in the middle of a group of three or more ([mm|m|km]) matches nothing.
 */
export function patternProblem(pattern: string, nlp: Nlp): { message: string; hint: string } | null {
  for (const group of pattern.match(/\[[^\]]*\]/g) ?? []) {
    const alts = group.slice(1, -1).split('|');
    for (let i = 1; i < alts.length - 1; i++) {
      if (alts[i].length <= 1) {
        return {
          message: `alternative "${alts[i]}" in ${group} silently matches nothing: a one-character or empty alternative must come first or last`,
          hint: `reorder it, e.g. [${[alts[i], ...alts.filter((_, j) => j !== i)].join('|')}]`,
        };
      }
    }
  }
  if (/\[[^\]]*$/.test(pattern) || /^[^[]*\]/.test(pattern))
    return { message: `unbalanced brackets in pattern "${pattern}"`, hint: 'alternatives are written [a|b|c]' };
  // Replaces the set learned into `nlp`: the rule set being compiled learns its own at the end.
  try {
    nlp.learnCustomEntities([{ name: 'factlint:check', patterns: [pattern] }]);
    return null;
  } catch (e) {
    const message = (e as Error).message.split('\n')[0].replace(/^wink-nlp:\s*/, '');
    return {
      message: `pattern "${pattern}" does not compile: ${message}`,
      hint: 'each [a|b] alternative must be one token (write per DURATION, not "per hour"); upper-case words are POS tags or entity types; escape a literal upper-case word with ^',
    };
  }
}
