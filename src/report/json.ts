/** The JSON report: DESIGN.md's contract, stable key order, two-space indent, trailing newline. */
import type { Formatter } from '../model/report';

export const formatJson: Formatter = (report) => `${JSON.stringify(report, null, 2)}\n`;
