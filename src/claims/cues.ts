/** Where a rule's cues and exclusions occur among a sentence's tokens. */
import { partitionPoint } from '../util/search';
import type { Token } from '../nlp/wink';
import type { CompiledCue, CueKeys } from '../rules/types';
import { straightQuotes as straight } from '../util/text';

export interface CueMatch {
  cue: CompiledCue;
  first: number; // token index
  last: number; // token index, exclusive
}

/** Is token i inside one of the cue matches? */
export const inCues = (cues: readonly CueMatch[], i: number): boolean => cues.some((c) => i >= c.first && i < c.last);

const SKIP = (t: Token) => t.pos === 'SPACE';

interface Forms {
  normals: string[];
  lemmas: (string | undefined)[];
  /** Verbs a participle wink read as an adjective or noun may be ("two wounded men": wound). */
  verbs: (string[] | undefined)[];
}
/** The tokens' compared forms, computed once per token array (cue matching is a hot loop). */
const forms = new WeakMap<Token[], Forms>();
function formsOf(tokens: Token[]): Forms {
  let f = forms.get(tokens);
  if (!f) {
    // A plain loop: this runs once per token of every article.
    const normals = new Array<string>(tokens.length);
    for (let i = 0; i < tokens.length; i++) normals[i] = straight(tokens[i].normal);
    forms.set(
      tokens,
      (f = {
        normals,
        lemmas: new Array<string | undefined>(tokens.length),
        verbs: new Array<string[] | undefined>(tokens.length),
      }),
    );
  }
  return f;
}

const NO_VERBS: string[] = [];
/**
 * "two wounded men", "1 dead, 2 injured", "the wounding of two": wink lemmatizes a participle it
 * tags as an adjective or noun as itself, so a lemma cue `wound` would miss it. The verbs it may
 * be a form of, by the regular endings (wounded: wound, wounde; injured: injure; stopped: stop).
 */
