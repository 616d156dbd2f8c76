/**
 * Witnesses, not outlets: articles that print one text (a wire story, a republished report)
 * are one witness, so ten copies of one figure count once against two independent reports.
 *
 * Two articles are one witness when enough of the shorter one's sampled word 5-shingles occur
 * in the other (containment ≥ `threshold`), when they credit the same wire agency, or (per
 * fact) when the claims' evidence sentences are near-duplicates (Jaccard of word 3-shingles).
 * Candidates come from an inverted index of shingle hashes (a hash shared by more than
 * BOILERPLATE articles is page furniture, not evidence of copying), so the work is linear in
 * the shingles plus the pairs that share one; all pairs of articles are never compared.
 */
import type { Claim } from '../model/claim';
import { articleLabel } from '../model/report';
import { shingleHashes, wordHashes, type Fingerprint } from '../corpus/fingerprint';

import { DEFAULT_WITNESS_SETTINGS, type WitnessSettings } from '../model';
export { DEFAULT_WITNESS_SETTINGS, type WitnessSettings };

/** What witness grouping reads of an article. */
export interface WitnessArticle {
  id: string;
  source?: string;
  fingerprint?: Fingerprint;
}

export interface Witness {
  /** Stable id: the credited agency ("AP") or the first article id of the group. */
  id: string;
  /** Human label: "AP wire", or the outlet of a single article. */
  label: string;
  /** The wire credit shared by the group, if any. */
  credit: string | null;
  articles: string[];
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller id becomes the root, so the result does not depend on input order.
    if (ra < rb) this.parent.set(rb, ra);
    else if (rb < ra) this.parent.set(ra, rb);
  }
}

/** A shingle hash found in more articles than this is boilerplate (bylines, footers), not a sign of copying. */
const BOILERPLATE = 50;

/**
 * Pairs of items that share at least one hash, with how many they share, via an inverted
 * index; hashes held by more than `cap` items are skipped.
 */
function sharedCounts(items: { key: string; hashes: number[] }[], cap: number): [string, string, number][] {
  const postings = new Map<number, string[]>();
  for (const it of items)
    for (const h of it.hashes) {
      const list = postings.get(h);
      if (list) list.push(it.key);
      else postings.set(h, [it.key]);
    }
  const shared = new Map<string, [string, string, number]>();
  for (const keys of postings.values()) {
    if (keys.length < 2 || keys.length > cap) continue;
    for (let i = 0; i < keys.length; i++)
      for (let j = i + 1; j < keys.length; j++) {
        const [a, b] = keys[i] < keys[j] ? [keys[i], keys[j]] : [keys[j], keys[i]];
        const k = `${a}\u0001${b}`;
        const entry = shared.get(k);
        if (entry) entry[2]++;
        else shared.set(k, [a, b, 1]);
      }
  }
  // Sorted, so unions happen in one order whatever the input order.
  return [...shared.values()].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : 1));
}

const push = (m: Map<string, string[]>, k: string, v: string) => {
  const list = m.get(k);
  if (!list) m.set(k, [v]);
  else if (list[list.length - 1] !== v) list.push(v);
};

/** The article-level witnesses: copies by text or by a shared wire credit. */
export function articleWitnesses(articles: WitnessArticle[], settings: WitnessSettings): Map<string, Witness> {
  const uf = new UnionFind();
  const byId = new Map(articles.map((a) => [a.id, a]));
  const credits = new Map<string, string[]>();
  for (const a of articles) {
    const own = a.fingerprint?.credits ?? [];
    const syndicated = (a.source && settings.syndication.get(a.source.toLowerCase())) || [];
    credits.set(a.id, [...new Set([...own, ...syndicated])].sort());
  }
  if (settings.detect) {
    const sizes = new Map(articles.map((a) => [a.id, a.fingerprint?.shingles.length ?? 0]));
    const shared = sharedCounts(
      articles.map((a) => ({ key: a.id, hashes: a.fingerprint?.shingles ?? [] })),
      BOILERPLATE,
    );
    for (const [x, y, n] of shared) {
      if (n >= 2 && n / Math.max(1, Math.min(sizes.get(x)!, sizes.get(y)!)) >= settings.threshold) uf.union(x, y);
    }
    const byCredit = new Map<string, string[]>();
    for (const [id, cs] of credits) for (const c of cs) push(byCredit, c, id);
    for (const ids of byCredit.values()) for (const id of ids) uf.union(ids[0], id);
  }
  if (!settings.detect)
    return collect(
      articles.map((a) => a.id),
      (id) => id,
      (ids) => ({ credit: null, label: articleLabel(byId.get(ids[0]), ids[0]) }),
    );
  return collect(
    articles.map((a) => a.id),
    (id) => uf.find(id),
    (ids) => {
      const shared = ids.map((id) => credits.get(id) ?? []).reduce((x, y) => x.filter((c) => y.includes(c)));
      const credit = ids.length > 1 ? (shared[0] ?? null) : (credits.get(ids[0])?.[0] ?? null);
      const first = byId.get(ids[0])!;
      return { credit, label: credit ? `${credit} wire` : articleLabel(first, first.id) };
    },
  );
}

