/** The gate between findings and the exit code: draft filtering, baseline, thresholds. */
import type { Report } from '../model/report';
import { withFindings } from '../report/build';
import { applyBaseline, baselineOf, formatBaseline, readBaseline, staleProblems } from './baseline';
import { involvingDrafts } from './draft';

export interface GateOptions {
  /** Ids of the draft articles (draft mode), or null. */
  drafts: Set<string> | null;
  baseline: string | null;
  updateBaseline: boolean;
}

export interface GateResult {
  report: Report;
  /** Text of the baseline file to write, when updating it. */
  baselineText: string | null;
  message: string | null;
}

export function applyGate(report: Report, options: GateOptions): GateResult {
  let findings = options.drafts ? involvingDrafts(report.findings, options.drafts) : report.findings;
  const problems = [...report.problems];
  let baselined: number | undefined;
  let baselineText: string | null = null;
  let message: string | null = null;
  if (options.baseline && options.updateBaseline) {
    const before = safeCount(options.baseline);
    const next = baselineOf(findings);
    baselineText = formatBaseline(next);
    baselined = findings.filter((f) => f.severity !== 'none').length;
    findings = findings.filter((f) => f.severity === 'none');
    message = `factlint: wrote ${options.baseline} with ${next.findings.length} finding(s)${before !== null ? ` (was ${before})` : ''}`;
  } else if (options.baseline) {
    const applied = applyBaseline(findings, readBaseline(options.baseline));
    findings = applied.findings;
    baselined = applied.baselined;
    problems.push(...staleProblems(applied.stale, options.baseline));
  }
  return {
    report: withFindings(report, findings, problems, baselined !== undefined ? { baselined } : {}),
    baselineText,
    message,
  };
}

function safeCount(file: string): number | null {
  try {
    return readBaseline(file).findings.length;
  } catch {
    return null;
  }
}
