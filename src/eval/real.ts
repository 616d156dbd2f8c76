/**
 * Scoring factlint on real coverage (`npm run eval:real`): ECB+ clusters, a pack per cluster
 * (eval/real/packs) and gold written by reading the articles (eval/real/gold).
 *
 * Matching rules (documented in eval/README.md):
 * - dates and years: the claim's constraint meets the gold day, month, year, weekday
 *   ("XXXX-WXX-4") or yearless day ("XXXX-11-12");
 * - counts, quantities, durations: the number the claim states equals the gold number within
 *   the fact's tolerance (durations compared in seconds), and the hedges are of one family:
 *   exact, about, a floor (at-least, more-than), a ceiling (at-most, less-than, nearly); a
 *   range claim matches an exact gold number inside it;
 * - places: the same gazetteer id, or an ancestor or descendant of it; names: the same id.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse as parseYaml } from 'yaml';
import type { Article, Constraint, DaysConstraint, Hedge, IntervalConstraint } from '../model';
import type { Claim } from '../model/claim';
import type { Finding, Problem } from '../model/report';
import type { CompiledFact, CompiledPack } from '../rules/types';
import { findArticleFiles } from '../corpus/files';
import { readCorpusFile } from '../corpus/read';
import { Checker } from '../engine/checker';
import { comparable, intersect } from '../align/constraints';
import { hedgeInterval, TIME_UNITS, unitKey } from '../lexicon';
import { convertValue } from '../mentions/units';
import { dayNumber, daysInMonth, fromDayNumber, parseIsoDay, weekdayOf } from '../util/calendar';

export interface GoldValue {
  value: string | number;
  hedge?: Hedge;
  quote?: string;
}

export interface GoldArticle {
  asof: string | null;
  'about-event': boolean;
  values?: Record<string, GoldValue>;
}

export interface GoldFact {
  id: string;
  type: string;
  unit: string | null;
  running: boolean;
}

export interface GoldFile {
  cluster: string;
  facts: GoldFact[];
  articles: Record<string, GoldArticle>;
}

export interface Ratio {
  hit: number;
  total: number;
}

export interface ClusterScore {
  cluster: string;
  articles: number;
  /** Claims whose value is the article's gold value for the fact. */
  precision: Ratio;
  /** Gold article-facts with at least one matching claim. */
  recall: Ratio;
  /** Article pairs a contradiction sets against each other that are gold conflicts / all such pairs. */
  conflictPrecision: Ratio;
  /** Gold conflict pairs a contradiction sets against each other. */
  conflictRecall: Ratio;
  /** Gold update pairs (running facts, different days, different values) shown by an `update` finding. */
  updates: Ratio;
  /** Every scored claim, with its verdict, for `--errors`. */
  verdicts: ClaimVerdict[];
  missed: { article: string; fact: string; gold: GoldValue }[];
  falseConflicts: PairRef[];
  missedConflicts: PairRef[];
}

export interface ClaimVerdict {
  article: string;
  fact: string;
  raw: string;
  value: string;
  text: string;
  gold: GoldValue | null;
  right: boolean;
}

export interface PairRef {
  fact: string;
  a: string;
  b: string;
}

export const realDir = (repoRoot: string): string =>
  process.env.ECBPLUS_DIR || path.resolve(repoRoot, '..', 'shared', 'data', 'ecbplus');

