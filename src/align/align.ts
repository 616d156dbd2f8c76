/**
 * Alignment: claims grouped by story and fact (a hash group-by, linear in the number of
 * claims), then split into compatible groups by constraint intersection.
 */
import { createHash } from 'node:crypto';
import { type Constraint, type FindingSeverity, type Status, STATUS_ORDER } from '../model';
import type { Claim } from '../model/claim';
import type { CompiledFact, CompiledPack } from '../rules/types';
import type { Finding, ReportClaim, ReportGroup, ReportWitness } from '../model/report';
import { comparable, intersect } from './constraints';
import {
  articleWitnesses,
  claimWitnesses,
  DEFAULT_WITNESS_SETTINGS,
  type Witness,
  type WitnessArticle,
  type WitnessSettings,
} from './witness';

interface Group {
  constraint: Constraint;
  claims: Claim[];
}

/** Greedy grouping in a fixed order: a claim joins the first group whose joint constraint it meets. */
export function groupClaims(claims: Claim[], fact: CompiledFact): Group[] {
  const groups: Group[] = [];
  for (const claim of claims) {
    const c = comparable(claim.constraint, fact);
    let placed = false;
    for (const g of groups) {
      const joint = intersect(g.constraint, c);
      if (joint) {
        g.constraint = joint;
        g.claims.push(claim);
        placed = true;
        break;
      }
    }
    if (!placed) groups.push({ constraint: c, claims: [claim] });
  }
  return groups;
}

const articlesOf = (claims: Claim[]) => [...new Set(claims.map((c) => c.article))].sort();
const byPosition = (a: Claim, b: Claim) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start);

function range(c: Constraint): [number | null, number | null] | null {
  if (c.kind === 'days') return c.from === null && c.to === null ? null : [c.from, c.to];
  if (c.kind === 'interval') return [Number.isFinite(c.lo) ? c.lo : null, Number.isFinite(c.hi) ? c.hi : null];
  return null;
}

export function fingerprint(parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}

/** "2 witnesses: AP wire (3 outlets), bbc.md" where copies were found, else null. */
export function witnessSummary(witnesses: ReportWitness[]): string | null {
  if (!witnesses.some((w) => w.articles.length > 1)) return null;
  const one = (w: ReportWitness) => (w.articles.length > 1 ? `${w.label} (${w.articles.length} outlets)` : w.label);
  const outlets = witnesses.reduce((n, w) => n + w.articles.length, 0);
  return `${outlets} outlets, ${witnesses.length} witness${witnesses.length === 1 ? '' : 'es'}: ${witnesses.map(one).join(', ')}`;
}

/** Article ids → the outlet that published each (front matter `source:`, HTML og:site_name…). */
export type Outlets = ReadonlyMap<string, string>;

/** How a message names articles: by outlet where known, else by file; each name once. */
function named(articles: string[], outlets: Outlets): string {
  return [...new Set(articles.map((a) => outlets.get(a) ?? a))].join(', ');
}

function defaultMessage(status: Status, fact: CompiledFact, groups: ReportGroup[], outlets: Outlets): string {
  const list = (g: ReportGroup) => {
    const w = witnessSummary(g.witnesses);
    return `${g.display} in ${named(g.articles, outlets)}${w ? ` (${w})` : ''}`;
  };
  if (status === 'contradiction') return `${fact.title}: sources disagree: ${groups.map(list).join(' vs ')}`;
  const w = witnessSummary(groups[0].witnesses);
  if (status === 'agreement')
    return `${fact.title}: ${groups[0].articles.length} sources agree on ${groups[0].display}${w ? ` (${w})` : ''}`;
  if (groups[0].articles.length > 1)
    return `${fact.title}: only one witness reports ${groups[0].display}: ${groups[0].witnesses[0].label}, printed by ${named(groups[0].articles, outlets)}`;
  return `${fact.title}: only ${named(groups[0].articles, outlets)} reports ${groups[0].display}`;
}

/** How precise a claim's value is: smaller is narrower (a day before a month, Khasan before Russia). */
function breadth(c: Constraint): number {
  if (c.kind === 'interval') return c.hi - c.lo;
  if (c.kind === 'days') return c.from !== null && c.to !== null ? c.to - c.from : Infinity;
  if (c.kind === 'place') return -c.path.length;
  return 0;
}

