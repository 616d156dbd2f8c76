import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { formatSarif, toUri } from '../../src/report/sarif';
import type { Report } from '../../src/model/report';

const load = (name: string): Report =>
  JSON.parse(readFileSync(join(__dirname, '../fixtures/reports', `${name}.json`), 'utf8')) as Report;
const options = { color: false, outDir: null };

// The official schema shipped with @microsoft/jest-sarif. It declares draft-04, whose only
// difference that matters here is `id` for `$id` (it uses no boolean exclusiveMinimum), so
// Ajv's default draft-07 validates it once those two keys are dropped.
function sarifValidator() {
  const path = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const { $schema: _draft, id: _id, ...schema } = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  // unicodeRegExp: false because the schema's `language` pattern has a stray "]" that is
  // legal only without the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** The parts of a SARIF log these tests read (the schema test checks the whole shape). */
interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string }; region?: Record<string, number> };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations: SarifLocation[];
  partialFingerprints: Record<string, string>;
}
interface SarifRule {
  id: string;
  helpUri?: string;
  help: { text: string };
  shortDescription: { text: string };
  defaultConfiguration: { level: string };
}
interface SarifRun {
  tool: { driver: { name: string; version: string; rules: SarifRule[] } };
  results: SarifResult[];
  invocations: { executionSuccessful: boolean; toolExecutionNotifications: { locations: SarifLocation[] }[] }[];
}
interface SarifLog {
  version?: string;
  runs: SarifRun[];
}

const sarifLog = (report: Report) => JSON.parse(formatSarif(report, options)) as SarifLog;
const run = (report: Report) => sarifLog(report).runs[0];

