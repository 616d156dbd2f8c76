/**
 * GitHub Actions workflow commands: one annotation per claim of each contradiction (and of each
 * stale figure, and an update's latest figure), on the article line that makes it, plus one per
 * problem. Findings of severity "none" are not annotated: the rule asked for them to be
 * reported, not flagged.
 */
import { toPosixPath } from './escape';
import type { Formatter, Problem } from '../model/report';
import { annotated, describeClaim } from './sarif';
import type { FindingSeverity } from '../model';

const COMMANDS: Record<FindingSeverity, string | null> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
  none: null,
};

export const formatGithub: Formatter = (report) => {
  const articles = new Map(report.articles.map((a) => [a.id, a]));
  const lines: string[] = [];
  for (const [f, c] of annotated(report)) {
    const command = COMMANDS[f.severity];
    if (command === null) continue;
    const props: [string, string | number][] = [
      ['file', toPosixPath(c.path)],
      ['line', c.line],
      ['col', c.column],
      ['endLine', c.endLine],
      ['endColumn', c.endColumn],
      ['title', `${f.title} (${f.story}/${f.fact})`],
    ];
    const text = f.status === 'contradiction' ? describeClaim(f, c, articles) : f.message;
    lines.push(workflowCommand(command, props, text));
  }
  for (const p of report.problems) lines.push(problemCommand(p));
  return lines.map((l) => `${l}\n`).join('');
};

function problemCommand(p: Problem): string {
  const props: [string, string | number][] = [['file', toPosixPath(p.file)]];
  if (p.line !== null) props.push(['line', p.line]);
  if (p.line !== null && p.column !== null) props.push(['col', p.column]);
  props.push(['title', `factlint ${p.code}`]);
  return workflowCommand(
    p.severity === 'info' ? 'notice' : p.severity,
    props,
    p.hint ? `${p.message}\nhint: ${p.hint}` : p.message,
  );
}

function workflowCommand(command: string, props: [string, string | number][], message: string): string {
  const params = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${command} ${params}::${escapeData(message)}`;
}

/** The runner's escaping for a command's message (actions/toolkit `escapeData`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The runner's escaping for a property value (actions/toolkit `escapeProperty`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