function collect(
  ids: string[],
  root: (id: string) => string,
  name: (ids: string[]) => { credit: string | null; label: string },
): Map<string, Witness> {
  const groups = new Map<string, string[]>();
  for (const id of [...ids].sort()) push(groups, root(id), id);
  const out = new Map<string, Witness>();
  for (const members of groups.values()) {
    const { credit, label } = name(members);
    const w: Witness = { id: credit ?? members[0], label, credit, articles: members };
    for (const id of members) out.set(id, w);
  }
  return out;
}

/** Jaccard of two sentences' word 3-shingle sets at or above which two claims share their evidence. */
const SENTENCE_THRESHOLD = 0.6;

/**
 * The witness of each claim of one fact: its article's witness, merged with the witnesses of
 * claims whose evidence sentence is a near-duplicate of its own (a wire paragraph quoted into
 * an otherwise independent report). Returns a witness per claim.
 */
export function claimWitnesses(
  claims: Claim[],
  byArticle: Map<string, Witness>,
  settings: WitnessSettings,
): Map<Claim, Witness> {
  const out = new Map<Claim, Witness>();
  if (!settings.detect) {
    for (const c of claims) out.set(c, byArticle.get(c.article) ?? solo(c.article));
    return out;
  }
  const uf = new UnionFind();
  const articleWitness = (c: Claim) => (byArticle.get(c.article) ?? solo(c.article)).id;
  const keyOf = new Map<string, Claim>();
  const items: { key: string; hashes: number[] }[] = [];
  claims.forEach((c, i) => {
    const key = `${articleWitness(c)}\u0000${String(i).padStart(8, '0')}`;
    keyOf.set(key, c);
    uf.union(key, `\u0000${articleWitness(c)}`);
    const words = wordHashes(c.text);
    if (words.length >= 6) items.push({ key, hashes: shingleHashes(words, 3) }); // shorter: a coincidence
  });
  const sizes = new Map(items.map((it) => [it.key, it.hashes.length]));
  for (const [x, y, n] of sharedCounts(items, Infinity)) {
    const union = sizes.get(x)! + sizes.get(y)! - n;
    if (n / union >= SENTENCE_THRESHOLD) uf.union(x, y);
  }
  // A merged witness keeps the identity of its article-level part with the smallest id.
  const members = new Map<string, Set<Witness>>();
  for (const [key, c] of keyOf) {
    const root = uf.find(key);
    let set = members.get(root);
    if (!set) members.set(root, (set = new Set()));
    set.add(byArticle.get(c.article) ?? solo(c.article));
  }
  const merged = new Map<string, Witness>();
  for (const [root, ws] of members) {
    const list = [...ws].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (list.length === 1) merged.set(root, list[0]);
    else {
      const credit = list.find((w) => w.credit)?.credit ?? null;
      const articles = [...new Set(list.flatMap((w) => w.articles))].sort();
      merged.set(root, { id: list[0].id, label: credit ? `${credit} wire` : list[0].label, credit, articles });
    }
  }
  for (const [key, c] of keyOf) out.set(c, merged.get(uf.find(key))!);
  return out;
}

const solo = (id: string): Witness => ({ id, label: id, credit: null, articles: [id] });
