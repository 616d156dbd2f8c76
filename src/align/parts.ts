/**
 * Checks across the parts of an event and its total, the ones a newspaper desk makes: a part
 * larger than the total is a contradiction (for running figures only as of the same time);
 * where one article gives every part and the total, parts that do not add up are reported
 * (info). Parts never contradict the total otherwise: each aligns on its own.
 */
import type { Constraint, IntervalConstraint } from '../model';
import type { Claim } from '../model/claim';
import type { CompiledFact, CompiledPack } from '../rules/types';
import { comparable, intersect } from './constraints';
import { byPosition, sideText, type FindingDraft } from './draft';
import type { Labels } from './labels';

const isInterval = (c: Constraint): c is IntervalConstraint => c.kind === 'interval';
const current = (c: Claim) => c.update !== 'earlier';

function partName(pack: CompiledPack, part: string): string {
  return pack.places.get(part)?.name ?? pack.names.get(part)?.name ?? part;
}

export function partChecks(pack: CompiledPack, fact: CompiledFact, claims: Claim[], labels: Labels): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  const totals = claims.filter((c) => !c.part && current(c) && isInterval(c.constraint)).sort(byPosition);
  const parts = claims.filter((c) => c.part && current(c) && isInterval(c.constraint)).sort(byPosition);
  const window = fact.running?.window ?? null;
  const sameTime = (a: Claim, b: Claim) => {
    if (window === null) return true;
    const [da, db] = [labels.day(a.article), labels.day(b.article)];
    return da !== null && db !== null && Math.abs(da - db) <= window;
  };

  // A part larger than a total: the part's least value above the total's greatest.
  const pairs: [Claim, Claim][] = [];
  for (const p of parts) {
    const pc = comparable(p.constraint, fact) as IntervalConstraint;
    for (const t of totals) {
      const tc = comparable(t.constraint, fact) as IntervalConstraint;
      if (sameTime(p, t) && (pc.lo > tc.hi || (pc.lo === tc.hi && (pc.loOpen || tc.hiOpen)))) pairs.push([p, t]);
    }
  }
  if (pairs.length) {
    const bigParts = [...new Set(pairs.map(([p]) => p))];
    const smallTotals = [...new Set(pairs.map(([, t]) => t))];
    drafts.push({
      pack,
      fact,
      part: null,
      status: 'contradiction',
      severity: fact.severity,
      sides: [{ claims: bigParts }, { claims: smallTotals }],
      loose: new Map(),
      conflicts: pairs.map(([p, t]) => [[p], [t]]),
      message: `${fact.title}: a part is larger than the total: ${pairs
        .map(([p, t]) => `${partName(pack, p.part!)} ${sideText(labels, [p])} > total ${sideText(labels, [t])}`)
        .join('; ')}`,
      timeline: null,
      asOf: null,
      check: 'part-exceeds-total',
    });
  }

  // Parts that do not add up to the total, where one article gives them all.
  const all = fact.parts ?? [];
  for (const article of [...new Set(totals.map((t) => t.article))].sort()) {
    const mine = parts.filter((p) => p.article === article);
    const total = totals.filter((t) => t.article === article);
    const perPart = all.map((id) => mine.filter((p) => p.part === id));
    // Every part once (or all its claims agreeing), one total: otherwise the article is not a sum to check.
    const values = perPart.map((list) => joint(list, fact));
    const totalValue = joint(total, fact);
    if (values.some((v) => v === null) || !totalValue) continue;
    const sum: IntervalConstraint = {
      kind: 'interval',
      lo: values.reduce((s, v) => s + v!.lo, 0),
      hi: values.reduce((s, v) => s + v!.hi, 0),
      loOpen: values.some((v) => v!.loOpen),
      hiOpen: values.some((v) => v!.hiOpen),
      unit: totalValue.unit,
    };
    if (intersect(sum, totalValue)) continue;
    const partClaims = perPart.flat();
    const name = labels.outlet(article) ?? article;
    drafts.push({
      pack,
      fact,
      part: null,
      status: 'contradiction',
      severity: 'info',
      sides: [{ claims: partClaims }, { claims: total }],
      loose: new Map(),
      conflicts: [[partClaims, total]],
      message: `${fact.title}: in ${name} the parts do not add up to the total: ${all
        .map((id, i) => `${partName(pack, id)} ${perPart[i][0].display}`)
        .join(' + ')} vs a total of ${total[0].display}`,
      timeline: null,
      asOf: null,
      check: 'parts-sum',
      idParts: [`article:${article}`],
    });
  }
  return drafts;
}

/** The one value the claims jointly allow (tolerance applied), or null when none or they disagree. */
function joint(claims: Claim[], fact: CompiledFact): IntervalConstraint | null {
  if (!claims.length) return null;
  let acc: Constraint | null = comparable(claims[0].constraint, fact);
  for (const c of claims.slice(1)) acc = acc && intersect(acc, comparable(c.constraint, fact));
  return acc && isInterval(acc) ? acc : null;
}
