/**
 * The example story, checked with the built CLI exactly as the README's quick start runs it.
 * Expected values come from reading the articles (see corpus/): 003 says the previous meeting
 * was in 2015, 002 says 2019; 001's dateline is Thursday 2023-11-09 and it says Kim "has set
 * off", while 002 says he left on Sunday.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { runCli, tempDir, ROOT } from '../helpers';
import type { Finding, Report } from '../../src/model/report';

let report: Report;
let text: { code: number; stdout: string };
const find = (fact: string): Finding => {
  const f = report.findings.find((x) => x.fact === fact);
  if (!f) throw new Error(`no finding for ${fact}`);
  return f;
};
const articleOf = (id: string) => id.slice(0, 3);

beforeAll(() => {
  const out = path.join(tempDir(), 'report.json');
  const r = runCli(['check', 'corpus', '--rules', 'rules', '--format', 'text', '--format', `json:${out}`]);
  text = r;
  expect(r.stderr).toBe('');
  report = JSON.parse(fs.readFileSync(out, 'utf8')) as Report;
});

test('exits 1 because of error-severity contradictions, 0 with --fail-on never', () => {
  expect(text.code).toBe(1);
  expect(runCli(['check', '--fail-on', 'never', '--format', 'json']).code).toBe(0);
});

test('the previous-meeting year: 003 says 2015, 002 says 2019', () => {
  const f = find('prior-meeting-year');
  expect(f.status).toBe('contradiction');
  expect(f.severity).toBe('error');
  const byArticle = Object.fromEntries(f.claims.map((c) => [articleOf(c.article), c.value]));
  expect(byArticle).toEqual({ '002': '2019', '003': '2015' });
  const c2015 = f.claims.find((c) => c.value === '2015')!;
  expect(c2015.text).toContain('previous encounter in 2015');
  expect(c2015.group).not.toBe(f.claims.find((c) => c.value === '2019')!.group);
});

test('the departure date: 001 (dateline Thursday 2023-11-09, "has set off") against 002 ("on Sunday")', () => {
  const f = find('departure-date');
  expect(f.status).toBe('contradiction');
  const c001 = f.claims.find((c) => articleOf(c.article) === '001')!;
  const c002 = f.claims.find((c) => articleOf(c.article) === '002')!;
  expect(c001.value).toBe('2023-11-09');
  expect(c001.raw).toBe('has set off');
  expect(c002.raw).toBe('Sunday');
  expect(c002.value).toBe('XXXX-WXX-7'); // 002 has no publication date: any Sunday
  expect(c001.group).not.toBe(c002.group);
  expect(f.claims.map((c) => articleOf(c.article)).sort()).toEqual(['001', '002']);
});

test('the train speed, about 59 km/h, comes from 002 alone', () => {
  const f = find('train-speed');
  expect(f.status).toBe('single-source');
  expect(f.claims).toHaveLength(1);
  expect(f.claims[0].raw).toBe('around 59 km/hr');
  expect(f.claims[0].display).toBe('about 59 km/h');
  expect(f.claims[0].range![0]).toBeLessThan(59);
  expect(f.claims[0].range![1]).toBeGreaterThan(59);
});

test('the summit is in Vladivostok in 001, 002 and 003; Khasan (004) is where he arrived, not a rival venue', () => {
  const f = find('summit-location');
  expect(f.status).toBe('agreement');
  expect(new Set(f.claims.map((c) => c.value))).toEqual(new Set(['vladivostok']));
  expect([...new Set(f.claims.map((c) => articleOf(c.article)))].sort()).toEqual(['001', '002', '003']);
  const arrival = find('arrival-point');
  expect(arrival.claims.some((c) => c.value === 'khasan' && articleOf(c.article) === '004')).toBe(true);
  expect(arrival.status).not.toBe('contradiction');
});

test('nothing else is a contradiction, and the distractors never become claims', () => {
  expect(
    report.findings
      .filter((f) => f.status === 'contradiction')
      .map((f) => f.fact)
      .sort(),
  ).toEqual(['departure-date', 'prior-meeting-year']);
  const raws = report.findings.flatMap((f) => f.claims.map((c) => c.raw));
  for (const distractor of [
    'July 2023',
    'February 2022',
    '1953',
    '1990',
    'over four years',
    '122 mm',
    '152mm',
    '20',
    'at least 20',
  ]) {
    expect(raws).not.toContain(distractor);
  }
});

test('evidence points at the right file, line and column', () => {
  const c = find('prior-meeting-year').claims.find((x) => x.value === '2015')!;
  const lines = fs.readFileSync(path.join(ROOT, c.path), 'utf8').split('\n');
  expect(lines[c.line - 1].slice(c.column - 1, c.column - 1 + c.raw.length)).toBe('2015');
  for (const f of report.findings) {
    for (const claim of f.claims) {
      const l = fs.readFileSync(path.join(ROOT, claim.path), 'utf8').split('\n');
      expect(l[claim.line - 1].slice(claim.column - 1)).toMatch(
        new RegExp(`^${claim.raw.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`),
      );
    }
  }
});

test('the JSON report follows the contract of DESIGN.md', () => {
  expect(report.version).toBe(1);
  expect(report.articles).toHaveLength(5);
  for (const a of report.articles)
    expect(Object.keys(a)).toEqual(expect.arrayContaining(['id', 'path', 'source', 'published']));
  expect(report.articles.find((a) => a.id.startsWith('001'))!.published).toBe('2023-11-09'); // from the dateline
  expect(report.articles.find((a) => a.id.startsWith('004'))!.source).toBe('Valuetainment');
  for (const f of report.findings) {
    expect(Object.keys(f)).toEqual(
      expect.arrayContaining(['fact', 'title', 'status', 'severity', 'message', 'claims']),
    );
    expect(['contradiction', 'agreement', 'single-source']).toContain(f.status);
    for (const c of f.claims)
      expect(Object.keys(c)).toEqual(
        expect.arrayContaining(['article', 'path', 'line', 'column', 'raw', 'value', 'text', 'group']),
      );
  }
  expect(report.summary).toMatchObject({ articles: 5, contradictions: 2 });
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'report.schema.json'), 'utf8')) as object;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  expect(validate(report) ? [] : validate.errors).toEqual([]);
});

test('the text output groups by fact and ends with a summary line', () => {
  expect(text.stdout).toMatch(/✖ Year Kim and Putin last met/);
  expect(text.stdout).toMatch(/corpus\/003-kim-putin-meeting-faq\.md:\d+:\d+/);
  expect(text.stdout.trim().split('\n').pop()).toBe(
    '✖ 2 contradictions (2 errors, 0 warnings), 2 agreements, 2 single-source claims across 5 articles and 6 facts',
  );
  expect(text.stdout).not.toContain('\u001b['); // no colour when piped
});

test('the same input gives byte-identical reports', () => {
  const a = runCli(['check', '--format', 'json']).stdout;
  const b = runCli(['check', '--format', 'json']).stdout;
  expect(a).toBe(b);
  expect(a).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/); // no timestamps
});
