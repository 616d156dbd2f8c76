/**
 * Markdown for a pull-request comment (GitHub-flavoured): a headline with the counts, a
 * table of contradictions, and the rest folded into <details>. Article text is untrusted:
 * it is escaped so it can neither break the table nor inject HTML, links or @-mentions.
 */
import { splitEvidence } from './evidence';
import { replaceInvalidChars, toPosixPath } from './escape';
import {
  type Finding,
  type Formatter,
  type Report,
  type ReportArticle,
  type ReportClaim,
  sourceLabel,
} from '../model/report';
import { plural } from '../util/text';

type Articles = Map<string, ReportArticle>;

export const formatMarkdown: Formatter = (report) => {
  const articles: Articles = new Map(report.articles.map((a) => [a.id, a]));
  // Draft mode sorts the findings as the draft sees them (the coverage's own dispute is not the draft's).
  const as = (status: Finding['status'], draft: NonNullable<Finding['draft']>['status']) => (f: Finding) =>
    f.draft ? f.draft.status === draft : f.status === status;
  const contradictions = report.findings.filter(as('contradiction', 'contradicts'));
  const agreements = report.findings.filter(as('agreement', 'agrees'));
  const singles = report.findings.filter(as('single-source', 'unconfirmed'));
  const stale = report.findings.filter((f) => !f.draft && f.status === 'stale');
  const updates = report.findings.filter((f) => !f.draft && f.status === 'update');
  const s = report.summary;

  const out: string[] = [];
  if (s.draft) {
    const n = s.draft.contradicts;
    out.push(
      `### factlint: your draft ${n > 0 ? `contradicts the coverage on ${plural(n, 'fact')}` : 'contradicts none of the coverage'}`,
      '',
      [
        `**${n}** ${n === 1 ? 'contradiction' : 'contradictions'} with the coverage`,
        `**${s.draft.agrees}** agreeing`,
        `**${s.draft.unconfirmed}** unconfirmed`,
        ...(s.draft.context ? [`${plural(s.draft.context, 'disagreement')} inside the coverage (context)`] : []),
        `${plural(s.draft.drafts, 'draft')} against ${plural(s.articles - s.draft.drafts, 'article')}`,
      ].join(' · '),
    );
  } else
    out.push(
      contradictions.length > 0
        ? `### factlint: ${plural(s.contradictions, 'contradiction')} across ${plural(s.articles, 'article')}`
        : `### factlint: no contradictions across ${plural(s.articles, 'article')}`,
      '',
      [
        `**${s.contradictions}** ${s.contradictions === 1 ? 'contradiction' : 'contradictions'}`,
        ...(s.stale ? [`**${s.stale}** stale`] : []),
        ...(s.updates ? [`**${s.updates}** ${s.updates === 1 ? 'update' : 'updates'}`] : []),
        `**${s.agreements}** ${s.agreements === 1 ? 'agreement' : 'agreements'}`,
        `**${s.singleSource}** single-source`,
        plural(s.facts, 'fact'),
        plural(s.articles, 'article'),
        plural(s.problems, 'problem'),
        ...(s.suppressed ? [`${plural(s.suppressed, 'claim')} suppressed`] : []),
        ...(s.baselined ? [`${plural(s.baselined, 'finding')} baselined`] : []),
      ].join(' · '),
    );

  if (contradictions.length > 0) {
    out.push('', '| Fact | Values | Sources | Locations |', '| --- | --- | --- | --- |');
    for (const f of contradictions) out.push(contradictionRow(f, articles));
    out.push(
      '',
      ...details(
        `Evidence (${contradictions.length})`,
        contradictions.flatMap((f) => evidence(f, articles)),
      ),
    );
  }
  if (stale.length > 0)
    out.push(
      '',
      ...details(
        `Stale figures (${stale.length})`,
        stale.flatMap((f) => evidence(f, articles)),
      ),
    );
  if (updates.length > 0)
    out.push(
      '',
      ...details(
        `Updates (${updates.length})`,
        updates.flatMap((f) => timelineLines(f)),
      ),
    );
  if (agreements.length > 0)
    out.push('', ...details(`Agreements (${agreements.length})`, valueTable(agreements, articles)));
  if (singles.length > 0)
    out.push('', ...details(`Single-source facts (${singles.length})`, valueTable(singles, articles)));
  if (report.problems.length > 0) out.push('', ...details(`Problems (${report.problems.length})`, problems(report)));
  return `${out.join('\n')}\n`;
};

