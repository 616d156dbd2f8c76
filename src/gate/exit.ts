/** The CI gate: which findings fail the run. */
import { severityRank } from '../model';
import type { Report } from '../model/report';

export type FailOn = 'error' | 'warning' | 'info' | 'never';
export const FAIL_ON: FailOn[] = ['error', 'warning', 'info', 'never'];
/** Typed as FailOn, not the literal 'error', so yargs infers the flag's type as FailOn. */
export const DEFAULT_FAIL_ON: FailOn = 'error';

/** 2: unreadable input; 1: a finding at or above the threshold, or more warnings than allowed; 0: clean. */
export function exitCode(report: Report, failOn: FailOn, maxWarnings = -1): number {
  if (report.problems.some((p) => p.severity === 'error')) return 2;
  if (maxWarnings >= 0 && report.summary.warnings > maxWarnings) return 1;
  if (failOn === 'never') return 0;
  return report.findings.some((f) => severityRank(f.severity) >= severityRank(failOn)) ? 1 : 0;
}
