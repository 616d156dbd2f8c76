/** Reading the report on a first day (issue 16): it fits the terminal, names outlets, says where values come from. */
import fs from 'node:fs';
import path from 'node:path';
import { runCli, tempDir, writeTree } from '../helpers';
import { evidenceQuote } from '../../src/util/quote';
import { formatText } from '../../src/report/text';
import type { Report } from '../../src/model/report';

const FERRY = ['tests/fixtures/ferry-story/corpus', '--rules', 'tests/fixtures/ferry-story/rules'];
const ferry = (format: string) => runCli(['check', ...FERRY, '--format', format, '--fail-on', 'never']);
const ferryJson = JSON.parse(ferry('json').stdout) as Report;

describe('text output fits the terminal', () => {
  test('piped, no line is wider than 80 columns, and no path or word is broken', () => {
    const { stdout } = ferry('text');
    const lines = stdout.trimEnd().split('\n');
    const summary = lines.pop()!; // kept whole: scripts and CI logs read the last line
    expect(summary).toMatch(/^⚠ 4 contradictions/);
    expect(lines.filter((l) => [...l].length > 80)).toEqual([]);
    for (const c of ferryJson.findings.flatMap((f) => f.claims))
      expect(stdout).toContain(`${c.path}:${c.line}:${c.column}`);
    // Every word of every message is still there, whole, in order.
    for (const f of ferryJson.findings) {
      const words = f.message.split(' ');
      expect(stdout.replace(/\s+/g, ' ')).toContain(words.join(' '));
    }
  });

  test('a wider terminal gets longer lines; a narrow one shorter quotes', () => {
    const wide = formatText(ferryJson, { color: false, outDir: null, width: 140 });
    const narrow = formatText(ferryJson, { color: false, outDir: null, width: 60 });
    expect(Math.max(...wide.split('\n').map((l) => [...l].length))).toBeGreaterThan(80);
    const quotes = narrow.split('\n').filter((l) => l.trimStart().startsWith('“'));
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect([...q].length).toBeLessThanOrEqual(60);
  });
});

describe('outlets, not files', () => {
  test('messages name the outlet where the article has a source, the file where it has none', () => {
    const f = ferryJson.findings.find((x) => x.fact === 'build-year')!;
    // Outlet and as-of day where known (issue "Alignment that knows time and parts"), the file otherwise.
    expect(f.message).toBe(
      'Year the ferry was built: sources disagree: 1998 (Veldmark Herald, Mar 16) vs 2001 (Ostra Daily, Mar 15)',
    );
    const place = ferryJson.findings.find((x) => x.fact === 'grounding-place')!;
    expect(place.message).toContain('(Veldmark Herald, Mar 16; Ostra Daily, Mar 15) vs Cape Tullin (coastal-wire.txt)');
  });

  test('the text claim line names the outlet and the file once', () => {
    const { stdout } = ferry('text');
    const block = stdout.slice(stdout.indexOf('Year the ferry was built'));
    expect(block).toMatch(/\[1\] 1998 {2}Veldmark Herald\s+tests\/fixtures\/ferry-story\/corpus\/herald\.md:9:61/);
    expect(stdout.match(/herald\.md:9:61/g)).toHaveLength(1);
  });

  test('an HTML evidence line shows the file once when the article has no source', () => {
    const out = path.join(tempDir(), 'r.html');
    runCli(['check', 'corpus', '--rules', 'rules', '--format', `html:${out}`, '--fail-on', 'never']);
    const html = fs.readFileSync(out, 'utf8');
    const where = [...html.matchAll(/<span class="where">(.*?)<\/span><\/li>/g)].map((m) => m[1]);
    expect(where.length).toBeGreaterThan(0);
    for (const w of where) expect(w.match(/002-kim-jong-un-enters-russia\.md/g)?.length ?? 0).toBeLessThanOrEqual(2); // link text and href
    expect(where.some((w) => w.startsWith('002-kim-jong-un-enters-russia.md ·'))).toBe(false);
    expect(where.some((w) => w.startsWith('Valuetainment · '))).toBe(true);
  });
});

