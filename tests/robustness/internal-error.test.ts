/**
 * A bug is never a silent loss of mentions: an error thrown inside a finder ends the run
 * with exit 3 and a stack trace (a user's bad input is exit 2, see inputs.test.ts).
 * The bug is injected into the built CLI by a preloaded script that replaces the years
 * finder before the time extractor reads it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, runCli, tempDir } from '../helpers';

test('an error thrown by a finder exits 3 with "internal error" and the stack, and writes no report', () => {
  const dir = tempDir();
  const preload = path.join(dir, 'inject-bug.js');
  const years = path.join(ROOT, 'dist', 'mentions', 'time', 'years.js');
  fs.writeFileSync(
    preload,
    `require(${JSON.stringify(years)}).years = function years() { throw new Error('injected finder bug'); };\n`,
  );
  const out = path.join(dir, 'report.json');
  const r = runCli(['check', 'corpus', '--rules', 'rules', '--jobs', '1', '--no-cache', '--format', `json:${out}`], {
    env: { NODE_OPTIONS: `--require ${preload}` },
  });
  expect(r.stderr).toMatch(/^factlint: internal error \(please report it\): Error: injected finder bug\n\s+at years /);
  expect(r.code).toBe(3);
  expect(fs.existsSync(out)).toBe(false);
});
