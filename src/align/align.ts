/**
 * Alignment: claims grouped by story, fact and part (a hash group-by, linear in the number of
 * claims), then compared pairwise (sides.ts). Facts that are not running figures: any two
 * claims that cannot both hold are a contradiction, whatever the dates. Running figures
 * (timeline.ts): a later different figure is an update; only claims as of the same time can
 * contradict; a later article printing a superseded figure is stale. Parts (parts.ts) align
 * apart from the total and are checked against it.
 */
import { type Constraint, type FindingSeverity, type Status, STATUS_ORDER } from '../model';
import type { Claim } from '../model/claim';
import type { CompiledFact, CompiledPack } from '../rules/types';
import type { Finding, ReportClaim, ReportGroup } from '../model/report';
import { splitSides } from './sides';
import { Labels, type ArticleInfo } from './labels';
import {
  articleWitnesses,
  claimWitnesses,
  DEFAULT_WITNESS_SETTINGS,
  type Witness,
  type WitnessArticle,
  type WitnessSettings,
} from './witness';
import {
  articlesOf,
  witnessesOf,
  witnessSummary,
  byPosition,
  fill,
  fingerprint,
  orderSides,
  range,
  selfContradictions,
  selfText,
  sideText,
  titleOf,
  type FindingDraft,
} from './draft';
import { alignRunning } from './timeline';
import { partChecks } from './parts';

export type { ArticleInfo } from './labels';
export { fingerprint, witnessSummary } from './draft';

/** How precise a claim's value is: smaller is narrower (a day before a month, a town before its country). */
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
 * places, the narrowest place and the wider ones it lies in ("Harlby (in Veldmark)").
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

export function buildFinding(draft: FindingDraft, labels: Labels, witness: Map<Claim, Witness>): Finding {
  const { pack, fact, part, status } = draft;
  const groupOf = new Map<Claim, number>();
  draft.sides.forEach((s, i) => s.claims.forEach((c) => groupOf.set(c, i + 1)));
  const all = [...new Set([...draft.sides.flatMap((s) => s.claims), ...draft.loose.keys()])].sort(byPosition);
  const index = new Map(all.map((c, i) => [c, i]));
  const reportGroups: ReportGroup[] = draft.sides.map((s, i) => ({
    group: i + 1,
    display: groupLabel(s.claims, fact),
    articles: articlesOf(s.claims),
    witnesses: witnessesOf(s.claims, witness),
  }));
  const reportClaims: ReportClaim[] = all.map((c) => ({
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
    group: groupOf.get(c) ?? 0,
    witness: witness.get(c)!.id,
    cue: c.cue,
    range: range(c.constraint),
    compatibleWith: (draft.loose.get(c) ?? []).map((s) => s + 1),
    part: c.part ?? null,
    asOf: labels.asOf(c.article),
    update: c.update ?? null,
    earlier: c.earlier ?? null,
    stale: draft.stale?.has(c) ?? false,
    ...(c.fromPublished ? { fromPublished: true as const } : {}),
  }));
  // The odd one out: one group held by a single witness against a majority of two or more
  // witnesses, however many outlets printed either side.
  let oddOneOut: number | null = null;
  if (
    status === 'contradiction' &&
    reportGroups.length === 2 &&
    reportGroups[0].witnesses.length >= 2 &&
    reportGroups[1].witnesses.length === 1
  )
    oddOneOut = 2;
  const vars = {
    title: titleOf(fact, part, pack),
    fact: fact.id,
    status,
    values: reportGroups.map((g) => g.display).join(' vs '),
    articles: articlesOf(all).join(', '),
  };
  const message = fact.message ? fill(fact.message, vars) : draft.message;
  const idOfGroup = (claims: Claim[]) =>
    `${claims
      .map((c) => c.value)
      .sort()
      .join('|')}@${articlesOf(claims).join(',')}`;
  return {
    id: fingerprint([
      pack.story,
      fact.id,
      status,
      ...draft.sides.map((s) => idOfGroup(s.claims)),
      ...(part ? [`part:${part}`] : []),
      ...(draft.loose.size ? [`loose:${idOfGroup([...draft.loose.keys()])}`] : []),
      ...(draft.idParts ?? []),
    ]),
    story: pack.story,
    fact: fact.id,
    title: titleOf(fact, part, pack),
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
    severity: draft.severity,
    message,
    docs: fact.docs,
    groups: reportGroups,
    claims: reportClaims,
    oddOneOut,
    part,
    running: fact.running !== null,
    timeline: draft.timeline,
    asOf: draft.asOf,
    conflicts: draft.conflicts
      .map(
        ([a, b]) =>
          [a.map((c) => index.get(c)!).sort((x, y) => x - y), b.map((c) => index.get(c)!).sort((x, y) => x - y)] as [
            number[],
            number[],
          ],
      )
      .filter(([a, b]) => a.length && b.length)
      .sort((x, y) => x[0][0] - y[0][0] || x[1][0] - y[1][0]),
    selfContradictions: status === 'contradiction' ? selfContradictions(draft.sides.map((s) => s.claims)) : [],
    check: draft.check,
  };
}

