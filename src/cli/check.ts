/** `factlint check [paths..]`: extract, align, report, gate. */
import { checkReadArgs, PATHS, READ_OPTIONS, type IO, type ReadArgs } from './common';
import { isInside, projectConfig, rebase, rebaseFormat, type ProjectConfig } from '../engine/config';
import { DEFAULT_CACHE_LOCATION } from '../engine/cache';
import type { CommandModule } from 'yargs';
import { checkCorpus } from '../engine/run';
import { SCALE_OPTIONS, scaleOptions, type ScaleArgs } from './scale-options';
import fs from 'node:fs';
import path from 'node:path';
import { UserError, formatDiagnostic } from '../errors';
import { DEFAULT_FAIL_ON, exitCode, FAIL_ON, type FailOn } from '../gate/exit';
import { parseFormats, writeOutputs } from './output';
import { writeAtomic } from '../util/write-atomic';
import { limitHeapGrowth } from '../util/heap';
import { applyGate } from '../gate';
import { findArticleFiles } from '../corpus/files';
import { ClaimIndex } from '../engine/index-db';
import { checkDraftsIndexed, checkDraftsTrusted } from '../engine/indexed';

/** Flags as given: undefined where not given, so the config file fills them (flags override the file). */
interface CheckFlags extends Omit<ScaleArgs, 'cache' | 'cache-location'>, Omit<ReadArgs, 'max-file-size'> {
  paths?: string[];
  rules?: string[];
  format?: string[];
  'fail-on'?: FailOn;
  color?: boolean;
  against?: string[];
  baseline?: string;
  'update-baseline': boolean;
  'trust-index': boolean;
  'max-warnings'?: number;
  'max-file-size'?: number;
  cache?: boolean;
  'cache-location'?: string;
  /** A config file; false with --no-config. */
  config?: string | false;
  watch: boolean;
  witnesses?: boolean;
}

/** The check to run: the flags, then the config file, then the defaults. */
export interface CheckSettings extends ReadArgs, ScaleArgs {
  paths: string[];
  rules: string[];
  format: string[];
  'fail-on': FailOn;
  against?: string[];
  baseline?: string;
  'max-warnings': number;
  witnesses: boolean;
}

export function checkSettings(flags: CheckFlags, config: ProjectConfig | null): CheckSettings {
  const c = config?.settings ?? {};
  const here = (p: string) => (config ? rebase(config, p) : p);
  const corpus = c.corpus?.map(here);
  const listed = (flags.paths ?? []).filter((p): p is string => typeof p === 'string' && p !== '');
  const given = listed.length ? listed : null;
  let paths: string[];
  let against = flags.against;
  if (!given) {
    // No paths: the configured check (the drafts against the corpus, or the corpus).
    if (c.drafts && corpus && !against) {
      paths = c.drafts.map(here);
      against = corpus;
    } else paths = corpus ?? ['corpus'];
  } else {
    paths = given;
    // A path outside the configured corpus is a draft, checked against it.
    if (!against && corpus && given.every((p) => !isInside(p, corpus))) against = corpus;
  }
  return {
    paths,
    against,
    rules: flags.rules ?? c.rules?.map(here) ?? ['rules'],
    format: flags.format ?? (config ? c.format?.map((f) => rebaseFormat(config, f)) : undefined) ?? ['text'],
    'fail-on': flags['fail-on'] ?? c['fail-on'] ?? DEFAULT_FAIL_ON,
    'max-warnings': flags['max-warnings'] ?? c['max-warnings'] ?? -1,
    baseline: flags.baseline ?? (c.baseline !== undefined ? here(c.baseline) : undefined),
    'allow-empty': flags['allow-empty'],
    strict: flags.strict,
    published: flags.published ?? c.published,
    'max-file-size': flags['max-file-size'] ?? c['max-file-size'] ?? 10,
    jobs: flags.jobs ?? c.jobs,
    cache: flags.cache ?? c.cache ?? false,
    'cache-location':
      flags['cache-location'] ??
      (c['cache-location'] !== undefined
        ? here(c['cache-location'])
        : config
          ? here(DEFAULT_CACHE_LOCATION)
          : DEFAULT_CACHE_LOCATION),
    progress: flags.progress,
    witnesses: flags.witnesses ?? c.witnesses ?? true,
  };
}

