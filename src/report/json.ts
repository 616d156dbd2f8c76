/** The JSON report (docs/reports.md): stable key order, two-space indent, trailing newline. */
import type { Formatter } from '../model/report';

export const formatJson: Formatter = (report) => `${JSON.stringify(report, null, 2)}\n`;
