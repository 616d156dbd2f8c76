/**
 * What copy detection needs from an article, computed once when it is read: a fixed sample of
 * its word 5-shingles, hashed (near-duplicate articles), and the wire credits it carries
 * ("(AP)", "— Reuters", "By …, Associated Press", front matter `via`). Alignment groups
 * articles into witnesses from these (align/witness.ts) without ever comparing all pairs.
 */
import { WIRE_AGENCIES } from '../lexicon/wires';
import { escapeRegExp } from '../util/text';

const SHINGLE = 5;
/** One shingle hash in SAMPLE is kept (those divisible by it): the same shingles in every copy. */
const SAMPLE = 4;

export interface Fingerprint {
  /** Sorted hashes of a fixed sample of the article's word 5-shingles (unsigned 32-bit). */
  shingles: number[];
  /** Wire agencies the article credits, by id, sorted. */
  credits: string[];
}

/** Lower-case words of a text, letters and digits only (punctuation and spacing never matter). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** FNV-1a over a string, 32 bits. */
export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Sorted distinct hashes of a word sequence's n-word shingles, keeping one in `sample` (by
 * value, so two copies keep the same shingles: their overlap estimates the texts' overlap).
 */
export function shingleHashes(words: string[], n: number, sample = 1): number[] {
  const seen = new Set<number>();
  for (let i = 0; i + n <= words.length; i++) {
    const h = hashString(words.slice(i, i + n).join(' '));
    if (h % sample === 0) seen.add(h);
  }
  return [...seen].sort((x, y) => x - y);
}

/** Shared values of two sorted hash lists. */
export function overlap(a: number[], b: number[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** Credit forms: "(AP)", "(Reuters) -", "— AFP", "By Jane Doe, Associated Press", "Associated Press writer", "Source: AFP". */
const CREDIT = (() => {
  const names = WIRE_AGENCIES.flatMap((w) => w.names)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return new RegExp(
    [
      `\\((${names})\\)`, // (AP)  (Reuters)
      `^[ \\t]*[—–-]{1,2}[ \\t]*(${names})[ \\t]*$`, // a line "— Reuters"
      `[—–][ \\t]*(${names})[ \\t]*$`, // "... text. — AFP" at a line end
      `\\bBy [^\\n,]{2,60}, (${names})\\b`, // By Jane Doe, Associated Press
      `\\b(${names}) [Ww]riters?\\b`, // a byline: Associated Press Writer
      `\\b(?:Source|Copyright|©)[: ]+(?:\\d{4} )?(${names})\\b`, // Source: AFP, Copyright 2008 The Associated Press
    ].join('|'),
    'gm',
  );
})();

const AGENCY_OF = new Map(WIRE_AGENCIES.flatMap((w) => w.names.map((n) => [n.toLowerCase(), w.id] as const)));

/** Wire agencies credited in a text or in front matter fields (`via`, `credit`, `agency`). */
export function wireCredits(text: string, meta: Record<string, unknown> = {}): string[] {
  const found = new Set<string>();
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
  return { shingles: shingleHashes(wordsOf(body), SHINGLE, SAMPLE), credits: wireCredits(body, meta) };
}