describe('sarif formatter', () => {
  const validate = sarifValidator();

  test.each(['story', 'empty', 'hostile'])('%s is valid SARIF 2.1.0 (official schema)', (name) => {
    const log = sarifLog(load(name));
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].tool.driver.name).toBe('factlint');
    expect(log.runs[0].tool.driver.version).toBe('0.1.0');
  });

  test('the validator is not a rubber stamp', () => {
    const log = sarifLog(load('story'));
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
    const noVersion = sarifLog(load('story'));
    delete noVersion.version;
    expect(validate(noVersion)).toBe(false);
  });

  test('one result per claim of each contradiction, with levels from severities', () => {
    const results = run(load('story')).results;
    // departure-date 2 claims (error), train-speed 3 (warning), prior-meeting-year 2 (error)
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([
      ['summit-2023/departure-date', 'error'],
      ['summit-2023/departure-date', 'error'],
      ['summit-2023/train-speed', 'warning'],
      ['summit-2023/train-speed', 'warning'],
      ['summit-2023/train-speed', 'warning'],
      ['summit-2023/prior-meeting-year', 'error'],
      ['summit-2023/prior-meeting-year', 'error'],
    ]);
    expect(run(load('hostile')).results.map((r) => r.level)).toEqual(['note', 'note']);
    expect(run(load('empty')).results).toEqual([]);
  });

  test('a result points at its claim and relates the conflicting ones', () => {
    const r = run(load('story')).results[1];
    expect(r.locations[0].physicalLocation.artifactLocation.uri).toBe('corpus/002.md');
    expect(r.locations[0].physicalLocation.region).toMatchObject({
      startLine: 8,
      startColumn: 31,
      endLine: 8,
      endColumn: 37,
    });
    expect(r.message.text).toBe(
      'Departure date: Wire Service says 2023-09-10 (Sun) ("Sunday"), but Northern Herald says 2023-11-09 (Thu).',
    );
    expect(r.relatedLocations).toHaveLength(1);
    expect(r.relatedLocations[0].physicalLocation.artifactLocation.uri).toBe('corpus/001.md');
    expect(r.relatedLocations[0].physicalLocation.region).toMatchObject({ startLine: 6, startColumn: 62 });
    expect(r.partialFingerprints['factlintFinding/v1']).toBe('5d1c0a7e9b2f4c38');
  });

  test('the odd one out is named in its message; majority claims relate only to other groups', () => {
    const speed = run(load('story')).results.filter((r) => r.ruleId.endsWith('train-speed'));
    const odd = speed.find((r) => r.locations[0].physicalLocation.artifactLocation.uri === 'corpus/000.md');
    expect(odd?.message.text).toBe(
      'Top speed of the train: Harbour Daily says ≥80 km/h ("at least 80 km/h"), but Wire Service, Coastal Times say 54–64.9 km/h. This value stands alone against the majority.',
    );
    expect(odd?.relatedLocations.map((l) => l.physicalLocation.artifactLocation.uri)).toEqual([
      'corpus/002.md',
      'corpus/004.md',
    ]);
    expect(speed[0]?.relatedLocations.map((l) => l.physicalLocation.artifactLocation.uri)).toEqual(['corpus/000.md']);
  });

  test('results of one finding have distinct fingerprints (code scanning would merge them otherwise)', () => {
    const prints = run(load('story')).results.map((r) => r.partialFingerprints['factlintClaim/v1']);
    expect(new Set(prints).size).toBe(prints.length);
  });

  test('rules: one per fact, sorted, with help and the worst severity as default level', () => {
    const { rules } = run(load('story')).tool.driver;
    expect(rules.map((r) => r.id)).toEqual([
      'summit-2023/arrival-place',
      'summit-2023/departure-date',
      'summit-2023/prior-meeting-year',
      'summit-2023/time-since-last-trip',
      'summit-2023/train-speed',
    ]);
    const byId = Object.fromEntries(rules.map((r) => [r.id, r]));
    expect(byId['summit-2023/departure-date'].helpUri).toBe(
      'https://docs.example.org/factlint/summit-2023#departure-date',
    );
    expect(byId['summit-2023/departure-date'].help.text).toContain('Rule documentation: https://docs.example.org/');
    expect(byId['summit-2023/departure-date'].shortDescription.text).toBe('Departure date: sources must agree');
    expect(byId['summit-2023/train-speed'].helpUri).toBeUndefined();
    expect(byId['summit-2023/train-speed'].defaultConfiguration.level).toBe('warning');
    expect(byId['summit-2023/prior-meeting-year'].defaultConfiguration.level).toBe('error');
    expect(byId['summit-2023/time-since-last-trip'].defaultConfiguration.level).toBe('note');
    expect(byId['summit-2023/arrival-place'].defaultConfiguration.level).toBe('note');
    // ruleIndex points back at the rule of the result
    for (const r of run(load('story')).results) expect(rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  test('a non-web docs link never becomes helpUri', () => {
    const [rule] = run(load('hostile')).tool.driver.rules;
    expect(rule.helpUri).toBeUndefined();
    expect(rule.help.text).toContain("javascript:window.__pwned='docs'");
  });

  test('URIs are relative, forward-slashed and percent-encoded', () => {
    const uris = run(load('hostile')).results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris).toEqual(['corpus/evil%2C1%3Ax.md', 'corpus/sub%20dir/plain%20100%25.md']);
    expect(toUri('./a/b.md')).toBe('a/b.md');
    expect(toUri('/abs/x y.md')).toBe('file:///abs/x%20y.md');
    expect(toUri('C:\\work\\a.md')).toBe('file:///C:/work/a.md');
  });

  test('problems become tool execution notifications', () => {
    const story = run(load('story')).invocations[0];
    expect(story.executionSuccessful).toBe(true);
    expect(story.toolExecutionNotifications).toEqual([
      {
        level: 'warning',
        descriptor: { id: 'front-matter-date' },
        message: {
          text: 'published date "last week" is not YYYY-MM-DD; relative dates in this article are left unresolved (hint: write the date as published: 2023-09-12)',
        },
        locations: [
          {
            physicalLocation: { artifactLocation: { uri: 'corpus/003.md' }, region: { startLine: 3, startColumn: 12 } },
          },
        ],
      },
    ]);
    const hostile = run(load('hostile')).invocations[0];
    expect(hostile.executionSuccessful).toBe(false);
    expect(hostile.toolExecutionNotifications[1].locations[0].physicalLocation.region).toBeUndefined();
  });
});