/** A fact that is not a running figure: any two claims that cannot both hold contradict. */
function alignStatic(
  pack: CompiledPack,
  fact: CompiledFact,
  part: string | null,
  claims: Claim[],
  labels: Labels,
  witness: Map<Claim, Witness>,
): FindingDraft | null {
  const split = splitSides(claims, fact);
  const ordered = orderSides(split.sides, witness);
  // Loose claims name their sides by index into split.sides: renumber to the display order.
  const renumber = new Map(split.sides.map((s, i) => [i, ordered.findIndex((o) => o.includes(s[0]))]));
  const loose = new Map([...split.loose].map(([c, ss]) => [c, ss.map((s) => renumber.get(s)!).sort((a, b) => a - b)]));
  const articles = articlesOf(claims);
  // Copies of one text confirm nothing: agreement needs two independent witnesses.
  const witnesses = new Set(claims.map((c) => witness.get(c)!.id));
  const status: Status = ordered.length > 1 ? 'contradiction' : witnesses.size > 1 ? 'agreement' : 'single-source';
  if (status === 'single-source' && fact.singleSource === 'off') return null;
  const severity: FindingSeverity =
    status === 'contradiction'
      ? fact.severity
      : status === 'agreement'
        ? 'none'
        : (fact.singleSource as FindingSeverity);
  const title = titleOf(fact, part, pack);
  let message: string;
  const named = labels.anyOutlet(articles);
  if (status === 'contradiction') {
    message = `${title}: sources disagree: ${ordered.map((s) => sideText(labels, s, named, witness)).join(' vs ')}`;
    if (loose.size) message += `; compatible with several: ${sideText(labels, [...loose.keys()], named)}`;
    const self = selfContradictions(ordered);
    if (self.length) message += `; ${self.map((a) => selfText(labels, a, ordered)).join('; ')}`;
  } else if (status === 'agreement') {
    const w = witnessSummary(witnessesOf(claims, witness));
    message = `${title}: ${articles.length} sources agree on ${groupLabel(ordered[0], fact)}${w ? ` (${w})` : ''}`;
  } else if (articles.length > 1) {
    // Several outlets, one witness: copies of one text.
    message = `${title}: only one witness reports ${groupLabel(claims, fact)}: ${witness.get(claims[0])!.label}, printed by ${articles.join(', ')}`;
  } else
    message = `${title}: only ${named ? labels.label(articles[0]) : articles[0]} reports ${groupLabel(claims, fact)}`;
  return {
    pack,
    fact,
    part,
    status,
    severity,
    sides: ordered.map((claims) => ({ claims })),
    loose,
    conflicts: split.conflicts,
    message,
    timeline: null,
    asOf: null,
    check: null,
  };
}

/**
 * Findings for one fact of one pack from its claims (any order). `byArticle`: the articles'
 * witnesses (copies of one text share one); without it every article is its own.
 */
