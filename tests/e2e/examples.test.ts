/** The CI examples shipped in examples/ run the commands a user copies; run them here the same way. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CLI, readJson, ROOT, tempDir } from '../helpers';

function scratch(): string {
  const dir = tempDir();
  fs.cpSync(path.join(ROOT, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'rules'), path.join(dir, 'rules'), { recursive: true });
  // What `npm ci` gives the user: node_modules/.bin/factlint.
  fs.mkdirSync(path.join(dir, 'node_modules', '.bin'), { recursive: true });
  fs.symlinkSync(CLI, path.join(dir, 'node_modules', '.bin', 'factlint'));
  return dir;
}
const sh = (cmd: string, cwd: string) =>
  spawnSync('bash', ['-c', cmd], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${path.join(cwd, 'node_modules', '.bin')}:${process.env.PATH}`,
      npm_config_yes: 'false',
    },
  });

test('the GitHub Actions workflow: fails on contradictions and writes every report it uploads', () => {
  const workflow = parse(fs.readFileSync(path.join(ROOT, 'examples/github-actions/factlint.yml'), 'utf8')) as {
    jobs: { factlint: { steps: { run?: string; with?: Record<string, string> }[] } };
  };
  const { steps } = workflow.jobs.factlint;
  const run = steps.find((s) => s.run?.includes('factlint check'))!.run!;
  const dir = scratch();
  const r = sh(run, dir);
  expect(r.status).toBe(1); // the job fails: the example story has contradictions
  expect(r.stdout).toMatch(/^::error file=corpus\/00\d-[^,]+,line=\d+,col=\d+/m);
  const uploaded = steps.map((s) => s.with?.sarif_file ?? s.with?.path).filter(Boolean) as string[];
  expect(uploaded).toEqual(['reports/factlint.sarif', 'reports/']);
  const sarif = readJson<{ version: string; runs: { results: unknown[] }[] }>(path.join(dir, 'reports/factlint.sarif'));
  expect(sarif.version).toBe('2.1.0');
  expect(sarif.runs[0].results.length).toBeGreaterThanOrEqual(4); // one per claim of the two contradictions
  for (const f of ['report.html', 'junit.xml', 'comment.md', 'factlint.txt'])
    expect(fs.statSync(path.join(dir, 'reports', f)).size).toBeGreaterThan(100);
});

test('the git pre-commit hook lints staged drafts against the corpus and blocks the commit', () => {
  const dir = scratch();
  const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
  git('init', '-q');
  git('config', 'user.email', 't@example.org');
  git('config', 'user.name', 'Test');
  fs.mkdirSync(path.join(dir, 'drafts'));
  fs.writeFileSync(
    path.join(dir, 'drafts/story.md'),
    '---\npublished: 2023-09-12\n---\nTheir previous meeting was in 2015, when the two leaders met in Vladivostok.\n',
  );
  git('add', 'drafts/story.md');
  const hook = path.join(ROOT, 'examples/git-hooks/pre-commit');
  const blocked = sh(hook, dir);
  expect(blocked.status).toBe(1);
  expect(blocked.stdout).toMatch(/Year Kim and Putin last met/);
  expect(blocked.stdout).toMatch(/drafts\/story\.md:4:\d+/);
  // Nothing staged under corpus/ or drafts/: the hook has nothing to say.
  git('reset', '-q');
  expect(sh(hook, dir).status).toBe(0);
});

test('the pre-commit framework hook runs the same draft-mode command', () => {
  const hooks = parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { entry: string }[];
  expect(hooks[0].entry).toBe('factlint check --against corpus --rules rules --format text');
  const dir = scratch();
  fs.writeFileSync(path.join(dir, 'draft.md'), 'Their previous meeting was in 2015.\n');
  const r = sh(`${hooks[0].entry} draft.md`, dir);
  expect(r.status).toBe(1);
  expect(r.stdout).toMatch(/draft\.md:1:\d+/);
});