function contradictionRow(f: Finding, articles: Articles): string {
  const fact = `**${mdText(f.title)}**<br>${mdCode(`${f.story}/${f.fact}`)} · ${f.severity}`;
  const cells = f.groups.map((g) => {
    const odd = f.oddOneOut === g.group ? ' _(odd one out)_' : '';
    const claims = f.claims.filter((c) => c.group === g.group);
    return {
      value: `**${g.group}.** ${mdText(g.display)}${odd}`,
      sources: `**${g.group}.** ${mdText(sourceNames(g.articles, articles))}`,
      locations: `**${g.group}.** ${claims.map((c) => mdCode(location(c))).join(', ')}`,
    };
  });
  const col = (k: 'value' | 'sources' | 'locations'): string => cells.map((c) => c[k]).join('<br>');
  return `| ${fact} | ${col('value')} | ${col('sources')} | ${col('locations')} |`;
}

/** A running figure's timeline: one line per value, oldest first. */
function timelineLines(f: Finding): string[] {
  const lines = ['', `**${mdText(f.title)}**: ${mdText(f.message)}`, ''];
  for (const s of f.timeline ?? []) {
    const notes = [s.stale ? 'stale' : s.direction === 'down' ? 'revised down' : ''].filter(Boolean);
    lines.push(
      `- **${mdText(s.display)}** ${mdText(s.asOf ?? 'undated')}, ${mdText(s.sources.join(', '))}${notes.length ? ` (${notes.join(', ')})` : ''}`,
    );
  }
  return lines;
}

function evidence(f: Finding, articles: Articles): string[] {
  const lines = ['', `**${mdText(f.title)}**`, ''];
  for (const c of f.claims) {
    const source = sourceLabel(articles, c.article);
    const odd =
      f.oddOneOut === c.group
        ? ' (odd one out)'
        : c.group === 0
          ? ` (compatible with ${c.compatibleWith.join(' and ') || 'no side'})`
          : c.stale
            ? ' (stale)'
            : '';
    lines.push(`- **${mdText(c.display)}**${odd}, ${mdText(source)}, ${mdCode(location(c), false)}: “${highlight(c)}”`);
  }
  return lines;
}

function valueTable(findings: Finding[], articles: Articles): string[] {
  const rows = findings.map((f) => {
    const value = f.groups.map((g) => mdText(g.display)).join('<br>');
    const locations = f.claims.map((c) => mdCode(location(c))).join(', ');
    return `| **${mdText(f.title)}** | ${value} | ${mdText(
      sourceNames(
        f.claims.map((c) => c.article),
        articles,
      ),
    )} | ${locations} |`;
  });
  return ['| Fact | Value | Sources | Locations |', '| --- | --- | --- | --- |', ...rows];
}

function problems(report: Report): string[] {
  return report.problems.map((p) => {
    const where = `${toPosixPath(p.file)}${p.line !== null ? `:${p.line}${p.column !== null ? `:${p.column}` : ''}` : ''}`;
    const hint = p.hint ? ` (hint: ${mdText(p.hint)})` : '';
    return `- **${p.severity}** ${mdCode(p.code, false)} ${mdCode(where, false)}: ${mdText(p.message)}${hint}`;
  });
}

function details(summary: string, body: string[]): string[] {
  const trimmed = body[0] === '' ? body.slice(1) : body;
  return ['<details>', `<summary>${summary}</summary>`, '', ...trimmed, '', '</details>'];
}

/** The evidence sentence with the value as written in bold (first occurrence). */
function highlight(c: ReportClaim): string {
  const { before, value, after, found } = splitEvidence(c);
  return found ? `${mdText(before)}**${mdText(value)}**${mdText(after)}` : mdText(c.text);
}

function location(c: ReportClaim): string {
  return `${toPosixPath(c.path)}:${c.line}:${c.column}`;
}

function sourceNames(ids: string[], articles: Articles): string {
  return [...new Set(ids.map((id) => sourceLabel(articles, id)))].join(', ');
}

/**
 * Escapes untrusted text for inline Markdown inside a table cell or list item: HTML is
 * entity-encoded, Markdown punctuation is backslash-escaped, line breaks are flattened and
 * "@" gets a zero-width space so a comment never pings anyone.
 */
export function mdText(text: string): string {
  return (
    replaceInvalidChars(text)
      .replace(/\s+/g, ' ')
      .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c)
      // Brackets are escaped, so "(" after "]" can never open a link target.
      .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
      .replace(/@/g, '@&#8203;')
  );
}

/** A code span that survives backticks in the text and, inside a table, pipes. */
export function mdCode(text: string, inTable = true): string {
  const flat = replaceInvalidChars(text).replace(/\s+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const body = inTable ? flat.replace(/\|/g, '\\|') : flat;
  const pad = longest > 0 || body.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}
