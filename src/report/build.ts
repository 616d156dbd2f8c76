/** Assembles the report (the JSON contract) from articles, findings and problems. */
import type { Article } from '../model';
import type { DraftSummary, Finding, Problem, Report, Summary } from '../model/report';
import { TOOL_VERSION } from '../version';

export function summarize(
  findings: Finding[],
  problems: Problem[],
  articles: number,
  facts: number,
  extra: Partial<Summary> = {},
  drafts: string[] | null = null,
): Summary {
  const count = (pred: (f: Finding) => boolean) => findings.filter(pred).length;
  return {
    articles,
    facts,
    findings: findings.length,
    contradictions: count((f) => f.status === 'contradiction'),
    agreements: count((f) => f.status === 'agreement'),
    singleSource: count((f) => f.status === 'single-source'),
    updates: count((f) => f.status === 'update'),
    stale: count((f) => f.status === 'stale'),
    errors: count((f) => f.severity === 'error'),
    warnings: count((f) => f.severity === 'warning'),
    infos: count((f) => f.severity === 'info'),
    problems: problems.length,
    ...extra,
    ...(drafts ? { draft: draftCounts(findings, drafts) } : {}),
  };
}

/** Draft mode: the draft's findings by their status from the draft's side. */
function draftCounts(findings: Finding[], drafts: string[]): DraftSummary {
  const count = (s: string) => findings.filter((f) => f.draft?.status === s).length;
  return {
    drafts: drafts.length,
    contradicts: count('contradicts'),
    agrees: count('agrees'),
    unconfirmed: count('unconfirmed'),
    context: findings.filter((f) => f.draft?.coverageDisagrees && f.draft.status !== 'contradicts').length,
  };
}

export function buildReport(
  articles: Article[],
  findings: Finding[],
  problems: Problem[],
  facts: number,
  extra: Partial<Summary> = {},
  drafts: string[] | null = null,
  /** Articles checked, when `articles` lists only some (draft mode lists those of the drafts' findings). */
  count = articles.length,
): Report {
  const ids = (list: Article[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    version: 1,
    tool: { name: 'factlint', version: TOOL_VERSION },
    articles: ids(articles).map((a) => ({
      id: a.id,
      path: a.path,
      source: a.source ?? null,
      published: a.published ?? null,
      publishedAt: a.publishedAt ?? null,
      title: a.title ?? null,
    })),
    ...(drafts ? { drafts: [...drafts].sort() } : {}),
    findings,
    problems,
    summary: summarize(findings, problems, count, facts, extra, drafts),
  };
}

/** The same report with fewer findings or more problems (after the gate), counts redone. */
export function withFindings(
  report: Report,
  findings: Finding[],
  problems: Problem[],
  extra: Partial<Summary> = {},
): Report {
  return {
    ...report,
    findings,
    problems,
    summary: summarize(
      findings,
      problems,
      report.summary.articles,
      report.summary.facts,
      {
        ...pickExtra(report.summary),
        ...extra,
      },
      report.drafts ?? null,
    ),
  };
}

function pickExtra(s: Summary): Partial<Summary> {
  const { suppressed, baselined } = s;
  return { ...(suppressed !== undefined ? { suppressed } : {}), ...(baselined !== undefined ? { baselined } : {}) };
}
