/**
 * Finds gazetteer places and names in tokenized text: longest alias match first, case and
 * punctuation insensitive; a possessive "'s" is a separate token, so "Russia's" matches Russia.
 */
import type { Token } from '../nlp/wink';
import type { Mention } from '../model';
import type { GazetteerEntry } from '../model';

interface Trie {
  next: Map<string, Trie>;
  id: string | null;
}

export interface Dictionary {
  trie: Trie;
  entries: Map<string, GazetteerEntry>;
  type: 'place' | 'name';
}

const IGNORED = /^[.\-‐‑–'’]+$/; // punctuation inside aliases ("Jean-Luc", "St. Petersburg")

function key(t: string): string {
  // Periods are not significant: "St." = "St", "U.S." = "US".
  return t
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/(?<=\w)\./g, '');
}

export function buildDictionary(
  aliases: [string[], string][],
  entries: Map<string, GazetteerEntry>,
  type: 'place' | 'name',
): Dictionary {
  const trie: Trie = { next: new Map(), id: null };
  for (const [tokens, id] of aliases) {
    let node = trie;
    for (const raw of tokens) {
      if (IGNORED.test(raw)) continue;
      const k = key(raw);
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = { next: new Map(), id: null }));
      node = child;
    }
    if (node !== trie && node.id === null) node.id = id;
  }
  return { trie, entries, type };
}

/** Mentions of dictionary entries among tokens[from, to). */
export function findEntries(dict: Dictionary, text: string, tokens: Token[], from = 0, to = tokens.length): Mention[] {
  const out: Mention[] = [];
  for (let i = from; i < to;) {
    let node: Trie | undefined = dict.trie;
    let best: { id: string; end: number } | null = null;
    for (let j = i; j < to && node; j++) {
      if (IGNORED.test(tokens[j].value) && j > i) continue;
      node = node.next.get(key(tokens[j].value));
      if (node?.id) best = { id: node.id, end: j };
    }
    if (best) {
      const entry = dict.entries.get(best.id)!;
      const start = tokens[i].start;
      const end = tokens[best.end].end;
      out.push({
        type: dict.type,
        start,
        end,
        raw: text.slice(start, end),
        value: entry.id,
        constraint: dict.type === 'place' ? { kind: 'place', path: entry.path } : { kind: 'name', id: entry.id },
      });
      i = best.end + 1;
    } else i++;
  }
  return out;
}
