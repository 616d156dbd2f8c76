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

/**
 * UnionFind over item indices 0, 1, … in an Int32Array that doubles as items come (copy
 * detection's hot path: string keys in a Map were a fifth of its time). The smaller index
 * becomes the root, so the components' roots do not depend on the order of unions.
 */
class IndexUnionFind {
  private parent: Int32Array<ArrayBuffer>;
  constructor(size = 0) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }

  /** Item i (the next index, or one not yet added) starts in the set of `root` (<= i; i: its own). */
  add(i: number, root = i): void {
    this.parent = grown(this.parent, i + 1);
    this.parent[i] = root;
  }

  find(i: number): number {
    const parent = this.parent;
    let r = i;
    while (parent[r] !== r) r = parent[r];
    while (parent[i] !== r) {
      const next = parent[i];
      parent[i] = r; // path compression
      i = next;
    }
    return r;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
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

/**
 * Whether two sorted hash lists share at least `need` values: the exact count is never needed,
 * only whether it reaches the threshold, so the walk stops as soon as that is decided (most
 * candidates share some boilerplate and fall short well before the end of the lists).
 */
function sharesAtLeast(a: number[], b: number[], need: number): boolean {
  if (need <= 0) return true;
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      if (++n >= need) return true;
      i++;
      j++;
    } else {
      if (a[i] < b[j]) i++;
      else j++;
      if (n + Math.min(a.length - i, b.length - j) < need) return false;
    }
  }
  return false;
}

/** Whether `shared` values make two lists alike; it must grow with `shared` (a containment, a Jaccard). */
type Similar = (shared: number, a: number[], b: number[]) => boolean;

