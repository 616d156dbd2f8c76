/**
 * SARIF 2.1.0: one result per claim of each contradiction, so code-scanning UIs annotate
 * every article line that takes part; the other claims ride along as relatedLocations.
 * Problems become tool execution notifications.
 */
import { isWebUrl, toPosixPath } from './escape';
import {
  type Finding,
  type Formatter,
  type Problem,
  type Report,
  type ReportArticle,
  type ReportClaim,
  sourceLabel,
} from '../model/report';
import { type FindingSeverity, severityRank } from '../model';

/** Where SARIF viewers link "factlint" to. */
export const FACTLINT_INFORMATION_URI = 'https://github.com/factlint/factlint';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';

const LEVELS: Record<FindingSeverity, SarifLevel> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  none: 'none',
};

export const formatSarif: Formatter = (report) => {
  const articles = new Map(report.articles.map((a) => [a.id, a]));
  const rules = collectRules(report.findings);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));

  const results = annotated(report).map(([f, c]) => result(f, c, articles, ruleIndex.get(ruleId(f)) ?? -1));

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'factlint',
            version: report.tool.version,
            informationUri: FACTLINT_INFORMATION_URI,
            rules: rules.map((r) => r.descriptor),
          },
        },
        invocations: [
          {
            executionSuccessful: !report.problems.some((p) => p.severity === 'error'),
            toolExecutionNotifications: report.problems.map(notification),
          },
        ],
        // Claim columns are offsets into JavaScript strings.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/**
 * The claims code-scanning annotates. In draft mode only the draft's claims that conflict with
 * another claim (the draft's lines, never the coverage's); otherwise per finding: a
 * contradiction's sides (a claim compatible with several sides takes no part), a stale
 * figure's stale claims, an update's latest figure (level note, or none: it informs).
 */
export function annotated(report: Report): [Finding, ReportClaim][] {
  if (report.drafts)
    return report.findings
      .filter((f) => f.draft?.status === 'contradicts')
      .flatMap((f) =>
        f.claims.filter((c) => c.draft && c.conflicts?.length).map((c): [Finding, ReportClaim] => [f, c]),
      );
  return report.findings.flatMap((f) => annotatedClaims(f).map((c): [Finding, ReportClaim] => [f, c]));
}

function annotatedClaims(f: Finding): ReportClaim[] {
  if (f.status === 'contradiction') return f.claims.filter((c) => c.group > 0);
  if (f.status === 'stale') return f.claims.filter((c) => c.stale);
  if (f.status === 'update') {
    const last = Math.max(0, ...f.claims.filter((c) => c.asOf !== null).map((c) => c.group));
    return f.claims.filter((c) => c.group === last);
  }
  return [];
}

export function ruleId(f: Finding): string {
  return `${f.story}/${f.fact}`;
}

/** One reportingDescriptor per story/fact, sorted so rule indices do not depend on finding order. */
function collectRules(findings: Finding[]): { id: string; descriptor: object }[] {
  const byId = new Map<string, Finding[]>();
  for (const f of findings) byId.set(ruleId(f), [...(byId.get(ruleId(f)) ?? []), f]);
  return [...byId.keys()].sort().map((id) => {
    const fs = byId.get(id) ?? [];
    const first = fs[0];
    const docs = fs.map((f) => f.docs).find((d): d is string => d !== null) ?? null;
    // The rule's own severity is not in the report; the worst severity its findings got is.
    const worst = fs.map((f) => f.severity).reduce((a, b) => (severityRank(b) > severityRank(a) ? b : a), 'none');
    const kind = first.unit ? `${first.type} (${first.unit})` : first.type;
    const descriptor = {
      id,
      name: first.fact,
      shortDescription: { text: `${first.title}: sources must agree` },
      fullDescription: {
        text:
          (first.description ? `${first.description} ` : '') +
          `factlint extracts the ${kind} fact "${first.title}" from every article of story "${first.story}" and reports articles whose values cannot all be true.`,
      },
      ...(docs !== null && isWebUrl(docs) ? { helpUri: docs } : {}),
      help: {
        text:
          `Articles disagree on "${first.title}". Check the evidence sentences, correct the article that is wrong, ` +
          `or record a deliberate difference with a baseline or an inline suppression.` +
          (docs !== null ? ` Rule documentation: ${docs}` : ''),
      },
      defaultConfiguration: { level: LEVELS[worst] === 'none' ? 'note' : LEVELS[worst] },
      properties: { tags: ['factlint', first.story, first.type] },
    };
    return { id, descriptor };
  });
}