/** A form of a value compared loosely: "1,000" is "1000", "984-foot" is not "984 feet". */
const folded = (s: string) =>
  s
    .replace(/(\d),(?=\d{3})/g, '$1')
    .replace(/\s+/g, '')
    .toLowerCase();

/**
 * One label for a group of claims that agree, read as one value: the most precise claim's
 * value, then the other ways the articles wrote it ("300 m (also written 984 feet)"); for
 * places, the narrowest place and the wider ones it lies in ("Khasan (in Russia)").
 */
export function groupLabel(claims: Claim[], fact: CompiledFact): string {
  const displays = [...new Set(claims.map((c) => c.display))];
  if (displays.length === 1) return displays[0];
  const head = claims.reduce((best, c) => (breadth(c.constraint) < breadth(best.constraint) ? c : best));
  if (fact.type === 'place') return `${head.display} (in ${displays.filter((d) => d !== head.display).join(', ')})`;
  // A display that ends with what was written ("299.92 m (984 feet)") stands for what was written.
  const asWritten = (c: Claim): { value: string; written: string | null } => {
    const suffix = ` (${c.raw.replace(/\s+/g, ' ').trim()})`;
    return c.display.endsWith(suffix)
      ? { value: c.display.slice(0, -suffix.length), written: suffix.slice(2, -1) }
      : { value: c.display, written: null };
  };
  const { value } = asWritten(head);
  const seen = new Set([folded(value)]);
  const written: string[] = [];
  for (const c of [head, ...claims]) {
    if (c.fromPublished) continue; // its text is the cue, not a way of writing the value
    const form = asWritten(c);
    const alt = form.written ?? form.value;
    if (seen.has(folded(alt))) continue;
    seen.add(folded(alt));
    written.push(alt);
  }
  return written.length ? `${value} (also written ${written.join(', ')})` : value;
}

const witnessesOf = (claims: Claim[], witness: Map<Claim, Witness>): ReportWitness[] => {
  const seen = new Map<string, ReportWitness>();
  for (const c of claims) {
    const w = witness.get(c)!;
    const r = seen.get(w.id);
    if (!r) seen.set(w.id, { id: w.id, label: w.label, articles: [c.article] });
    else if (!r.articles.includes(c.article)) r.articles.push(c.article);
  }
  for (const r of seen.values()) r.articles.sort();
  return [...seen.values()].sort((a, b) =>
    a.articles[0] < b.articles[0] ? -1 : a.articles[0] > b.articles[0] ? 1 : 0,
  );
};

/**
 * Findings for one fact of one pack from its claims (any order). null when hidden (single-source: off).
 * `byArticle`: the articles' witnesses (copies of one text share one); without it every article is its own.
 */
