/** Where a rule's cues and exclusions occur among a sentence's tokens. */
import type { Token } from '../nlp/wink';
import type { CompiledCue } from '../rules/types';

export interface CueMatch {
  cue: CompiledCue;
  first: number; // token index
  last: number; // token index, exclusive
}

const SKIP = (t: Token) => t.pos === 'SPACE';

/** Does a token sequence (lower-case normals) start at token i? Returns the end index or -1. */
export function matchWords(tokens: Token[], i: number, to: number, words: string[], useLemma: boolean): number {
  let j = i;
  for (const w of words) {
    while (j < to && SKIP(tokens[j])) j++;
    if (j >= to) return -1;
    const t = tokens[j];
    const have = useLemma ? t.lemma.toLowerCase() : t.normal.replace(/’/g, "'");
    if (have !== w.replace(/’/g, "'")) return -1;
    j++;
  }
  return j;
}

export function findCues(tokens: Token[], from: number, to: number, cues: CompiledCue[]): CueMatch[] {
  const out: CueMatch[] = [];
  for (let i = from; i < to; i++) {
    for (const cue of cues) {
      const end = cue.lemmas ? matchWords(tokens, i, to, cue.lemmas, true) : matchWords(tokens, i, to, cue.words, false);
      if (end > 0) out.push({ cue, first: i, last: end });
    }
  }
  return out;
}

export function containsPhrase(tokens: Token[], from: number, to: number, phrases: string[][]): boolean {
  for (let i = from; i < to; i++) for (const p of phrases) if (matchWords(tokens, i, to, p, false) > 0) return true;
  return false;
}

/** Tokens between a cue and a value, or null when the value is on the wrong side or too far. */
export function cueDistance(match: CueMatch, first: number, last: number): number | null {
  const { position, window } = match.cue;
  let distance: number;
  if (first >= match.last) {
    if (position === 'before') return null;
    distance = first - match.last;
  } else if (last <= match.first) {
    if (position === 'after') return null;
    distance = match.first - last;
  } else distance = 0; // the value is inside the cue
  return distance <= window ? distance : null;
}
