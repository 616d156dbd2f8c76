import fs from 'node:fs';
import path from 'node:path';
import { formatSarif } from '../../src/report/sarif';
import type { Report } from '../../src/model/report';

test("a fact's description from the rule file leads the SARIF rule's full description; none, none", () => {
  const report = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/reports/story.json'), 'utf8')) as Report;
  const sarif = JSON.parse(formatSarif(report, { color: false, outDir: null })) as {
    runs: { tool: { driver: { rules: { id: string; fullDescription: { text: string } }[] } } }[];
  };
  const fullDescription = (fact: string) =>
    sarif.runs[0].tool.driver.rules.find((r) => r.id === `summit-2023/${fact}`)?.fullDescription.text;
  expect(report.findings.find((f) => f.fact === 'departure-date')?.description).toBe(
    'The day the leader set off, as the outlets date it.',
  );
  expect(fullDescription('departure-date')).toMatch(
    /^The day the leader set off, as the outlets date it\. factlint extracts/,
  );
  expect(report.findings.find((f) => f.fact === 'train-speed')?.description).toBeNull();
  expect(fullDescription('train-speed')).toMatch(/^factlint extracts/);
});
