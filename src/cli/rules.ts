/** `factlint rules validate|test [files..]`: check rule files, run their fixture tests. */
import type { IO } from './common';
import path from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { UserError, formatDiagnostic } from '../errors';
import { findRuleFiles } from '../rules/load';
import { Checker } from '../engine/checker';
import { checkTestFiles, expectationProblems, runPackTests, type PackTestResult } from '../engine/rule-tests';
import { plural } from '../util/text';

interface FilesArgs {
  files: string[];
  json?: boolean;
}

const same = (a: string, b: string) => path.resolve(a) === path.resolve(b);

/** ✔ per valid file, every diagnostic of the others; exit 0 or 2. */
function validate(files: string[], io: IO): number {
  const all = findRuleFiles(files); // an unknown path or an empty folder is a usage error
  let problems: UserError | null = null;
  let checker: Checker | null = null;
  try {
    checker = Checker.load(files, { allowNoPacks: true });
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    problems = e;
  }
  const diagnostics = [...(problems?.diagnostics ?? [])];
  // The packs' rule tests: files that exist, expectations that name facts of the pack.
  for (const pack of checker?.packs ?? []) {
    try {
      checkTestFiles(pack);
      diagnostics.push(...expectationProblems(pack));
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      diagnostics.push(...e.diagnostics);
    }
  }
  for (const f of all) if (!diagnostics.some((d) => d.file && same(d.file, f))) io.out(`✔ ${f}\n`);
  if (diagnostics.length) {
    io.err(`${diagnostics.map(formatDiagnostic).join('\n')}\n`);
    io.err(`✖ ${plural(diagnostics.length, 'problem')} in ${new Set(diagnostics.map((d) => d.file)).size} file(s)\n`);
    return 2;
  }
  return 0;
}

export function formatTestResult(r: PackTestResult): string {
  const lines: string[] = [`${r.pack.file} (${r.pack.story}): ${plural(r.fixtures.length, 'fixture')}`];
  for (const fx of r.fixtures) {
    if (!fx.mismatches.length) lines.push(`  ✔ ${fx.file}`);
    else {
      lines.push(`  ✖ ${fx.file}`);
      for (const m of fx.mismatches) lines.push(`      ${m.kind.padEnd(5)} ${m.fact}: ${m.message}`);
    }
  }
  const width = Math.max(4, ...[...r.matrix.keys()].map((k) => k.length));
  lines.push(`  ${'fact'.padEnd(width)}   TP   FP   FN`);
  for (const [fact, c] of r.matrix)
    lines.push(
      `  ${fact.padEnd(width)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}${c.fp || c.fn ? '  ✖' : ''}`,
    );
  return lines.join('\n');
}

function test(files: string[], io: IO, json = false): number {
  const checker = Checker.load(files);
  let failed = 0;
  let fixtures = 0;
  const untested: string[] = [];
  const results: PackTestResult[] = [];
  for (const pack of checker.packs) {
    if (!pack.tests.length) {
      untested.push(pack.file);
      continue;
    }
    checkTestFiles(pack);
    const r = runPackTests(pack, checker);
    fixtures += r.fixtures.length;
    failed += r.fixtures.filter((f) => f.mismatches.length).length;
    results.push(r);
    if (!json) io.out(`${formatTestResult(r)}\n\n`);
  }
  if (json) {
    const packsOut = results.map((r) => ({
      file: r.pack.file,
      story: r.pack.story,
      fixtures: r.fixtures,
      matrix: Object.fromEntries(r.matrix),
    }));
    io.out(`${JSON.stringify({ packs: packsOut, untested, fixtures, failed }, null, 2)}\n`);
    return failed ? 1 : 0;
  }
  for (const f of untested) io.out(`– ${f}: no tests (add "tests:" to the pack, see docs/rules.md#rule-tests)\n`);
  io.out(failed ? `✖ ${failed} of ${fixtures} fixtures failed\n` : `✔ ${plural(fixtures, 'fixture')} passed\n`);
  return failed ? 1 : 0;
}

export function rulesCommand(setCode: (code: number) => void, io: IO): CommandModule {
  const files = (y: Argv) =>
    y.positional('files', { describe: 'Rule files or folders', type: 'string', array: true, default: ['rules'] });
  return {
    command: 'rules <command>',
    describe: 'Validate rule files or run their tests',
    builder: (y) =>
      y
        .command<FilesArgs>({
          command: 'validate [files..]',
          describe: 'Check rule files: every problem with file:line:column, code and hint (exit 2 on any)',
          builder: (z) => files(z),
          handler: (a) => setCode(validate(a.files, io)),
        })
        .command<FilesArgs>({
          command: 'test [files..]',
          describe: 'Run the fixture tests of rule packs; prints TP/FP/FN per fact, exit 1 on a mismatch',
          builder: (z) =>
            files(z).option('json', {
              describe: 'Print the results as JSON',
              type: 'boolean',
              default: false,
            }),
          handler: (a) => setCode(test(a.files, io, a.json)),
        })
        .demandCommand(1, 'name a subcommand: validate or test'),
    handler: () => undefined,
  };
}