/** The clusters with both a gold file and a pack, sorted. */
export function listClusters(evalDir: string): string[] {
  const gold = path.join(evalDir, 'gold');
  if (!fs.existsSync(gold)) return [];
  return fs
    .readdirSync(gold)
    .filter((f) => f.endsWith('.yaml') && fs.existsSync(path.join(evalDir, 'packs', f)))
    .map((f) => f.slice(0, -5))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

const FLOOR: Hedge[] = ['at-least', 'more-than'];
const CEILING: Hedge[] = ['at-most', 'less-than', 'nearly'];
const family = (h: Hedge | undefined): string =>
  !h || h === 'exact' ? 'exact' : h === 'about' ? 'about' : FLOOR.includes(h) ? 'floor' : 'ceiling';

/** The number a hedged interval states: its floor, ceiling or middle. */
function statedNumber(c: IntervalConstraint, hedge: Hedge | undefined): number {
  const h = hedge ?? 'exact';
  if (FLOOR.includes(h)) return c.lo;
  if (CEILING.includes(h)) return c.hi;
  if (h === 'about') return (c.lo + c.hi) / 2;
  return c.lo;
}

/** Seconds of a duration unit as the gold files write it ("years", "hours", "s"). */
function secondsOf(unit: string): number {
  const key = unit === 's' ? 'second' : unit === 'h' ? 'hour' : unit === 'min' ? 'minute' : unitKey(unit);
  const u = key ? TIME_UNITS[key] : undefined;
  if (!u) throw new Error(`gold: unknown duration unit "${unit}"`);
  return u.seconds;
}

/** The gold number in the unit of the claims' constraints. */
function goldNumber(gold: GoldValue, gf: GoldFact, fact: CompiledFact, pack: CompiledPack): number {
  const x = Number(gold.value);
  if (gf.type === 'duration') return x * secondsOf(gf.unit ?? 's');
  if (gf.type === 'quantity' && gf.unit && fact.unit && gf.unit !== fact.unit.id) {
    const from = pack.units.lookup(gf.unit);
    if (!from) throw new Error(`gold: unknown unit "${gf.unit}"`);
    return convertValue(x, from, fact.unit);
  }
  return x;
}

type GoldDate =
  | { kind: 'days'; c: DaysConstraint }
  | { kind: 'yearless'; month: number; day: number }
  | { kind: 'weekday'; weekday: number };

/** A gold date: "2011-11-10", "2005-03", "2005", "XXXX-WXX-4" (weekday, 7 = Sunday), "XXXX-11-12". */
export function goldDate(v: string): GoldDate {
  let m = /^XXXX-WXX-([1-7])$/.exec(v);
  if (m) return { kind: 'weekday', weekday: Number(m[1]) % 7 };
  m = /^XXXX-(\d\d)-(\d\d)$/.exec(v);
  if (m) return { kind: 'yearless', month: Number(m[1]), day: Number(m[2]) };
  const day = parseIsoDay(v);
  if (day !== null) return { kind: 'days', c: { kind: 'days', from: day, to: day, weekdays: 0x7f } };
  m = /^(\d{4})-(\d\d)$/.exec(v);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    const c: DaysConstraint = {
      kind: 'days',
      from: dayNumber(y, mo, 1),
      to: dayNumber(y, mo, daysInMonth(y, mo)),
      weekdays: 0x7f,
    };
    return { kind: 'days', c };
  }
  m = /^(\d{4})$/.exec(v);
  if (m) {
    const y = Number(m[1]);
    return { kind: 'days', c: { kind: 'days', from: dayNumber(y, 1, 1), to: dayNumber(y, 12, 31), weekdays: 0x7f } };
  }
  throw new Error(`gold: unreadable date "${v}"`);
}

/** Does a day set contain a day that is `month`-`day` in some year? */
function allowsYearless(c: DaysConstraint, month: number, day: number): boolean {
  if (c.from === null || c.to === null) return true;
  const a = fromDayNumber(c.from).year;
  const b = fromDayNumber(c.to).year;
  for (let y = a; y <= b && y <= a + 400; y++) {
    if (day > daysInMonth(y, month)) continue;
    const d = dayNumber(y, month, day);
    if (d >= c.from && d <= c.to && c.weekdays & (1 << weekdayOf(d))) return true;
  }
  return false;
}

function dateMatches(c: DaysConstraint, g: GoldDate): boolean {
  switch (g.kind) {
    case 'weekday':
      return intersect(c, { kind: 'days', from: null, to: null, weekdays: 1 << g.weekday }) !== null;
    case 'yearless':
      return allowsYearless(c, g.month, g.day);
    case 'days':
      return intersect(c, g.c) !== null;
  }
}

/** Is `id` the same place as `gold`, or one holding or held by it? */
function samePlace(pack: CompiledPack, id: string, gold: string): boolean {
  if (id === gold) return true;
  const a = pack.places.get(id)?.path ?? [id];
  const b = pack.places.get(gold)?.path ?? [gold];
  return a.includes(gold) || b.includes(id);
}

