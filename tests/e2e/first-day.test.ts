/** A newcomer's first day (issue 16): no silent all-clears, no crashes on a closed pipe, helpful flags. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLI, ROOT, runCli, tempDir } from '../helpers';
import type { Report } from '../../src/model/report';

function scratch(): string {
  const dir = tempDir();
  fs.cpSync(path.join(ROOT, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'rules'), path.join(dir, 'rules'), { recursive: true });
  return dir;
}
const PACK = 'rules/kim-putin-2023.yaml';
const scopeTo = (dir: string, scope: string) => {
  const file = path.join(dir, PACK);
  fs.writeFileSync(
    file,
    fs.readFileSync(file, 'utf8').replace(/^story: kim-putin-2023$/m, `story: kim-putin-2023\napplies-to: ${scope}`),
  );
};

describe('silent all-clears', () => {
  test('a pack whose applies-to selects no article is a warning naming the pack, its scope and how ids are formed', () => {
    const dir = scratch();
    scopeTo(dir, '{ paths: ["corpus/*.md"] }'); // written from the wrong folder: ids are relative to corpus/
    const r = runCli(['check', 'corpus', '--rules', 'rules', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout) as Report;
    const scope = report.problems.filter((p) => p.code === 'scope-selects-nothing');
    expect(scope).toHaveLength(1);
    expect(scope[0]).toMatchObject({ severity: 'warning', file: PACK });
    expect(scope[0].message).toContain('"kim-putin-2023"');
    expect(scope[0].message).toContain('paths ["corpus/*.md"]');
    expect(scope[0].hint).toMatch(/relative to the folder given on the command line/);
    expect(scope[0].hint).toContain('"000-kim-embarks-on-journey-to-russia.md"');
  });

  test('a misspelt story in applies-to is reported too', () => {
    const dir = scratch();
    scopeTo(dir, '{ story: [kim-putin-2032] }');
    const r = runCli(['check', 'corpus', '--rules', 'rules', '--format', 'text'], { cwd: dir });
    const text = r.stdout.replace(/\s+/g, ' '); // the message is wrapped to 80 columns
    expect(text).toMatch(/scope-selects-nothing: pack "kim-putin-2023" applies to no article/);
    expect(text).toContain('story ["kim-putin-2032"]');
    expect(r.stdout.trim().split('\n').pop()).toMatch(/^⚠ 0 contradictions/);
  });

  test('the summary mark follows the exit code: never ✔ when problems make it 2', () => {
    const dir = scratch();
    fs.writeFileSync(path.join(dir, 'bad.md'), '---\npublished: 2023-13-45\n---\nText.\n');
    const r = runCli(['check', 'corpus/000-kim-embarks-on-journey-to-russia.md', 'bad.md', '--rules', 'rules'], {
      cwd: dir,
    });
    expect(r.code).toBe(2);
    expect(r.stdout.trim().split('\n').pop()).toMatch(/^✖ /);
  });

  test('a clean pass is ✔; a pass that lets contradictions through (--fail-on never) is ⚠', () => {
    const dir = scratch();
    const never = runCli(['check', 'corpus', '--rules', 'rules', '--fail-on', 'never'], { cwd: dir });
    expect(never.code).toBe(0);
    expect(never.stdout.trim().split('\n').pop()).toMatch(/^⚠ 2 contradictions/);
    const failing = runCli(['check', 'corpus', '--rules', 'rules'], { cwd: dir });
    expect(failing.code).toBe(1);
    expect(failing.stdout.trim().split('\n').pop()).toMatch(/^✖ 2 contradictions/);
    const clean = runCli(['check', 'corpus/000-kim-embarks-on-journey-to-russia.md', '--rules', 'rules'], { cwd: dir });
    expect(clean.code).toBe(0);
    expect(clean.stdout.trim().split('\n').pop()).toMatch(/^✔ 0 contradictions/);
  });
});

describe('a closed stdout (factlint … | head)', () => {
  // `| true` closes the pipe before factlint writes: every write then fails with EPIPE.
  test.each([
    ['check corpus --rules rules', 1],
    ['check corpus --rules rules --format json', 1],
    ['check corpus --rules rules --format markdown', 1],
    ['extract corpus --rules rules', 0],
    ['explain prior-meeting-year corpus --rules rules', 0],
    ['rules validate rules', 0],
    ['rules test tests/fixtures/ferry-story/rules', 0],
    ['--help', 0],
  ])('factlint %s ends quietly with its usual exit code', (args, expected) => {
    const err = path.join(tempDir(), 'stderr');
    const r = spawnSync('bash', ['-c', `node "${CLI}" ${args} 2>"${err}" | true; exit "\${PIPESTATUS[0]}"`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(fs.readFileSync(err, 'utf8')).toBe('');
    expect(r.status).toBe(expected);
  });
});

describe('flags', () => {
  test('a mistyped flag suggests the right one, as a mistyped command does', () => {
    const r = runCli(['check', 'corpus', '--rule', 'rules']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'error bad-usage: unknown flag --rule\n  hint: --rule: did you mean --rules? (see factlint <command> --help)\n',
    );
    const dashed = runCli(['check', 'corpus', '--fial-on', 'never']);
    expect(dashed.stderr).toMatch(
      /^error bad-usage: unknown flag --fial-on\n {2}hint: --fial-on: did you mean --fail-on\?/,
    );
  });

  test('--max-warnings says what the number is', () => {
    const help = runCli(['check', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('--max-warnings Exit 1 when more than N findings are warnings (-1: no limit)');
  });
});
