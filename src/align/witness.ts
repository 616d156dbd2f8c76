/**
 * Witnesses, not outlets: articles that print one text (a wire story, a republished report)
 * are one witness, so ten copies of one figure count once against two independent reports.
 *
 * Two articles are one witness when enough of the shorter one's sampled word 5-shingles occur
 * in the other (containment ≥ `threshold`), when they credit the same wire agency, or (per
 * fact) when the claims' evidence sentences are near-duplicates (Jaccard of word 3-shingles).
 * Candidates come from an inverted index of anchor hashes, and each article is compared with a
 * bounded number of them (unionSimilar), so the work is linear in the articles whatever the
 * share of copies; all pairs of articles are never compared.
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

const push = (m: Map<string, string[]>, k: string, v: string) => {
  const list = m.get(k);
  if (!list) m.set(k, [v]);
  else if (list[list.length - 1] !== v) list.push(v);
};

/** One sampled shingle hash in ANCHOR is an anchor: the keys under which articles meet candidates. */
const ANCHOR = 8;
/** Per anchor, the latest articles looked at (a long list is a big copy group or boilerplate). */
const RECENT = 4;
/** Candidates verified per article, most shared anchors first. */
const VERIFY = 16;

/** Shared values of two sorted hash lists. */
function overlap(a: number[], b: number[]): number {
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

interface Hashed {
  key: string;
  /** Sorted sampled shingle hashes. */
  hashes: number[];
}

/**
 * Unions items whose hash lists overlap enough (`similar(shared, a, b)`): each item, in key
 * order, meets the earlier items that share one of its anchors (the hashes `anchor` keeps)
 * and is compared (exact overlap) with the few that share most, skipping those already in its
 * group. Work per item is bounded (anchors × RECENT look-ups, VERIFY comparisons), so one wire
 * story printed ten thousand times costs no more than ten thousand independent reports.
 */
function unionSimilar(
  items: Hashed[],
  anchor: (h: number) => boolean,
  similar: (shared: number, a: number[], b: number[]) => boolean,
  uf: UnionFind,
): void {
  const list = items.filter((it) => it.hashes.length).sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const anchorsOf = list.map((item) => item.hashes.filter(anchor));
  const postings = new RecentPostings(anchorsOf.reduce((n, a) => n + a.length, 0));
  // Shared anchors per earlier item, counted in an array (touched: the items counted), and
  // visited most shared first, then in item order: counts are bounded by the anchors, so by
  // buckets rather than by sorting (this loop runs once per article and per claim).
  const shared = new Int32Array(list.length);
  const touched: number[] = [];
  // Groups by item index, starting from the groups `uf` already has (claims of one article
  // witness): the same-group test runs for every candidate, most of them in one big group
  // when a corpus shares boilerplate, and string look-ups were a fifth of the time. Unions
  // go to `uf` too; its roots do not depend on the order of unions.
  const group = new Int32Array(list.length);
  const firstOfRoot = new Map<string, number>();
  list.forEach((item, i) => {
    const root = uf.find(item.key);
    const first = firstOfRoot.get(root);
    if (first === undefined) firstOfRoot.set(root, (group[i] = i));
    else group[i] = first;
  });
  const groupOf = (i: number): number => {
    let g = i;
    while (group[g] !== g) g = group[g];
    for (let k = i; group[k] !== g;) {
      const next = group[k];
      group[k] = g; // path compression
      k = next;
    }
    return g;
  };
  list.forEach((item, i) => {
    const anchors = anchorsOf[i];
    touched.length = 0;
    let most = 0;
    for (const h of anchors) {
      const at = postings.find(h);
      for (let k = postings.first(at); k < postings.end(at); k++) {
        const j = postings.item(at, k);
        if (shared[j] === 0) touched.push(j);
        if (++shared[j] > most) most = shared[j];
      }
    }
    const byCount: number[][] = Array.from({ length: most + 1 }, () => []);
    for (const j of touched) {
      byCount[shared[j]].push(j);
      shared[j] = 0;
    }
    let verified = 0;
    for (let count = most; count > 0 && verified < VERIFY; count--)
      for (const j of byCount[count].sort((x, y) => x - y)) {
        if (verified >= VERIFY) break;
        const other = list[j];
        const mine = groupOf(i);
        const theirs = groupOf(j);
        if (theirs === mine) continue;
        verified++;
        if (similar(overlap(item.hashes, other.hashes), item.hashes, other.hashes)) {
          group[Math.max(mine, theirs)] = Math.min(mine, theirs);
          uf.union(item.key, other.key);
        }
      }
    for (const h of anchors) postings.add(postings.find(h), h, i);
  });
}

/**
 * Per anchor hash, the last RECENT items posted under it (all unionSimilar reads): an
 * open-addressing table over typed arrays. A Map of growing arrays keyed by 32-bit hashes
 * (boxed numbers) was most of copy detection's time.
 */
class RecentPostings {
  private readonly keys: Uint32Array;
  /** Items ever posted under the slot's key; 0: an empty slot. */
  private readonly counts: Int32Array;
  /** RECENT item indices per slot, as a ring. */
  private readonly items: Int32Array;
  private readonly mask: number;

  constructor(maxKeys: number) {
    let size = 16;
    while (size < maxKeys * 2) size *= 2;
    this.keys = new Uint32Array(size);
    this.counts = new Int32Array(size);
    this.items = new Int32Array(size * RECENT);
    this.mask = size - 1;
  }

  /** The slot of hash h: its own, or the empty one where it would go. */
  find(h: number): number {
    let s = (Math.imul(h, 0x9e3779b1) >>> 0) & this.mask;
    while (this.counts[s] !== 0 && this.keys[s] !== h) s = (s + 1) & this.mask;
    return s;
  }

  /** Positions (in posting order) of the items still held at a slot: first(s) to end(s). */
  first(s: number): number {
    return Math.max(0, this.counts[s] - RECENT);
  }
  end(s: number): number {
    return this.counts[s];
  }
  item(s: number, k: number): number {
    return this.items[s * RECENT + (k % RECENT)];
  }

  add(s: number, h: number, item: number): void {
    this.keys[s] = h;
    this.items[s * RECENT + (this.counts[s] % RECENT)] = item;
    this.counts[s]++;
  }
}

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
  if (settings.detect)
    unionSimilar(
      articles.map((a) => ({ key: a.id, hashes: a.fingerprint?.shingles ?? [] })),
      (h) => h % ANCHOR === 0,
      (n, a, b) => n >= 2 && n / Math.min(a.length, b.length) >= settings.threshold,
      uf,
    );
  if (settings.detect) {
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
  unionSimilar(
    items,
    () => true,
    (n, a, b) => n / (a.length + b.length - n) >= SENTENCE_THRESHOLD, // Jaccard of the 3-shingle sets
    uf,
  );
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
