import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatGithub } from '../../src/report/github';
import { formatHtml } from '../../src/report/html';
import { formatJunit } from '../../src/report/junit';
import { formatMarkdown } from '../../src/report/markdown';
import type { Formatter, Report } from '../../src/model/report';
import { formatSarif } from '../../src/report/sarif';

const read = (name: string): string => readFileSync(join(__dirname, '../fixtures/reports', `${name}.json`), 'utf8');
const formatters: Record<string, Formatter> = {
  html: formatHtml,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
  markdown: formatMarkdown,
};

describe.each(Object.entries(formatters))('%s formatter is pure', (_name, format) => {
  test.each(['story', 'empty', 'hostile'])('%s: same input, byte-identical output, input untouched', (fixture) => {
    const report = JSON.parse(read(fixture)) as Report;
    const options = { color: false, outDir: 'reports' };
    const first = format(report, options);
    const second = format(JSON.parse(read(fixture)) as Report, options);
    expect(second).toBe(first);
    expect(JSON.stringify(report)).toBe(JSON.stringify(JSON.parse(read(fixture))));
    // colour is for terminals only
    expect(format(report, { ...options, color: true })).toBe(first);
  });
});
