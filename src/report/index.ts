/** The formatter registry: a new output format is a new file and one line here. */
import type { Formatter } from './model';
import { formatJson } from './json';
import { formatText } from './text';

export const FORMATTERS: Record<string, Formatter> = {
  json: formatJson,
  text: formatText,
};

export type { Formatter, Report, Finding, ReportClaim, Problem } from './model';
