/**
 * `factlint index [paths..]`: builds or updates the claims index in the cache folder, so that
 * `check DRAFT --against PATHS` reads only the claims of the draft's facts. Incremental: an
 * article whose size, mtime and inode are unchanged is not read; a changed stat is hashed and
 * only changed bytes are extracted again; rows of deleted files are removed.
 */
import type { CommandModule } from 'yargs';
import { checkReadArgs, PATHS, READ_OPTIONS, type IO, type ReadArgs, RULES } from './common';
import { SCALE_OPTIONS, scaleOptions, type ScaleArgs } from './scale-options';
import { findArticleFiles } from '../corpus/files';
import { reportStats } from '../engine/run';
import { indexFigures, updateIndex } from '../engine/indexed';
import { buildFingerprint, rulesHash } from '../engine/cache';
import { readShard, type ShardUnit } from '../ndjson/shards';
import { UserError } from '../errors';
import { limitHeapGrowth } from '../util/heap';

interface IndexArgs extends ScaleArgs, ReadArgs {
  paths: string[];
  rules: string[];
  rebuild: boolean;
  shard?: string[];
}

/**
 * The records of `factlint extract` shards, by id and file, checked to come from this build,
 * these rules and this --published; the index takes those whose bytes are unchanged.
 */
function loadShards(files: string[], rules: string[], published: string | null): Map<string, ShardUnit> {
  const hash = rulesHash(rules);
  const build = buildFingerprint();
  const out = new Map<string, ShardUnit>();
  for (const file of files) {
    const units = readShard(file, hash, (h) => {
      if (h.build !== build)
        throw new UserError({
          code: 'shard-build-mismatch',
          message: `claims were extracted by another factlint build (${h.version}${h.build ? `, build ${h.build}` : ', no build recorded'})`,
          file,
          line: 1,
          column: 1,
          hint: 'extract the shard again with this factlint, or index without --shard (the files are then extracted here)',
        });
      if (h.published !== published)
        throw new UserError({
          code: 'shard-flags-mismatch',
          message: `claims were extracted with --published ${h.published ?? '(none)'}, not ${published ?? '(none)'}`,
          file,
          line: 1,
          column: 1,
          hint: 'index with the --published the shard was extracted with',
        });
    });
    for (const u of units) if (u.article && u.sha256) out.set(`${u.id}\u0000${u.file}`, u);
  }
  return out;
}

export function indexCommand(setCode: (code: number) => void, io: IO): CommandModule<object, IndexArgs> {
  return {
    command: 'index [paths..]',
    describe: 'Build or update the claims index (in the cache folder) that check --against reads',
    builder: (y) =>
      y
        .positional('paths', PATHS)
        .option('rules', RULES)
        .option('shard', {
          describe:
            'Take the claims of unchanged files from these factlint extract shards instead of extracting them (repeat for several)',
          type: 'string',
          array: true,
        })
        .option('rebuild', {
          describe: 'Delete the index and build it again from the articles',
          type: 'boolean',
          default: false,
        })
        .options(READ_OPTIONS)
        .options(SCALE_OPTIONS)
        .example(
          '$0 index archive --rules rules',
          'Index the archive, then: factlint check draft.md --against archive',
        ),
    handler: async (args) => {
      const maxBytes = checkReadArgs(args);
      limitHeapGrowth(); // an archive's extraction would otherwise hold several times what it needs

      const scale = scaleOptions(args);
      const files = findArticleFiles(args.paths, { allowEmpty: args['allow-empty'] });
      const shards = args.shard?.length ? loadShards(args.shard, args.rules, args.published ?? null) : undefined;
      const { index, stats, extract } = await updateIndex(
        {
          files,
          rules: args.rules,
          strict: args.strict,
          published: args.published,
          maxBytes,
          scale: { ...scale, cache: args['cache-location'] },
          rebuild: args.rebuild,
          prune: true,
          shards,
          recordPaths: args.paths,
        },
        false,
      );
      index.close();
      reportStats(
        {
          articles: files.length,
          extracted: extract?.extracted ?? 0,
          cached: stats.unchanged,
          workers: extract?.workers ?? 0,
          rulesCached: extract?.rulesCached ?? 0,
        },
        indexFigures(stats),
      );
      io.err(
        `factlint: indexed ${files.length} article file(s) in ${index.file}: ${stats.indexed} extracted${stats.fromShards ? ` (${stats.fromShards} of them from shards)` : ''}, ${stats.unchanged} unchanged${stats.hashed ? ` (${stats.hashed} re-hashed)` : ''}, ${stats.removed} removed; ${stats.rows} in the index, ${(stats.bytes / 1e6).toFixed(1)} MB\n`,
      );
      setCode(0);
    },
  };
}