function result(f: Finding, claim: ReportClaim, articles: Map<string, ReportArticle>, index: number): object {
  const others = claim.conflicts
    ? claim.conflicts.map((i) => f.claims[i])
    : f.claims.filter((c) => c.group !== claim.group && c.group > 0);
  const text = f.status === 'contradiction' ? describeClaim(f, claim, articles) : f.message;

  return {
    ruleId: ruleId(f),
    ruleIndex: index,
    level: LEVELS[f.severity],
    message: { text },
    locations: [location(claim)],
    relatedLocations: others.map((c, i) => ({
      id: i + 1,
      ...location(c),
      message: { text: `${sourceLabel(articles, c.article)}: ${c.display} ("${c.raw}")` },
    })),
    partialFingerprints: {
      'factlintFinding/v1': f.id,
      // Several results share a finding; the claim key keeps code-scanning alerts apart.
      'factlintClaim/v1': `${f.id}:${claim.article}:${claim.value}`,
    },
    properties: { story: f.story, fact: f.fact, status: f.status, group: claim.group },
  };
}

/** "<title>: <source> says <value> ("<raw>"), but <others> say <values>." (shared with github). */
export function describeClaim(f: Finding, claim: ReportClaim, articles: Map<string, ReportArticle>): string {
  // Draft mode: the finding's message is already told from the draft's side.
  if (claim.draft) return f.message;
  const names = (ids: string[]): string => [...new Set(ids.map((id) => sourceLabel(articles, id)))].join(', ');
  const conflicts = f.groups
    .filter((g) => g.group !== claim.group)
    .map((g) => `${names(g.articles)} ${g.articles.length > 1 ? 'say' : 'says'} ${g.display}`)
    .join('; ');
  const odd =
    f.oddOneOut === claim.group
      ? ' This value stands alone against the majority.'
      : f.oddOneOut !== null
        ? ' The majority of sources agree with this value.'
        : '';
  return (
    `${f.title}: ${sourceLabel(articles, claim.article)} says ${claim.display} ("${claim.raw}"), ` +
    `but ${conflicts || 'other claims disagree'}.${odd}`
  );
}

function location(c: ReportClaim): { physicalLocation: object } {
  return {
    physicalLocation: {
      artifactLocation: { uri: toUri(c.path) },
      region: {
        startLine: c.line,
        startColumn: c.column,
        endLine: c.endLine,
        endColumn: c.endColumn,
        snippet: { text: c.raw },
      },
    },
  };
}

function notification(p: Problem): object {
  const region =
    p.line !== null ? { region: { startLine: p.line, ...(p.column !== null ? { startColumn: p.column } : {}) } } : {};
  return {
    level: p.severity === 'info' ? 'note' : p.severity,
    descriptor: { id: p.code },
    message: { text: p.hint ? `${p.message} (hint: ${p.hint})` : p.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: toUri(p.file) }, ...region } }],
  };
}

/** A relative URI reference: forward slashes, each segment percent-encoded. */
export function toUri(path: string): string {
  const posix = toPosixPath(path);
  const encoded = posix.split('/').map(encodeURIComponent).join('/');
  if (posix.startsWith('/')) return `file://${encoded}`;
  // "C:" would encode to "C%3A": keep the drive letter readable.
  if (/^[A-Za-z]:\//.test(posix)) return `file:///${posix.slice(0, 2)}${encoded.slice(4)}`;
  return encoded;
}
