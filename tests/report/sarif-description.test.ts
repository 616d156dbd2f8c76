import fs from 'node:fs';
import path from 'node:path';
import { formatSarif } from '../../src/report/sarif';
import type { Report } from '../../src/model/report';

test("a fact's description from the rule file leads the SARIF rule's full description", () => {
  const report = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/reports/story.json'), 'utf8')) as Report;
  const f = report.findings.find((x) => x.status === 'contradiction')!;
  f.description = 'The day the leader set off, as the outlets date it.';
  const sarif = JSON.parse(formatSarif(report, { color: false, outDir: null })) as {
    runs: { tool: { driver: { rules: { id: string; fullDescription: { text: string } }[] } } }[];
  };
  const rule = sarif.runs[0].tool.driver.rules.find((r) => r.id === `${f.story}/${f.fact}`);
  expect(
    rule?.fullDescription.text.startsWith('The day the leader set off, as the outlets date it. factlint extracts'),
  ).toBe(true);
});
