/**
 * What copy detection needs from an article, computed once when it is read: a fixed sample of
 * its word 5-shingles, hashed (near-duplicate articles), and the wire credits it carries
 * ("(AP)", "— Reuters", "By …, Associated Press", front matter `via`). Alignment groups
 * articles into witnesses from these (align/witness.ts) without ever comparing all pairs.
 */
import type { Fingerprint } from '../model';
import { WIRE_AGENCIES } from '../lexicon/wires';
import { escapeRegExp } from '../util/text';

const SHINGLE = 5;
/** One shingle hash in SAMPLE is kept (those divisible by it): the same shingles in every copy. */
const SAMPLE = 2;

export type { Fingerprint };

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * FNV-1a hashes of a text's words (letters and digits, lower-cased), without making a string
 * per word: copy detection runs on every article, so it has to cost little next to wink.
 */
export function wordHashes(text: string): Uint32Array {
  // A typed array: the hashes are above 2^31, so a plain array would box each as a double.
  const out = new Uint32Array((text.length >> 1) + 1); // words need a separator between them
  let n = 0;
  let h = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    let word: boolean;
    if (c < 128) {
      word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
      if (c >= 65 && c <= 90) c += 32;
    } else {
      const ch = text[i];
      word = LETTER_OR_DIGIT.test(ch);
      if (word) c = ch.toLowerCase().charCodeAt(0);
    }
    if (word) {
      if (!inWord) {
        h = 0x811c9dc5;
        inWord = true;
      }
      h = Math.imul(h ^ c, 0x01000193);
    } else if (inWord) {
      out[n++] = h;
      inWord = false;
    }
  }
  if (inWord) out[n++] = h;
  return out.subarray(0, n);
}

/**
 * Sorted distinct hashes of the n-word shingles of a sequence of word hashes, keeping one in
 * `sample` (by value, so two copies keep the same shingles: their overlap estimates the
 * texts' overlap).
 */
export function shingleHashes(words: ArrayLike<number>, n: number, sample = 1): number[] {
  const kept = new Uint32Array(Math.max(0, words.length - n + 1));
  let count = 0;
  for (let i = 0; i + n <= words.length; i++) {
    let h = 0x9e3779b9;
    for (let k = 0; k < n; k++) h = Math.imul(h ^ words[i + k], 0x85ebca6b) ^ (h >>> 13);
    h >>>= 0;
    if (h % sample === 0) kept[count++] = h;
  }
  const sorted = kept.subarray(0, count).sort(); // typed arrays sort numerically
  const out: number[] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) out.push(sorted[i]);
  return out;
}

const AGENCY_NAMES = WIRE_AGENCIES.flatMap((w) => w.names)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

/**
 * Every credit form holds an agency's name, as written: a text without one has no credit. One
 * alternation of the names is about four times faster than CREDIT's six forms tried at every
 * position, and most articles credit no agency.
 */
const ANY_AGENCY = new RegExp(AGENCY_NAMES);

/** Credit forms: "(AP)", "(Reuters) -", "— AFP", "By Jane Doe, Associated Press", "AP Writer", "Source: AFP". */
const CREDIT = new RegExp(
  [
    `\\((${AGENCY_NAMES})\\)`, // (AP)  (Reuters)
    `^[ \\t]*[—–-]{1,2}[ \\t]*(${AGENCY_NAMES})[ \\t]*$`, // a line "— Reuters"
    `[—–][ \\t]*(${AGENCY_NAMES})[ \\t]*$`, // "... text. — AFP" at a line end
    `\\bBy [^\\n,]{2,60}, (${AGENCY_NAMES})\\b`, // By Jane Doe, Associated Press
    `\\b(${AGENCY_NAMES}) [Ww]riters?\\b`, // a byline: Associated Press Writer
    `\\b(?:Source|Copyright|©)[: ]+(?:\\d{4} )?(${AGENCY_NAMES})\\b`, // Source: AFP, Copyright 2008 The Associated Press
  ].join('|'),
  'gm',
);

const AGENCY_OF = new Map(WIRE_AGENCIES.flatMap((w) => w.names.map((n) => [n.toLowerCase(), w.id] as const)));

/** Wire agencies credited in a text or in front matter fields (`via`, `credit`, `agency`). */
export function wireCredits(text: string, meta: Record<string, unknown> = {}): string[] {
  const found = new Set<string>();
  if (ANY_AGENCY.test(text))
    for (const m of text.matchAll(CREDIT)) {
      const name = m.slice(1).find((g) => g !== undefined);
      // "CP", "PA", "AP" in capitals only: "(ap)" or "by x, pa" is something else.
      const id = name && AGENCY_OF.get(name.toLowerCase());
      if (id && (name.length > 3 || name === name.toUpperCase() || name === 'dpa')) found.add(id);
    }
  for (const key of ['via', 'credit', 'agency', 'wire']) {
    const v = meta[key];
    for (const s of Array.isArray(v) ? v : [v]) {
      if (typeof s !== 'string') continue;
      const id = AGENCY_OF.get(s.trim().toLowerCase());
      found.add(id ?? s.trim());
    }
  }
  return [...found].sort();
}

export function fingerprintOf(body: string, meta: Record<string, unknown> = {}): Fingerprint {
  return { shingles: shingleHashes(wordHashes(body), SHINGLE, SAMPLE), credits: wireCredits(body, meta) };
}
