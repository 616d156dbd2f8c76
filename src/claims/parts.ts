/**
 * Parts of an event: a claim whose clause, sentence or section heading names one part of its
 * fact (a place of the pack's gazetteer, or anything inside it; or a name) is a claim of that
 * part. "12 died in Dayton and 8 in Lima": 12 is Dayton's, 8 Lima's. "The attacks on Dayton and
 * Lima killed 20": one value, two parts named: the total. A heading line ("LIMA:", "## Lima")
 * gives its part to the claims below it that name none.
 */
import type { Article } from '../model';
import type { Claim } from '../model/claim';
import type { CompiledPack } from '../rules/types';
import { clauseAround, partHits as hitsIn, partMatchers, type PartHit } from './slots';

/** A wire dateline at the start of an article ("LIMA, Ohio (AP) —") names where it was filed, not a part. */
const DATELINE = /^[A-Z][A-Z.'\- ]+(?:,\s*[A-Za-z.\- ]+)?\s*(?:\([^)]*\))?\s*(?:—|–|--|-)\s/;

const distinctParts = (hits: PartHit[]) => [...new Set(hits.map((h) => h.part))];

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
    const matchers = partMatchers(fact, pack);
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
      indexes.forEach((i) => {
        const c = out[i];
        const [lo, hi] = clauseAround(text, c.textOffset);
        const inClause = distinctParts(hits.filter((h) => h.start >= lo && h.end <= hi));
        let part: string | undefined;
        if (inClause.length === 1) part = inClause[0];
        else if (inClause.length > 1 && indexes.length > 1) {
          // Several parts in the clause of one of several values: the nearest after it, else before.
          const after = hits.find((h) => h.start >= c.textOffset + c.raw.length && h.end <= hi);
          part = (after ?? hits.filter((h) => h.end <= c.textOffset && h.start >= lo).pop())?.part;
        } else if (!inClause.length && indexes.length === 1 && distinctParts(hits).length === 1) part = hits[0].part;
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