function verbsOf(f: Forms, tokens: Token[], j: number): string[] {
  let v = f.verbs[j];
  if (v === undefined) {
    const t = tokens[j];
    const w = f.normals[j];
    v = NO_VERBS;
    if ((t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN') && w.length > 4 && lemmaOf(f, tokens, j) === w) {
      const double = (stem: string) => (stem.length > 2 && stem.at(-1) === stem.at(-2) ? [stem.slice(0, -1)] : []);
      if (w.endsWith('ed')) v = [w.slice(0, -2), w.slice(0, -1), ...double(w.slice(0, -2))];
      else if (w.endsWith('ing')) v = [w.slice(0, -3), `${w.slice(0, -3)}e`, ...double(w.slice(0, -3))];
    }
    f.verbs[j] = v;
  }
  return v;
}

const lemmaOf = (f: Forms, tokens: Token[], j: number) => (f.lemmas[j] ??= tokens[j].lemma.toLowerCase());

/** Does a token sequence (lower-case normals) start at token i? Returns the end index or -1. */
export function matchWords(tokens: Token[], i: number, to: number, words: string[], useLemma: boolean): number {
  const f = formsOf(tokens);
  let j = i;
  for (const w of words) {
    while (j < to && SKIP(tokens[j])) j++;
    if (j >= to) return -1;
    const want = straight(w);
    if (useLemma ? lemmaOf(f, tokens, j) !== want && !verbsOf(f, tokens, j).includes(want) : f.normals[j] !== want)
      return -1;
    j++;
  }
  return j;
}

/** Cues by their first word (or lemma), so most tokens are rejected with one lookup. */
interface CueIndex {
  byWord: Map<string, Set<CompiledCue>>;
  byLemma: Map<string, Set<CompiledCue>>;
}
const cueIndexes = new WeakMap<CompiledCue[], CueIndex>();
function cueIndexOf(cues: CompiledCue[]): CueIndex {
  let idx = cueIndexes.get(cues);
  if (!idx) {
    idx = { byWord: new Map(), byLemma: new Map() };
    for (const cue of cues) {
      const first = cue.lemmas ? cue.lemmas[0] : cue.words[0];
      const map = cue.lemmas ? idx.byLemma : idx.byWord;
      const key = straight(first ?? '');
      map.set(key, (map.get(key) ?? new Set()).add(cue));
    }
    cueIndexes.set(cues, idx);
  }
  return idx;
}

/**
 * Where each cue's first word (and, on demand, lemma) occurs, once per token array: most regions
 * hold none of a fact's cues.
 */
interface Occurrences {
  keys: CueKeys;
  words: Map<string, number[]>;
  lemmas: Map<string, number[]> | null;
}
const occurrences = new WeakMap<Token[], Occurrences>();
function index(
  tokens: Token[],
  key: (i: number) => string,
  keys: Set<string>,
  more?: (i: number) => string[],
): Map<string, number[]> {
  const m = new Map<string, number[]>();
  const add = (k: string, i: number) => {
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  };
  for (let i = 0; i < tokens.length; i++) {
    if (SKIP(tokens[i])) continue;
    const k = key(i);
    if (keys.has(k)) add(k, i);
    else if (more) for (const v of more(i)) if (keys.has(v)) add(v, i);
  }
  return m;
}

/** Does a sorted list of token indices hold one in [from, to)? */
function anyIn(list: number[] | undefined, from: number, to: number): boolean {
  if (!list) return false;
  const i = partitionPoint(list.length, (k) => list[k] < from);
  return i < list.length && list[i] < to;
}

function occurrencesOf(tokens: Token[], f: Forms, keys: CueKeys): Occurrences {
  let o = occurrences.get(tokens);
  // Indexed once per text for the rule set's keys (another rule set's checker re-indexes).
  if (!o || o.keys !== keys)
    occurrences.set(tokens, (o = { keys, words: index(tokens, (i) => f.normals[i], keys.words), lemmas: null }));
  return o;
}

function lemmaOccurrences(tokens: Token[], f: Forms, o: Occurrences): Map<string, number[]> {
  return (o.lemmas ??= index(
    tokens,
    (i) => lemmaOf(f, tokens, i),
    o.keys.lemmas,
    (i) => verbsOf(f, tokens, i),
  ));
}

/** The lists of token indices (each sorted) where one of `keys` occurs. */
function startsOf(occurring: Map<string, number[]>, keys: Iterable<string>): number[][] {
  const lists: number[][] = [];
  for (const k of keys) {
    const list = occurring.get(k);
    if (list) lists.push(list);
  }
  return lists;
}

const anyInAny = (lists: number[][], from: number, to: number) => lists.some((l) => anyIn(l, from, to));

/** Cue matches in tokens [from, to); `keys` are the cue keys of the rule set the cues belong to. */
export function findCues(tokens: Token[], from: number, to: number, cues: CompiledCue[], keys: CueKeys): CueMatch[] {
  return cueFinder(tokens, cues, keys)(from, to);
}

/**
 * findCues for one token array and one fact's cues, asked region after region (bindClaims asks
 * for every sentence and fact: 37 × 6 times an article in the bench). The look-ups are made
 * once, and a region is tested against the lists of token indices where a cue's first word (then,
 * on demand, lemma) stands.
 */
export function cueFinder(
  tokens: Token[],
  cues: CompiledCue[],
  keys: CueKeys,
): (from: number, to: number) => CueMatch[] {
  if (!cues.length) return () => [];
  const idx = cueIndexOf(cues);
  let words: number[][] | null = null;
  let lemmas: number[][] | null = null;
  return (from, to) => {
    const f = formsOf(tokens);
    words ??= startsOf(occurrencesOf(tokens, f, keys).words, idx.byWord.keys());
    if (!anyInAny(words, from, to)) {
      if (!idx.byLemma.size) return [];
      lemmas ??= startsOf(lemmaOccurrences(tokens, f, occurrencesOf(tokens, f, keys)), idx.byLemma.keys());
      if (!anyInAny(lemmas, from, to)) return [];
    }
    return matchCues(tokens, from, to, cues, idx);
  };
}

function matchCues(tokens: Token[], from: number, to: number, cues: CompiledCue[], idx: CueIndex): CueMatch[] {
  const out: CueMatch[] = [];
  const f = formsOf(tokens);
  for (let i = from; i < to; i++) {
    // matchWords skips space tokens before the first word: look at the word it would compare.
    let j = i;
    while (j < to && SKIP(tokens[j])) j++;
    if (j >= to) break;
    const byWord = idx.byWord.get(f.normals[j]);
    let byLemma = idx.byLemma.size ? idx.byLemma.get(lemmaOf(f, tokens, j)) : undefined;
    if (!byLemma && idx.byLemma.size) for (const v of verbsOf(f, tokens, j)) if ((byLemma = idx.byLemma.get(v))) break;
    if (!byWord && !byLemma) continue;
    for (const cue of cues) {
      if (!(cue.lemmas ? byLemma : byWord)?.has(cue)) continue;
      const end = cue.lemmas
        ? matchWords(tokens, i, to, cue.lemmas, true)
        : matchWords(tokens, i, to, cue.words, false);
      if (end > 0) out.push({ cue, first: i, last: end });
    }
  }
  return out;
}

/** Does tokens [from, to) hold one of the phrases (word sequences, or lemma sequences with `lemmas`)? */
export function containsPhrase(
  tokens: Token[],
  from: number,
  to: number,
  phrases: string[][],
  lemmas = false,
): boolean {
  for (let i = from; i < to; i++) for (const p of phrases) if (matchWords(tokens, i, to, p, lemmas) > 0) return true;
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
