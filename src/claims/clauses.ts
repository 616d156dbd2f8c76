/**
 * Which verb a date belongs to, for date facts: "police said on Friday" dates the telling,
 * "On Friday, the ministry said" too; "the attack was on Friday, police said" dates the
 * attack. And whether a sentence is about another time or event than the fact's (`when:`).
 */
import type { Mention, DaysConstraint } from '../model';
import type { Token } from '../nlp/wink';
import type { CompiledPack } from '../rules/types';
import { unitKey } from '../lexicon';
import { inCues, type CueMatch } from './cues';
import { namesYear } from './values';

const GLUE = new Set(['SPACE', 'ADP', 'DET']);
const SUBJECT = new Set(['SPACE', 'DET', 'NOUN', 'PROPN', 'PRON', 'ADJ']);

const isReporting = (t: Token | undefined, verbs: ReadonlySet<string>) =>
  t !== undefined && t.pos === 'VERB' && verbs.has(t.lemma);

/**
 * The reporting verb a date at tokens [first, last) of a sentence [from, to) is attached to:
 * right after one ("said Friday", "told reporters on Monday" is not), or opening a sentence
 * whose subject then reports ("On Friday, police said"). `inCue`: tokens of the fact's cues,
 * which may be reporting verbs themselves. `verbs`: the pack's reporting verbs, lemmas
 * (src/lexicon/reporting.ts with its `lexicon:` edits).
 */
export function reportingVerbOf(
  tokens: Token[],
  first: number,
  last: number,
  from: number,
  to: number,
  inCue: (i: number) => boolean,
  verbs: ReadonlySet<string>,
): Token | null {
  let i = first - 1;
  for (let k = 0; i >= from && k < 3 && GLUE.has(tokens[i].pos); k++) i--;
  if (i >= from && isReporting(tokens[i], verbs) && !inCue(i)) return tokens[i];
  let opens = true;
  for (let j = first - 1; j >= from; j--) if (!GLUE.has(tokens[j].pos) && tokens[j].pos !== 'PUNCT') opens = false;
  if (!opens) return null;
  let j = last;
  while (j < to && (tokens[j].pos === 'SPACE' || tokens[j].normal === ',')) j++;
  for (let k = 0; j < to && k < 4 && SUBJECT.has(tokens[j].pos); k++) j++;
  return j < to && isReporting(tokens[j], verbs) && !inCue(j) ? tokens[j] : null;
}

/** "since 2009", "until 2012", "before 1990": a bound of a span, not the time a sentence is about. */
const BOUND_BEFORE = /\b(?:since|until|till|before|after|from|by|through|to)\s+$/i;

/**
 * Does a date mention place its sentence in time? A year or a month does ("in the 2006 war",
 * "the previous flood, in March"); a weekday resolved against publication does not, nor a
 * bound ("since 2009").
 */
export function placesInTime(m: Mention, text: string): boolean {
  if (m.type !== 'date' || m.constraint.kind !== 'days') return false;
  if (BOUND_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start))) return false;
  if (m.constraint.from === null || m.constraint.to === null) return false;
  return namesYear(m) || m.granularity === 'month';
}

/** Do two day sets share a day range (the event's `when` has every weekday)? */
export function overlaps(c: DaysConstraint, when: DaysConstraint): boolean {
  return (
    (c.from === null || when.to === null || c.from <= when.to) &&
    (c.to === null || when.from === null || c.to >= when.from)
  );
}

/** The first date of a sentence's dates that places it outside `when`, when none places it inside; else null. */
export function otherTime(dates: Mention[], when: DaysConstraint, text: string): Mention | null {
  const placing = dates.filter((m) => placesInTime(m, text));
  if (!placing.length || placing.some((m) => overlaps(m.constraint as DaysConstraint, when))) return null;
  return placing[0];
}

/** What may stand before the word of another event at a sentence's start: "But in the previous flood". */
const OPENING = new Set(['SPACE', 'PUNCT', 'CCONJ', 'DET']);
const OPENING_PREPOSITIONS = new Set(['in', 'during', 'at', 'unlike']);
const SKIPPED = new Set(['SPACE', 'ADJ', 'ADV']);

/**
 * The word that makes the event a sentence [from, to) opens on another one: "The previous
 * flood, in March, killed 40", "In an earlier attack, three died", "The last eruption buried
 * the village". The sentence opens (after a preposition and a determiner) with one of the
 * pack's other-event words before a noun that names no time ("last week" is a date, which
 * `when` judges; `dates` are the sentence's, read only then), no person ("the last
 * survivors") and no update wording ("earlier reports said 9": an earlier figure of this
 * event). Null when it does not, or when the word is in one of the fact's `cues` ("previous
 * encounter").
 */
export function otherEventWord(
  tokens: Token[],
  from: number,
  to: number,
  pack: CompiledPack,
  cues: CueMatch[],
  dates: () => Mention[],
): Token | null {
  const { otherEvent: words, people, timeNouns } = pack.lexicon;
  const inCue = (i: number) => inCues(cues, i);
  const isTime = (i: number) =>
    timeNouns.has(tokens[i].normal) ||
    unitKey(tokens[i].normal) !== null ||
    dates().some((m) => m.start < tokens[i].end && tokens[i].start < m.end);
  let i = from;
  let preposition = false;
  let determiner = false;
  for (; i < to && (OPENING.has(tokens[i].pos) || (tokens[i].pos === 'ADP' && !preposition)); i++) {
    if (tokens[i].pos === 'DET') determiner = true;
    if (tokens[i].pos === 'ADP') {
      if (!OPENING_PREPOSITIONS.has(tokens[i].normal)) return null;
      preposition = true;
    }
  }
  if (i >= to || !words.has(tokens[i].normal) || inCue(i)) return null;
  let j = i + 1;
  while (j < to && SKIPPED.has(tokens[j].pos)) j++;
  const noun = tokens[j];
  // wink tags "an earlier flood" ADV VERB: after a determiner, a verb there is the noun
  const nounLike = noun?.pos === 'NOUN' || (determiner && noun?.pos === 'VERB');
  if (j >= to || !nounLike || inCue(j) || isTime(j)) return null;
  if (people.has(noun.lemma) || people.has(noun.normal)) return null;
  const pairs = [`${tokens[i].normal} ${noun.normal}`, `${tokens[i].normal} ${noun.lemma}`];
  if (pack.updates.earlier.some((p) => pairs.some((x) => p === x || p.startsWith(`${x} `)))) return null;
  return tokens[i];
}
