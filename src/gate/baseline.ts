/**
 * A baseline lets a newsroom adopt factlint on an existing archive: findings recorded in it
 * are ignored until something about them changes. Entries are keyed by the finding's
 * fingerprint (story, fact, status, normalized values and article ids; never line numbers),
 * so editing an article elsewhere does not bring them back.
 */
import fs from 'node:fs';
import { UserError } from '../errors';
import type { Finding, Problem } from '../model/report';

export interface BaselineEntry {
  id: string;
  story: string;
  fact: string;
  status: string;
  values: string[];
  articles: string[];
}

export interface Baseline {
  version: 1;
  findings: BaselineEntry[];
}

/** Findings worth recording: anything with a severity (agreements never fail, so never need it). */
export function baselineOf(findings: Finding[]): Baseline {
  const entries = findings
    .filter((f) => f.severity !== 'none')
    .map((f) => ({
      id: f.id,
      story: f.story,
      fact: f.fact,
      status: f.status,
      values: f.groups.map((g) => g.display),
      articles: [...new Set(f.claims.map((c) => c.article))].sort(),
    }))
    .sort((a, b) => (a.story + a.fact + a.id < b.story + b.fact + b.id ? -1 : 1));
  return { version: 1, findings: entries };
}

export function readBaseline(file: string): Baseline {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new UserError({
      code: 'baseline-unreadable',
      message: `cannot read baseline (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      file,
      hint: 'create it with --update-baseline',
    });
  }
  let data: Baseline;
  try {
    data = JSON.parse(text) as Baseline;
  } catch (e) {
    throw new UserError({
      code: 'baseline-invalid',
      message: `baseline is not valid JSON: ${(e as Error).message}`,
      file,
      line: 1,
      column: 1,
      hint: 'regenerate it with --update-baseline',
    });
  }
  if (
    !data ||
    data.version !== 1 ||
    !Array.isArray(data.findings) ||
    data.findings.some((f) => typeof f?.id !== 'string')
  ) {
    throw new UserError({
      code: 'baseline-invalid',
      message: 'baseline has an unknown shape (expected {"version": 1, "findings": [{"id": …}]})',
      file,
      line: 1,
      column: 1,
      hint: 'regenerate it with --update-baseline',
    });
  }
  return data;
}

export interface BaselineResult {
  findings: Finding[];
  baselined: number;
  stale: BaselineEntry[];
}

/** Removes baselined findings; entries that match nothing any more are stale. */
export function applyBaseline(findings: Finding[], baseline: Baseline): BaselineResult {
  const known = new Set(baseline.findings.map((e) => e.id));
  const present = new Set(findings.map((f) => f.id));
  const kept = findings.filter((f) => !known.has(f.id));
  return {
    findings: kept,
    baselined: findings.length - kept.length,
    stale: baseline.findings.filter((e) => !present.has(e.id)),
  };
}

export function staleProblems(stale: BaselineEntry[], file: string): Problem[] {
  return stale.map((e) => ({
    code: 'baseline-stale',
    severity: 'warning' as const,
    message: `baseline entry ${e.story}/${e.fact} (${e.values.join(' vs ')}) matches no finding any more`,
    file,
    line: null,
    column: null,
    hint: 'the articles changed or were fixed; prune stale entries with --update-baseline',
  }));
}

export function formatBaseline(b: Baseline): string {
  return `${JSON.stringify(b, null, 2)}\n`;
}
