/** `factlint init`: write a commented starter .factlint.yaml in the current folder. */
import fs from 'node:fs';
import type { CommandModule } from 'yargs';
import { UserError } from '../errors';
import { CONFIG_NAMES, starterConfig } from '../engine/config';
import { writeAtomic } from '../util/write-atomic';
import type { IO } from './common';

interface InitArgs {
  rules: string;
  corpus: string;
  force: boolean;
}

export function initCommand(setCode: (code: number) => void, io: IO): CommandModule<object, InitArgs> {
  return {
    command: 'init',
    describe: 'Write a commented starter config (.factlint.yaml) in the current folder',
    builder: (y) =>
      y
        .option('rules', { describe: 'Rule packs folder to name in it', type: 'string', default: 'rules' })
        .option('corpus', { describe: 'Coverage folder to name in it', type: 'string', default: 'corpus' })
        .option('force', { describe: 'Overwrite an existing config', type: 'boolean', default: false }),
    handler: (args) => {
      const existing = CONFIG_NAMES.find((n) => fs.existsSync(n));
      if (existing && !args.force) {
        throw new UserError({
          code: 'config-exists',
          message: `${existing} already exists`,
          file: existing,
          hint: 'edit it, or pass --force to replace it with the starter file',
        });
      }
      writeAtomic(CONFIG_NAMES[0], starterConfig({ rules: args.rules, corpus: args.corpus }));
      const missing = [args.rules, args.corpus].filter((p) => !fs.existsSync(p));
      io.out(`wrote ${CONFIG_NAMES[0]}${missing.length ? ` (create ${missing.join(' and ')} before checking)` : ''}\n`);
      setCode(0);
    },
  };
}
