/**
 * Bad input gets one clear message (file, line, column where they exist, a code, a hint),
 * exit 2 for what cannot be read, and never stops the other articles unless --strict.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, runCli, writeTree } from '../helpers';
import type { Report } from '../../src/model/report';

const RULES = path.join(ROOT, 'rules');
const GOOD = fs.readFileSync(path.join(ROOT, 'corpus/003-kim-putin-meeting-faq.md'), 'utf8');
const GOOD2 = fs.readFileSync(path.join(ROOT, 'corpus/002-kim-jong-un-enters-russia.md'), 'utf8');

function checkJson(dir: string, ...args: string[]) {
  const r = runCli(['check', 'corpus', '--rules', RULES, '--format', 'json', ...args], { cwd: dir });
  return { ...r, report: (r.stdout ? JSON.parse(r.stdout) : null) as Report };
}

describe('articles', () => {
  test('empty and whitespace-only files are warnings and yield no claims', () => {
    const dir = writeTree({
      'corpus/empty.md': '',
      'corpus/blank.txt': ' \n\t\n',
      'corpus/good.md': GOOD,
      'corpus/good2.md': GOOD2,
    });
    const { code, report } = checkJson(dir);
    expect(code).toBe(1); // the good articles still contradict each other
    expect(report.problems.map((p) => [p.code, p.file, p.severity])).toEqual([
      ['article-empty', 'corpus/blank.txt', 'warning'],
      ['article-empty', 'corpus/empty.md', 'warning'],
      ['undated-relative-dates', 'corpus/good2.md', 'info'], // good2 states no date: its weekday is noted
    ]);
  });

  test('binary data and invalid UTF-8 are reported with their position; the other articles are still checked', () => {
    const dir = writeTree({ 'corpus/good.md': GOOD, 'corpus/good2.md': GOOD2 });
    fs.writeFileSync(path.join(dir, 'corpus/image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    fs.writeFileSync(
      path.join(dir, 'corpus/latin1.txt'),
      Buffer.concat([Buffer.from('Line one\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]),
    );
    const { code, report } = checkJson(dir);
    expect(code).toBe(2);
    const byCode = Object.fromEntries(report.problems.map((p) => [p.code, p]));
    expect(byCode['article-binary']).toMatchObject({ file: 'corpus/image.md', severity: 'error' });
    expect(byCode['article-encoding']).toMatchObject({ file: 'corpus/latin1.txt', line: 2, column: 4 });
    expect(byCode['article-encoding'].hint).toMatch(/UTF-8/);
    expect(report.findings.find((f) => f.fact === 'prior-meeting-year')!.status).toBe('contradiction');
  });

  test('--strict stops at the first unreadable article with one message and exit 2', () => {
    const dir = writeTree({ 'corpus/good.md': GOOD });
    fs.writeFileSync(path.join(dir, 'corpus/bad.md'), Buffer.from([0xff, 0xfe, 0x00]));
    const r = runCli(['check', 'corpus', '--rules', RULES, '--strict'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      'corpus/bad.md: error article-binary: file holds binary data (NUL bytes), not text\n  hint: only UTF-8 text, Markdown, HTML or JSON articles can be checked',
    );
    expect(r.stdout).toBe('');
  });

  test('a BOM and CRLF line endings change nothing but the bytes', () => {
    const crlf = '\uFEFF' + GOOD2.replace(/\n/g, '\r\n');
    const dir = writeTree({ 'corpus/a.md': GOOD, 'corpus/b.md': crlf });
    const plain = writeTree({ 'corpus/a.md': GOOD, 'corpus/b.md': GOOD2 });
    const strip = (r: Report) => r.findings.map((f) => ({ ...f, claims: f.claims.map((c) => ({ ...c, path: '' })) }));
    expect(strip(checkJson(dir).report)).toEqual(strip(checkJson(plain).report));
    const c = checkJson(dir)
      .report.findings.find((f) => f.fact === 'prior-meeting-year')!
      .claims.find((x) => x.value === '2019')!;
    const lines = fs
      .readFileSync(path.join(dir, 'corpus/b.md'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[c.line - 1].slice(c.column - 1, c.column + 3)).toBe('2019');
  });

  test('malformed front matter and an impossible date name the line', () => {
    const dir = writeTree({
      'corpus/a.md': '---\ntitle: "unclosed\n---\nText.\n',
      'corpus/b.md': '---\ntitle: Fine\npublished: 2023-02-30\n---\nText.\n',
      'corpus/c.md': '---\ntitle: never closed\nText.\n',
      'corpus/good.md': GOOD,
    });
    const { code, report } = checkJson(dir);
    expect(code).toBe(2);
    expect(report.problems.map((p) => [p.file, p.code, p.line])).toEqual([
      ['corpus/a.md', 'front-matter-syntax', expect.any(Number)],
      ['corpus/b.md', 'front-matter-date', 3],
      ['corpus/c.md', 'front-matter-unclosed', 1],
    ]);
  });

  test('HTML: scripts, styles and comments are not text; entities are decoded; positions point into the file', () => {
    const html =
      '<html><head><title>T</title><script>var s = "their previous encounter in 1999";</script><style>p{}</style></head>\n<body><p>While their previous encounter in&nbsp;2015 was for show&hellip;</p>\n<!-- previous encounter in 1998 --></body></html>\n';
    const dir = writeTree({ 'corpus/a.html': html, 'corpus/b.md': GOOD2 });
    const f = checkJson(dir).report.findings.find((x) => x.fact === 'prior-meeting-year')!;
    const fromHtml = f.claims.filter((c) => c.article === 'a.html');
    expect(fromHtml.map((c) => c.value)).toEqual(['2015']);
    expect(html.split('\n')[fromHtml[0].line - 1].slice(fromHtml[0].column - 1, fromHtml[0].column + 3)).toBe('2015');
  });

  test('a file over the size limit is refused with a hint; --max-file-size raises the limit', () => {
    const dir = writeTree({ 'corpus/good.md': GOOD });
    fs.writeFileSync(path.join(dir, 'corpus/huge.txt'), 'word '.repeat((11 * 1024 * 1024) / 5 + 10));
    const { code, report } = checkJson(dir);
    expect(code).toBe(2);
    expect(report.problems[0]).toMatchObject({ code: 'article-too-large', file: 'corpus/huge.txt' });
    expect(report.problems[0].hint).toMatch(/--max-file-size/);
  });

  test('an extremely long line is read, and columns stay right', () => {
    const line = `${'filler text, '.repeat(20000)}their previous encounter in 2015 was for show.`;
    const dir = writeTree({ 'corpus/long.txt': line, 'corpus/b.md': GOOD2 });
    const c = checkJson(dir)
      .report.findings.find((x) => x.fact === 'prior-meeting-year')!
      .claims.find((x) => x.article === 'long.txt')!;
    expect(c).toMatchObject({ line: 1, column: line.indexOf('2015') + 1, value: '2015' });
  });

  test('articles with the same id in two folders are kept apart', () => {
    const dir = writeTree({ 'a/story.md': GOOD, 'b/story.md': GOOD2 });
    const r = runCli(['check', 'a', 'b', '--rules', RULES, '--format', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout) as Report;
    expect(report.articles.map((a) => a.id)).toEqual(['a/story.md', 'b/story.md']);
    expect(report.findings.find((f) => f.fact === 'prior-meeting-year')!.status).toBe('contradiction');
  });
});

describe('paths and flags', () => {
  const dir = writeTree({ 'corpus/good.md': GOOD });
  const cases: [string, string[], RegExp][] = [
    [
      'a missing path',
      ['check', 'nope', '--rules', RULES],
      /^nope: error path-not-found: no such file or directory: nope\n {2}hint: /,
    ],
    [
      'a glob matching nothing',
      ['check', 'corpus/*.html', '--rules', RULES],
      /^corpus\/\*\.html: error no-articles: .*\n {2}hint: .*--allow-empty/,
    ],
    [
      'an unknown format',
      ['check', 'corpus', '--rules', RULES, '--format', 'pdf'],
      /^error bad-format: unknown format "pdf"\n {2}hint: use one of: github, html, json, junit, markdown, sarif, text/,
    ],
    [
      'an output in a missing folder',
      ['check', 'corpus', '--rules', RULES, '--format', 'json:out/x/report.json'],
      /^out\/x\/report\.json: error output-dir-missing: .*\n {2}hint: create it first \(mkdir -p out\/x\)/,
    ],
    [
      'an unknown flag',
      ['check', 'corpus', '--rulez', RULES],
      /^error bad-usage: unknown flag --rulez\n {2}hint: --rulez: did you mean --rules\?/,
    ],
    ['a bad --fail-on', ['check', '--fail-on', 'sometimes'], /^error bad-usage: Invalid values:[\s\S]*sometimes/],
    [
      'a bad --published',
      ['check', '--published', '2023-13-01'],
      /^error bad-flag: --published "2023-13-01" is not a date/,
    ],
    ['missing rules', ['check', 'corpus', '--rules', 'norules'], /^norules: error rules-not-found/],
  ];
  test.each(cases)('%s: one message, a hint, exit 2, no stack trace', (_name, args, message) => {
    const r = runCli(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  test('--allow-empty turns a glob matching nothing into a clean run', () => {
    const r = runCli(['check', 'corpus/*.html', '--rules', RULES, '--allow-empty', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Report).summary.articles).toBe(0);
  });

  test('an empty rules folder says so', () => {
    const d = writeTree({ 'rules/README.txt': 'nothing here', 'corpus/a.md': GOOD });
    const r = runCli(['check', 'corpus', '--rules', 'rules'], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^rules: error rules-empty: no rule files/);
  });
});

describe('reports are written atomically', () => {
  test('a run killed before it finishes leaves the previous report intact and no temporary file', async () => {
    const files: Record<string, string> = { 'reports/report.json': 'PREVIOUS' };
    for (let i = 0; i < 4000; i++) files[`corpus/a${i}.md`] = GOOD2; // seconds of work on any machine
    const dir = writeTree(files);
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const { spawn } = await import('node:child_process');
      const child = spawn(
        process.execPath,
        [
          path.join(ROOT, 'bin/factlint.js'),
          'check',
          'corpus',
          '--rules',
          RULES,
          '--format',
          'json:reports/report.json',
        ],
        { cwd: dir, stdio: 'ignore' },
      );
      const exited = new Promise<number | null>((r) => child.on('exit', (c, s) => r(c ?? (s ? 128 : null))));
      await new Promise((r) => setTimeout(r, 800)); // model loaded, articles under way
      child.kill(signal);
      const code = await exited;
      expect(code).not.toBe(0);
      expect(fs.readFileSync(path.join(dir, 'reports/report.json'), 'utf8')).toBe('PREVIOUS');
      expect(fs.readdirSync(path.join(dir, 'reports'))).toEqual(['report.json']);
    }
  });
});
