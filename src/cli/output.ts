/** --format NAME[:PATH] outputs: parsed and checked before any work, written atomically after. */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors';
import { FORMATTERS } from '../report';
import { writeAtomic } from '../util/write-atomic';
import type { Report } from '../model/report';

export interface OutputSpec {
  format: string;
  file: string | null; // null = stdout
}

export function parseFormats(values: string[]): OutputSpec[] {
  const specs = values.map((v): OutputSpec => {
    const i = v.indexOf(':');
    const format = (i < 0 ? v : v.slice(0, i)).trim().toLowerCase();
    const file = i < 0 ? null : v.slice(i + 1);
    if (!FORMATTERS[format]) {
      throw new UserError({
        code: 'bad-format',
        message: `unknown format "${format}"`,
        hint: `use one of: ${Object.keys(FORMATTERS).sort().join(', ')}, optionally with :path (e.g. --format json:reports/report.json)`,
      });
    }
    if (file !== null) {
      if (!file)
        throw new UserError({
          code: 'bad-format',
          message: `--format ${v}: the path after ":" is empty`,
          hint: `write --format ${format}:reports/report.${format}`,
        });
      const dir = path.dirname(path.resolve(file));
      if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
        throw new UserError({
          code: 'output-dir-missing',
          message: `cannot write ${file}: folder ${path.dirname(file)} does not exist`,
          file,
          hint: `create it first (mkdir -p ${path.dirname(file)}) or write elsewhere`,
        });
      }
    }
    return { format, file };
  });
  if (specs.filter((s) => s.file === null).length > 1) {
    throw new UserError({
      code: 'bad-format',
      message: 'more than one format writes to standard output',
      hint: 'give all but one a path, e.g. --format text --format json:reports/report.json',
    });
  }
  return specs;
}

/** Renders every output first, then writes them: a failure leaves earlier reports untouched. */
export function writeOutputs(
  report: Report,
  specs: OutputSpec[],
  stdout: (s: string) => void,
  color: boolean,
  exitCode?: number,
): void {
  const rendered = specs.map((s) => ({
    s,
    text: FORMATTERS[s.format](report, {
      color: s.file === null && color,
      outDir: s.file ? path.dirname(s.file) : null,
      exitCode,
      // The terminal's width on a terminal; 80 in a pipe or a file.
      ...(s.file === null && process.stdout.isTTY && process.stdout.columns ? { width: process.stdout.columns } : {}),
    }),
  }));
  for (const { s, text } of rendered) {
    if (s.file) writeAtomic(s.file, text);
    else stdout(text);
  }
}
