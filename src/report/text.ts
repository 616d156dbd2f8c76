/**
 * Terminal output in the manner of ESLint's "stylish": grouped by fact, contradictions first,
 * each claim with file:line:column and its evidence; colour only when asked (a TTY).
 */
import wrapAnsi from 'wrap-ansi';
import type { Finding, FormatOptions, Formatter, Problem, Report, ReportClaim } from '../model/report';
import { plural } from '../util/text';
import { splitEvidence } from './evidence';
import { formatDraftText } from './text-draft';

/** Width of the text report when none is given (a pipe, a file): the terminal's classic 80. */
export const DEFAULT_WIDTH = 80;

// eslint-disable-next-line no-control-regex -- ANSI colour codes take no columns
const visible = (s: string): number => s.replace(/\u001b\[[0-9;]*m/g, '').length;

/**
 * Wraps one logical line to `width` columns: `first` before it, `rest` before each
 * continuation. Words, URLs and paths are never broken (a longer one overflows); colour codes
 * take no room.
 */
function wrap(text: string, width: number, first: string, rest = first): string[] {
  if (first.length + visible(text) <= width) return [first + text];
  const room = Math.max(20, width - Math.max(first.length, rest.length));
  return wrapAnsi(text, room, { hard: false, trim: true })
    .split('\n')
    .map((l, i) => (i === 0 ? first : rest) + l);
}

/**
 * Lays out pieces that belong together (a value, an outlet, a location) on one line when they
 * fit, else one piece per line under the first: a piece is never split unless it alone is too
 * wide.
 */
function pieces(parts: string[], width: number, first: string, rest: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    const indent = lines.length ? rest : first;
    if (!line) line = part;
    else if (indent.length + visible(line) + 2 + visible(part) <= width) line += `  ${part}`;
    else {
      lines.push(...wrap(line, width, indent, rest));
      line = part;
    }
  }
  if (line) lines.push(...wrap(line, width, lines.length ? rest : first, rest));
  return lines;
}

/** A claim's value as the text report shows it: one taken from the publication date says so. */
export function displayOf(c: ReportClaim): string {
  return c.fromPublished ? `${c.display}, the publication date` : c.display;
}

const codes = { red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, gray: 90, bold: 1, underline: 4 } as const;
type Paint = (style: keyof typeof codes, s: string) => string;

const ICON: Record<string, string> = {
  contradiction: '✖',
  stale: '⚠',
  update: '↗',
  agreement: '✔',
  'single-source': 'ℹ',
};
const STATUS_COLOR: Record<string, keyof typeof codes> = {
  contradiction: 'red',
  stale: 'yellow',
  update: 'blue',
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
  if (c.text.length <= max) return `${before}${paint('bold', value)}${after}`;
  const room = Math.max(0, max - value.length - 2); // two columns for the ellipses
  const left = Math.min(before.length, Math.max(Math.floor(room / 2), room - after.length));
  const right = Math.min(after.length, room - left);
  const pre = (left < before.length ? '…' : '') + before.slice(before.length - left);
  const post = after.slice(0, right) + (right < after.length ? '…' : '');
  return `${pre}${paint('bold', value)}${post}`;
}

