/**
 * Running figures (tolls, injured, estimates): claims ordered by as-of time, the article's
 * publication date and time, and within an article by its update wording ("initially 9 …
 * rose to 14"). A later, different figure is an update; claims as of the same time (publication
 * days at most the fact's window apart) that cannot both hold are a contradiction; a later
 * article printing a figure an earlier one had superseded is stale. Undated articles cannot be
 * ordered: they are listed in the timeline and never contradict.
 *
 * Cost per fact and part, for n claims with d distinct values: O(n log n) to order them, the
 * side split of each run of days (sides.ts), and O(n · d) for the stale check.
 */
import type { Constraint, FindingSeverity, IntervalConstraint } from '../model';
import type { Claim } from '../model/claim';
import type { CompiledFact, CompiledPack } from '../rules/types';
import type { TimelineStep } from '../model/report';
import { parseNumber } from '../mentions/numbers';
import { comparable, intersect } from './constraints';
import { constraintKey, splitSides } from './sides';
import { orderSides, selfContradictions, selfText, sideText, titleOf, byPosition, type FindingDraft } from './draft';
import { shortDay, type Labels } from './labels';
import type { Witness } from './witness';
import { isoDay } from '../util/calendar';

interface Entry {
  claim: Claim | null; // null: an earlier figure only named by the words ("rose from 9 to 14")
  display: string;
  constraint: Constraint | null;
  article: string;
  asOf: string | null;
  day: number | null;
  /** 0: an earlier figure of its article; 1: the article's current figure. */
  rank: number;
  start: number;
}

const severityOf = (s: string): FindingSeverity => (s === 'off' ? 'none' : (s as FindingSeverity));

const low = (e: Entry) => (e.constraint?.kind === 'interval' && Number.isFinite(e.constraint.lo) ? e.constraint.lo : 0);
const high = (e: Entry) =>
  e.constraint?.kind === 'interval' && Number.isFinite(e.constraint.hi) ? e.constraint.hi : 0;

function entryOrder(a: Entry, b: Entry): number {
  if ((a.asOf === null) !== (b.asOf === null)) return a.asOf === null ? 1 : -1;
  if (a.asOf !== b.asOf) return a.asOf! < b.asOf! ? -1 : 1;
  // Figures as of the same time are in no order of their own: smaller first, so the order
  // never depends on the articles' ids.
  return (
    a.rank - b.rank ||
    low(a) - low(b) ||
    high(a) - high(b) ||
    (a.article < b.article ? -1 : a.article > b.article ? 1 : 0) ||
    a.start - b.start
  );
}

/**
 * Claims an article itself supersedes: worded as earlier (beside another figure it does not
 * meet), or unworded beside a later figure they do not meet.
 */
function supersededClaims(claims: Claim[], fact: CompiledFact): Set<Claim> {
  const out = new Set<Claim>();
  const byArticle = new Map<string, Claim[]>();
  for (const c of claims) byArticle.set(c.article, [...(byArticle.get(c.article) ?? []), c]);
  for (const list of byArticle.values()) {
    const later = list.filter((c) => c.update === 'later' || c.update === 'down');
    const others = list.filter((c) => c.update !== 'earlier');
    for (const c of list) {
      // Worded as earlier: superseded by the article's own other figure, when it has one that differs.
      if (c.update === 'earlier') {
        if (others.some((o) => !meets(c.constraint, o.constraint, fact))) out.add(c);
      } else if (!c.update && later.length && later.every((l) => !meets(c.constraint, l.constraint, fact))) out.add(c);
    }
  }
  return out;
}

const meets = (a: Constraint, b: Constraint, fact: CompiledFact) =>
  intersect(comparable(a, fact), comparable(b, fact)) !== null;

/** An earlier figure named only in words, as a constraint in the claim's unit, when it reads as a number. */
function earlierConstraint(c: Claim): IntervalConstraint | null {
  if (!c.earlier || c.constraint.kind !== 'interval') return null;
  const n = parseNumber(c.earlier.replace(/,/g, ''));
  if (n === null || !Number.isFinite(n)) return null;
  return { kind: 'interval', lo: n, hi: n, loOpen: false, hiOpen: false, unit: c.constraint.unit };
}

/** The last of entries (in time order) dated before `day`, by binary search. */
function lastBefore(list: Entry[], day: number): Entry | null {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].day! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : null;
}

function direction(prev: Constraint | null, next: Constraint | null): 'up' | 'down' | null {
  if (prev?.kind !== 'interval' || next?.kind !== 'interval') return null;
  if (next.lo > prev.hi || (next.lo === prev.hi && (next.loOpen || prev.hiOpen) && next.hi > prev.hi)) return 'up';
  if (next.hi < prev.lo) return 'down';
  return next.lo > prev.lo ? 'up' : next.hi < prev.hi ? 'down' : null;
}

/** Runs of days whose consecutive members are at most `window` apart. */
function runsOf(days: number[], window: number): number[][] {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const d of sorted) {
    const last = runs[runs.length - 1];
    if (last && d - last[last.length - 1] <= window) last.push(d);
    else runs.push([d]);
  }
  return runs;
}