export function alignFact(
  pack: CompiledPack,
  fact: CompiledFact,
  claims: Claim[],
  byArticle: Map<string, Witness> = new Map(),
  settings: WitnessSettings = DEFAULT_WITNESS_SETTINGS,
  outlets: Outlets = new Map(),
): Finding | null {
  if (!claims.length) return null;
  const ordered = [...claims].sort(byPosition);
  const witness = claimWitnesses(ordered, byArticle, settings);
  const groups = groupClaims(ordered, fact)
    .map((g) => ({ ...g, articles: articlesOf(g.claims), witnesses: witnessesOf(g.claims, witness) }))
    // Most witnesses first, then most outlets; ties by the first article, so numbering is stable.
    .sort(
      (a, b) =>
        b.witnesses.length - a.witnesses.length ||
        b.articles.length - a.articles.length ||
        byPosition(a.claims[0], b.claims[0]),
    );
  const allArticles = articlesOf(ordered);
  // Copies of one text confirm nothing: agreement needs two independent witnesses.
  const allWitnesses = new Set(ordered.map((c) => witness.get(c)!.id));
  const status: Status = groups.length > 1 ? 'contradiction' : allWitnesses.size > 1 ? 'agreement' : 'single-source';
  if (status === 'single-source' && fact.singleSource === 'off') return null;
  const severity: FindingSeverity =
    status === 'contradiction'
      ? fact.severity
      : status === 'agreement'
        ? 'none'
        : (fact.singleSource as FindingSeverity);
  const reportGroups: ReportGroup[] = groups.map((g, i) => ({
    group: i + 1,
    display: groupLabel(g.claims, fact),
    articles: g.articles,
    witnesses: g.witnesses,
  }));
  const groupOf = new Map<Claim, number>();
  groups.forEach((g, i) => g.claims.forEach((c) => groupOf.set(c, i + 1)));
  const reportClaims: ReportClaim[] = ordered.map((c) => ({
    article: c.article,
    path: c.path,
    line: c.line,
    column: c.column,
    endLine: c.endLine,
    endColumn: c.endColumn,
    raw: c.raw,
    value: c.value,
    display: c.display,
    text: c.text,
    textOffset: c.textOffset,
    group: groupOf.get(c)!,
    witness: witness.get(c)!.id,
    cue: c.cue,
    range: range(c.constraint),
    ...(c.fromPublished ? { fromPublished: true as const } : {}),
  }));
  // The odd one out: one group held by a single witness against a majority of two or more
  // witnesses, however many outlets printed either side.
  let oddOneOut: number | null = null;
  if (groups.length === 2 && groups[0].witnesses.length >= 2 && groups[1].witnesses.length === 1) oddOneOut = 2;
  const vars = {
    title: fact.title,
    fact: fact.id,
    status,
    values: reportGroups.map((g) => g.display).join(' vs '),
    articles: named(allArticles, outlets),
  };
  const message = fact.message ? fill(fact.message, vars) : defaultMessage(status, fact, reportGroups, outlets);
  return {
    id: fingerprint([
      pack.story,
      fact.id,
      status,
      ...reportGroups.map(
        (g) =>
          `${groups[g.group - 1].claims
            .map((c) => c.value)
            .sort()
            .join('|')}@${g.articles.join(',')}`,
      ),
    ]),
    story: pack.story,
    fact: fact.id,
    title: fact.title,
    description: fact.description,
    type: fact.type,
    unit: fact.unit?.id ?? null,
    axis:
      fact.type === 'date' || fact.type === 'year'
        ? 'days'
        : ['quantity', 'count', 'duration'].includes(fact.type)
          ? 'number'
          : null,
    status,
    severity,
    message,
    docs: fact.docs,
    groups: reportGroups,
    claims: reportClaims,
    oddOneOut,
  };
}

export interface AlignOptions {
  /** false: every article is its own witness (`--no-witnesses`). */
  witnesses?: boolean;
  /**
   * Article witnesses computed beforehand (a language server computes the coverage's once, not
   * on every keystroke); an article missing from the map is its own witness.
   */
  articleWitnesses?: (settings: WitnessSettings) => Map<string, Witness>;
}

/**
 * All findings, contradictions first, then by story and the facts' order in their pack.
 * `articles`: the checked articles (their fingerprints find copies of one text).
 */
export function align(
  packs: CompiledPack[],
  claims: Claim[],
  articles: WitnessArticle[] = [],
  options: AlignOptions = {},
): Finding[] {
  const off: WitnessSettings = { ...DEFAULT_WITNESS_SETTINGS, detect: false };
  const settingsOf = (pack: CompiledPack) => (options.witnesses === false ? off : pack.witnesses);
  // Article witnesses once per distinct setting (most packs share the default).
  const bySettings = new Map<WitnessSettings, Map<string, Witness>>();
  const witnessesFor = (settings: WitnessSettings) => {
    let m = bySettings.get(settings);
    if (!m)
      bySettings.set(settings, (m = options.articleWitnesses?.(settings) ?? articleWitnesses(articles, settings)));
    return m;
  };
  const outlets: Outlets = new Map(articles.filter((a) => a.source).map((a) => [a.id, a.source!]));
  const byKey = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = `${c.story}\u0000${c.fact}`;
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(c);
  }
  const findings: { f: Finding; order: number }[] = [];
  packs.forEach((pack, p) =>
    pack.facts.forEach((fact, i) => {
      const own = byKey.get(`${pack.story}\u0000${fact.id}`) ?? [];
      const settings = settingsOf(pack);
      const witnesses = own.length ? witnessesFor(settings) : new Map<string, Witness>();
      const f = alignFact(pack, fact, own, witnesses, settings, outlets);
      if (f) findings.push({ f, order: p * 10_000 + i });
    }),
  );
  return findings
    .sort((a, b) => STATUS_ORDER.indexOf(a.f.status) - STATUS_ORDER.indexOf(b.f.status) || a.order - b.order)
    .map((x) => x.f);
}
