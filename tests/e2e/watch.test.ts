/** `check --watch`: the check runs again when an article changes. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLI, writeTree } from '../helpers';

test('check --watch re-runs on a change of the draft and ends each run with one status line', async () => {
  const dir = writeTree({
    'rules/p.yaml':
      'story: s\nfacts:\n  - id: met\n    title: Year they last met\n    type: year\n    cues: [last met]\n',
    'corpus/a.md': 'The two leaders last met in 2019.\n',
    'corpus/b.md': 'The two leaders last met in 2019.\n',
    'draft.md': 'The two leaders last met in 2017.\n',
  });
  const child = spawn(process.execPath, [CLI, 'check', 'draft.md', '--against', 'corpus', '--watch'], { cwd: dir });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  const runs = (n: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no run ${n}: ${stderr}`)), 30000);
      const tick = (d: Buffer) => {
        stderr += d.toString();
        if ((stderr.match(/watching for changes/g) ?? []).length >= n) {
          clearTimeout(timer);
          child.stderr.off('data', tick);
          resolve();
        }
      };
      child.stderr.on('data', tick);
    });
  try {
    await runs(1);
    expect(stdout).toContain('draft.md says 2017; the coverage says 2019 (a.md; b.md)');
    expect(stderr).toMatch(/^factlint: exit 1 at \d\d:\d\d:\d\d; watching for changes \(Ctrl-C to stop\)$/m);
    fs.writeFileSync(path.join(dir, 'draft.md'), 'The two leaders last met in 2019.\n');
    await runs(2);
    expect(stdout).toContain('✔ 1 fact agrees with the coverage: Year they last met (2019)');
    expect(stderr).toMatch(/factlint: exit 0 at .*; watching for changes/);
  } finally {
    child.kill();
  }
});