function stepsLabel(labels: Labels, articles: string[]): string {
  const named = articles.map((a) => labels.label(a));
  return named.length > 3 ? `${named.slice(0, 3).join('; ')} +${named.length - 3}` : named.join('; ');
}

export function alignRunning(
  pack: CompiledPack,
  fact: CompiledFact,
  part: string | null,
  claims: Claim[],
  labels: Labels,
  witness: Map<Claim, Witness>,
): FindingDraft[] {
  const settings = fact.running!;
  const title = titleOf(fact, part, pack);
  const superseded = supersededClaims(claims, fact);
  const current = claims.filter((c) => !superseded.has(c));
  const entries: Entry[] = claims.map((c) => ({
    claim: c,
    display: c.display,
    constraint: c.constraint,
    article: c.article,
    asOf: labels.asOf(c.article),
    day: labels.day(c.article),
    rank: superseded.has(c) ? 0 : 1,
    start: c.start,
  }));
  // "rose from 9 to 14" where 9 is no claim of its own: the words still date 9 before 14.
  for (const c of current) {
    if (!c.earlier || claims.some((o) => o.article === c.article && superseded.has(o))) continue;
    const constraint = earlierConstraint(c);
    entries.push({
      claim: null,
      display: c.earlier,
      constraint,
      article: c.article,
      asOf: labels.asOf(c.article),
      day: labels.day(c.article),
      rank: 0,
      start: c.start,
    });
  }
  entries.sort(entryOrder);
  const order = new Map(entries.map((e, i) => [e, i]));

  const drafts: FindingDraft[] = [];

  // Contradictions: current claims as of the same time (runs of days within the window).
  const dated = current.filter((c) => labels.day(c.article) !== null);
  for (const run of runsOf(
    dated.map((c) => labels.day(c.article)!),
    settings.window,
  )) {
    const inRun = dated.filter((c) => run.includes(labels.day(c.article)!));
    const split = splitSides(inRun, fact);
    if (split.sides.length < 2) continue;
    const ordered = orderSides(split.sides, witness);
    const renumber = new Map(split.sides.map((s, i) => [i, ordered.findIndex((o) => o.includes(s[0]))]));
    const loose = new Map(
      [...split.loose].map(([c, ss]) => [c, ss.map((s) => renumber.get(s)!).sort((a, b) => a - b)]),
    );
    const asOf = run.length === 1 ? isoDay(run[0]) : `${isoDay(run[0])}/${isoDay(run[run.length - 1])}`;
    const when =
      run.length === 1
        ? shortDay(isoDay(run[0]))
        : `${shortDay(isoDay(run[0]))}–${shortDay(isoDay(run[run.length - 1]))}`;
    const named = labels.anyOutlet(inRun.map((c) => c.article));
    let message = `${title}: sources disagree as of ${when}: ${ordered.map((s) => sideText(labels, s, named, witness)).join(' vs ')}`;
    if (loose.size) message += `; compatible with several: ${sideText(labels, [...loose.keys()], named)}`;
    const self = selfContradictions(ordered);
    if (self.length) message += `; ${self.map((a) => selfText(labels, a, ordered)).join('; ')}`;
    drafts.push({
      pack,
      fact,
      part,
      status: 'contradiction',
      severity: fact.severity,
      sides: ordered.map((claims) => ({ claims })),
      loose,
      conflicts: split.conflicts,
      message,
      timeline: null,
      asOf,
      check: null,
      idParts: [`asof:${asOf}`],
    });
  }

  // Stale: a current claim whose value an earlier figure had met, then a later figure (on an
  // earlier day, beyond the window) superseded. A worded downward revision is never stale.
  const seen: { constraint: Constraint; first: number; current: Entry[] }[] = [];
  const seenAt = new Map<string, number>();
  entries.forEach((e, i) => {
    if (!e.constraint) return;
    const constraint = comparable(e.constraint, fact);
    const key = constraintKey(constraint);
    let k = seenAt.get(key);
    if (k === undefined) {
      seenAt.set(key, (k = seen.length));
      seen.push({ constraint, first: i, current: [] });
    }
    // Current dated figures of this value, in time order (entries are sorted by as-of time).
    if (e.claim && e.rank === 1 && e.day !== null) seen[k].current.push(e);
  });
  const stale = new Map<Claim, Claim>(); // stale claim → the figure that superseded it
  for (const c of dated) {
    if (c.update === 'down') continue;
    const before = labels.day(c.article)! - settings.window; // superseders stand on days before this
    const self = comparable(c.constraint, fact);
    const metFirst = Math.min(...seen.filter((v) => intersect(self, v.constraint)).map((v) => v.first));
    let superseder: Entry | null = null;
    for (const v of seen) {
      if (intersect(self, v.constraint)) continue;
      const last = lastBefore(v.current, before);
      if (last && metFirst < order.get(last)! && (!superseder || order.get(superseder)! < order.get(last)!))
        superseder = last;
    }
    if (superseder) stale.set(c, superseder.claim!);
  }
  if (stale.size && settings.stale !== 'off') {
    const staleClaims = [...stale.keys()].sort(byPosition);
    const newer = [...new Set(stale.values())].sort(byPosition);
    drafts.push({
      pack,
      fact,
      part,
      status: 'stale',
      severity: severityOf(settings.stale),
      sides: [{ claims: newer }, { claims: staleClaims }],
      loose: new Map(),
      conflicts: staleClaims.map((c) => [[stale.get(c)!], [c]] as [Claim[], Claim[]]),
      message: `${title}: ${staleClaims
        .map((c) => {
          const by = stale.get(c)!;
          return `${labels.label(c.article)} still prints ${c.display} after ${by.display} (${labels.label(by.article)}) had superseded it`;
        })
        .join('; ')}`,
      timeline: null,
      asOf: null,
      check: null,
      stale: new Set(staleClaims),
    });
  }

  // The timeline: consecutive entries that meet are one step.
  const steps: { entries: Entry[]; joint: Constraint | null }[] = [];
  for (const e of entries) {
    const last = steps[steps.length - 1];
    const c = e.constraint && comparable(e.constraint, fact);
    const sameSide = last && (last.entries[0].asOf === null) === (e.asOf === null);
    const joint = sameSide && last.joint && c ? intersect(last.joint, c) : null;
    if (last && joint) {
      last.entries.push(e);
      last.joint = joint;
    } else steps.push({ entries: [e], joint: c });
  }
  const timeline: TimelineStep[] = steps.map((s, i) => {
    const articles = [...new Set(s.entries.map((e) => e.article))];
    const prev = i > 0 && s.entries[0].asOf !== null ? steps[i - 1] : null;
    return {
      display: [...new Set(s.entries.map((e) => e.display))].join(' / '),
      asOf: s.entries[0].asOf,
      articles: [...articles].sort(),
      sources: [...new Set(articles.map((a) => labels.outlet(a) ?? a))],
      direction: prev ? direction(prev.joint, s.joint) : null,
      stale: s.entries.some((e) => e.claim && stale.has(e.claim)),
    };
  });
  const articles = [...new Set(claims.map((c) => c.article))].sort();
  const undatedChange = current.some(
    (a) =>
      labels.day(a.article) === null &&
      current.some((b) => b.article !== a.article && !meets(a.constraint, b.constraint, fact)),
  );
  const datedChange = dated.some((a) =>
    dated.some(
      (b) =>
        labels.day(b.article)! - labels.day(a.article)! > settings.window && !meets(a.constraint, b.constraint, fact),
    ),
  );
  const update = datedChange || superseded.size > 0 || entries.some((e) => !e.claim) || undatedChange;
  if (!update && drafts.some((d) => d.status === 'contradiction')) return drafts;
  // Copies of one text confirm nothing: agreement needs two independent witnesses.
  const witnesses = new Set(claims.map((c) => witness.get(c)!.id)).size;
  const status = update ? 'update' : witnesses > 1 ? 'agreement' : 'single-source';
  if (status === 'single-source' && fact.singleSource === 'off') return drafts;
  const severity: FindingSeverity =
    status === 'update'
      ? severityOf(settings.update)
      : status === 'agreement'
        ? 'none'
        : (fact.singleSource as FindingSeverity);
  const stepText = (s: TimelineStep) => {
    const notes = [s.stale ? 'stale' : s.direction === 'down' ? 'revised down' : null].filter(Boolean);
    return `${s.display} (${[...notes, stepsLabel(labels, s.articles)].join('; ')})`;
  };
  const datedSteps = timeline.filter((s) => s.asOf !== null);
  const undatedSteps = timeline.filter((s) => s.asOf === null);
  let message: string;
  if (status === 'update') {
    message = `${title}: updated over time: ${datedSteps.map(stepText).join(' → ')}`;
    if (!datedSteps.length)
      message = `${title}: figures differ, undated (order unknown): ${undatedSteps.map(stepText).join(', ')}`;
    else if (undatedSteps.length) message += `; undated: ${undatedSteps.map(stepText).join(', ')}`;
  } else if (status === 'agreement')
    message = `${title}: ${articles.length} sources agree on ${timeline.map((s) => s.display).join(' / ')}`;
  else
    message = `${title}: only ${labels.anyOutlet(articles) ? labels.label(articles[0]) : articles[0]} reports ${[...new Set(claims.map((c) => c.display))].join(' / ')}`;
  drafts.push({
    pack,
    fact,
    part,
    status,
    severity,
    sides: steps
      .map((s) => ({ claims: s.entries.filter((e) => e.claim).map((e) => e.claim!) }))
      .filter((s) => s.claims.length),
    loose: new Map(),
    conflicts: [],
    message,
    timeline,
    asOf: null,
    check: null,
    stale: new Set(stale.keys()),
  });
  return drafts;
}
