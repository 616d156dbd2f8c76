/**
 * Candidate facts: values of the same kind that several articles state next to words that
 * mean the same thing ("left on Sunday" / "departed on Thursday"; "40 people" / "8 people").
 * Greedy: the candidate with the best score takes its values, the next one what is left.
 */
import type { Anchor, MinedArticle, Observation, ValueKind } from './mine';
import { levenshtein } from '../util/levenshtein';

export interface Member {
  obs: Observation;
  anchor: Anchor;
}

export interface Candidate {
  /** kind group + anchor key: what the members share. */
  key: string;
  kind: ValueKind;
  group: string;
  anchorKey: string;
  members: Member[];
  articles: number;
  score: number;
}

/** How much a key tells: rare in the coverage's sentences scores high (inverse document frequency). */
function idf(key: string, freq: { sentences: number; df: Map<string, number> }): number {
  const base = key.startsWith('noun:') ? key.slice(5) : key.split('>')[0];
  const df = freq.df.get(base) ?? 1;
  return Math.log(1 + freq.sentences / df);
}

function scoreOf(members: Member[], freq: { sentences: number; df: Map<string, number> }, key: string) {
  const best = new Map<number, number>();
  for (const { obs, anchor } of members) {
    const closeness = 1 / (1 + anchor.distance / 3);
    best.set(obs.article, Math.max(best.get(obs.article) ?? 0, closeness));
  }
  let sum = 0;
  for (const v of best.values()) sum += v;
  // A value's own noun ("40 people") and an event word of a class name a fact best; a
  // measured quantity (it has a unit) is rarely anything but a fact; a place after any other
  // word ("aid to", "conflict in") is more often background than the event's place.
  const [group, anchor] = key.split('|');
  let weight = anchor.startsWith('noun:') ? (anchor.includes('+') ? 2.5 : 1.5) : anchor.startsWith('class:') ? 1.3 : 1;
  if (group.startsWith('quantity:')) weight *= 1.5;
  if (group === 'place' && !anchor.startsWith('class:')) weight *= 0.6;
  // A year in news is most often when something last happened ("last hit in 1998").
  if (group === 'year' && anchor === 'class:previous') weight *= 2;
  // Most names beside a noun are people the story mentions, not a fact it disagrees on.
  if (group === 'name') weight *= 0.5;
  return { articles: best.size, score: sum * idf(key, freq) * weight };
}

/** Most name facts among the candidates. */
const MAX_NAME_FACTS = 3;

/** A candidate scoring under this share of the best one is not proposed. */
const WEAK = 0.1;

/** Most of its articles give several values ("122mm and 152mm shells"): a list, not one fact. */
function isList(members: Member[]): boolean {
  const values = new Map<number, Set<string>>();
  for (const { obs } of members) {
    const s = values.get(obs.article) ?? new Set<string>();
    s.add(obs.mention.value);
    values.set(obs.article, s);
  }
  let several = 0;
  for (const s of values.values()) if (s.size > 1) several++;
  return several * 2 > values.size;
}

/** Spellings of one name: at most two letters apart ("tom-harlbery", "tom-harbery"). */
export const oneNameApart = (a: string, b: string) => Math.abs(a.length - b.length) <= 2 && levenshtein(a, b) <= 2;

/** Share of a name candidate's articles that must name one person: "police" stands by many. */
const ONE_PERSON = 0.6;

/** Do most of the articles name one person by the word ("the suspect, Ann Lee")? */
function onePerson(members: Member[]): boolean {
  // Spellings two letters apart are one person written two ways ("Ann Lee", "Anne Lee"): that
  // is the disagreement a name fact is for.
  const heads: string[] = [];
  const personOf = (id: string) => {
    const same = heads.find((h) => oneNameApart(h, id));
    if (same) return same;
    heads.push(id);
    return id;
  };
  const articles = new Map<string, Set<number>>();
  for (const { obs } of members) {
    const p = personOf(obs.mention.value);
    articles.set(p, (articles.get(p) ?? new Set()).add(obs.article));
  }
  const all = new Set(members.map((m) => m.obs.article)).size;
  return Math.max(...[...articles.values()].map((s) => s.size)) >= ONE_PERSON * all;
}

