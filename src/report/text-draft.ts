/**
 * The text report in draft mode, told from the draft's side: the draft's contradictions first,
 * then its unconfirmed claims, then facts where the coverage disagrees within itself (context),
 * and every agreement collapsed into one line. The draft's claims carry a "your draft" label.
 */
import type { Finding, Report, ReportClaim } from '../model/report';

export type Paint = (
  style: 'red' | 'green' | 'yellow' | 'blue' | 'magenta' | 'gray' | 'bold' | 'underline',
  s: string,
) => string;

export interface DraftTextParts {
  paint: Paint;
  /** The evidence sentence, cut around the value. */
  evidence: (c: ReportClaim) => string;
  problems: string[];
}

const LABEL = { draft: 'your draft', coverage: 'coverage' } as const;
const SEVERITY_COLOR = { error: 'red', warning: 'yellow', info: 'blue' } as const;

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

function finding(f: Finding, parts: DraftTextParts, heading: string, icon: string): string[] {
  const { paint } = parts;
  const sev = f.severity === 'none' ? '' : `  ${paint(SEVERITY_COLOR[f.severity], f.severity)}`;
  const lines = [
    `${icon} ${paint('bold', f.title)} ${paint('gray', `(${f.story}/${f.fact})`)}  ${heading}${sev}`,
    `  ${f.message}`,
  ];
  const width = Math.max(...f.claims.map((c) => c.display.length));
  // The draft's claims first, then the coverage in the report's order.
  const ordered = [...f.claims.filter((c) => c.draft), ...f.claims.filter((c) => !c.draft)];
  for (const c of ordered) {
    const label = c.draft ? paint('magenta', LABEL.draft.padEnd(10)) : paint('gray', LABEL.coverage.padEnd(10));
    lines.push(`    ${label}  ${c.display.padEnd(width)}  ${paint('underline', `${c.path}:${c.line}:${c.column}`)}`);
    lines.push(`        ${paint('gray', '“')}${parts.evidence(c)}${paint('gray', '”')}`);
  }
  if (f.docs) lines.push(`  ${paint('gray', `docs: ${f.docs}`)}`);
  return lines;
}

export function formatDraftText(report: Report, parts: DraftTextParts): string {
  const { paint } = parts;
  const drafts = report.drafts ?? [];
  const of = (pred: (f: Finding) => boolean) => report.findings.filter(pred);
  const contradicts = of((f) => f.draft?.status === 'contradicts');
  const unconfirmed = of((f) => f.draft?.status === 'unconfirmed');
  const context = of((f) => f.draft?.status === 'agrees' && f.draft.coverageDisagrees);
  const agrees = of((f) => f.draft?.status === 'agrees' && !f.draft.coverageDisagrees);
  const out: string[] = [
    `${paint('magenta', drafts.length === 1 ? 'Your draft:' : 'Your drafts:')} ${drafts.join(', ')}`,
    '',
  ];
  for (const f of contradicts)
    out.push(...finding(f, parts, paint('red', 'contradicts the coverage'), paint('red', '✖')), '');
  for (const f of unconfirmed) out.push(...finding(f, parts, paint('blue', 'unconfirmed'), paint('blue', 'ℹ')), '');
  for (const f of context)
    out.push(
      ...finding(f, parts, paint('gray', 'context: the coverage disagrees, your draft fits'), paint('gray', '·')),
      '',
    );
  if (agrees.length) {
    const facts = agrees.map(
      (f) => `${f.title} (${[...new Set(f.claims.filter((c) => c.draft).map((c) => c.display))].join(', ')})`,
    );
    out.push(
      `${paint('green', '✔')} ${plural(agrees.length, 'fact agrees', 'facts agree')} with the coverage: ${facts.join('; ')}`,
      '',
    );
  }
  if (parts.problems.length) out.push(paint('bold', 'Problems'), ...parts.problems.map((p) => `  ${p}`), '');
  const s = report.summary;
  const d = s.draft ?? { contradicts: 0, agrees: 0, unconfirmed: 0, context: 0, drafts: drafts.length };
  const icon = d.contradicts ? paint('red', '✖') : paint('green', '✔');
  const coverage = s.articles - drafts.length;
  out.push(
    `${icon} ${plural(d.contradicts, 'contradiction')} with the coverage (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}), ` +
      `${plural(d.unconfirmed, 'unconfirmed claim')}, ${plural(d.agrees - d.context, 'fact agrees', 'facts agree')}` +
      (d.context ? `, ${plural(d.context, 'disagreement')} inside the coverage (context)` : '') +
      ` in ${plural(drafts.length, 'draft')} against ${plural(coverage, 'article')}` +
      (s.problems ? `; ${plural(s.problems, 'problem')}` : '') +
      (s.baselined ? `; ${s.baselined} baselined` : '') +
      (s.suppressed ? `; ${plural(s.suppressed, 'claim')} suppressed` : ''),
  );
  return `${out.join('\n')}\n`;
}
