/**
 * Where one sentence holds several figures of one fact that do not compete: a toll and its
 * earlier figure ("rose from 6 to 9"), or the figures of different parts ("7 in Wenmouth and
 * 3 in Harlby"). Binding keeps one value per cue sentence and slot, so these all survive.
 * Clauses end at a semicolon or colon, and at "and", "while", "but", "whereas" only where the
 * text on both sides holds a number ("12 died in Dayton and 8 in Lima", not "the attacks on
 * Dayton and Lima killed 20").
 */
import type { CompiledFact, CompiledPack } from '../rules/types';
import { parseNumber } from '../mentions/numbers';
import { updateWording } from './updates';

const HARD = /[;:]/g;
const SOFT = /,?\s+(?:and|while|but|whereas)\s+/g;

const hasNumber = (s: string) => /\d/.test(s) || s.split(/[^\p{L}-]+/u).some((w) => w && parseNumber(w) !== null);

/** The clause of `text` around the offset, as [start, end). */
export function clauseAround(text: string, offset: number): [number, number] {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(HARD)) {
    if (m.index < offset) start = m.index + 1;
    else if (m.index >= offset) {
      end = m.index;
      break;
    }
  }
  // Soft breaks split the hard clause only between two pieces that both hold a number.
  const cuts = [start];
  for (const m of text.slice(start, end).matchAll(SOFT)) cuts.push(start + m.index, start + m.index + m[0].length);
  cuts.push(end);
  const pieces: [number, number][] = [];
  for (let i = 0; i < cuts.length; i += 2) pieces.push([cuts[i], cuts[i + 1]]);
  const merged: [number, number][] = [];
  for (const p of pieces) {
    const last = merged[merged.length - 1];
    if (last && !(hasNumber(text.slice(...last)) && hasNumber(text.slice(...p)))) last[1] = p[1];
    else merged.push([...p]);
  }
  // A piece without a number joins its neighbour: merge again from the right.
  for (let i = merged.length - 1; i > 0; i--)
    if (!hasNumber(text.slice(...merged[i]))) merged.splice(i - 1, 2, [merged[i - 1][0], merged[i][1]]);
  return merged.find(([a, b]) => offset >= a && offset < b) ?? [start, end];
}

export interface PartMatcher {
  part: string;
  pattern: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matchers of a fact's parts: every alias of the part and of the places inside it. */
export function partMatchers(fact: CompiledFact, pack: CompiledPack): PartMatcher[] {
  const out: PartMatcher[] = [];
  for (const part of fact.parts ?? []) {
    const aliases = [
      ...pack.placeAliases.filter(([, id]) => pack.places.get(id)?.path.includes(part)),
      ...pack.nameAliases.filter(([, id]) => id === part),
    ].map(([tokens]) => tokens.map(escape).join('\\s*'));
    if (!aliases.length) continue;
    aliases.sort((a, b) => b.length - a.length);
    out.push({ part, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${aliases.join('|')})(?![\\p{L}\\p{N}])`, 'giu') });
  }
  return out;
}

export interface PartHit {
  part: string;
  start: number;
  end: number;
}

export function partHits(text: string, matchers: PartMatcher[]): PartHit[] {
  const hits: PartHit[] = [];
  for (const m of matchers)
    for (const x of text.matchAll(m.pattern)) hits.push({ part: m.part, start: x.index, end: x.index + x[0].length });
  return hits.sort((a, b) => a.start - b.start);
}

const matcherCache = new WeakMap<CompiledFact, PartMatcher[]>();

/** The slot of a value of `fact` at `offset` in `sentence` ('' for most facts). */
export function valueSlot(
  sentence: string,
  offset: number,
  length: number,
  fact: CompiledFact,
  pack: CompiledPack,
): string {
  let slot = '';
  if (fact.running)
    slot +=
      updateWording(sentence, offset, length, pack.updates, pack.lexicon.hedges).update === 'earlier' ? 'earlier' : '';
  if (fact.parts) {
    let matchers = matcherCache.get(fact);
    if (!matchers) matcherCache.set(fact, (matchers = partMatchers(fact, pack)));
    const [a, b] = clauseAround(sentence, offset);
    const parts = [...new Set(partHits(sentence.slice(a, b), matchers).map((h) => h.part))];
    if (parts.length === 1) slot += `@${parts[0]}`;
  }
  return slot;
}
