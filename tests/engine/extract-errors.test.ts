/** extract/align on bad input: exit 2 with a diagnostic, and never a half-written claims file. */
import fs from 'node:fs';
import path from 'node:path';
import { runCli, writeTree } from '../helpers';
import type { ShardRecord } from '../../src/ndjson/shards';

const good = fs.readFileSync('corpus/003-kim-putin-meeting-faq.md', 'utf8');

test('an unreadable article is a problem record (exit 2); with --strict nothing is written', () => {
  const dir = writeTree({ 'a.md': good, 'b.md': 'x\u0000y' });
  const out = path.join(dir, 'claims.ndjson');
  const r = runCli(['extract', dir, '--rules', 'rules', '--out', out]);
  expect(r.code).toBe(2);
  const lines = fs
    .readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as ShardRecord);
  expect(lines.find((l) => l.type === 'problem')).toMatchObject({
    article: 'b.md',
    code: 'article-binary',
    severity: 'error',
  });
  expect(lines[lines.length - 1]).toMatchObject({ type: 'end', articles: 1, problems: 1 });
  // align reports it as check does: exit 2
  const check = runCli(['check', dir, '--rules', 'rules', '--format', 'json']);
  const aligned = runCli(['align', out, '--rules', 'rules', '--format', 'json']);
  expect(aligned.code).toBe(2);
  expect(aligned.stdout).toBe(check.stdout);

  const strictOut = path.join(dir, 'strict.ndjson');
  const s = runCli(['extract', dir, '--rules', 'rules', '--out', strictOut, '--strict']);
  expect(s.code).toBe(2);
  expect(s.stderr).toContain('article-binary');
  expect(fs.existsSync(strictOut)).toBe(false);
  expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});

test('align refuses a file that is not a claims file', () => {
  const dir = writeTree({ 'x.ndjson': '{"hello":1}\n' });
  const r = runCli(['align', path.join(dir, 'x.ndjson'), '--rules', 'rules']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('shard-invalid');
});

test('--jobs 0 is a usage error', () => {
  const r = runCli(['check', 'corpus', '--jobs', '0']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('--jobs');
});

test('with a worker thread, a file that fails under --strict stops the check with its error (exit 2), no report', () => {
  // 40 articles: enough for a worker (and its batches in flight when the failure comes).
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++) files[`a${String(i).padStart(2, '0')}.md`] = good;
  files['m.md'] = 'x\u0000y';
  const dir = writeTree(files);
  const out = path.join(dir, 'report.json');
  const r = runCli(['check', dir, '--rules', 'rules', '--jobs', '2', '--strict', '--format', `json:${out}`]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('article-binary');
  expect(r.stderr).toContain('m.md');
  expect(fs.existsSync(out)).toBe(false);
});
