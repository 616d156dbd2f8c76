/**
 * Parts of an event: a claim whose clause, sentence or section heading names one part of its
 * fact (a place of the pack's gazetteer, or anything inside it; or a name) is a claim of that
 * part. "12 died in Dayton and 8 in Lima": 12 is Dayton's, 8 Lima's. "The attacks on Dayton and
 * Lima killed 20": one value, two parts named: the total. A heading line ("LIMA:", "## Lima")
 * gives its part to the claims below it that name none.
 */
import type { Article } from '../model';
import type { Claim } from '../model/claim';
import type { CompiledFact, CompiledPack } from '../rules/types';

interface PartMatcher {
  part: string;
  pattern: RegExp;
}

interface Hit {
  part: string;
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Between two values of a sentence, where one clause ends and the next begins. */
const SPLIT = /[;:,]|\b(?:and|while|but|whereas)\b/g;
/** A wire dateline at the start of an article ("LIMA, Ohio (AP) —") names where it was filed, not a part. */
const DATELINE = /^[A-Z][A-Z.'\- ]+(?:,\s*[A-Za-z.\- ]+)?\s*(?:\([^)]*\))?\s*(?:—|–|--|-)\s/;

function matchersOf(fact: CompiledFact, pack: CompiledPack): PartMatcher[] {
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

function hitsIn(text: string, matchers: PartMatcher[]): Hit[] {
  const hits: Hit[] = [];
  for (const m of matchers)
    for (const x of text.matchAll(m.pattern)) hits.push({ part: m.part, start: x.index, end: x.index + x[0].length });
  return hits.sort((a, b) => a.start - b.start);
}

const distinctParts = (hits: Hit[]) => [...new Set(hits.map((h) => h.part))];

/** Heading lines of a body: short lines in capitals, ending in a colon, or Markdown headings; never the first line. */
function headingsOf(body: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let offset = 0;
  let first = true;
  for (const line of body.split('\n')) {
    const t = line.trim();
    if (t && !first && t.length <= 60) {
      const heading =
        /^#{1,6}\s/.test(t) || /:$/.test(t) || (/\p{Lu}/u.test(t) && t === t.toUpperCase() && !/[.!?]$/.test(t));
      if (heading) out.push({ start: offset, text: t });
    }
    if (t) first = false;
    offset += line.length + 1;
  }
  return out;
}

/** The part of each claim of a fact with parts, from its clause, then sentence, then heading. */
export function assignParts(article: Article, claims: Claim[], pack: CompiledPack): Claim[] {
  const withParts = pack.facts.filter((f) => f.parts?.length);
  if (!withParts.length) return claims;
  let headings: { start: number; text: string }[] | null = null;
  const out = [...claims];
  for (const fact of withParts) {
    const matchers = matchersOf(fact, pack);
    // Claims of this fact by sentence: the values of one sentence share it out by clause.
    const bySentence = new Map<string, number[]>();
    out.forEach((c, i) => {
      if (c.fact !== fact.id) return;
      const key = `${c.start - c.textOffset}\u0000${c.text}`;
      const list = bySentence.get(key) ?? [];
      list.push(i);
      bySentence.set(key, list);
    });
    for (const indexes of bySentence.values()) {
      indexes.sort((a, b) => out[a].textOffset - out[b].textOffset);
      const text = out[indexes[0]].text;
      const dateline =
        out[indexes[0]].start - out[indexes[0]].textOffset <= article.textStart + 1 ? DATELINE.exec(text) : null;
      const hits = hitsIn(text, matchers).filter((h) => !dateline || h.start >= dateline[0].length);
      // Clause bounds: between two values, at the last clause break before the second.
      const bounds = indexes.map((i, k) => {
        const c = out[i];
        const prevEnd = k === 0 ? 0 : out[indexes[k - 1]].textOffset + out[indexes[k - 1]].raw.length;
        const nextStart = k === indexes.length - 1 ? text.length : out[indexes[k + 1]].textOffset;
        return { c, prevEnd, nextStart };
      });
      const cut = (from: number, to: number) => {
        let at = -1;
        for (const m of text.slice(from, to).matchAll(SPLIT)) at = from + m.index;
        return at < 0 ? Math.floor((from + to) / 2) : at;
      };
      indexes.forEach((i, k) => {
        const { c, prevEnd, nextStart } = bounds[k];
        const lo = k === 0 ? 0 : cut(prevEnd, c.textOffset);
        const hi = k === indexes.length - 1 ? text.length : cut(c.textOffset + c.raw.length, nextStart);
        const inClause = distinctParts(hits.filter((h) => h.start >= lo && h.end <= hi));
        let part: string | undefined;
        if (indexes.length > 1 && inClause.length === 1) part = inClause[0];
        else if (indexes.length === 1 && distinctParts(hits).length === 1) part = hits[0].part;
        else if (!hits.length) {
          headings ??= headingsOf(article.body);
          const above = headings.filter((h) => h.start <= c.start).pop();
          const named = above ? distinctParts(hitsIn(above.text, matchers)) : [];
          if (named.length === 1) part = named[0];
        }
        if (part) out[i] = { ...c, part };
      });
    }
  }
  return out;
}
