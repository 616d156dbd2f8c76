/** `factlint align <claims..>`: the second half of check, over NDJSON claims from any number of extract runs. */
import type { IO } from './common';
import path from 'node:path';
import type { CommandModule } from 'yargs';
import { Checker } from '../engine/checker';
import { applyGate } from '../gate';
import type { Article } from '../model';
import type { Claim } from '../model/claim';
import type { Problem } from '../model/report';
import { rulesHash } from '../engine/cache';
import { readShard, type ShardUnit } from '../ndjson/shards';
import { articleOf } from '../ndjson/records';
import { DEFAULT_FAIL_ON, exitCode, FAIL_ON, type FailOn } from '../gate/exit';
import { parseFormats, writeOutputs } from './output';

interface AlignArgs {
  claims: string[];
  rules: string[];
  format: string[];
  'fail-on': FailOn;
  'max-warnings': number;
  witnesses: boolean;
  color?: boolean;
}

/** The corpus order of check: by article id, then file; a file in two shards counts once. */
export function mergeShards(shards: ShardUnit[][]): { articles: Article[]; claims: Claim[]; problems: Problem[] } {
  const seen = new Set<string>();
  const units: ShardUnit[] = [];
  for (const shard of shards) {
    for (const u of shard) {
      const key = path.resolve(u.file);
      if (seen.has(key)) continue;
      seen.add(key);
      units.push(u);
    }
  }
  units.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const articles: Article[] = [];
  const claims: Claim[] = [];
  const problems: Problem[] = [];
  for (const u of units) {
    if (u.article) articles.push(articleOf(u.article));
    for (const c of u.claims) claims.push(c);
    problems.push(...u.problems);
  }
  return { articles, claims, problems };
}

export function alignCommand(setCode: (code: number) => void, io: IO): CommandModule<object, AlignArgs> {
  return {
    command: 'align <claims..>',
    describe: 'Merge NDJSON claims files from factlint extract into findings and reports',
    builder: (y) =>
      y
        .positional('claims', {
          describe: 'Claims files written by factlint extract',
          type: 'string',
          array: true,
          demandOption: true,
        })
        .option('rules', {
          alias: 'r',
          describe: 'Rule pack files or folders (the ones the claims were extracted with)',
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
        .option('max-warnings', {
          describe: 'Exit 1 when more than N findings are warnings (-1: no limit)',
          type: 'number',
          default: -1,
        })
        .option('color', { describe: 'Colour the text output (default: when stdout is a terminal)', type: 'boolean' })
        .option('witnesses', {
          describe: 'Count copies of one text (wire copy) as one witness; --no-witnesses counts every outlet',
          type: 'boolean',
          default: true,
        })
        .example(
          '$0 align claims-*.ndjson --rules rules --format text --format json:report.json',
          'Findings over every shard, as one check would report them',
        ),
    handler: (args) => {
      const outputs = parseFormats(args.format);
      const checker = Checker.load(args.rules);
      const hash = rulesHash(args.rules);
      const { articles, claims, problems } = mergeShards(args.claims.map((f) => readShard(f, hash)));
      const result = checker.finish(articles, claims, problems, null, { witnesses: args.witnesses });
      const gated = applyGate(result.report, { drafts: null, baseline: null, updateBaseline: false });
      if (gated.message) io.err(`${gated.message}\n`);
      const code = exitCode(gated.report, args['fail-on'], args['max-warnings']);
      writeOutputs(gated.report, outputs, io.out, args.color ?? Boolean(process.stdout.isTTY), code);
      setCode(code);
    },
  };
}
