/**
 * `npm run eval:witness`: copy detection against witness groups judged by reading
 * (eval/witness/<cluster>.yaml, ECB+ articles from ../shared/data/ecbplus). Scores article
 * pairs: a pair is "same witness" when both articles are in one group. Prints per-cluster and
 * overall pair precision and recall; --json for machines.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { readArticle } from '../corpus/article';
import { fingerprintOf } from '../corpus/fingerprint';
import { articleWitnesses, DEFAULT_WITNESS_SETTINGS, type WitnessSettings } from '../align/witness';

export interface PairCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ClusterScore extends PairCounts {
  cluster: string;
  articles: number;
  goldGroups: number;
  foundGroups: number;
}

const ROOT = path.resolve(__dirname, '..', '..');
export const ECBPLUS_DIR = path.resolve(ROOT, '..', 'shared', 'data', 'ecbplus');
export const WITNESS_GOLD_DIR = path.join(ROOT, 'eval', 'witness');

const pairsOf = (groups: string[][]): Set<string> => {
  const out = new Set<string>();
  for (const g of groups) {
    const s = [...g].sort();
    for (let i = 0; i < s.length; i++) for (let j = i + 1; j < s.length; j++) out.add(`${s[i]}|${s[j]}`);
  }
  return out;
};

export function scoreCluster(cluster: string, settings: WitnessSettings = DEFAULT_WITNESS_SETTINGS): ClusterScore {
  const gold = YAML.parse(fs.readFileSync(path.join(WITNESS_GOLD_DIR, `${cluster}.yaml`), 'utf8')) as {
    witnesses: { articles: string[] }[];
  };
  const dir = path.join(ECBPLUS_DIR, cluster);
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  const articles = files.map((f) => {
    const a = readArticle(path.join(dir, f), f);
    return { id: f, source: a.source, fingerprint: fingerprintOf(a.body.slice(a.textStart), a.meta) };
  });
  const found = articleWitnesses(articles, settings);
  const foundGroups = [...new Set(found.values())].map((w) => w.articles);
  const g = pairsOf(gold.witnesses.map((w) => w.articles));
  const f = pairsOf(foundGroups);
  const tp = [...f].filter((p) => g.has(p)).length;
  return {
    cluster,
    articles: files.length,
    goldGroups: gold.witnesses.length,
    foundGroups: foundGroups.length,
    tp,
    fp: f.size - tp,
    fn: g.size - tp,
  };
}

export const witnessClusters = (): string[] =>
  fs.existsSync(WITNESS_GOLD_DIR)
    ? fs
        .readdirSync(WITNESS_GOLD_DIR)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => f.replace(/\.yaml$/, ''))
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    : [];

const ratio = (a: number, b: number) => (b ? a / b : 1);

function main(): void {
  if (!fs.existsSync(ECBPLUS_DIR)) {
    process.stderr.write(`eval:witness: ${ECBPLUS_DIR} is absent; nothing to score\n`);
    return;
  }
  const scores = witnessClusters().map((c) => scoreCluster(c));
  const total = scores.reduce((t, s) => ({ tp: t.tp + s.tp, fp: t.fp + s.fp, fn: t.fn + s.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ clusters: scores, total }, null, 2)}\n`);
    return;
  }
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const lines = [
    '| cluster | articles | gold groups | found groups | same-witness pairs (gold) | precision | recall |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const s of scores)
    lines.push(
      `| ${s.cluster} | ${s.articles} | ${s.goldGroups} | ${s.foundGroups} | ${s.tp + s.fn} | ${pct(ratio(s.tp, s.tp + s.fp))} | ${pct(ratio(s.tp, s.tp + s.fn))} |`,
    );
  lines.push(
    `| **all** | ${scores.reduce((n, s) => n + s.articles, 0)} | | | ${total.tp + total.fn} | **${pct(ratio(total.tp, total.tp + total.fp))}** | **${pct(ratio(total.tp, total.tp + total.fn))}** |`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (require.main === module) main();