/** The fewest shared values for which `similar` holds (it grows with them), or Infinity for none. */
function fewestShared(similar: Similar, a: number[], b: number[]): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length);
  if (!similar(hi, a, b)) return Infinity;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (similar(mid, a, b)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const TWO_32 = 2 ** 32;
/** Above any count of shared anchors (which is at most an item's anchors, ring-bounded per anchor). */
const MAX_SHARED = 2 ** 20;

/** A Float64Array of at least `size`, doubled from `a` when it is shorter (contents not kept). */
function grownFloats(a: Float64Array<ArrayBuffer>, size: number): Float64Array<ArrayBuffer> {
  if (size <= a.length) return a;
  let n = a.length || 16;
  while (n < size) n *= 2;
  return new Float64Array(n);
}

/** An Int32Array that doubles when an index past its end is needed. */
function grown(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (size <= a.length) return a;
  let n = a.length || 16;
  while (n < size) n *= 2;
  const b = new Int32Array(n);
  b.set(a);
  return b;
}

/**
 * Unions items whose hash lists overlap enough (`similar(shared, a, b)`): each item, in key
 * order, meets the earlier items that share one of its anchors (its hashes divisible by `anchorEvery`)
 * and is compared (exact overlap) with the few that share most, skipping those already in its
 * group. Work per item is bounded (anchors × RECENT look-ups, VERIFY comparisons), so one wire
 * story printed ten thousand times costs no more than ten thousand independent reports.
 *
 * Items are added one at a time, in increasing key order (an item only meets earlier ones),
 * so a check can group its articles as extraction delivers them, in corpus order.
 */
class SimilarUnion<K> {
  private readonly keys: K[] = [];
  private readonly hashes: number[][] = [];
  private readonly postings: RecentPostings;
  // Shared anchors per earlier item, counted in an array (touched: the items counted).
  private shared: Int32Array<ArrayBuffer> = new Int32Array(0);
  private readonly touched: number[] = [];
  private order: Float64Array<ArrayBuffer> = new Float64Array(0);
  // Groups by item index, starting from the groups the items had when they came (claims of one
  // article witness): the same-group test runs for every candidate, most of them in one big
  // group when a corpus shares boilerplate, and string look-ups were a fifth of the time.
  // Unions go to `join` too (a union-find whose components do not depend on the order of unions).
  private readonly group: IndexUnionFind;
  private readonly firstOfRoot = new Map<unknown, number>();

  constructor(
    /** Anchors are the hashes divisible by this (1: every hash). */
    private readonly anchorEvery: number,
    private readonly similar: Similar,
    private readonly join: (a: K, b: K) => void,
    expectedAnchors = 0,
    expectedItems = 0,
  ) {
    this.postings = new RecentPostings(expectedAnchors);
    this.shared = new Int32Array(expectedItems);
    this.group = new IndexUnionFind(expectedItems);
  }

  /** Adds an item (after every item with a smaller key); `root`: its group before any union here. */
  add(key: K, hashes: number[], root: unknown): void {
    if (!hashes.length) return;
    const i = this.keys.length;
    this.keys.push(key);
    this.hashes.push(hashes);
    this.shared = grown(this.shared, i + 1);
    const first = this.firstOfRoot.get(root);
    if (first === undefined) this.firstOfRoot.set(root, i);
    this.group.add(i, first ?? i);
    const { postings, shared, touched } = this;
    const every = this.anchorEvery;
    let anchors = hashes;
    if (every !== 1) {
      anchors = [];
      for (const h of hashes) if (h % every === 0) anchors.push(h);
    }
    touched.length = 0;
    for (const h of anchors) {
      const at = postings.find(h);
      for (let k = postings.first(at); k < postings.end(at); k++) {
        const j = postings.item(at, k);
        if (shared[j] === 0) touched.push(j);
        shared[j]++;
      }
    }
    // Most shared first, then in item order: one number per candidate, sorted natively (a
    // comparator sort of a hundred candidates per article was a fifth of the time).
    const order = (this.order = grownFloats(this.order, touched.length)).subarray(0, touched.length);
    for (let t = 0; t < touched.length; t++) {
      const j = touched[t];
      order[t] = (MAX_SHARED - shared[j]) * TWO_32 + j;
      shared[j] = 0;
    }
    order.sort();
    let verified = 0;
    for (let t = 0; t < order.length; t++) {
      if (verified >= VERIFY) break;
      const j = order[t] % TWO_32;
      const mine = this.group.find(i);
      const theirs = this.group.find(j);
      if (theirs === mine) continue;
      verified++;
      const other = this.hashes[j];
      if (sharesAtLeast(hashes, other, fewestShared(this.similar, hashes, other))) {
        this.group.union(mine, theirs);
        this.join(key, this.keys[j]);
      }
    }
    for (const h of anchors) postings.add(postings.find(h), h, i);
  }
}

/**
 * unionSimilar over a batch of items, given in key order, each with its group beforehand
 * (`root`); unions go to `join`.
 */
function unionSimilar<K>(
  list: { key: K; hashes: number[]; root: unknown }[],
  anchorEvery: number,
  similar: Similar,
  join: (a: K, b: K) => void,
): void {
  const union = new SimilarUnion<K>(
    anchorEvery,
    similar,
    join,
    list.reduce((n, item) => n + item.hashes.length, 0),
    list.length,
  );
  for (const item of list) union.add(item.key, item.hashes, item.root);
}

/**
 * Per anchor hash, the last RECENT items posted under it (all unionSimilar reads): an
 * open-addressing table over typed arrays, doubled when half full. A Map of growing arrays
 * keyed by 32-bit hashes (boxed numbers) was most of copy detection's time.
 */
class RecentPostings {
  private keys: Uint32Array;
  /** Items ever posted under the slot's key; 0: an empty slot. */
  private counts: Int32Array;
  /** RECENT item indices per slot, as a ring. */
  private items: Int32Array;
  private mask: number;
  /** 32 − log2(size): slots come from the top bits of the product (anchors' low bits are all 0). */
  private shift: number;
  private used = 0;

  constructor(maxKeys: number) {
    let size = 16;
    while (size < maxKeys * 2) size *= 2;
    this.keys = new Uint32Array(size);
    this.counts = new Int32Array(size);
    this.items = new Int32Array(size * RECENT);
    this.mask = size - 1;
    this.shift = 32 - Math.log2(size);
  }

  /** The slot of hash h: its own, or the empty one where it would go. */
  find(h: number): number {
    // Fibonacci hashing: the product's top bits. Its low bits (what `& mask` took) are as low
    // as the hash's own, and an anchor is a multiple of 8 (sampled shingles, even ones), so
    // seven slots in eight stayed empty and the probes ran long.
    let s = Math.imul(h, 0x9e3779b1) >>> this.shift;
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

  /** Posts `item` under h at slot s (from find(h)); the slots may move afterwards: find again. */
  add(s: number, h: number, item: number): void {
    if (this.counts[s] === 0) this.used++;
    this.keys[s] = h;
    this.items[s * RECENT + (this.counts[s] % RECENT)] = item;
    this.counts[s]++;
    if (this.used * 2 > this.keys.length) this.grow();
  }

  private grow(): void {
    const { keys, counts, items } = this;
    const size = keys.length * 2;
    this.keys = new Uint32Array(size);
    this.counts = new Int32Array(size);
    this.items = new Int32Array(size * RECENT);
    this.mask = size - 1;
    this.shift = 32 - Math.log2(size);
    for (let s = 0; s < keys.length; s++) {
      if (counts[s] === 0) continue;
      const t = this.find(keys[s]);
      this.keys[t] = keys[s];
      this.counts[t] = counts[s];
      this.items.set(items.subarray(s * RECENT, s * RECENT + RECENT), t * RECENT);
    }
  }
}

/** The credits of an article that has none (shared: credit lists are only read). */
const NO_CREDITS: string[] = [];

/**
 * The article-level witnesses, built one article at a time in increasing id order (corpus
 * order), so a check groups its articles while the rest are still being extracted: copies by
 * text (each article meets the earlier ones) or by a shared wire credit (at the end).
 */
export class ArticleWitnessGroups {
  private readonly uf = new UnionFind();
  private readonly byId = new Map<string, WitnessArticle>();
  private readonly credits = new Map<string, string[]>();
  private readonly ids: string[] = [];
  private readonly similar: SimilarUnion<string>;

  constructor(
    private readonly settings: WitnessSettings,
    expectedAnchors = 0,
  ) {
    this.similar = new SimilarUnion(
      ANCHOR,
      (n, a, b) => n >= 2 && n / Math.min(a.length, b.length) >= settings.threshold,
      (a, b) => this.uf.union(a, b),
      expectedAnchors,
    );
  }

  /** The id of the last article added, or null. */
  last(): string | null {
    return this.ids.length ? this.ids[this.ids.length - 1] : null;
  }

  /** Adds an article whose id is greater than every id added before. */
  add(a: WitnessArticle): void {
    const last = this.last();
    if (last !== null && !(last < a.id)) throw new Error(`witness groups: ${a.id} after ${last}`);
    this.ids.push(a.id);
    this.byId.set(a.id, a);
    const own = a.fingerprint?.credits ?? [];
    const syndicated =
      (a.source && this.settings.syndication.size && this.settings.syndication.get(a.source.toLowerCase())) || [];
    this.credits.set(a.id, own.length || syndicated.length ? [...new Set([...own, ...syndicated])].sort() : NO_CREDITS);
    if (this.settings.detect) this.similar.add(a.id, a.fingerprint?.shingles ?? [], a.id);
  }

  /** The witness of every article added. */
  result(): Map<string, Witness> {
    const { uf, byId, credits, settings } = this;
    if (!settings.detect)
      return collect(
        this.ids,
        (id) => id,
        (ids) => ({ credit: null, label: articleLabel(byId.get(ids[0]), ids[0]) }),
      );
    const byCredit = new Map<string, string[]>();
    for (const [id, cs] of credits) for (const c of cs) push(byCredit, c, id);
    for (const ids of byCredit.values()) for (const id of ids) uf.union(ids[0], id);
    return collect(
      this.ids,
      (id) => uf.find(id),
      (ids) => {
        const shared = ids.map((id) => credits.get(id) ?? []).reduce((x, y) => x.filter((c) => y.includes(c)));
        const credit = ids.length > 1 ? (shared[0] ?? null) : (credits.get(ids[0])?.[0] ?? null);
        const first = byId.get(ids[0])!;
        return { credit, label: credit ? `${credit} wire` : articleLabel(first, first.id) };
      },
    );
  }
}

/** The article-level witnesses: copies by text or by a shared wire credit (any order of articles). */
export function articleWitnesses(articles: WitnessArticle[], settings: WitnessSettings): Map<string, Witness> {
  const sorted = [...articles].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const groups = new ArticleWitnessGroups(
    settings,
    sorted.reduce((n, a) => n + (a.fingerprint?.shingles.length ?? 0), 0) / ANCHOR,
  );
  let last: string | null = null;
  for (const a of sorted) {
    if (a.id === last) continue;
    groups.add(a);
    last = a.id;
  }
  return groups.result();
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

/**
 * What claimWitnesses compares of a claim's evidence sentence: its word 3-shingles, or null for
 * a sentence of fewer than six words (a shared one is a coincidence). A check computes them as
 * each article's claims arrive, while the other articles are still being extracted.
 */
export function sentenceShingles(text: string): number[] | null {
  const words = wordHashes(text);
  return words.length >= 6 ? shingleHashes(words, 3) : null;
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
  shinglesOf: (c: Claim) => number[] | null = (c) => sentenceShingles(c.text),
): Map<Claim, Witness> {
  const out = new Map<Claim, Witness>();
  if (!settings.detect) {
    for (const c of claims) out.set(c, byArticle.get(c.article) ?? solo(c.article));
    return out;
  }
  // Components over claim indices: the claims of one article witness start as one.
  const n = claims.length;
  const own = claims.map((c) => byArticle.get(c.article) ?? solo(c.article));
  const components = new IndexUnionFind(n);
  const find = (i: number) => components.find(i);
  const join = (a: number, b: number) => components.union(a, b);
  const firstOfWitness = new Map<string, number>();
  own.forEach((w, i) => {
    const first = firstOfWitness.get(w.id);
    if (first === undefined) firstOfWitness.set(w.id, i);
    else join(first, i);
  });
  // Compared in the order of (article witness, claim): near-duplicates within a witness are
  // already one, and the order decides which candidates each claim meets.
  const items: { key: number; hashes: number[]; root: number }[] = [];
  claims.forEach((c, i) => {
    const hashes = shinglesOf(c);
    if (hashes && hashes.length) items.push({ key: i, hashes, root: find(i) });
  });
  items.sort((x, y) => {
    const a = own[x.key].id;
    const b = own[y.key].id;
    return a < b ? -1 : a > b ? 1 : x.key - y.key;
  });
  unionSimilar(
    items,
    1,
    (shared, a, b) => shared / (a.length + b.length - shared) >= SENTENCE_THRESHOLD, // Jaccard of the 3-shingle sets
    join,
  );
  // A merged witness keeps the identity of its article-level part with the smallest id.
  const members = new Map<number, Set<Witness>>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    let set = members.get(root);
    if (!set) members.set(root, (set = new Set()));
    set.add(own[i]);
  }
  const merged = new Map<number, Witness>();
  for (const [root, ws] of members) {
    const list = [...ws].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (list.length === 1) merged.set(root, list[0]);
    else {
      const credit = list.find((w) => w.credit)?.credit ?? null;
      // The articles of the merged groups, listed when read: reports never read them, and
      // merging two copy groups of thousands of articles for every fact was most of the time.
      let articles: string[] | null = null;
      merged.set(root, {
        id: list[0].id,
        label: credit ? `${credit} wire` : list[0].label,
        credit,
        get articles() {
          return (articles ??= [...new Set(list.flatMap((w) => w.articles))].sort());
        },
      });
    }
  }
  claims.forEach((c, i) => out.set(c, merged.get(find(i))!));
  return out;
}

const solo = (id: string): Witness => ({ id, label: id, credit: null, articles: [id] });

/**
 * Whether two witnesses (from two groupings of the articles) are the same to alignment: its
 * findings read a witness's id, label and credit, never its list of articles (which grows as
 * copies join a group in later articles; reports list the articles of the claims instead).
 */
export function sameWitness(a: Witness | undefined, b: Witness | undefined): boolean {
  return a === b || (!!a && !!b && a.id === b.id && a.label === b.label && a.credit === b.credit);
}