/** Does a claim state the gold value? */
export function claimMatches(
  claim: Claim,
  gold: GoldValue,
  gf: GoldFact,
  fact: CompiledFact,
  pack: CompiledPack,
): boolean {
  const c = claim.constraint;
  switch (gf.type) {
    case 'date':
    case 'year':
      return c.kind === 'days' && dateMatches(c, goldDate(String(gold.value)));
    case 'place':
      return c.kind === 'place' && samePlace(pack, claim.value, String(gold.value));
    case 'name':
      return claim.value === String(gold.value);
    default: {
      if (c.kind !== 'interval') return false;
      const x = goldNumber(gold, gf, fact, pack);
      const tol = Math.max(fact.tolerance.absolute + Math.abs(x) * fact.tolerance.relative, Math.abs(x) * 1e-9);
      const family0 = family(claim.hedge);
      if (family0 === 'exact' && c.lo !== c.hi)
        return family(gold.hedge) === 'exact' && x >= c.lo - tol && x <= c.hi + tol;
      return family0 === family(gold.hedge) && Math.abs(statedNumber(c, claim.hedge) - x) <= tol;
    }
  }
}

/** The constraint a gold value stands for, in the engine's terms (null: a yearless or weekday-only date). */
function goldConstraint(gold: GoldValue, gf: GoldFact, fact: CompiledFact, pack: CompiledPack): Constraint | GoldDate {
  switch (gf.type) {
    case 'date':
    case 'year': {
      const g = goldDate(String(gold.value));
      if (g.kind === 'days') return g.c;
      if (g.kind === 'weekday') return { kind: 'days', from: null, to: null, weekdays: 1 << g.weekday };
      return g;
    }
    case 'place': {
      const e = pack.places.get(String(gold.value));
      return { kind: 'place', path: e?.path ?? [String(gold.value)] };
    }
    case 'name':
      return { kind: 'name', id: String(gold.value) };
    default: {
      const x = goldNumber(gold, gf, fact, pack);
      const i = hedgeInterval(x, gold.hedge ?? 'exact', fact.hedges);
      return { kind: 'interval', ...i, unit: fact.unit?.id ?? (gf.type === 'duration' ? 's' : '') };
    }
  }
}

/** Can both gold values hold (the engine's constraint semantics, with the fact's tolerance)? */
function goldCompatible(a: GoldValue, b: GoldValue, gf: GoldFact, fact: CompiledFact, pack: CompiledPack): boolean {
  const ca = goldConstraint(a, gf, fact, pack);
  const cb = goldConstraint(b, gf, fact, pack);
  if (ca.kind === 'yearless' || cb.kind === 'yearless') {
    const [y, other] = ca.kind === 'yearless' ? [ca, cb] : [cb as GoldDate & { kind: 'yearless' }, ca];
    if (other.kind === 'yearless') return other.month === y.month && other.day === y.day;
    return allowsYearless(other as DaysConstraint, y.month, y.day);
  }
  return intersect(comparable(ca as Constraint, fact), comparable(cb as Constraint, fact)) !== null;
}

/** Fact ids whose rule names parts (the pack's `parts` field): their `fact@part` gold is scored. */
function factsWithParts(packFile: string): Set<string> {
  const spec = parseYaml(fs.readFileSync(packFile, 'utf8')) as { facts?: { id: string; parts?: unknown }[] };
  return new Set((spec.facts ?? []).filter((f) => f.parts !== undefined).map((f) => f.id));
}

const pairKey = (fact: string, a: string, b: string) => (a < b ? `${fact}\t${a}\t${b}` : `${fact}\t${b}\t${a}`);
const pairOf = (key: string): PairRef => {
  const [fact, a, b] = key.split('\t');
  return { fact, a, b };
};

/** Claims keep the part they are of once parts exist (align + claims); until then none has one. */
const partOf = (c: Claim): string | undefined => (c as Claim & { part?: string }).part;