describe('where a value comes from', () => {
  test('a value taken from the publication date says so in text, HTML and JSON', () => {
    const out = path.join(tempDir(), 'r.html');
    const json = path.join(tempDir(), 'r.json');
    const r = runCli([
      'check',
      'corpus',
      '--rules',
      'rules',
      '--format',
      'text',
      '--format',
      `html:${out}`,
      '--format',
      `json:${json}`,
    ]);
    expect(r.stdout).toMatch(/\[1\] 2023-11-09 \(Thu\), the publication date/);
    expect(fs.readFileSync(out, 'utf8')).toContain('value: the publication date, 2023-11-09');
    const report = JSON.parse(fs.readFileSync(json, 'utf8')) as Report;
    const claim = report.findings
      .find((f) => f.fact === 'departure-date')!
      .claims.find((c) => c.raw === 'has set off')!;
    expect(claim.fromPublished).toBe(true);
    const other = report.findings.find((f) => f.fact === 'prior-meeting-year')!.claims[0];
    expect(other.fromPublished).toBeUndefined();
  });
});

describe('group labels read as one value', () => {
  test('the most precise value, then the other ways it was written', () => {
    const speed = ferryJson.findings.find((x) => x.fact === 'ferry-speed')!;
    expect(speed.groups[0].display).toBe('22.22 km/h (also written 12 knots, about 22 km/h)');
    expect(speed.message).toBe(
      'Speed of the ferry: 3 sources agree on 22.22 km/h (also written 12 knots, about 22 km/h)',
    );
    expect(speed.message).not.toContain(' / ');
  });

  test('places: the narrowest place, in the wider ones', () => {
    const r = runCli(['check', 'corpus', '--rules', 'rules', '--format', 'json', '--fail-on', 'never']);
    const f = (JSON.parse(r.stdout) as Report).findings.find((x) => x.fact === 'arrival-point')!;
    expect(f.groups[0].display).toBe('Khasan (in Russia)');
  });

  test('a hedged value and an exact one: the exact one leads', () => {
    const r = runCli([
      'check',
      'tests/fixtures/rules-types/corpus',
      '--rules',
      'tests/fixtures/rules-types/rules',
      '--format',
      'json',
      '--fail-on',
      'never',
    ]);
    const f = (JSON.parse(r.stdout) as Report).findings.find((x) => x.fact === 'injured')!;
    expect(f.groups[0].display).toBe('12 (also written at least 10)');
  });
});

describe('quoted sentences drop Markdown markup', () => {
  test('bold, headings, quotes and links are gone; the value keeps its place', () => {
    const body = '## **The ferry** ran aground on [Tuesday](https://example.org/x), *officials* said.';
    const start = body.indexOf('Tuesday');
    const q = evidenceQuote(body, 0, start, start + 'Tuesday'.length, body.length);
    expect(q.text).toBe('The ferry ran aground on Tuesday, officials said.');
    expect(q.text.slice(q.textOffset, q.textOffset + 7)).toBe('Tuesday');
  });

  test('snake_case and arithmetic stars are left alone', () => {
    const body = 'The file_name said 2 * 3 on Tuesday.';
    const start = body.indexOf('Tuesday');
    expect(evidenceQuote(body, 0, start, start + 7, body.length).text).toBe(body);
  });

  test('through the CLI: a bold sentence in a Markdown article is quoted without **', () => {
    const dir = writeTree({
      'rules/ferry.yaml': 'story: ferry\nfacts:\n  - id: day\n    type: date\n    cues: [ran aground]\n',
      'corpus/a.md': '---\npublished: 2024-03-16\n---\n** The ferry ran aground on Thursday, officials said.**\n',
    });
    const r = runCli(['check', 'corpus', '--rules', 'rules', '--format', 'json'], { cwd: dir });
    const [claim] = (JSON.parse(r.stdout) as Report).findings[0].claims;
    expect(claim.text).toBe('The ferry ran aground on Thursday, officials said.');
  });
});