/**
 * Up to `limit` candidates, each stated by at least `minArticles` articles, no value in two.
 * Ties are broken by key, so the same coverage always yields the same candidates.
 */
export function groupCandidates(
  mined: MinedArticle[],
  freq: { sentences: number; df: Map<string, number> },
  minArticles: number,
  limit: number,
): Candidate[] {
  const byKey = new Map<string, Member[]>();
  for (const a of mined)
    for (const obs of a.observations)
      for (const anchor of obs.anchors) {
        const key = `${obs.group}|${anchor.key}`;
        const list = byKey.get(key);
        if (list) list.push({ obs, anchor });
        else byKey.set(key, [{ obs, anchor }]);
      }
  const values: Candidate[] = [];
  const names: Candidate[] = [];
  for (const [key, members] of byKey) {
    const { articles, score } = scoreOf(members, freq, key);
    if (articles < minArticles || isList(members) || (members[0].obs.kind === 'name' && !onePerson(members))) continue;
    const [group, anchorKey] = key.split('|');
    (group === 'name' ? names : values).push({
      key,
      kind: members[0].obs.kind,
      group,
      anchorKey,
      members,
      articles,
      score,
    });
  }
  // People are chosen apart, and few: who the suspect, the victim is; the rest are background.
  return [...greedy(values, freq, minArticles, limit), ...greedy(names, freq, minArticles, MAX_NAME_FACTS)];
}

/** The best candidates one by one, each taking its values from the rest. */
function greedy(
  candidates: Candidate[],
  freq: { sentences: number; df: Map<string, number> },
  minArticles: number,
  limit: number,
): Candidate[] {
  let pool = candidates;
  const chosen: Candidate[] = [];
  const taken = new Set<number>();
  let top = 0;
  while (chosen.length < limit && pool.length) {
    pool.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const best = pool.shift()!;
    // Far weaker than the best candidate: words that happen to stand near values, no fact.
    top ||= best.score;
    if (best.score < WEAK * top) break;
    // Words that stand by the same values in two or more articles name the same fact: what
    // only they anchor elsewhere joins it ("killed on Tuesday" / "Tuesday's landslide").
    const beside = new Map<string, Set<number>>();
    for (const m of best.members)
      for (const a of m.obs.anchors)
        if (a.key !== best.anchorKey) beside.set(a.key, (beside.get(a.key) ?? new Set()).add(m.obs.article));
    const own = new Set(best.members.map((m) => m.obs.id));
    // It only reaches articles the fact has no value in yet: where it has one, that is the value.
    const covered = new Set(best.members.map((m) => m.obs.article));
    // Only for events' dates and places: a count's noun says what it counts, and "30 homes"
    // beside "14 people" are two facts.
    const mergeable = best.kind === 'date' || best.kind === 'year' || best.kind === 'place';
    const bestArticles = new Set(best.members.map((m) => m.obs.article)).size;
    for (const [k, articles] of mergeable ? beside : []) {
      if (articles.size < 2 || articles.size * 2 <= bestArticles || k.startsWith('noun:')) continue;
      const other = pool.find((c) => c.key === `${best.group}|${k}`);
      for (const m of other?.members ?? [])
        if (!own.has(m.obs.id) && !taken.has(m.obs.id) && !covered.has(m.obs.article)) {
          best.members.push(m);
          own.add(m.obs.id);
        }
    }
    chosen.push(best);
    for (const m of best.members) taken.add(m.obs.id);
    const next: Candidate[] = [];
    for (const c of pool) {
      const members = c.members.filter((m) => !taken.has(m.obs.id));
      if (members.length === c.members.length) {
        next.push(c);
        continue;
      }
      const { articles, score } = scoreOf(members, freq, c.key);
      if (articles >= minArticles) next.push({ ...c, members, articles, score });
    }
    pool = next;
  }
  return chosen;
}
