/** The project config file: found by walking up, validated like rule files, overridden by flags. */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, runCli, writeTree } from '../helpers';
import type { Report } from '../../src/model/report';

const RULES = 'story: s\nfacts:\n  - id: met\n    title: Year they last met\n    type: year\n    cues: [last met]\n';

function project(): string {
  const dir = writeTree({
    'rules/p.yaml': RULES,
    'corpus/a.md': '---\nsource: Alpha\n---\nThe two leaders last met in 2019.\n',
    'corpus/b.md': '---\nsource: Beta\n---\nIn 2019, as it happens, the two leaders last met.\n',
    'drafts/story.md': 'The two leaders last met in 2017.\n',
    'desk/notes/keep.txt': 'nothing here\n',
  });
  expect(runCli(['init'], { cwd: dir })).toMatchObject({ code: 0, stdout: 'wrote .factlint.yaml\n' });
  return dir;
}

const withDrafts = (dir: string) => {
  const file = path.join(dir, '.factlint.yaml');
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('# drafts:\n#   - drafts', 'drafts:\n  - drafts'));
};

describe('factlint init and the config file', () => {
  test('init writes a commented starter file and refuses to overwrite it', () => {
    const dir = project();
    const text = fs.readFileSync(path.join(dir, '.factlint.yaml'), 'utf8');
    expect(text).toMatch(/^# factlint project configuration/);
    expect(text).toContain('rules:\n  - rules\n');
    expect(text).toContain('corpus:\n  - corpus\n');
    const again = runCli(['init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('error config-exists: .factlint.yaml already exists');
    expect(runCli(['init', '--force'], { cwd: dir }).code).toBe(0);
  });

  test('check with no arguments, from any folder below, checks the configured corpus', () => {
    const dir = project();
    const r = runCli(['check', '--format', 'json'], { cwd: path.join(dir, 'desk/notes') });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.articles.map((a) => a.path)).toEqual(['../../corpus/a.md', '../../corpus/b.md']);
    expect(report.findings[0].status).toBe('agreement');
    expect(report.drafts).toBeUndefined();
  });

  test('with drafts configured, check with no arguments checks them against the corpus', () => {
    const dir = project();
    withDrafts(dir);
    const r = runCli(['check'], { cwd: path.join(dir, 'desk') });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Your draft: story\.md$/m);
    expect(r.stdout).toContain('story.md says 2017; the coverage says 2019 (Alpha, a.md; Beta, b.md)');
    expect(r.stdout).toMatch(/your draft\s+2017\s+\.\.\/drafts\/story\.md:1:29/);
  });

  test('a path outside the corpus is a draft checked against it; a path inside is checked as given', () => {
    const dir = project();
    const draft = runCli(['check', 'drafts/story.md', '--format', 'json'], { cwd: dir });
    expect(draft.code).toBe(1);
    expect((JSON.parse(draft.stdout) as Report).drafts).toEqual(['drafts/story.md']);
    const inside = runCli(['check', 'corpus/a.md', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(inside.stdout) as Report).drafts).toBeUndefined();
  });

  test('flags override the file', () => {
    const dir = project();
    const file = path.join(dir, '.factlint.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('fail-on: error', 'fail-on: never'));
    expect(runCli(['check', 'drafts/story.md'], { cwd: dir }).code).toBe(0);
    expect(runCli(['check', 'drafts/story.md', '--fail-on', 'error'], { cwd: dir }).code).toBe(1);
    // --format replaces the file's formats; --no-config ignores the file (and its corpus).
    expect(JSON.parse(runCli(['check', '--format', 'json'], { cwd: dir }).stdout)).toHaveProperty('summary');
    const bare = runCli(['check', '--no-config', 'drafts/story.md', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(bare.stdout) as Report).drafts).toBeUndefined();
  });

  test('a mistake in the file is reported with file, line, column and a hint, exit 2', () => {
    const dir = project();
    const file = path.join(dir, '.factlint.yaml');
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, 'utf8')
        .replace('fail-on: error', 'fail-on: erorr\nmax-warning: 3')
        .replace('  - text\n', '  - txt\n'),
    );
    const r = runCli(['check'], { cwd: path.join(dir, 'desk') });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('../.factlint.yaml:');
    expect(r.stderr).toMatch(
      /\.factlint\.yaml:\d+:10: error bad-value: fail-on: "erorr" is not one of error, warning, info, never\n.*\n.*\n {2}hint: did you mean "error"\?/,
    );
    expect(r.stderr).toMatch(
      /\.factlint\.yaml:\d+:1: error unknown-key: unknown key "max-warning" in the file[\s\S]*hint: did you mean "max-warnings"\?/,
    );
    expect(r.stderr).toMatch(
      /error bad-value: format\.0: "txt" is not a valid value[\s\S]*hint: a format name \(text, json/,
    );
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });
});

test("the README's newsroom walk-through prints what the README shows", () => {
  const dir = writeTree({
    'drafts/kim-visit.md':
      "---\ntitle: Kim's train reaches Russia\nsource: Our desk\npublished: 2023-09-12\n---\n" +
      'Mr Kim is heading towards Vladivostok for a summit with Mr Putin.\n\nThe two leaders last met in 2017.\n',
  });
  fs.cpSync(path.join(ROOT, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'rules'), path.join(dir, 'rules'), { recursive: true });
  expect(runCli(['init'], { cwd: dir }).code).toBe(0);
  const r = runCli(['check', 'drafts/kim-visit.md'], { cwd: dir });
  expect(r.code).toBe(1);
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const shown = /\$ npx factlint check drafts\/kim-visit\.md\n([\s\S]*?)```/.exec(readme)![1];
  expect(r.stdout).toBe(shown);
});

test('witnesses: false in the file counts copies as outlets, and --witnesses overrides it', () => {
  const dir = writeTree({
    '.factlint.yaml': 'factlint: 1\nrules: [rules]\ncorpus: [corpus]\nwitnesses: false\n',
    'rules/p.yaml': RULES,
    'corpus/a.md': 'The two leaders last met in 2019.\n',
    'corpus/b.md': 'The two leaders last met in 2019.\n',
  });
  const status = (...args: string[]) =>
    (JSON.parse(runCli(['check', '--format', 'json', ...args], { cwd: dir }).stdout) as Report).findings[0].status;
  expect(status()).toBe('agreement'); // two outlets
  expect(status('--witnesses')).toBe('single-source'); // one text, one witness
});

test('init --suggest proposes a pack from the corpus that the configured check then uses', () => {
  const dir = writeTree({});
  fs.cpSync(path.join(ROOT, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
  const r = runCli(['init', '--suggest'], { cwd: dir });
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^wrote rules\/corpus\.yaml: \d+ facts proposed from 5 articles/);
  expect(runCli(['rules', 'validate'], { cwd: dir }).code).toBe(0);
  const report = JSON.parse(runCli(['check', '--format', 'json', '--fail-on', 'never'], { cwd: dir }).stdout) as Report;
  expect(report.summary.articles).toBe(5);
  expect(report.findings.length).toBeGreaterThan(0);
  // A second run would overwrite the reviewed pack: it refuses.
  expect(runCli(['init', '--suggest', '--force'], { cwd: dir }).code).toBe(0);
  fs.rmSync(path.join(dir, '.factlint.yaml'));
  expect(runCli(['init', '--suggest'], { cwd: dir }).stderr).toContain(
    'error pack-exists: rules/corpus.yaml already exists',
  );
});
