/**
 * What a number counts: the head noun it stands with, found from wink's parts of speech.
 * "30 people" counts people, "three artillery shells" shells, "9 Bolivian and 4 Peruvian
 * fishermen" fishermen (both numbers), "two of the bombs" bombs; "killed 12" or "rose to 31"
 * have no head and count whatever the cue says.
 */
import type { Mention } from '../model';
import type { Token } from '../nlp/wink';
import { PEOPLE_CLASS } from '../lexicon/people';
import { KIN_NOUNS } from '../lexicon/kin';
import { MEMBER_OF_DETERMINERS, SUBSET_LEMMAS_BEFORE } from '../lexicon/subsets';

const NOUNS = new Set(['NOUN', 'PROPN']);
/** Words between a number and its noun: "30 more people", "12 young men". */
const MODIFIERS = new Set(['ADJ']);

export interface Head {
  /** The counted noun's token index, or -1 for a count that names itself ("36-year-old" counts age). */
  index: number;
  /** The words of the noun run ("artillery shells"), normals and lemmas, as `counts` lists them. */
  words: string[];
}

function skip(tokens: Token[], i: number, end: number): number {
  while (i < end && tokens[i].pos === 'SPACE') i++;
  return i;
}

/**
 * The head of the number ending before token `after` in a sentence ending before token
 * `end`, or null when no noun follows it. `timeNouns` end a noun run (the pack's lexicon).
 */
export function headOf(
  mention: Mention,
  tokens: Token[],
  after: number,
  end: number,
  timeNouns: ReadonlySet<string>,
  depth = 0,
): Head | null {
  if (mention.counts) return { index: -1, words: [mention.counts] };
  let i = skip(tokens, after, end);
  // partitive: "two of the bombs", "five of them" (a pronoun: no head), "21 of 25 bouts"
  if (i < end && tokens[i].normal === 'of') {
    i = skip(tokens, i + 1, end);
    if (i < end && tokens[i].pos === 'DET') i = skip(tokens, i + 1, end);
    if (i < end && tokens[i].pos === 'NUM') i = skip(tokens, i + 1, end);
  }
  while (i < end && MODIFIERS.has(tokens[i].pos)) i = skip(tokens, i + 1, end);
  const isNoun = (t: Token) => NOUNS.has(t.pos) && !timeNouns.has(t.normal);
  if (i >= end || !isNoun(tokens[i])) return null;
  let last = i;
  let common = tokens[i].pos === 'NOUN';
  const run = [i];
  for (let j = skip(tokens, i + 1, end); j < end && isNoun(tokens[j]); j = skip(tokens, j + 1, end)) {
    last = j;
    run.push(j);
    common ||= tokens[j].pos === 'NOUN';
  }
  // "9 Bolivian and 4 Peruvian fishermen": a number with only a proper adjective shares the next one's head
  const next = skip(tokens, last + 1, end);
  if (!common && depth < 4 && next < end && tokens[next].pos === 'CCONJ') {
    const num = skip(tokens, next + 1, end);
    if (num < end && tokens[num].pos === 'NUM') {
      const shared = headOf({ ...mention, counts: undefined }, tokens, num + 1, end, timeNouns, depth + 1);
      if (shared) return shared;
    }
  }
  return { index: last, words: run.flatMap((k) => [tokens[k].normal, tokens[k].lemma]) };
}

/**
 * Does the head name one of `counts` (a count fact's list; `people` for any person noun)?
 * A number with no head always may. `people`: the pack's person nouns.
 */
export function countsOneOf(head: Head | null, counts: string[], people: ReadonlySet<string>): boolean {
  if (head === null) return true;
  const anyPerson = counts.includes(PEOPLE_CLASS);
  return head.words.some((w) => counts.includes(w) || (anyPerson && people.has(w)));
}

/**
 * The kin noun an age stands with ("a 16-year-old son", "his 70-year-old mother"), or
 * -1: such an age is a relative's, not that of the person the fact is about.
 */
export function kinAfter(tokens: Token[], after: number, end: number): number {
  let i = skip(tokens, after, end);
  while (i < end && MODIFIERS.has(tokens[i].pos)) i = skip(tokens, i + 1, end);
  return i < end && (KIN_NOUNS.has(tokens[i].normal) || KIN_NOUNS.has(tokens[i].lemma)) ? i : -1;
}

/**
 * Why a number at tokens [first, last) is part of a group counted elsewhere, or null: "including
 * 12 children", "the dead included seven children" (the word), "one of them", "one of my sons"
 * ("one of"). Tokens [from, end) bound the sentence.
 */
export function subsetWord(tokens: Token[], first: number, last: number, from: number, end: number): string | null {
  // back over a list ("included seven children aged one to 12, three women and two men"): items
  // joined by commas and "and"; a verb only as a noun's participle ("children aged")
  for (let i = first - 1, k = 0; i >= from && k < 24; i--, k++) {
    const t = tokens[i];
    if (SUBSET_LEMMAS_BEFORE.has(t.lemma)) return t.value;
    if (t.pos === 'SPACE' || t.pos === 'NUM' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN') continue;
    if (t.pos === 'CCONJ' || t.pos === 'ADP' || t.pos === 'DET' || t.normal === ',') continue;
    if (t.pos === 'VERB' && i > from && tokens[i - 1].pos === 'NOUN') continue;
    break;
  }
  if (last - first !== 1 || tokens[first].normal !== 'one') return null;
  const of = skip(tokens, last, end);
  if (of >= end || tokens[of].normal !== 'of') return null;
  const det = skip(tokens, of + 1, end);
  return det < end && MEMBER_OF_DETERMINERS.has(tokens[det].normal) ? 'one of' : null;
}
