/** What the commands that read articles share: their flags, the checks of those flags, the IO type. */
import type { Options, PositionalOptions } from 'yargs';
import { UserError } from '../errors';
import { parseIsoDay } from '../util/calendar';

export type IO = { out: (s: string) => void; err: (s: string) => void };

export const PATHS = {
  describe: 'Article files, folders or globs',
  type: 'string' as const,
  array: true as const,
  default: ['corpus'],
} satisfies PositionalOptions;

/** --rules, for the commands that read rule packs (check has its own default from the config). */
export const RULES = {
  alias: 'r',
  describe: 'Rule pack files or folders',
  type: 'string' as const,
  array: true as const,
  default: ['rules'],
} satisfies Options;

export const PUBLISHED = {
  describe: 'Publication date (YYYY-MM-DD) for articles that state none',
  type: 'string' as const,
} satisfies Options;

/** How articles are read: for check and extract. */
export const READ_OPTIONS = {
  'allow-empty': { describe: 'Exit 0 when the paths match no article', type: 'boolean' as const, default: false },
  strict: { describe: 'Stop at the first unreadable article', type: 'boolean' as const, default: false },
  published: PUBLISHED,
  'max-file-size': { describe: 'Largest article file to read, in MB', type: 'number' as const, default: 10 },
} satisfies Record<string, Options>;

export interface ReadArgs {
  'allow-empty': boolean;
  strict: boolean;
  published?: string;
  'max-file-size': number;
}

export function checkPublished(published: string | undefined): void {
  if (published !== undefined && parseIsoDay(published) === null) {
    throw new UserError({
      code: 'bad-flag',
      message: `--published "${published}" is not a date`,
      hint: 'write it as YYYY-MM-DD, e.g. --published 2023-09-12',
    });
  }
}

/** Validates the read flags and returns the size limit in bytes. */
export function checkReadArgs(args: ReadArgs): number {
  checkPublished(args.published);
  if (!(args['max-file-size'] > 0)) {
    throw new UserError({
      code: 'bad-flag',
      message: `--max-file-size "${args['max-file-size']}" is not a positive number of MB`,
      hint: 'e.g. --max-file-size 50',
    });
  }
  return args['max-file-size'] * 1024 * 1024;
}