/**
 * Article pairs a contradiction finding sets against each other: a pair of their claims is in
 * the finding's `conflicts` (cannot both hold) and no claim of one is compatible with a claim of
 * the other (an article that also prints the other's value is not against it). Without loose
 * claims this is the pairs in disjoint groups; a loose claim ("more than 22,000") is against the
 * claims it cannot meet, and with none of those it can.
 */
function contradictionPairs(findings: Finding[], articleName: (id: string) => string): Set<string> {
  const out = new Set<string>();
  for (const f of findings) {
    // A part's own finding and the part/total checks are not the whole fact the gold pairs are of.
    if (f.status !== 'contradiction' || f.part || f.check) continue;
    const conflicting = new Set<string>();
    for (const [as, bs] of f.conflicts)
      for (const a of as) for (const b of bs) conflicting.add(`${a} ${b}`).add(`${b} ${a}`);
    const byArticle = new Map<string, number[]>();
    f.claims.forEach((c, i) => {
      const a = articleName(c.article);
      if (!byArticle.has(a)) byArticle.set(a, []);
      byArticle.get(a)!.push(i);
    });
    const arts = [...byArticle.keys()];
    for (let i = 0; i < arts.length; i++)
      for (let j = i + 1; j < arts.length; j++) {
        const [ca, cb] = [byArticle.get(arts[i])!, byArticle.get(arts[j])!];
        if (ca.every((x) => cb.every((y) => conflicting.has(`${x} ${y}`)))) out.add(pairKey(f.fact, arts[i], arts[j]));
      }
  }
  return out;
}

/** Article pairs an `update` finding (running figures, timeline helper) shows with different values. */
function updatePairs(findings: Finding[], articleName: (id: string) => string): Set<string> {
  const out = new Set<string>();
  for (const f of findings) {
    if ((f.status as string) !== 'update') continue;
    const values = new Map<string, Set<string>>();
    for (const c of f.claims) {
      const a = articleName(c.article);
      if (!values.has(a)) values.set(a, new Set());
      values.get(a)!.add(c.value);
    }
    const arts = [...values.keys()];
    for (let i = 0; i < arts.length; i++)
      for (let j = i + 1; j < arts.length; j++) {
        const va = values.get(arts[i])!;
        if ([...values.get(arts[j])!].some((v) => !va.has(v))) out.add(pairKey(f.fact, arts[i], arts[j]));
      }
  }
  return out;
}

