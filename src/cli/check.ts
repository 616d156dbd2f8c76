/** `factlint check [paths..]`: extract, align, report, gate. */
import type { CommandModule } from 'yargs';
import { loadRulePacks } from '../rules/compile';
import { check } from '../engine';
import { parseIsoDay } from '../mentions/calendar';
import { UserError } from '../errors';
import { exitCode, FAIL_ON, type FailOn } from './gate';
import { parseFormats, writeOutputs } from './output';

interface CheckArgs {
  paths: string[];
  rules: string[];
  format: string[];
  'fail-on': FailOn;
  'allow-empty': boolean;
  strict: boolean;
  published?: string;
  color?: boolean;
}

type IO = { out: (s: string) => void; err: (s: string) => void };

export function checkCommand(setCode: (code: number) => void, io: IO): CommandModule<object, CheckArgs> {
  return {
    command: 'check [paths..]',
    describe: 'Check articles for contradictions between sources',
    builder: (y) =>
      y
        .positional('paths', { describe: 'Article files, folders or globs', type: 'string', array: true, default: ['corpus'] })
        .option('rules', { alias: 'r', describe: 'Rule pack files or folders', type: 'string', array: true, default: ['rules'] })
        .option('format', { alias: 'f', describe: 'Output NAME[:PATH]; repeat for several (text, json, …)', type: 'string', array: true, default: ['text'] })
        .option('fail-on', { describe: 'Lowest severity that makes the exit code 1', choices: FAIL_ON, default: 'error' as FailOn })
        .option('allow-empty', { describe: 'Exit 0 when the paths match no article', type: 'boolean', default: false })
        .option('strict', { describe: 'Stop at the first unreadable article', type: 'boolean', default: false })
        .option('published', { describe: 'Publication date (YYYY-MM-DD) for articles that state none', type: 'string' })
        .option('color', { describe: 'Colour the text output (default: when stdout is a terminal)', type: 'boolean' })
        .example('$0 check corpus --rules rules', 'Check the corpus folder with the rule packs in rules/')
        .example('$0 check --format text --format json:reports/report.json', 'Print a summary and write the JSON report'),
    handler: (args) => {
      if (args.published !== undefined && parseIsoDay(args.published) === null) {
        throw new UserError({ code: 'bad-flag', message: `--published "${args.published}" is not a date`, hint: 'write it as YYYY-MM-DD, e.g. --published 2023-09-12' });
      }
      const outputs = parseFormats(args.format);
      const packs = loadRulePacks(args.rules);
      const { report } = check({ paths: args.paths, packs, allowEmpty: args['allow-empty'], strict: args.strict, published: args.published });
      writeOutputs(report, outputs, io.out, args.color ?? Boolean(process.stdout.isTTY));
      setCode(exitCode(report, args['fail-on']));
    },
  };
}
