/**
 * Finds gazetteer places and names in tokenized text: longest alias match first, punctuation
 * insensitive and case insensitive unless the alias is case-sensitive ("US" is not "us"); a
 * possessive "'s" is a separate token, so "Russia's" matches Russia.
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
  /** Case-sensitive aliases, keyed by their tokens as written. */
  cased: Trie;
  entries: Map<string, GazetteerEntry>;
  type: 'place' | 'name';
}

const IGNORED = /^[.\-‐‑–'’]+$/; // punctuation inside aliases ("Jean-Luc", "St. Petersburg")

function casedKey(t: string): string {
  // Periods are not significant: "St." = "St", "U.S." = "US".
  return t.replace(/[’]/g, "'").replace(/(?<=\w)\./g, '');
}

function key(t: string): string {
  return casedKey(t.toLowerCase());
}

/** Aliases as [tokens, entry id, case-sensitive]. */
export function buildDictionary(
  aliases: [string[], string, boolean?][],
  entries: Map<string, GazetteerEntry>,
  type: 'place' | 'name',
): Dictionary {
  const trie: Trie = { next: new Map(), id: null };
  const cased: Trie = { next: new Map(), id: null };
  for (const [tokens, id, caseSensitive] of aliases) {
    const root = caseSensitive ? cased : trie;
    let node = root;
    for (const raw of tokens) {
      if (IGNORED.test(raw)) continue;
      const k = caseSensitive ? casedKey(raw) : key(raw);
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = { next: new Map(), id: null }));
      node = child;
    }
    if (node !== root && node.id === null) node.id = id;
  }
  return { trie, cased, entries, type };
}

/** The longest alias of `root` starting at token i: its entry id and last token. */
function longest(
  root: Trie,
  tokens: Token[],
  i: number,
  to: number,
  keyOf: (t: string) => string,
): { id: string; end: number } | null {
  let node: Trie | undefined = root;
  let best: { id: string; end: number } | null = null;
  for (let j = i; j < to && node; j++) {
    if (IGNORED.test(tokens[j].value) && j > i) continue;
    node = node.next.get(keyOf(tokens[j].value));
    if (node?.id) best = { id: node.id, end: j };
  }
  return best;
}

/** Mentions of dictionary entries among tokens[from, to). */
export function findEntries(dict: Dictionary, text: string, tokens: Token[], from = 0, to = tokens.length): Mention[] {
  const out: Mention[] = [];
  for (let i = from; i < to;) {
    const folded = longest(dict.trie, tokens, i, to, key);
    const exact = dict.cased.next.size ? longest(dict.cased, tokens, i, to, casedKey) : null;
    const best = exact && (!folded || exact.end >= folded.end) ? exact : folded;
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