/** Runs a checker with the cluster's pack over its articles and scores claims and findings against the gold. */
export function scoreCluster(cluster: string, evalDir: string, articlesDir: string): ClusterScore {
  const packFile = path.join(evalDir, 'packs', `${cluster}.yaml`);
  const gold = parseYaml(fs.readFileSync(path.join(evalDir, 'gold', `${cluster}.yaml`), 'utf8')) as GoldFile;
  const checker = Checker.load([packFile]);
  const pack = checker.packs[0];
  const facts = new Map(pack.facts.map((f) => [f.id, f]));
  const goldFacts = new Map(gold.facts.map((f) => [f.id, f]));
  const withParts = factsWithParts(packFile);

  const files = findArticleFiles([path.join(articlesDir, cluster)]);
  const articles: Article[] = [];
  const claims: Claim[] = [];
  const problems: Problem[] = [];
  for (const f of files) {
    const { article, problems: p } = readCorpusFile(f, {});
    problems.push(...p);
    if (!article) continue;
    articles.push(article);
    claims.push(...checker.extractClaims(article));
  }
  const { report } = checker.finish(articles, claims, problems);
  const nameOf = new Map(articles.map((a) => [a.id, path.basename(a.path)]));
  const articleName = (id: string) => nameOf.get(id) ?? id;

  const verdicts: ClaimVerdict[] = [];
  const found = new Set<string>(); // article \t gold key
  for (const c of claims) {
    const name = articleName(c.article);
    const ga = gold.articles[name];
    if (!ga) continue; // an article the annotators did not read is not scored
    const fact = facts.get(c.fact);
    const gf = goldFacts.get(c.fact);
    if (!fact || !gf) continue;
    const part = partOf(c);
    const key = part ? `${c.fact}@${part}` : c.fact;
    const g = ga['about-event'] ? (ga.values?.[key] ?? null) : null;
    const right = g !== null && claimMatches(c, g, gf, fact, pack);
    if (right) found.add(`${name}\t${key}`);
    verdicts.push({ article: name, fact: key, raw: c.raw, value: c.value, text: c.text, gold: g, right });
  }

  const missed: ClusterScore['missed'] = [];
  let goldSlots = 0;
  for (const [name, ga] of Object.entries(gold.articles)) {
    if (!ga['about-event']) continue;
    for (const [key, g] of Object.entries(ga.values ?? {})) {
      const [factId, part] = key.split('@');
      if (!facts.has(factId) || (part && !withParts.has(factId))) continue;
      goldSlots++;
      if (!found.has(`${name}\t${key}`)) missed.push({ article: name, fact: key, gold: g });
    }
  }

  // Gold conflicts and updates: pairs of articles whose gold values for a (whole) fact cannot both hold.
  const goldConflicts = new Set<string>();
  const goldUpdates = new Set<string>();
  const names = Object.keys(gold.articles).sort();
  for (const gf of gold.facts) {
    const fact = facts.get(gf.id);
    if (!fact) continue;
    for (let i = 0; i < names.length; i++)
      for (let j = i + 1; j < names.length; j++) {
        const [a, b] = [gold.articles[names[i]], gold.articles[names[j]]];
        if (!a['about-event'] || !b['about-event']) continue;
        const [va, vb] = [a.values?.[gf.id], b.values?.[gf.id]];
        if (!va || !vb || goldCompatible(va, vb, gf, fact, pack)) continue;
        const sameDay = a.asof !== null && a.asof === b.asof;
        if (!gf.running || sameDay) goldConflicts.add(pairKey(gf.id, names[i], names[j]));
        else if (a.asof && b.asof) goldUpdates.add(pairKey(gf.id, names[i], names[j]));
      }
  }
  const predicted = contradictionPairs(report.findings, articleName);
  const shownUpdates = updatePairs(report.findings, articleName);
  const tp = [...predicted].filter((k) => goldConflicts.has(k)).length;

  return {
    cluster,
    articles: articles.length,
    precision: { hit: verdicts.filter((v) => v.right).length, total: verdicts.length },
    recall: { hit: goldSlots - missed.length, total: goldSlots },
    conflictPrecision: { hit: tp, total: predicted.size },
    conflictRecall: { hit: tp, total: goldConflicts.size },
    updates: { hit: [...goldUpdates].filter((k) => shownUpdates.has(k)).length, total: goldUpdates.size },
    verdicts,
    missed,
    falseConflicts: [...predicted].filter((k) => !goldConflicts.has(k)).map(pairOf),
    missedConflicts: [...goldConflicts].filter((k) => !predicted.has(k)).map(pairOf),
  };
}

export const addRatio = (a: Ratio, b: Ratio): Ratio => ({ hit: a.hit + b.hit, total: a.total + b.total });
/** A ratio as a share; an empty ratio counts as perfect (nothing to get wrong). */
export const share = (r: Ratio): number => (r.total ? r.hit / r.total : 1);

export interface Overall {
  precision: Ratio;
  recall: Ratio;
  conflictPrecision: Ratio;
  conflictRecall: Ratio;
  updates: Ratio;
}

export function overall(scores: ClusterScore[]): Overall {
  const zero = { hit: 0, total: 0 };
  const o: Overall = { precision: zero, recall: zero, conflictPrecision: zero, conflictRecall: zero, updates: zero };
  for (const s of scores) for (const k of Object.keys(o) as (keyof Overall)[]) o[k] = addRatio(o[k], s[k]);
  return o;
}

/** Scores every cluster with gold and pack whose articles are present; null when the ECB+ folder is absent. */
export function scoreAll(repoRoot: string): { scores: ClusterScore[]; articlesDir: string } | null {
  const articlesDir = realDir(repoRoot);
  if (!fs.existsSync(articlesDir)) return null;
  const evalDir = path.join(repoRoot, 'eval', 'real');
  const clusters = listClusters(evalDir).filter((c) => fs.existsSync(path.join(articlesDir, c)));
  return { scores: clusters.map((c) => scoreCluster(c, evalDir, articlesDir)), articlesDir };
}
