/**
 * Phrases that make a place a reference point, not the place itself: "near Elmford", "off the
 * coast of Norland", "5 km north of Brae". A claim of such a place is a claim of somewhere
 * about it.
 */
import { escapeRegExp } from '../util/text';

export const NEAR_WORDS = [
  'near',
  'nearby',
  'close to',
  'outside',
  'just outside',
  'off',
  'off the coast of',
  'on the outskirts of',
  'not far from',
];
export const COMPASS_WORDS = [
  'north',
  'south',
  'east',
  'west',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
];
export const DISTANCE_UNITS = [
  'km',
  'kilometres',
  'kilometers',
  'kilometre',
  'kilometer',
  'miles',
  'mile',
  'mi',
  'metres',
  'meters',
  'm',
];

const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, '\\s+'))
    .join('|');

/**
 * Text ending in a relation before a place: "near", "off the coast of", "5 km north of",
 * "north of" (then an optional "the"). `near` is the pack's list of relation words
 * (NEAR_WORDS with its `lexicon:` edits); compass words and distances are fixed.
 */
export function nearBeforeRegExp(near: string[] = NEAR_WORDS): RegExp {
  const words = near.length ? `\\b(?:${alternation(near)})|` : '';
  return new RegExp(
    `(?:${words}(?:\\b\\d+(?:[.,]\\d+)?\\s*(?:${alternation(DISTANCE_UNITS)})\\s+|\\b)(?:${alternation(COMPASS_WORDS)})\\s+of)\\s+(?:the\\s+)?$`,
    'i',
  );
}
