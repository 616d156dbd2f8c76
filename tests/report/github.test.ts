import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeData, escapeProperty, formatGithub } from '../../src/report/github';
import type { Report } from '../../src/model/report';

const load = (name: string): Report =>
  JSON.parse(readFileSync(join(__dirname, '../fixtures/reports', `${name}.json`), 'utf8')) as Report;
const options = { color: false, outDir: null };

/** What the Actions runner does with a command line (the inverse of the toolkit's escaping). */
function parseCommand(line: string): { command: string; props: Record<string, string>; message: string } {
  const m = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string): string =>
    s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const props = Object.fromEntries(
    (m[2] ?? '').split(',').map((kv) => {
      const [k, ...v] = kv.split('=');
      return [k, unescape(v.join('='))];
    }),
  );
  return { command: m[1], props, message: unescape(m[3] ?? '') };
}

describe('github formatter', () => {
  test('one annotation per contradiction claim and per problem', () => {
    const lines = formatGithub(load('story'), options).split('\n');
    expect(lines.pop()).toBe(''); // trailing newline
    expect(lines.map((l) => l.slice(0, l.indexOf(' ')))).toEqual([
      '::error',
      '::error',
      '::warning',
      '::warning',
      '::warning',
      '::error',
      '::error',
      '::warning',
    ]);
    expect(lines[1]).toBe(
      '::error file=corpus/002.md,line=8,col=31,endLine=8,endColumn=37,title=Departure date (summit-2023/departure-date)' +
        '::Departure date: Wire Service says 2023-09-10 (Sun) ("Sunday"), but Northern Herald says 2023-11-09 (Thu).',
    );
    expect(lines[7]).toBe(
      '::warning file=corpus/003.md,line=3,col=12,title=factlint front-matter-date::published date "last week" is not YYYY-MM-DD; relative dates in this article are left unresolved%0Ahint: write the date as published: 2023-09-12',
    );
  });

  test('info is a notice; severity "none" is not annotated', () => {
    expect(formatGithub(load('hostile'), options).split('\n')[0]).toMatch(/^::notice /);
    const report = load('story');
    for (const f of report.findings) f.severity = 'none';
    expect(formatGithub(report, options).split('\n').filter(Boolean)).toHaveLength(1); // the problem only
  });

  test("the runner's escaping rules", () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext%3A a%2C b');
    // a literal "%0A" in the text must not turn into a line break
    expect(escapeData('%0A')).toBe('%250A');
  });

  test('hostile paths, titles and messages survive the round trip on one line each', () => {
    const report = load('hostile');
    const out = formatGithub(report, options);
    const lines = out.split('\n').filter(Boolean);
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).not.toMatch(/[\r]/);
    const [first, second, problem, empty] = lines.map(parseCommand);
    expect(first?.props).toEqual({
      file: 'corpus/evil,1:x.md',
      line: '3',
      col: '9',
      endLine: '3',
      endColumn: '56',
      title: `${report.findings[0]?.title} (hostile-story/casualty-count)`,
    });
    expect(lines[0]).toContain('file=corpus/evil%2C1%3Ax.md,');
    expect(second?.props.file).toBe('corpus/sub dir/plain 100%.md');
    expect(problem?.command).toBe('error');
    expect(problem?.props.file).toBe('corpus/bad,file:1.md');
    expect(problem?.message).toBe(`${report.problems[0]?.message}\nhint: ${report.problems[0]?.hint}`);
    expect(empty).toEqual({
      command: 'warning',
      props: { file: 'corpus/empty.md', title: 'factlint unreadable' },
      message: 'file is empty',
    });
  });

  test('an empty report prints nothing', () => {
    expect(formatGithub(load('empty'), options)).toBe('');
  });
});
