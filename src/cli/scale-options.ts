/** The flags of extraction at scale, shared by `check` and `extract`. */
import type { Options } from 'yargs';
import { UserError } from '../errors';
import { DEFAULT_CACHE_LOCATION } from '../engine/cache';
import { defaultJobs, type ScaleOptions } from '../engine/run';
import { progressEnabled } from '../engine/progress';

export const SCALE_OPTIONS = {
  jobs: { alias: 'j', describe: 'Worker threads for extraction (default: the number of cores)', type: 'number' },
  cache: {
    describe: 'Reuse the claims of unchanged articles (keyed by content, rules, version and flags)',
    type: 'boolean',
    default: false,
  },
  'cache-location': { describe: 'Folder of the claims cache', type: 'string', default: DEFAULT_CACHE_LOCATION },
  progress: {
    describe: 'Show progress on a terminal (never when piped or in CI); --no-progress to hide',
    type: 'boolean',
  },
} as const satisfies Record<string, Options>;

export interface ScaleArgs {
  jobs?: number;
  cache: boolean;
  'cache-location': string;
  progress?: boolean;
}

export function scaleOptions(args: ScaleArgs): ScaleOptions {
  const jobs = args.jobs ?? defaultJobs();
  if (!Number.isInteger(jobs) || jobs < 1) {
    throw new UserError({
      code: 'bad-flag',
      message: `--jobs "${args.jobs}" is not a whole number of at least 1`,
      hint: 'e.g. --jobs 4; --jobs 1 extracts in the main thread',
    });
  }
  return { jobs, cache: args.cache ? args['cache-location'] : null, progress: progressEnabled(args.progress) };
}
