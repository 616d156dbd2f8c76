/**
 * The report outputs of the example corpus and the fixture stories, run through the built CLI.
 * `tests/fixtures/golden/` holds them as they were before the engine was restructured (issue
 * "One engine you can hold"); a behaviour change that is meant regenerates them with
 * `UPDATE_GOLDEN=1 npx jest tests/refactor` and its diff is read in review.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, runCli, tempDir } from '../helpers';

export const GOLDEN_DIR = path.join(ROOT, 'tests', 'fixtures', 'golden');
export const FORMATS = ['json', 'text', 'html', 'sarif', 'junit', 'github', 'markdown'] as const;

/** Each run: a name and the CLI arguments (paths relative to the repo root). */
export const RUNS: { name: string; args: string[] }[] = [
  { name: 'example', args: ['corpus', '--rules', 'rules'] },
  ...['ferry-story', 'rules-compare', 'rules-cues', 'rules-scope', 'rules-types'].map((f) => ({
    name: f,
    args: [`tests/fixtures/${f}/corpus`, '--rules', `tests/fixtures/${f}/rules`],
  })),
];

export function renderRun(run: { args: string[] }): Record<string, string> {
  const out = tempDir();
  const formats = FORMATS.flatMap((f) => ['--format', `${f}:${path.join(out, `report.${f}`)}`]);
  const r = runCli(['check', ...run.args, ...formats, '--fail-on', 'never', '--no-color', '--jobs', '1']);
  if (r.code !== 0) throw new Error(`check ${run.args.join(' ')} exited ${r.code}: ${r.stderr}`);
  // HTML links are relative to the report's folder: the repository's place on disk is no part of the output.
  const toRoot = path.relative(out, ROOT).split(path.sep).join('/');
  const files: Record<string, string> = {};
  for (const f of FORMATS)
    files[`report.${f}`] = fs
      .readFileSync(path.join(out, `report.${f}`), 'utf8')
      .split(toRoot)
      .join('<ROOT>');
  return files;
}
