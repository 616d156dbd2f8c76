import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatHtml, highlight, sortFindings } from '../../src/report/html';
import type { Report, ReportClaim } from '../../src/model/report';

const load = (name: string): Report =>
  JSON.parse(readFileSync(join(__dirname, '../fixtures/reports', `${name}.json`), 'utf8')) as Report;
const toStdout = { color: false, outDir: null };

describe('html formatter (markup; the browser test checks what an editor sees)', () => {
  const story = formatHtml(load('story'), { color: false, outDir: 'reports' });

  test('self-contained: no external resource of any kind', () => {
    expect(story).not.toMatch(/<link\b|\bsrc=|url\(|@import/i);
    expect(story).not.toMatch(/https?:\/\/(?!docs\.example\.org|www\.w3\.org\/2000\/svg)/);
  });

  test('exactly one script, allowed by its hash in the Content-Security-Policy', () => {
    const scripts = [...story.matchAll(/<script>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256')
      .update(scripts[0]?.[1] ?? '', 'utf8')
      .digest('base64');
    expect(story).toContain(`script-src 'sha256-${hash}'`);
    expect(story).toContain("default-src 'none'");
  });

  test('contradictions first, errors before warnings, otherwise report order', () => {
    const titles = [...story.matchAll(/<h3 id="[^"]+">([^<]*)<\/h3>/g)].map((m) => m[1]);
    expect(titles).toEqual([
      'Departure date',
      'Year of the leaders&#39; previous meeting',
      'Top speed of the train',
      'Place of arrival in Russia',
      'Time since the leader&#39;s last trip abroad',
    ]);
    const report = load('story');
    const before = JSON.stringify(report);
    sortFindings(report.findings);
    expect(JSON.stringify(report)).toBe(before); // the input is not reordered in place
  });

  test('cards carry status and severity for the filters; badges carry text', () => {
    expect(story).toContain('data-status="contradiction" data-severity="error"');
    expect(story).toContain('data-status="agreement" data-severity="none"');
    expect(story).toContain(
      '<span class="badge b-contradiction">Contradiction</span> <span class="badge b-error">Error</span>',
    );
    expect(story).toContain('<span class="badge b-odd">Odd one out</span>');
  });

  test('a number line for facts with two or more ranged claims, none for places or lone values', () => {
    expect(story.match(/<svg /g)).toHaveLength(3);
    expect(story).not.toContain('finding-e3f80b6c5a1d2947-plot'); // single-source: nothing to compare
    expect(story).toContain('<title id="finding-5d1c0a7e9b2f4c38-plot-t">Number line of Departure date</title>');
    expect(story).not.toContain('finding-19e6d3a5f07c42b8-plot'); // arrival-place has no ranges
  });

  test('claims without a place on the line are named in the caption', () => {
    const report = load('story');
    const departure = report.findings[0];
    if (!departure?.claims[1]) throw new Error('fixture changed');
    departure.claims[1].range = null; // "on Sunday" with no publication date: any Sunday
    departure.claims.push({ ...departure.claims[0], article: '000.md', range: [19669, 19671] });
    const html = formatHtml(report, toStdout);
    expect(html).toContain('Not drawn, having no fixed place on the line: 2023-09-10 (Sun) (Wire Service).');
  });

  test('years given as the epoch days they span are labelled as years', () => {
    const report = load('story');
    const year = report.findings.find((f) => f.fact === 'prior-meeting-year');
    // 2019-01-01 … 2019-12-31 and 2015, on the 'days' axis, as a report gives them
    expect(year).toMatchObject({ axis: 'days', claims: [{ range: [17897, 18261] }, { range: [16436, 16800] }] });
    const html = formatHtml(report, toStdout);
    const svg = /<svg [^]*?<\/svg>/.exec(html.slice(html.indexOf('id="finding-c7b2e9d4081f6a53"')))?.[0] ?? '';
    const ticks = [...svg.matchAll(/fill="#57606a">([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(ticks).toEqual(['2016', '2018', '2020']); // domain mid-2014 … mid-2020, step 2 years
  });

  test('evidence with the value highlighted and links to the article lines', () => {
    expect(story).toContain('Kim left Pyongyang for Russia on <mark>Sunday</mark> on his private train');
    expect(story).toContain('<a href="../corpus/002.md">corpus/002.md:8:31</a>');
    const stdout = formatHtml(load('story'), toStdout);
    expect(stdout).not.toContain('href="../corpus');
    expect(stdout).toContain('corpus/002.md:8:31');
  });

  test('highlight escapes each piece and falls back when the raw text is not in the sentence', () => {
    const claim = { raw: '<b>', text: 'x <b> & y' } as ReportClaim;
    expect(highlight(claim)).toBe('x <mark>&lt;b&gt;</mark> &amp; y');
    expect(highlight({ raw: 'SUNDAY', text: 'on Sunday' } as ReportClaim)).toBe('on <mark>Sunday</mark>');
    expect(highlight({ raw: '12', text: 'twelve' } as ReportClaim)).toContain('(value as written: <mark>12</mark>)');
  });

  test('hostile text is escaped everywhere; a javascript: docs link is not a link', () => {
    const html = formatHtml(load('hostile'), toStdout);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/<img|<b>/);
    expect(html).toContain('Casualties &lt;img src=x onerror=&quot;window.__pwned=&#39;img&#39;&quot;&gt;');
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).toContain('&lt;script&gt;window.__pwned = &#39;raw&#39;&lt;/script&gt;');
    expect(html).not.toContain('\u0000');
  });

  test('suppressed claims and baselined findings get a summary tile when there are some', () => {
    expect(story).not.toContain('Suppressed claims');
    const report = load('story');
    report.summary.suppressed = 2;
    report.summary.baselined = 1;
    const html = formatHtml(report, toStdout);
    expect(html).toContain(
      '<div class="stat"><dt>Suppressed claims</dt><dd>2</dd></div><div class="stat"><dt>Baselined</dt><dd>1</dd></div>',
    );
  });

  test('problems get their own section', () => {
    expect(story).toContain('<h2 id="problems-h">Problems (1)</h2>');
    expect(story).toContain('<code>front-matter-date</code>');
    expect(formatHtml(load('empty'), toStdout)).not.toContain('problems-h');
  });

  test('an empty report renders a summary of zeros and no filters', () => {
    const html = formatHtml(load('empty'), toStdout);
    expect(html).toContain('<p class="lede">No contradictions across 0 articles</p>');
    expect(html).toContain('No findings');
    expect(html).not.toContain('id="filters"');
  });
});
