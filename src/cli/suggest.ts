/**
 * `factlint suggest [paths..]`: a rule pack proposed from the articles themselves, for a
 * person to review; or, with --format, the table of candidate facts to choose from.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CommandModule } from 'yargs';
import { checkReadArgs, PATHS, READ_OPTIONS, type IO, type ReadArgs } from './common';
import { UserError } from '../errors';
import { findArticleFiles } from '../corpus/files';
import { readCorpusFile } from '../corpus/read';
import { Nlp } from '../nlp/wink';
import type { Article } from '../model';
import type { Problem } from '../model/report';
import type * as Suggest from '../suggest';
import type { Proposal } from '../suggest';
import { writeAtomic } from '../util/write-atomic';

export const SUGGEST_FORMATS = ['yaml', 'text', 'json'] as const;
type SuggestFormat = (typeof SUGGEST_FORMATS)[number];

interface SuggestArgs extends ReadArgs {
  paths: string[];
  out?: string;
  format: SuggestFormat;
  'min-articles': number;
  'max-facts': number;
  story?: string;
}

function positiveInteger(name: string, n: number): void {
  if (!Number.isInteger(n) || n < 1)
    throw new UserError({
      code: 'bad-flag',
      message: `--${name} "${n}" is not a positive whole number`,
      hint: `e.g. --${name} 2`,
    });
}

/** The candidate table: each fact, its values across the articles, disagreements marked. */
export function formatTable(p: Proposal): string {
  const lines: string[] = [];
  for (const f of p.facts) {
    const mark =
      f.status === 'contradiction'
        ? '✖ disagree'
        : f.status === 'agreement'
          ? '✔ agree'
          : f.status === 'update' || f.status === 'stale'
            ? `↗ ${f.status}` // a running figure that changed over the news cycle
            : '· one source';
    lines.push(`${mark}  ${f.id}  ${f.title}  (${f.type}${f.unit ? `, ${f.unit}` : ''}; ${f.articles} articles)`);
    for (const v of f.values) lines.push(`    ${v.display.padEnd(24)} ${v.articles.join(', ')}`);
  }
  const n = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  const places = p.places.length ? `; ${n(p.places.length, 'place')} in the proposed gazetteer` : '';
  lines.push(`${n(p.facts.length, 'fact')} proposed from ${n(p.articles, 'article')}${places}`);
  return `${lines.join('\n')}\n`;
}

export function formatJson(p: Proposal): string {
  const { story, articles, facts, places, notes } = p;
  return `${JSON.stringify(
    {
      version: 1,
      story,
      articles,
      facts: facts.map(({ spec: _spec, ...f }) => f),
      places: places.map((pl) => ({ id: pl.id, name: pl.name, aliases: pl.aliases, parents: pl.parents })),
      notes,
    },
    null,
    2,
  )}\n`;
}

export function storyOf(paths: string[]): string {
  const first = path.resolve(paths[0] ?? '.');
  const base = path.basename(/[*?[\]{}]/.test(first) ? path.dirname(first.split(/[*?[{]/)[0]) : first);
  return base.replace(/\.[a-z]+$/i, '') || 'suggested';
}

export function suggestCommand(setCode: (code: number) => void, io: IO): CommandModule<object, SuggestArgs> {
  return {
    command: 'suggest [paths..]',
    describe: 'Propose a rule pack from the articles: the facts several of them state',
    builder: (y) =>
      y
        .positional('paths', PATHS)
        .option('out', {
          alias: 'o',
          describe: 'Write the pack (or the table) to this file, atomically, instead of standard output',
          type: 'string',
        })
        .option('format', {
          alias: 'f',
          describe: 'yaml: the rule pack; text or json: the candidate table, no pack',
          choices: SUGGEST_FORMATS,
          default: 'yaml' as const,
        })
        .option('min-articles', {
          describe: 'Fewest articles that must state a fact',
          type: 'number',
          default: 2,
        })
        .option('max-facts', { describe: 'Most facts proposed', type: 'number', default: 12 })
        .option('story', { describe: 'Story id of the pack (default: the folder name)', type: 'string' })
        .options(READ_OPTIONS)
        .example('$0 suggest corpus --out rules/my-story.yaml', 'Propose a pack; review it, then run check')
        .example('$0 suggest corpus --format text', 'The candidate facts and their values, no pack written'),
    handler: (args) => {
      const maxBytes = checkReadArgs(args);
      positiveInteger('min-articles', args['min-articles']);
      positiveInteger('max-facts', args['max-facts']);
      const files = findArticleFiles(args.paths, { allowEmpty: args['allow-empty'] });
      const articles: Article[] = [];
      const problems: Problem[] = [];
      for (const f of files) {
        const read = readCorpusFile(f, { strict: args.strict, published: args.published, maxBytes });
        problems.push(...read.problems);
        if (read.article) articles.push(read.article);
      }
      for (const p of problems)
        io.err(`${p.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}: ${p.severity} ${p.code}: ${p.message}\n`);
      const packDir = args.out ? path.dirname(args.out) : '.';
      // Loaded here: every other command (check among them) starts without the miner and its YAML writer.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { suggest } = require('../suggest') as typeof Suggest;
      const proposal = suggest(articles, new Nlp(), {
        minArticles: args['min-articles'],
        maxFacts: args['max-facts'],
        story: args.story ?? storyOf(args.paths),
        packDir,
        published: args.published,
      });
      for (const n of proposal.notes) io.err(`factlint suggest: ${n}\n`);
      const text =
        args.format === 'json' ? formatJson(proposal) : args.format === 'text' ? formatTable(proposal) : proposal.yaml;
      if (args.out) {
        fs.mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true }); // a new pack often starts a folder
        writeAtomic(args.out, text);
        io.err(
          `factlint suggest: ${proposal.facts.length} facts proposed from ${proposal.articles} articles, written to ${args.out}\n`,
        );
      } else io.out(text);
      setCode(problems.some((p) => p.severity === 'error') ? 2 : 0);
    },
  };
}
