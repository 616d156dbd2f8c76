import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { formatJunit } from '../../src/report/junit';
import type { Report } from '../../src/model/report';

const load = (name: string): Report =>
  JSON.parse(readFileSync(join(__dirname, '../fixtures/reports', `${name}.json`), 'utf8')) as Report;
const options = { color: false, outDir: null };

type Node = Record<string, unknown> & { [attr: string]: unknown };
interface Case {
  name: string;
  classname: string;
  failure?: { '#text': string; message: string; type: string };
  error?: { '#text': string; message: string; type: string };
  'system-out'?: string;
}
interface Suite {
  name: string;
  tests: string;
  failures: string;
  errors: string;
  testcase?: Case[];
}

function parse(xml: string): { root: Node; suites: Suite[] } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    htmlEntities: true,
    trimValues: false,
    isArray: (name) => name === 'testsuite' || name === 'testcase',
  });
  const doc = parser.parse(xml) as { testsuites: Node };
  const root = doc.testsuites;
  return { root, suites: (root.testsuite as Suite[] | undefined) ?? [] };
}

describe('junit formatter', () => {
  test('one suite per story, one case per fact, a problems suite; counts add up', () => {
    const { root, suites } = parse(formatJunit(load('story'), options));
    expect(root).toMatchObject({ name: 'factlint', tests: '6', failures: '3', errors: '1' });
    expect(suites.map((s) => [s.name, s.tests, s.failures, s.errors])).toEqual([
      ['summit-2023', '5', '3', '0'],
      ['factlint.problems', '1', '0', '1'],
    ]);
    const cases = suites[0]?.testcase ?? [];
    expect(cases.map((c) => [c.name, c.classname, c.failure ? c.failure.type : 'pass'])).toEqual([
      ['departure-date', 'factlint.summit-2023', 'error'],
      ['train-speed', 'factlint.summit-2023', 'warning'],
      ['prior-meeting-year', 'factlint.summit-2023', 'error'],
      ['arrival-place', 'factlint.summit-2023', 'pass'],
      ['time-since-last-trip', 'factlint.summit-2023', 'pass'],
    ]);
  });

  test('a failure lists the groups and the claims with path:line:column', () => {
    const { suites } = parse(formatJunit(load('story'), options));
    const speed = suites[0]?.testcase?.[1];
    expect(speed?.failure?.message).toBe('Sources disagree on the top speed of the train: ≈59 km/h vs ≥80 km/h.');
    const body = speed?.failure?.['#text'] ?? '';
    expect(body).toContain('Group 1: 54–64.9 km/h\n');
    expect(body).toContain('Group 2: ≥80 km/h [odd one out]\n');
    expect(body).toContain('  - Wire Service: "around 59 km/hr" at corpus/002.md:14:58\n');
    expect(body).toContain('  - Coastal Times: "some 60 km/h" at corpus/004.md:11:30\n');
    expect(body).toContain('  - Harbour Daily: "at least 80 km/h" at corpus/000.md:9:27\n');
    const place = suites[0]?.testcase?.[3];
    expect(place?.['system-out']).toContain('Group 1: Khasan');
  });

  test('problems are errored test cases', () => {
    const { suites } = parse(formatJunit(load('story'), options));
    const [problem] = suites[1]?.testcase ?? [];
    expect(problem?.name).toBe('front-matter-date corpus/003.md:3:12');
    expect(problem?.classname).toBe('factlint.problems');
    expect(problem?.error?.type).toBe('front-matter-date');
    expect(problem?.error?.['#text']).toContain('hint: write the date as published: 2023-09-12');
  });

  test('hostile text round-trips through a parser unchanged (except characters XML cannot hold)', () => {
    const report = load('hostile');
    const { root, suites } = parse(formatJunit(report, options));
    expect(root).toMatchObject({ tests: '3', failures: '1', errors: '2' });
    const [finding] = suites[0]?.testcase ?? [];
    // severity "info" is still a failure; the message attribute keeps its line breaks
    expect(finding?.failure?.type).toBe('info');
    expect(suites[0]?.failures).toBe('1');
    expect(finding?.failure?.message).toBe(report.findings[0]?.message);
    const body = finding?.failure?.['#text'] ?? '';
    expect(body).toContain(`"<script>window.__pwned = 'raw'</script>" at corpus/evil,1:x.md:3:9`);
    expect(body).toContain('"quotes" & ampersands ]]> --> <!--');
    expect(body).toContain('a NUL \uFFFD here');
    expect(body).toContain('Docs: javascript:');
    expect(suites[1]?.testcase?.[0]?.error?.message).toBe(report.problems[0]?.message);
    expect(suites[1]?.testcase?.[1]?.name).toBe('unreadable corpus/empty.md');
  });

  test('a contradiction of severity "none" passes', () => {
    const report = load('story');
    for (const f of report.findings) f.severity = 'none';
    const { root } = parse(formatJunit(report, options));
    expect(root).toMatchObject({ tests: '6', failures: '0', errors: '1' });
  });

  test('an empty report is an empty, well-formed testsuites element', () => {
    const xml = formatJunit(load('empty'), options);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="factlint" tests="0" failures="0" errors="0" skipped="0" time="0">\n</testsuites>\n',
    );
    expect(parse(xml).suites).toEqual([]);
  });
});
