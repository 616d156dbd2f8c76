/**
 * A second, made-up story (tests/fixtures/ferry-story) with its own rule file: no code change,
 * one contradiction of each kind, and unit conversions that must not be flagged.
 * Expected values by hand: the Herald (published Sat 2024-03-16) says "on Thursday" =
 * 2024-03-14, as Ostra Daily writes; Coastal Wire says Tuesday. 12 knots = 22.224 km/h,
 * within 2 km/h of "about 22 km/h"; two miles = 3.219 km, within 5% of "some 3.2 km".
 */
import { runCli } from '../helpers';
import type { Report } from '../../src/model/report';

const dir = 'tests/fixtures/ferry-story';
let report: Report;
const find = (fact: string) => report.findings.find((f) => f.fact === fact)!;

beforeAll(() => {
  const r = runCli(['check', `${dir}/corpus`, '--rules', `${dir}/rules`, '--format', 'json']);
  expect(r.code).toBe(1);
  report = JSON.parse(r.stdout) as Report;
});

test('date: "on Thursday" resolved against publication agrees with 14 March 2024; "on Tuesday" contradicts', () => {
  const f = find('grounding-date');
  expect(f.status).toBe('contradiction');
  const herald = f.claims.find((c) => c.article === 'herald.md')!;
  expect(herald.raw).toBe('Thursday');
  expect(herald.value).toBe('2024-03-14');
  expect(f.claims.find((c) => c.article === 'ostra-daily.md')!.group).toBe(herald.group);
  expect(f.claims.find((c) => c.article === 'coastal-wire.txt')!.group).not.toBe(herald.group);
  expect(f.oddOneOut).toBe(f.claims.find((c) => c.article === 'coastal-wire.txt')!.group);
});

test('year: built in 1998 vs entered service in 2001', () => {
  const f = find('build-year');
  expect(f.status).toBe('contradiction');
  expect(f.claims.map((c) => c.value).sort()).toEqual(['1998', '2001']);
});

test('count: "at least 40 passengers" contradicts 38', () => {
  const f = find('passengers');
  expect(f.status).toBe('contradiction');
  expect(f.claims.map((c) => c.raw).sort()).toEqual(['38', 'At least 40']);
});

test('place: Cape Tullin and Port Ellery are siblings; Port Ellery agrees with itself across outlets', () => {
  const f = find('grounding-place');
  expect(f.status).toBe('contradiction');
  expect(f.groups.map((g) => g.display)).toEqual(['Port Ellery', 'Cape Tullin']);
  expect(f.groups[0].articles).toEqual(['herald.md', 'ostra-daily.md']);
});

test('quantities in other units are converted, and agree: knots vs km/h, miles vs km', () => {
  const speed = find('ferry-speed');
  expect(speed.status).toBe('agreement');
  expect(speed.claims).toHaveLength(3);
  expect(speed.claims.find((c) => c.raw === '12 knots')!.display).toBe('22.22 km/h (12 knots)');
  const distance = find('distance-offshore');
  expect(distance.status).toBe('agreement');
  expect(distance.claims.map((c) => c.raw).sort()).toEqual(['some 3.2 km', 'two miles']);
});

test('only the contradictions fail the run; with --fail-on never it passes', () => {
  expect(report.summary).toMatchObject({ articles: 3, contradictions: 4, agreements: 2 });
  expect(
    runCli(['check', `${dir}/corpus`, '--rules', `${dir}/rules`, '--fail-on', 'never', '--format', 'json']).code,
  ).toBe(0);
});
