/** `factlint init`: write a commented starter .factlint.yaml in the current folder. */
import fs from 'node:fs';
import type { CommandModule } from 'yargs';
import { UserError } from '../errors';
import { CONFIG_NAMES, starterConfig } from '../engine/config';
import { writeAtomic } from '../util/write-atomic';
import path from 'node:path';
import type { IO } from './common';
import { findArticleFiles } from '../corpus/files';
import { readCorpusFile } from '../corpus/read';
import { Nlp } from '../nlp/wink';
import type { Article } from '../model';
import type * as Suggest from '../suggest';
import { storyOf } from './suggest';

interface InitArgs {
  rules: string;
  corpus: string;
  force: boolean;
  suggest: boolean;
}

export function initCommand(setCode: (code: number) => void, io: IO): CommandModule<object, InitArgs> {
  return {
    command: 'init',
    describe: 'Write a commented starter config (.factlint.yaml) in the current folder',
    builder: (y) =>
      y
        .option('rules', { describe: 'Rule packs folder to name in it', type: 'string', default: 'rules' })
        .option('corpus', { describe: 'Coverage folder to name in it', type: 'string', default: 'corpus' })
        .option('force', { describe: 'Overwrite an existing config', type: 'boolean', default: false })
        .option('suggest', {
          describe: 'Also propose a rule pack from the corpus (factlint suggest) into the rules folder, to review',
          type: 'boolean',
          default: false,
        }),
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
      if (args.suggest) proposePack(args, io);
      writeAtomic(CONFIG_NAMES[0], starterConfig({ rules: args.rules, corpus: args.corpus }));
      const missing = [args.rules, args.corpus].filter((p) => !fs.existsSync(p));
      io.out(`wrote ${CONFIG_NAMES[0]}${missing.length ? ` (create ${missing.join(' and ')} before checking)` : ''}\n`);
      setCode(0);
    },
  };
}

/** `init --suggest`: the pack `factlint suggest` proposes from the corpus, written for review. */
function proposePack(args: InitArgs, io: IO): void {
  const story = storyOf([args.corpus]);
  const out = path.join(args.rules, `${story}.yaml`);
  if (fs.existsSync(out) && !args.force) {
    throw new UserError({
      code: 'pack-exists',
      message: `${out} already exists`,
      file: out,
      hint: 'review it, or pass --force to replace it with a new proposal',
    });
  }
  const articles: Article[] = [];
  for (const f of findArticleFiles([args.corpus])) {
    const read = readCorpusFile(f, {});
    if (read.article) articles.push(read.article);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { suggest } = require('../suggest') as typeof Suggest; // loaded by init alone, not at every start
  const proposal = suggest(articles, new Nlp(), { minArticles: 2, maxFacts: 12, story, packDir: args.rules });
  fs.mkdirSync(args.rules, { recursive: true });
  writeAtomic(out, proposal.yaml);
  io.out(
    `wrote ${out}: ${proposal.facts.length} facts proposed from ${proposal.articles} articles (review it before relying on it)\n`,
  );
}
