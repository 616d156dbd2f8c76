/**
 * Terminal output in the manner of ESLint's "stylish": grouped by fact, contradictions first,
 * each claim with file:line:column and its evidence; colour only when asked (a TTY).
 */
import type { Finding, FormatOptions, Formatter, Problem, Report, ReportClaim } from '../model/report';
import { plural } from '../util/text';
import { splitEvidence } from './evidence';
import { formatDraftText } from './text-draft';

const codes = { red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, gray: 90, bold: 1, underline: 4 } as const;
type Paint = (style: keyof typeof codes, s: string) => string;

const ICON: Record<string, string> = { contradiction: '✖', agreement: '✔', 'single-source': 'ℹ' };
const STATUS_COLOR: Record<string, keyof typeof codes> = {
  contradiction: 'red',
  agreement: 'green',
  'single-source': 'blue',
};

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** The evidence sentence cut around the value so the value stays visible. */
function evidence(c: ReportClaim, paint: Paint, max = 100): string {
  const { before, value, after, found } = splitEvidence(c);
  if (!found) return clip(c.text, max);
  const room = Math.max(0, max - value.length);
  const left = Math.min(before.length, Math.max(Math.floor(room / 2), room - after.length));
  const right = Math.min(after.length, room - left);
  const pre = (left < before.length ? '…' : '') + before.slice(before.length - left);
  const post = after.slice(0, right) + (right < after.length ? '…' : '');
  return `${pre}${paint('bold', value)}${post}`;
}

function finding(f: Finding, paint: Paint): string[] {
  const sev =
    f.severity === 'none'
      ? ''
      : `  ${paint(f.severity === 'error' ? 'red' : f.severity === 'warning' ? 'yellow' : 'blue', f.severity)}`;
  const head = `${paint(STATUS_COLOR[f.status], ICON[f.status])} ${paint('bold', f.title)} ${paint('gray', `(${f.story}/${f.fact})`)}  ${paint(STATUS_COLOR[f.status], f.status)}${sev}`;
  const lines = [head, `  ${f.message}`];
  const width = Math.max(...f.claims.map((c) => c.display.length));
  for (const g of f.groups) {
    // Another outlet's copy of a sentence already quoted for its witness is named, not quoted again.
    const quoted = new Map<string, { where: string; article: string }>();
    for (const c of f.claims.filter((x) => x.group === g.group)) {
      const mark = f.groups.length > 1 ? paint(g.group === f.oddOneOut ? 'yellow' : 'gray', `[${g.group}]`) + ' ' : '';
      const where = `${c.path}:${c.line}:${c.column}`;
      const seen = quoted.get(`${c.witness}\u0000${c.text}`);
      const original = seen && seen.article !== c.article ? seen.where : null;
      lines.push(
        `    ${mark}${c.display.padEnd(width)}  ${paint('underline', where)}${original ? paint('gray', `  (copy of ${original})`) : ''}`,
      );
      if (original) continue;
      if (!seen) quoted.set(`${c.witness}\u0000${c.text}`, { where, article: c.article });
      lines.push(`        ${paint('gray', '“')}${evidence(c, paint)}${paint('gray', '”')}`);
    }
  }
  if (f.docs) lines.push(`  ${paint('gray', `docs: ${f.docs}`)}`);
  return lines;
}

function problem(p: Problem, paint: Paint): string {
  const where = `${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}`;
  return `${paint(p.severity === 'error' ? 'red' : p.severity === 'warning' ? 'yellow' : 'blue', p.severity)} ${paint('underline', where)} ${p.code}: ${p.message}${p.hint ? `\n    hint: ${p.hint}` : ''}`;
}

/**
 * ✖ when the run fails (exit code 1 or 2); ⚠ when it passes although there are contradictions or
 * problems (e.g. --fail-on never); ✔ only for a clean pass. Without an exit code (the library),
 * a contradiction or an error problem counts as failing.
 */
function summaryMark(report: Report, exitCode: number | undefined, paint: Paint): string {
  const errorProblems = report.problems.some((p) => p.severity === 'error');
  const failing = exitCode === undefined ? errorProblems || report.summary.contradictions > 0 : exitCode !== 0;
  if (failing) return paint('red', '✖');
  if (report.summary.contradictions || report.problems.length) return paint('yellow', '⚠');
  return paint('green', '✔');
}

export const formatText: Formatter = (report: Report, options: FormatOptions) => {
  const paint: Paint = options.color ? (style, s) => `\u001b[${codes[style]}m${s}\u001b[0m` : (_style, s) => s;
  // Draft mode speaks to the draft (report/text-draft.ts).
  if (report.drafts)
    return formatDraftText(report, {
      paint,
      evidence: (c) => evidence(c, paint),
      problems: report.problems.map((p) => problem(p, paint)),
    });
  const out: string[] = [];
  for (const f of report.findings) out.push(...finding(f, paint), '');
  if (report.problems.length) {
    out.push(paint('bold', 'Problems'));
    for (const p of report.problems) out.push(`  ${problem(p, paint)}`);
    out.push('');
  }
  const s = report.summary;
  const icon = summaryMark(report, options.exitCode, paint);
  out.push(
    `${icon} ${plural(s.contradictions, 'contradiction')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}), ` +
      `${plural(s.agreements, 'agreement')}, ${plural(s.singleSource, 'single-source claim')} ` +
      `across ${plural(s.articles, 'article')} and ${plural(s.facts, 'fact')}` +
      (s.problems ? `; ${plural(s.problems, 'problem')}` : '') +
      (s.baselined ? `; ${s.baselined} baselined` : '') +
      (s.suppressed ? `; ${plural(s.suppressed, 'claim')} suppressed` : ''),
  );
  return `${out.join('\n')}\n`;
};
