/** `factlint explain <fact> [paths..]`: the cue, the value taken and every value rejected, with reasons. */
import { checkPublished, PATHS, PUBLISHED, type IO, RULES } from './common';
import type { CommandModule } from 'yargs';
import { Checker } from '../engine/checker';
import { findArticleFiles } from '../corpus/files';
import { readArticle } from '../corpus/article';
import { explainArticle, findFact, formatExplanation } from '../claims/explain';

interface ExplainArgs {
  fact: string;
  paths: string[];
  rules: string[];
  published?: string;
  json: boolean;
}

export function explainCommand(setCode: (code: number) => void, io: IO): CommandModule<object, ExplainArgs> {
  return {
    command: 'explain <fact> [paths..]',
    describe: 'Show how a fact binds in each article: cues, values taken, values rejected and why',
    builder: (y) =>
      y
        .positional('fact', { describe: 'Fact id, or story/fact', type: 'string', demandOption: true })
        .positional('paths', PATHS)
        .option('rules', RULES)
        .option('published', PUBLISHED)
        .option('json', { describe: 'Print the explanation as JSON', type: 'boolean', default: false })
        .example(
          '$0 explain summit-location corpus --rules rules',
          'Why each place near a summit cue was taken or rejected',
        ),
    handler: (args) => {
      checkPublished(args.published);
      const checker = Checker.load(args.rules);
      const { pack, fact } = findFact(checker.packs, args.fact);
      const articles = findArticleFiles(args.paths).map((f) => {
        const a = readArticle(f.file, f.id);
        if (!a.published && args.published) a.published = args.published;
        return explainArticle(a, pack, fact, (text) => checker.analyse(text));
      });
      io.out(
        args.json
          ? `${JSON.stringify({ story: pack.story, fact: fact.id, articles }, null, 2)}\n`
          : `${formatExplanation(args.fact, pack, fact, articles)}\n`,
      );
      setCode(0);
    },
  };
}
