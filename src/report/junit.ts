/**
 * JUnit XML for CI dashboards: one suite per story (rule pack), one test case per fact.
 * A contradiction fails its test case (unless its severity is "none"), and so does a stale
 * figure of severity error or warning; updates, agreements and single-source facts pass and
 * say what was found in <system-out>. Problems are errored test cases of a "factlint.problems"
 * suite.
 */
import { escapeXmlAttr, escapeXmlText, toPosixPath } from './escape';
import { type Finding, type Formatter, type Problem, type ReportArticle, sourceLabel } from '../model/report';

interface Case {
  xml: string;
  failed: boolean;
  errored: boolean;
}

export const formatJunit: Formatter = (report) => {
  const articles = new Map(report.articles.map((a) => [a.id, a]));
  const suites: [string, Case[]][] = [];
  const byStory = new Map<string, Case[]>();
  for (const f of report.findings) {
    let cases = byStory.get(f.story);
    if (!cases) {
      cases = [];
      byStory.set(f.story, cases);
      suites.push([f.story, cases]);
    }
    cases.push(findingCase(f, articles));
  }
  if (report.problems.length > 0) suites.push(['factlint.problems', report.problems.map(problemCase)]);

  const all = suites.flatMap(([, cases]) => cases);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="factlint"${counts(all)}>`];
  for (const [name, cases] of suites) {
    out.push(`  <testsuite name="${escapeXmlAttr(name)}"${counts(cases)}>`);
    for (const c of cases) out.push(c.xml);
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};

function counts(cases: Case[]): string {
  const failures = cases.filter((c) => c.failed).length;
  const errors = cases.filter((c) => c.errored).length;
  return ` tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="0" time="0"`;
}

function findingCase(f: Finding, articles: Map<string, ReportArticle>): Case {
  const open = `    <testcase name="${escapeXmlAttr(f.fact)}" classname="factlint.${escapeXmlAttr(f.story)}" time="0">`;
  const body = escapeXmlText(details(f, articles));
  const failed =
    (f.status === 'contradiction' && f.severity !== 'none') ||
    (f.status === 'stale' && (f.severity === 'error' || f.severity === 'warning'));
  const inner = failed
    ? `      <failure message="${escapeXmlAttr(f.message)}" type="${escapeXmlAttr(f.severity)}">${body}</failure>`
    : `      <system-out>${body}</system-out>`;
  return { xml: `${open}\n${inner}\n    </testcase>`, failed, errored: false };
}

/** Plain-text account of a finding: each group's value, then the claims holding it. */
function details(f: Finding, articles: Map<string, ReportArticle>): string {
  const lines = [`${f.title} (${f.status}, severity ${f.severity}): ${f.message}`];
  for (const g of f.groups) {
    const odd = f.oddOneOut === g.group ? ' [odd one out]' : '';
    lines.push(`Group ${g.group}: ${g.display}${odd}`);
    for (const c of f.claims.filter((c) => c.group === g.group)) {
      const source = sourceLabel(articles, c.article);
      lines.push(`  - ${source}: "${c.raw}" at ${toPosixPath(c.path)}:${c.line}:${c.column}`);
      lines.push(`    ${c.text.replace(/\s+/g, ' ')}`);
    }
  }
  const loose = f.claims.filter((c) => c.group === 0);
  if (loose.length) lines.push(`Compatible with several groups:`);
  for (const c of loose) {
    const source = articles.get(c.article)?.source ?? c.article;
    lines.push(`  - ${source}: "${c.raw}" at ${toPosixPath(c.path)}:${c.line}:${c.column}`);
  }
  if (f.docs) lines.push(`Docs: ${f.docs}`);
  return lines.join('\n');
}

function problemCase(p: Problem): Case {
  const where = `${toPosixPath(p.file)}${p.line !== null ? `:${p.line}${p.column !== null ? `:${p.column}` : ''}` : ''}`;
  const body = [`${p.severity} ${p.code} at ${where}: ${p.message}`, ...(p.hint ? [`hint: ${p.hint}`] : [])].join('\n');
  if (p.severity === 'info')
    // a note, not a failure: a passing case with the note as its output
    return {
      xml:
        `    <testcase name="${escapeXmlAttr(`${p.code} ${where}`)}" classname="factlint.problems" time="0">\n` +
        `      <system-out>${escapeXmlText(body)}</system-out>\n` +
        '    </testcase>',
      failed: false,
      errored: false,
    };
  const xml =
    `    <testcase name="${escapeXmlAttr(`${p.code} ${where}`)}" classname="factlint.problems" time="0">\n` +
    `      <error message="${escapeXmlAttr(p.message)}" type="${escapeXmlAttr(p.code)}">${escapeXmlText(body)}</error>\n` +
    '    </testcase>';
  return { xml, failed: false, errored: true };
}
