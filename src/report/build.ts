/** Assembles the report (the JSON contract) from articles, findings and problems. */
import type { Article } from '../types';
import type { Finding, Problem, Report } from './model';
import { TOOL_VERSION } from '../version';

export function buildReport(articles: Article[], findings: Finding[], problems: Problem[], facts: number): Report {
  const count = (pred: (f: Finding) => boolean) => findings.filter(pred).length;
  return {
    version: 1,
    tool: { name: 'factlint', version: TOOL_VERSION },
    articles: [...articles]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((a) => ({ id: a.id, path: a.path, source: a.source ?? null, published: a.published ?? null, title: a.title ?? null })),
    findings,
    problems,
    summary: {
      articles: articles.length,
      facts,
      findings: findings.length,
      contradictions: count((f) => f.status === 'contradiction'),
      agreements: count((f) => f.status === 'agreement'),
      singleSource: count((f) => f.status === 'single-source'),
      errors: count((f) => f.severity === 'error'),
      warnings: count((f) => f.severity === 'warning'),
      infos: count((f) => f.severity === 'info'),
      problems: problems.length,
    },
  };
}
