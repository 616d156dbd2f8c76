/** corpus/ is the example story's seed articles as received: front matter added, text unchanged. */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers';
import { readFrontMatter } from '../../src/corpus/frontmatter';
import { needsPath, testWith } from '../prerequisites';

const SEEDS = path.join(ROOT, '..', 'shared', 'seeds');

testWith(needsPath('../shared/seeds', SEEDS, 'the seed articles, in shared/ beside the repository'))(
  'every corpus article holds its seed text byte for byte, under the seed number',
  () => {
    const seeds = fs.readdirSync(SEEDS).sort();
    const articles = fs
      .readdirSync(path.join(ROOT, 'corpus'))
      .filter((f) => f.endsWith('.md'))
      .sort();
    expect(articles.map((a) => a.slice(0, 3))).toEqual(seeds.map((s) => s.slice(0, 3)));
    for (const [i, a] of articles.entries()) {
      const text = fs.readFileSync(path.join(ROOT, 'corpus', a), 'utf8');
      const fm = readFrontMatter(text, a)!;
      expect(fm.data).toHaveProperty('title');
      expect(text.slice(fm.bodyStart)).toBe(fs.readFileSync(path.join(SEEDS, seeds[i]), 'utf8'));
    }
  },
);
