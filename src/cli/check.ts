/** `factlint check [paths..]`: extract, align, report, gate. */
import { checkReadArgs, PATHS, READ_OPTIONS, type IO, type ReadArgs } from './common';
import type { CommandModule } from 'yargs';
import { checkCorpus } from '../engine/run';
import { SCALE_OPTIONS, scaleOptions, type ScaleArgs } from './scale-options';
import { UserError } from '../errors';
import { DEFAULT_FAIL_ON, exitCode, FAIL_ON, type FailOn } from '../gate/exit';
import { parseFormats, writeOutputs } from './output';
import { writeAtomic } from '../util/write-atomic';
import { applyGate } from '../gate';
import { findArticleFiles } from '../corpus/files';

interface CheckArgs extends ScaleArgs, ReadArgs {
  paths: string[];
  rules: string[];
  format: string[];
  'fail-on': FailOn;
  color?: boolean;
  against?: string[];
  baseline?: string;
  'update-baseline': boolean;
  'max-warnings': number;
  witnesses: boolean;
}

export function checkCommand(setCode: (code: number) => void, io: IO): CommandModule<object, CheckArgs> {
  return {
    command: 'check [paths..]',
    describe: 'Check articles for contradictions between sources',
    builder: (y) =>
      y
        .positional('paths', PATHS)
        .option('rules', {
          alias: 'r',
          describe: 'Rule pack files or folders',
          type: 'string',
          array: true,
          default: ['rules'],
        })
        .option('format', {
          alias: 'f',
          describe: 'Output NAME[:PATH]; repeat for several (text, json, …)',
          type: 'string',
          array: true,
          default: ['text'],
        })
        .option('fail-on', {
          describe: 'Lowest severity that makes the exit code 1',
          choices: FAIL_ON,
          default: DEFAULT_FAIL_ON,
        })
        .options(READ_OPTIONS)
        .option('against', {
          describe:
            'Draft mode: check the paths (drafts) against these articles; report only findings that involve a draft',
          type: 'string',
          array: true,
        })
        .option('baseline', { describe: 'Ignore the findings recorded in this file', type: 'string' })
        .option('update-baseline', {
          describe:
            'Write the current findings to the baseline file (default .factlint-baseline.json), pruning stale entries',
          type: 'boolean',
          default: false,
        })
        .option('max-warnings', {
          describe: 'Exit 1 when there are more warning findings than this',
          type: 'number',
          default: -1,
        })
        .option('color', { describe: 'Colour the text output (default: when stdout is a terminal)', type: 'boolean' })
        .option('witnesses', {
          describe: 'Count copies of one text (wire copy) as one witness; --no-witnesses counts every outlet',
          type: 'boolean',
          default: true,
        })
        .options(SCALE_OPTIONS)
        .example('$0 check corpus --rules rules', 'Check the corpus folder with the rule packs in rules/')
        .example(
          '$0 check --format text --format json:reports/report.json',
          'Print a summary and write the JSON report',
        )
        .example('$0 check drafts/story.md --against corpus', 'Lint one draft against the coverage'),
    handler: async (args) => {
      const maxBytes = checkReadArgs(args);
      if (!Number.isInteger(args['max-warnings'])) {
        throw new UserError({
          code: 'bad-flag',
          message: `--max-warnings "${args['max-warnings']}" is not a whole number`,
          hint: 'e.g. --max-warnings 0; -1 (the default) means no limit',
        });
      }
      const outputs = parseFormats(args.format);
      const drafts = args.against ? new Set(findArticleFiles(args.paths).map((f) => f.id)) : null;
      const paths = args.against ? [...args.paths, ...args.against] : args.paths;
      const scale = scaleOptions(args);
      const result = await checkCorpus({
        paths,
        drafts,
        allowEmpty: args['allow-empty'],
        strict: args.strict,
        published: args.published,
        maxBytes,
        rules: args.rules,
        scale,
        witnesses: args.witnesses,
      });
      const baseline = args.baseline ?? (args['update-baseline'] ? '.factlint-baseline.json' : null);
      const gated = applyGate(result.report, { drafts, baseline, updateBaseline: args['update-baseline'] });
      if (gated.baselineText !== null && baseline) writeAtomic(baseline, gated.baselineText);
      if (gated.message) io.err(`${gated.message}\n`);
      writeOutputs(gated.report, outputs, io.out, args.color ?? Boolean(process.stdout.isTTY));
      setCode(exitCode(gated.report, args['fail-on'], args['max-warnings']));
    },
  };
}