export function checkCommand(setCode: (code: number) => void, io: IO): CommandModule<object, CheckFlags> {
  return {
    command: 'check [paths..]',
    describe: 'Check articles for contradictions between sources',
    builder: (y) =>
      y
        .positional('paths', {
          ...PATHS,
          default: undefined,
          defaultDescription: "the config's drafts or corpus, else corpus",
        })
        .option('rules', {
          alias: 'r',
          describe: 'Rule pack files or folders',
          type: 'string',
          array: true,
          defaultDescription: 'rules',
        })
        .option('format', {
          alias: 'f',
          describe: 'Output NAME[:PATH]; repeat for several (text, json, …)',
          type: 'string',
          array: true,
          defaultDescription: 'text',
        })
        .option('fail-on', {
          describe: 'Lowest severity that makes the exit code 1',
          choices: FAIL_ON,
          defaultDescription: DEFAULT_FAIL_ON,
        })
        .options(READ_OPTIONS)
        .option('max-file-size', { ...READ_OPTIONS['max-file-size'], default: undefined, defaultDescription: '10' })
        .option('config', {
          describe: 'Project config file (default: the nearest .factlint.yaml above); --no-config to ignore it',
          type: 'string',
        })
        .option('against', {
          describe:
            'Draft mode: check the paths (drafts) against these articles; report only findings that involve a draft',
          type: 'string',
          array: true,
        })
        .option('trust-index', {
          describe:
            'Draft mode: take the archive as the last factlint index of the --against paths recorded it, without listing or reading its files (for an index a batch job keeps up to date)',
          type: 'boolean',
          default: false,
        })
        .option('baseline', { describe: 'Ignore the findings recorded in this file', type: 'string' })
        .option('update-baseline', {
          describe:
            'Write the current findings to the baseline file (default .factlint-baseline.json), pruning stale entries',
          type: 'boolean',
          default: false,
        })
        .option('max-warnings', {
          describe: 'Exit 1 when more than N findings are warnings (-1: no limit)',
          type: 'number',
          defaultDescription: '-1 (no limit)',
        })
        .option('watch', {
          alias: 'w',
          describe: 'Check again on every change of the articles, rules or config (with the cache)',
          type: 'boolean',
          default: false,
        })
        .option('color', { describe: 'Colour the text output (default: when stdout is a terminal)', type: 'boolean' })
        .option('witnesses', {
          describe: 'Count copies of one text (wire copy) as one witness; --no-witnesses counts every outlet',
          type: 'boolean',
          defaultDescription: 'true',
        })
        .options(SCALE_OPTIONS)
        .option('cache', { ...SCALE_OPTIONS.cache, default: undefined, defaultDescription: 'false' })
        .option('cache-location', {
          ...SCALE_OPTIONS['cache-location'],
          default: undefined,
          defaultDescription: DEFAULT_CACHE_LOCATION,
        })
        .example('$0 check corpus --rules rules', 'Check the corpus folder with the rule packs in rules/')
        .example(
          '$0 check --format text --format json:reports/report.json',
          'Print a summary and write the JSON report',
        )
        .example('$0 check drafts/story.md --against corpus', 'Lint one draft against the coverage'),
    handler: async (flags) => {
      const config = projectConfig(flags.config);
      const args = checkSettings(flags, config);
      if (!flags.watch) {
        setCode(await runCheck(flags, args, io));
        return;
      }
      // --watch: the same check again on every change of the articles, rules or config.
      const run = async () => {
        if (process.stdout.isTTY) io.out('\u001bc'); // clear the screen
        let code: number;
        try {
          code = await runCheck(flags, { ...args, cache: true }, io);
        } catch (e) {
          if (!(e instanceof UserError)) throw e;
          io.err(`${e.diagnostics.map(formatDiagnostic).join('\n')}\n`);
          code = 2;
        }
        io.err(
          `factlint: exit ${code} at ${new Date().toTimeString().slice(0, 8)}; watching for changes (Ctrl-C to stop)\n`,
        );
        setCode(code);
      };
      await watchPaths([...args.paths, ...(args.against ?? []), ...args.rules, ...(config ? [config.file] : [])], run);
    },
  };
}

/** One check with the settings: extract, align, gate, write the outputs; returns the exit code. */
async function runCheck(flags: CheckFlags, args: CheckSettings, io: IO): Promise<number> {
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
  // Drafts against an archive read the claims index when there is one, or when --cache asks to keep one.
  const indexed = drafts && (scale.cache || ClaimIndex.exists(args['cache-location']));
  if (flags['trust-index'] && !args.against)
    throw new UserError({
      code: 'bad-flag',
      message: '--trust-index needs draft mode: the drafts to check and --against ARCHIVE',
      hint: 'e.g. factlint check draft.md --against archive --trust-index, after factlint index archive',
    });
  const read = {
    strict: args.strict,
    published: args.published,
    maxBytes,
    rules: args.rules,
    witnesses: args.witnesses,
  };
  const indexScale = { ...scale, cache: scale.cache ?? args['cache-location'] };
  // The index's update may extract a whole archive (the first draft check with --cache).
  if (indexed && !flags['trust-index']) limitHeapGrowth();
  const result = flags['trust-index']
    ? await checkDraftsTrusted({
        ...read,
        drafts: findArticleFiles(args.paths),
        against: args.against!,
        scale: indexScale,
      })
    : indexed
      ? await checkDraftsIndexed({
          ...read,
          files: findArticleFiles(paths, { allowEmpty: args['allow-empty'] }),
          drafts,
          scale: indexScale,
        })
      : await checkCorpus({ ...read, paths, drafts, allowEmpty: args['allow-empty'], scale });
  const baseline = args.baseline ?? (flags['update-baseline'] ? '.factlint-baseline.json' : null);
  const gated = applyGate(result.report, { drafts, baseline, updateBaseline: flags['update-baseline'] });
  if (gated.baselineText !== null && baseline) writeAtomic(baseline, gated.baselineText);
  if (gated.message) io.err(`${gated.message}\n`);
  const code = exitCode(gated.report, args['fail-on'], args['max-warnings']);
  writeOutputs(gated.report, outputs, io.out, flags.color ?? Boolean(process.stdout.isTTY), code);
  return code;
}

/** Runs `run` now and again (debounced) whenever a file under `paths` changes; never returns. */
async function watchPaths(paths: string[], run: () => Promise<void>): Promise<never> {
  let timer: NodeJS.Timeout | null = null;
  let running = Promise.resolve();
  const again = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(run);
    }, 200);
  };
  for (const p of new Set(paths.map((x) => path.resolve(x.replace(/[*?[{].*$/, '') || '.')))) {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) continue;
    const dir = stat.isDirectory();
    fs.watch(dir ? p : path.dirname(p), { recursive: dir }, (_e, name) => {
      const file = name?.toString() ?? '';
      // Hidden files (the cache, editors' swap files) are never articles, rules or the config.
      if (dir ? !file.split(/[\\/]/).some((s) => s.startsWith('.')) : file === path.basename(p)) again();
    });
  }
  await (running = running.then(run));
  return new Promise<never>(() => undefined);
}
