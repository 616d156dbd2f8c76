/**
 * What `bindClaims` decided and why, for `factlint explain`. Binding pushes plain events into
 * an optional collector; without one it does no extra work.
 */
import type { Mention } from '../model';
import type { CompiledCue, CompiledFact, CompiledPack } from '../rules/types';
import type { CueMatch } from './cues';
import type { Token } from '../nlp/wink';
import type { Head } from './heads';
import { PEOPLE_CLASS } from '../lexicon/people';
import { MENTION_TYPES, namesYear } from './values';

export type TraceEvent =
  | { kind: 'cue'; fact: string; sentence: number; cue: string; start: number; end: number }
  | { kind: 'excluded-sentence'; fact: string; sentence: number; phrase: string }
  /** The sentence is about another event: `marker` (a date, a word) governs it; `why` says how. */
  | { kind: 'other-event'; fact: string; sentence: number; marker: string; why: string }
  | { kind: 'rejected'; fact: string; sentence: number; mention: Mention; reason: string }
  | {
      kind: 'taken';
      fact: string;
      sentence: number;
      mention: Mention;
      by: string;
      byCue: string;
      distance: number;
      ownDistance: number;
      /** On a tie of distance: the taker's other cue nearer (at this distance), or it is listed first. */
      tie?: { otherCue: number } | 'follows' | 'listed-first';
    }
  | {
      kind: 'not-nearest';
      fact: string;
      sentence: number;
      mention: Mention;
      distance: number;
      chosen: Mention;
      chosenDistance: number;
      /** The fact the discarded value went to instead. */
      returnedTo?: string;
    }
  | {
      kind: 'claim';
      fact: string;
      sentence: number;
      mention: Mention | null;
      cue: string;
      distance: number;
      value: string;
      display: string;
      undated?: boolean;
      /** The fact that discarded this value for a nearer one of its own, so it came back here… */
      returnedBy?: string;
      /** … and the value that fact kept. */
      returnedKept?: string;
      /** count facts with `counts`: what the number counts, in words. */
      head?: string;
      /** A place named as a reference point ("near Elmford"). */
      relation?: 'near';
    };

export interface BindTrace {
  events: TraceEvent[];
}

/** Why a cue cannot bind a value at tokens [first, last): wrong side or too far. */
export function whyFar(match: CueMatch, first: number, last: number): string {
  const { position, window } = match.cue;
  if (first >= match.last)
    return position === 'before'
      ? `wrong side: after cue "${match.cue.label}", which takes values before it`
      : `outside window: ${first - match.last} tokens after "${match.cue.label}" (window ${window})`;
  if (last <= match.first)
    return position === 'after'
      ? `wrong side: before cue "${match.cue.label}", which takes values after it`
      : `outside window: ${match.first - last} tokens before "${match.cue.label}" (window ${window})`;
  return 'outside window';
}

/** Why a mention is no value of a fact (factValue returned null). */
export function whyNotValue(m: Mention, fact: CompiledFact, pack: CompiledPack): string {
  if (m.type === 'pattern')
    return fact.patterns ? 'pattern match without a number' : `wrong type: a pattern match, not a ${fact.type}`;
  if (!MENTION_TYPES[fact.type].includes(m.type)) return `wrong type: a ${m.type}, not a ${fact.type}`;
  if (fact.type === 'year' && !namesYear(m)) return 'names no year: a year fact takes only dates that say the year';
  if (fact.type === 'quantity')
    return `wrong dimension: ${m.dimension ?? 'no unit'}, the fact is in ${fact.unit?.id ?? '?'} (${fact.unit?.dimension ?? '?'})`;
  if (fact.type === 'place') {
    const entry = pack.places.get(m.value);
    if (entry && fact.kinds && !fact.kinds.includes(entry.kind ?? ''))
      return `kind not allowed: ${entry.name} is a ${entry.kind ?? 'place without kind'} (kinds: ${fact.kinds.join(', ')})`;
    if (entry && fact.within) return `not within ${fact.within.join(', ')}`;
  }
  if (fact.type === 'name') {
    const entry = pack.names.get(m.value);
    if (entry && fact.category)
      return `category not allowed: ${entry.name} is ${entry.category ?? 'uncategorized'} (category: ${fact.category})`;
  }
  return 'not a value of this fact';
}

/** Why a count's head rules it out: "two ferries": head "ferries" is not among what the fact counts. */
export function notCounted(head: Head, tokens: Token[], counts: string[]): string {
  if (head.index < 0) return `an age, not in the fact's heads (counts: ${counts.join(', ')})`;
  return `head "${tokens[head.index].value}" is not in the fact's heads (counts: ${counts.join(', ')})`;
}

/** What a counted number counts, for a claim: its head noun and why the fact takes it. */
export function countedNote(head: Head | null, tokens: Token[], counts: string[], people: ReadonlySet<string>): string {
  if (head === null) return 'no head noun: it counts what its cue says';
  if (head.index < 0) return 'an age (counts: age)';
  const word = tokens[head.index].value;
  const listed = head.words.find((w) => counts.includes(w));
  if (listed) return `head "${word}" (counted noun; counts: ${listed})`;
  return head.words.some((w) => people.has(w)) && counts.includes(PEOPLE_CLASS)
    ? `head "${word}" (a person noun; counts: people)`
    : `head "${word}"`;
}

export function cueLabel(c: CompiledCue): string {
  return c.lemmas ? `lemma ${c.label}` : c.label;
}