export function alignFact(
  pack: CompiledPack,
  fact: CompiledFact,
  claims: Claim[],
  labels: Labels = new Labels([]),
  byArticle: Map<string, Witness> = new Map(),
  settings: WitnessSettings = DEFAULT_WITNESS_SETTINGS,
  sentenceShinglesOf?: (c: Claim) => number[] | null,
): Finding[] {
  if (!claims.length) return [];
  const witness = claimWitnesses([...claims].sort(byPosition), byArticle, settings, sentenceShinglesOf);
  const byPart = new Map<string | null, Claim[]>();
  for (const c of claims) {
    const key = fact.parts && c.part ? c.part : null;
    const list = byPart.get(key) ?? [];
    list.push(c);
    byPart.set(key, list);
  }
  const order = [null, ...(fact.parts ?? [])];
  const drafts: FindingDraft[] = [];
  for (const part of order) {
    const list = byPart.get(part);
    if (!list) continue;
    if (fact.running) drafts.push(...alignRunning(pack, fact, part, list, labels, witness));
    else {
      const d = alignStatic(pack, fact, part, list, labels, witness);
      if (d) drafts.push(d);
    }
  }
  if (fact.parts) drafts.push(...partChecks(pack, fact, claims, labels));
  return drafts.map((d) => buildFinding(d, labels, witness));
}

export interface AlignOptions {
  /** false: every article is its own witness (`--no-witnesses`). */
  witnesses?: boolean;
  /**
   * Article witnesses computed beforehand (a language server computes the coverage's once, not
   * on every keystroke; a check while extracting); an article missing from the map is its own
   * witness. undefined: computed here, among the articles with claims.
   */
  articleWitnesses?: (settings: WitnessSettings) => Map<string, Witness> | undefined;
  /** The claims' evidence shingles computed beforehand (sentenceShingles of each claim's text). */
  sentenceShingles?: (c: Claim) => number[] | null;
  /**
   * The findings of the `fact`-th fact of the `pack`-th pack aligned beforehand (a check aligns
   * a fact whose claims stopped coming while other articles are still being extracted), when
   * they hold for these claims and these article witnesses; undefined: aligned here.
   */
  aligned?: (pack: number, fact: number, claims: Claim[], byArticle: Map<string, Witness>) => Finding[] | undefined;
}

/**
 * All findings, contradictions first, then stale, updates, agreements and single-source claims;
 * within a status by story and the facts' order in their pack. `articles`: the checked
 * articles: their outlets and publication times (as-of time), and their fingerprints (copies
 * of one text are one witness). Without them messages name files and nothing is dated.
 */
export function align(
  packs: CompiledPack[],
  claims: Claim[],
  articles: (WitnessArticle & ArticleInfo)[] = [],
  options: AlignOptions = {},
): Finding[] {
  const labels = new Labels(articles);
  const off: WitnessSettings = { ...DEFAULT_WITNESS_SETTINGS, detect: false };
  const settingsOf = (pack: CompiledPack) => (options.witnesses === false ? off : pack.witnesses);
  // Article witnesses once per distinct setting (most packs share the default), among the
  // articles with claims: the others hold no vote (a draft check does not group a whole archive).
  const voting = new Set(claims.map((c) => c.article));
  const voters = articles.filter((a) => voting.has(a.id));
  const bySettings = new Map<WitnessSettings, Map<string, Witness>>();
  const witnessesFor = (settings: WitnessSettings) => {
    let m = bySettings.get(settings);
    if (!m) bySettings.set(settings, (m = options.articleWitnesses?.(settings) ?? articleWitnesses(voters, settings)));
    return m;
  };
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
      const byArticle = own.length ? witnessesFor(settings) : new Map<string, Witness>();
      (
        (own.length ? options.aligned?.(p, i, own, byArticle) : undefined) ??
        alignFact(pack, fact, own, labels, byArticle, settings, options.sentenceShingles)
      ).forEach((f, k) => findings.push({ f, order: (p * 10_000 + i) * 1_000 + k }));
    }),
  );
  return findings
    .sort((a, b) => STATUS_ORDER.indexOf(a.f.status) - STATUS_ORDER.indexOf(b.f.status) || a.order - b.order)
    .map((x) => x.f);
}
