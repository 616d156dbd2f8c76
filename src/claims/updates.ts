/**
 * Update wording around a claim of a running figure: "the toll rose to 14" (the article's
 * later figure), "revised down to 12" (a downward revision), "initially 9" (an earlier figure
 * the article supersedes), "rose from 9 to 14" (14, with 9 as its earlier figure).
 * Read from the claim's own sentence, so it runs on claims alone (any stage after binding).
 */
import type { Claim } from '../model/claim';
import type { CompiledPack } from '../rules/types';
import type { UpdateWords } from '../lexicon/updates';
import { DEFAULT_HEDGE_TABLE, type HedgeTable } from '../mentions/numbers';

/** Where a clause ends, looking back from a value. */
const CLAUSE_BREAK = /[;:]|\b(?:but|while|whereas|although)\b/g;
const NUMBER = String.raw`(\d[\d,.]*|[a-z]+(?:-[a-z]+)?)`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const endsWith = (text: string, phrase: string) => new RegExp(`(?:^|\\W)${escape(phrase)}$`).test(text);
const contains = (text: string, phrase: string) => new RegExp(`(?:^|\\W)${escape(phrase)}(?:\\W|$)`).test(text);

/**
 * Hedge words that may stand between the update phrase and the value ("rose to at least 14",
 * "climbed to a total of 20"): the pack's hedge phrases, built once per hedge table.
 */
const hedgeTails = new WeakMap<HedgeTable, RegExp>();
function hedgeTailOf(table: HedgeTable): RegExp {
  let re = hedgeTails.get(table);
  if (!re) {
    const words = [...table.byPhrase]
      .filter(([p, h]) => h !== 'exact' && /^[a-z][a-z .-]*$/.test(p))
      .map(([p]) => p)
      .concat('a total of')
      .sort((a, b) => b.length - a.length)
      .map((p) => escape(p).replace(/ /g, '\\s+'));
    re = new RegExp(`(?:\\s+(?:${words.join('|')}))+\\s*$`);
    hedgeTails.set(table, re);
  }
  return re;
}

export interface UpdateWording {
  update?: Claim['update'];
  earlier?: string;
}

/** The update wording of the value at `offset` (length `length`) in `sentence`. */
export function updateWording(
  sentence: string,
  offset: number,
  length: number,
  words: UpdateWords,
  hedges: HedgeTable = DEFAULT_HEDGE_TABLE,
): UpdateWording {
  const text = sentence.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  let before = text.slice(Math.max(0, offset - 100), offset);
  const breaks = [...before.matchAll(CLAUSE_BREAK)];
  if (breaks.length) {
    const last = breaks[breaks.length - 1];
    before = before.slice(last.index + last[0].length);
  }
  const after = text.slice(offset + length, offset + length + 40);
  const head = before.replace(hedgeTailOf(hedges), '').trimEnd();
  // "rose from 9 to 14": a change verb, then from X to; the value after "to" is the later one.
  const verbs = [...words.later, ...words.down].map((p) => p.split(' ')[0]);
  const fromTo = new RegExp(`\\bfrom\\s+${NUMBER}\\s+to$`).exec(head);
  if (fromTo && verbs.some((v) => contains(head.slice(Math.max(0, fromTo.index - 40), fromTo.index), v))) {
    const down = words.down.some((p) => contains(head, p.split(' ')[0]));
    return { update: down ? 'down' : 'later', earlier: fromTo[1] };
  }
  // "14 dead, up from 9": the value before "up from"/"down from" is the later one.
  const upFrom = new RegExp(`^[^;.]{0,30}?\\b(up|down) from\\s+${NUMBER}`).exec(after);
  if (upFrom) return { update: upFrom[1] === 'down' ? 'down' : 'later', earlier: upFrom[2] };
  if (/\b(?:up|down) from$/.test(head)) return { update: 'earlier' };
  if (/\bfrom$/.test(head) && /^\s+to\s+\S/.test(after) && verbs.some((v) => contains(head, v)))
    return { update: 'earlier' };
  if (words.down.some((p) => endsWith(head, p))) return { update: 'down' };
  if (words.later.some((p) => endsWith(head, p))) return { update: 'later' };
  if (words.earlier.some((p) => contains(before, p))) return { update: 'earlier' };
  return {};
}

/** Claims of the pack's running facts with their update wording set. */
export function markUpdates(claims: Claim[], pack: CompiledPack): Claim[] {
  const running = new Set(pack.facts.filter((f) => f.running).map((f) => f.id));
  if (!running.size) return claims;
  return claims.map((c) => {
    if (!running.has(c.fact)) return c;
    const w = updateWording(c.text, c.textOffset, c.raw.replace(/\s+/g, ' ').length, pack.updates, pack.lexicon.hedges);
    return w.update ? { ...c, ...w } : c;
  });
}