function finding(f: Finding, paint: Paint, outlets: Map<string, string>, width: number): string[] {
  const sev =
    f.severity === 'none'
      ? ''
      : `  ${paint(f.severity === 'error' ? 'red' : f.severity === 'warning' ? 'yellow' : 'blue', f.severity)}`;
  const title = `${paint(STATUS_COLOR[f.status], ICON[f.status])} ${paint('bold', f.title)} ${paint('gray', `(${f.story}/${f.fact})`)}`;
  const status = `${paint(STATUS_COLOR[f.status], f.status)}${sev}`;
  const lines = [...pieces([title, status], width, '', '  '), ...wrap(f.message, width, '  ')];
  const valueWidth = Math.max(...f.claims.map((c) => displayOf(c).length));
  for (const g of f.groups) {
    // Another outlet's copy of a sentence already quoted for its witness is named, not quoted again.
    const quoted = new Map<string, { where: string; article: string }>();
    for (const c of f.claims.filter((x) => x.group === g.group)) {
      const mark = f.groups.length > 1 ? paint(g.group === f.oddOneOut ? 'yellow' : 'gray', `[${g.group}]`) + ' ' : '';
      const outlet = outlets.get(c.article);
      const location = `${c.path}:${c.line}:${c.column}`;
      const seen = quoted.get(`${c.witness}\u0000${c.text}`);
      const original = seen && seen.article !== c.article ? seen.where : null;
      const value = `${mark}${displayOf(c).padEnd(valueWidth)}`;
      const parts = [value, ...(outlet ? [outlet] : []), paint('underline', location)];
      if (original) parts.push(paint('gray', `(copy of ${original})`));
      lines.push(...pieces(parts, width, '    ', '        '));
      if (original) continue;
      if (!seen) quoted.set(`${c.witness}\u0000${c.text}`, { where: location, article: c.article });
      // The quote is trimmed around its value to fit the line (8 columns of indent, 2 of quotes).
      lines.push(`        ${paint('gray', '“')}${evidence(c, paint, Math.max(20, width - 10))}${paint('gray', '”')}`);
    }
  }
  const loose = f.claims.filter((x) => x.group === 0);
  if (loose.length) {
    const sides = [...new Set(loose.flatMap((c) => c.compatibleWith))].map((g) => `[${g}]`);
    lines.push(`    ${paint('gray', `compatible with ${sides.length ? sides.join(' and ') : 'no side'}:`)}`);
    for (const c of loose) {
      const outlet = outlets.get(c.article);
      const parts = [
        displayOf(c).padEnd(valueWidth),
        ...(outlet ? [outlet] : []),
        paint('underline', `${c.path}:${c.line}:${c.column}`),
      ];
      lines.push(...pieces(parts, width, '    ', '        '));
      lines.push(`        ${paint('gray', '“')}${evidence(c, paint, Math.max(20, width - 10))}${paint('gray', '”')}`);
    }
  }
  if (f.docs) lines.push(...wrap(paint('gray', `docs: ${f.docs}`), width, '  ', '    '));
  return lines;
}

function problem(p: Problem, paint: Paint, width: number): string[] {
  const where = `${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}`;
  const head = `${paint(p.severity === 'error' ? 'red' : p.severity === 'warning' ? 'yellow' : 'blue', p.severity)} ${paint('underline', where)} ${p.code}: ${p.message}`;
  return [...wrap(head, width, '  ', '    '), ...(p.hint ? wrap(`hint: ${p.hint}`, width, '    ', '      ') : [])];
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
      // The draft text takes each problem as one block, without the list's indent.
      problems: report.problems.map((p) => problem(p, paint, DEFAULT_WIDTH).join('\n').replace(/^ {2}/, '')),
    });
  const width = options.width ?? DEFAULT_WIDTH;
  const outlets = new Map(report.articles.filter((a) => a.source).map((a) => [a.id, a.source!]));
  const out: string[] = [];
  for (const f of report.findings) out.push(...finding(f, paint, outlets, width), '');
  if (report.problems.length) {
    out.push(paint('bold', 'Problems'));
    for (const p of report.problems) out.push(...problem(p, paint, width));
    out.push('');
  }
  const s = report.summary;
  const icon = summaryMark(report, options.exitCode, paint);
  const line =
    `${icon} ${plural(s.contradictions, 'contradiction')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}), ` +
    (s.stale ? `${plural(s.stale, 'stale figure')}, ` : '') +
    (s.updates ? `${plural(s.updates, 'update')}, ` : '') +
    `${plural(s.agreements, 'agreement')}, ${plural(s.singleSource, 'single-source claim')} ` +
    `across ${plural(s.articles, 'article')} and ${plural(s.facts, 'fact')}` +
    (s.problems ? `; ${plural(s.problems, 'problem')}` : '') +
    (s.baselined ? `; ${s.baselined} baselined` : '') +
    (s.suppressed ? `; ${plural(s.suppressed, 'claim')} suppressed` : '');
  out.push(line); // never wrapped: scripts and CI logs read the last line whole
  return `${out.join('\n')}\n`;
};
