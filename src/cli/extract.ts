/**
 * `factlint extract [paths..]`: the first half of check. With --rules, the claims of every
 * article as NDJSON (see src/ndjson/shards.ts), for `factlint align`; with --all, every typed
 * mention found, no rule file needed (the debugging view for rule authors).
 */
import { checkReadArgs, PATHS, READ_OPTIONS, type IO, type ReadArgs } from './common';
import type { CommandModule } from 'yargs';
import { Checker } from '../engine/checker';
import { UserError } from '../errors';
import { findArticleFiles } from '../corpus/files';
import { rulesHash } from '../engine/cache';
import { extractFiles, reportStats } from '../engine/run';
import { ShardWriter } from '../ndjson/shards';
import { SCALE_OPTIONS, scaleOptions, type ScaleArgs } from './scale-options';
import { listMentions, formatMentions, MENTION_FORMATS, type MentionFormat } from '../mentions/list';
import { writeAtomic } from '../util/write-atomic';

interface ExtractArgs extends ScaleArgs, ReadArgs {
  paths: string[];
  rules?: string[];
  all: boolean;
  format?: MentionFormat;
  out?: string;
}

export function extractCommand(setCode: (code: number) => void, io: IO): CommandModule<object, ExtractArgs> {
  return {
    command: 'extract [paths..]',
    describe: 'Write the claims of articles as NDJSON (for align), or with --all every mention found',
    builder: (y) =>
      y
        .positional('paths', PATHS)
        .option('rules', {
          alias: 'r',
          describe:
            'Rule pack files or folders (default: rules; with --all: optional, adds gazetteer places and names)',
          type: 'string',
          array: true,
        })
        .option('all', {
          describe: 'Print every typed mention (dates, durations, numbers, quantities), no rules needed',
          type: 'boolean',
          default: false,
        })
        .option('format', {
          alias: 'f',
          describe: 'With --all: json, ndjson or text (claims are always NDJSON)',
          choices: MENTION_FORMATS,
        })
        .option('out', {
          alias: 'o',
          describe: 'Write to this file (atomically) instead of standard output',
          type: 'string',
        })
        .options(READ_OPTIONS)
        .options(SCALE_OPTIONS)
        .example(
          '$0 extract corpus/part-1 --rules rules --out claims-1.ndjson',
          'Claims of one shard, for factlint align',
        )
        .example(
          '$0 extract article.txt --all --format json --published 2025-03-04',
          'Every date, number and quantity in a text',
        ),
    handler: async (args) => {
      const maxBytes = checkReadArgs(args);
      const files = findArticleFiles(args.paths, { allowEmpty: args['allow-empty'] });
      if (args.all) {
        const checker = Checker.load(args.rules ?? [], { allowNoPacks: true });
        const { mentions, problems } = listMentions(
          files,
          checker.packs,
          { strict: args.strict, published: args.published, maxBytes },
          (text) => checker.analyse(text),
        );
        const text = formatMentions(mentions, args.format ?? 'json');
        if (args.out) writeAtomic(args.out, text);
        else io.out(text);
        for (const p of problems)
          io.err(`${p.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}: ${p.severity} ${p.code}: ${p.message}\n`);
        setCode(problems.some((p) => p.severity === 'error') ? 2 : 0);
        return;
      }
      if (args.format && args.format !== 'ndjson') {
        throw new UserError({
          code: 'bad-flag',
          message: `--format ${args.format} applies only with --all`,
          hint: 'claims are written as NDJSON; add --all to list every mention as json or text',
        });
      }
      const rules = args.rules ?? ['rules'];
      const writer = new ShardWriter(args.out ?? null, io.out, {
        rules: rulesHash(rules),
        published: args.published ?? null,
      });
      let failed = false;
      try {
        const { stats } = await extractFiles(
          { files, rules, strict: args.strict, published: args.published, maxBytes, scale: scaleOptions(args) },
          (r) => {
            writer.add(r);
            if (r.problems.some((p) => p.severity === 'error')) failed = true;
          },
        );
        writer.end();
        reportStats(stats);
      } catch (e) {
        writer.abort();
        throw e;
      }
      setCode(failed ? 2 : 0);
    },
  };
}
