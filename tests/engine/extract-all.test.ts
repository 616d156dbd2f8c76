/**
 * `factlint extract --all`: every typed mention of a small hand-written text. Expected values
 * by hand: published Thursday 2025-03-06; "4 March 2025" is that date; "about 22 km/h" keeps
 * its hedge; "at least 120" is a count with a hedge; "six miles" is a length; offsets are
 * into the body (here the whole file, no front matter).
 */
import fs from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from '../helpers';
import type { MentionRecord } from '../../src/mentions/list';

const TEXT =
  'The ferry left on 4 March 2025, travelling at about 22 km/h.\nIt carried at least 120 passengers over six miles in 2019.\n';

let dir: string;
let file: string;
beforeAll(() => {
  dir = tempDir();
  file = path.join(dir, 'ferry.txt');
  fs.writeFileSync(file, TEXT);
});

test('json: type, raw, value, offsets into the body, line and column', () => {
  const r = runCli(['extract', file, '--all', '--format', 'json', '--published', '2025-03-06']);
  expect(r.code).toBe(0);
  const ms = JSON.parse(r.stdout) as MentionRecord[];
  for (const m of ms) expect(TEXT.slice(m.start, m.end)).toBe(m.raw);
  const byRaw = Object.fromEntries(ms.map((m) => [m.raw, m]));
  expect(byRaw['4 March 2025']).toMatchObject({
    path: file,
    type: 'date',
    value: '2025-03-04',
    start: 18,
    end: 30,
    line: 1,
    column: 19,
  });
  expect(byRaw['about 22 km/h']).toMatchObject({ type: 'quantity', hedge: 'about', unit: 'km/h', line: 1, column: 47 });
  expect(byRaw['at least 120']).toMatchObject({ type: 'number', hedge: 'at-least', line: 2, column: 12 });
  const miles = ms.find((m) => m.raw.includes('six miles'));
  expect(miles).toMatchObject({ type: 'quantity', dimension: 'length', line: 2 });
  expect(byRaw['2019']).toMatchObject({ type: 'date', value: '2019', line: 2 });
  // sorted by position
  expect(ms.map((m) => m.start)).toEqual([...ms.map((m) => m.start)].sort((a, b) => a - b));
});

test('ndjson and text give the same mentions, one per line', () => {
  const json = JSON.parse(
    runCli(['extract', file, '--all', '--format', 'json', '--published', '2025-03-06']).stdout,
  ) as MentionRecord[];
  const nd = runCli(['extract', file, '--all', '--format', 'ndjson', '--published', '2025-03-06'])
    .stdout.trim()
    .split('\n')
    .map((l) => JSON.parse(l) as MentionRecord);
  expect(nd).toEqual(json);
  const text = runCli(['extract', file, '--all', '--format', 'text', '--published', '2025-03-06']).stdout;
  expect(text).toMatch(
    new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:19 +date +"4 March 2025" +→ 2025-03-04$`, 'm'),
  );
});

test('text columns line up: location, type, text as written, value', () => {
  const f = path.join(dir, 'columns.txt');
  fs.writeFileSync(
    f,
    'On 4 March 2025 it rained.\n\n\n\n\n\n\n\n\nAbout 120 km away, 3 people waited for six hours.\n',
  );
  const lines = runCli(['extract', f, '--all', '--format', 'text', '--published', '2025-03-06'])
    .stdout.trim()
    .split('\n');
  expect(lines.length).toBeGreaterThan(2);
  const column = (l: string, re: RegExp) => l.search(re);
  const types = lines.map((l) => column(l, / {2}(date|duration|number|quantity|place|name|pattern) /));
  const arrows = lines.map((l) => l.indexOf(' → '));
  expect(new Set(types).size).toBe(1);
  expect(new Set(arrows).size).toBe(1);
});

test('with --rules, gazetteer places are listed too', () => {
  const f = path.join(dir, 'trip.txt');
  fs.writeFileSync(f, "Kim's train reached Khasan, then went on to Vladivostok.\n");
  const ms = JSON.parse(runCli(['extract', f, '--all', '--rules', 'rules', '--format', 'json']).stdout) as {
    type: string;
    value: string;
    raw: string;
  }[];
  expect(ms.filter((m) => m.type === 'place').map((m) => [m.raw, m.value])).toEqual([
    ['Khasan', 'khasan'],
    ['Vladivostok', 'vladivostok'],
  ]);
});
