/** The formatter registry: a new output format is a new file and one line here. */
import type { Formatter } from '../model/report';
import { formatGithub } from './github';
import { formatHtml } from './html';
import { formatJson } from './json';
import { formatJunit } from './junit';
import { formatMarkdown } from './markdown';
import { formatSarif } from './sarif';
import { formatText } from './text';

export const FORMATTERS: Record<string, Formatter> = {
  github: formatGithub,
  html: formatHtml,
  json: formatJson,
  junit: formatJunit,
  markdown: formatMarkdown,
  sarif: formatSarif,
  text: formatText,
};

export type { Formatter, Report, Finding, ReportClaim, Problem } from '../model/report';
