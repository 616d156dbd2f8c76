/**
 * `npm run eval:suggest`: how good the packs `factlint suggest` proposes are on real coverage.
 * - Kept share: on the ECB+ clusters judged in eval/suggest/<cluster>.yaml, the share of the
 *   proposed facts a person reading the articles kept (judgments are data, written by reading;
 *   a proposed fact with no judgment is listed as unjudged, never counted as kept).
 * - Conflict pairs: on the clusters with gold values (eval/real/gold), the article pairs the
 *   unedited proposal sets against each other in a contradiction, against the gold's conflict
 *   pairs. A proposed pair is right when both articles' claims state their gold values of one
 *   gold fact and those values cannot both hold (src/eval/suggest-gold.ts, eval/README.md).
 * Flags: --json, --errors (unjudged facts, wrong and missed pairs), --cluster <id>.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Article } from '../model';
import type { Claim } from '../model/claim';
import type { Finding } from '../model/report';
import { findArticleFiles } from '../corpus/files';
import { readCorpusFile } from '../corpus/read';
import { Nlp } from '../nlp/wink';
import { Checker } from '../engine/checker';
import { suggest, type Proposal } from '../suggest';
import { claimStates, goldCompatible, type GoldFile } from './suggest-gold';
import { listClusters, realDir } from './real';

export interface Ratio {
  hit: number;
  total: number;
}

export interface Judgment {
  id: string;
  verdict: 'keep' | 'drop';
  seen?: string;
  reason: string;
}

export interface JudgmentFile {
  cluster: string;
  judged: string;
  facts: Judgment[];
}

export interface KeptScore {
  cluster: string;
  proposed: number;
  kept: number;
  dropped: number;
  unjudged: string[];
}

export interface PairScore {
  cluster: string;
  precision: Ratio;
  recall: Ratio;
  wrong: string[];
  missed: string[];
}

const OPTIONS = { minArticles: 2, maxFacts: 12 };

function read(dir: string): Article[] {
  const out: Article[] = [];
  for (const f of findArticleFiles([dir])) {
    const { article } = readCorpusFile(f, {});
    if (article) out.push(article);
  }
  return out;
}

/** The proposal for a cluster, loaded the way a user runs it: the YAML file, through Checker.load. */
function propose(
  cluster: string,
  articlesDir: string,
  nlp: Nlp,
): { proposal: Proposal; checker: Checker; articles: Article[] } {
  const articles = read(path.join(articlesDir, cluster));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-eval-suggest-'));
  const proposal = suggest(articles, nlp, { ...OPTIONS, story: cluster, packDir: dir });
  const file = path.join(dir, `${cluster}.yaml`);
  fs.writeFileSync(file, proposal.yaml);
  const checker = Checker.load([file]);
  fs.rmSync(dir, { recursive: true, force: true });
  return { proposal, checker, articles };
}

export function scoreKept(cluster: string, judged: JudgmentFile, proposal: Proposal): KeptScore {
  const verdicts = new Map(judged.facts.map((j) => [j.id, j.verdict]));
  const ids = proposal.facts.map((f) => f.id);
  return {
    cluster,
    proposed: ids.length,
    kept: ids.filter((id) => verdicts.get(id) === 'keep').length,
    dropped: ids.filter((id) => verdicts.get(id) === 'drop').length,
    unjudged: ids.filter((id) => !verdicts.has(id)),
  };
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\t${b}` : `${b}\t${a}`);

export function scorePairs(cluster: string, evalDir: string, checker: Checker, articles: Article[]): PairScore {
  const gold = parseYaml(fs.readFileSync(path.join(evalDir, 'gold', `${cluster}.yaml`), 'utf8')) as GoldFile;
  const goldPack = Checker.load([path.join(evalDir, 'packs', `${cluster}.yaml`)]).packs[0];
  const goldFacts = gold.facts.filter((gf) => goldPack.facts.some((f) => f.id === gf.id));
  const factOf = (id: string) => goldPack.facts.find((f) => f.id === id)!;
  const names = Object.keys(gold.articles).sort();
  // Gold conflicts: pairs of articles about the event whose values of a fact cannot both hold
  // (running figures: only as of the same day).
  const goldPairs = new Map<string, Set<string>>(); // gold fact → pair keys
  for (const gf of goldFacts) {
    const pairs = new Set<string>();
    for (let i = 0; i < names.length; i++)
      for (let j = i + 1; j < names.length; j++) {
        const [a, b] = [gold.articles[names[i]], gold.articles[names[j]]];
        if (!a['about-event'] || !b['about-event']) continue;
        const [va, vb] = [a.values?.[gf.id], b.values?.[gf.id]];
        if (!va || !vb || goldCompatible(va, vb, gf, factOf(gf.id), goldPack)) continue;
        if (gf.running && !(a.asof !== null && a.asof === b.asof)) continue;
        pairs.add(pairKey(names[i], names[j]));
      }
    goldPairs.set(gf.id, pairs);
  }
  const claims: Claim[] = articles.flatMap((a) => checker.extractClaims(a));
  const findings: Finding[] = checker.finish(articles, claims, []).report.findings;
  const byId = new Map(articles.map((a) => [a.id, path.basename(a.path)]));
  const predicted = new Map<string, boolean>(); // fact \t pair → right
  const found = new Set<string>(); // gold fact \t pair
  for (const f of findings) {
    if (f.status !== 'contradiction') continue;
    const claimsOf = new Map<string, Claim[]>();
    for (const c of claims.filter((x) => x.fact === f.fact)) {
      const n = byId.get(c.article) ?? c.article;
      claimsOf.set(n, [...(claimsOf.get(n) ?? []), c]);
    }
    // Two articles are set against each other when every pair of their claims is in the
    // finding's conflicts (as eval:real counts them; without loose claims: disjoint groups).
    const conflicting = new Set<string>();
    for (const [as, bs] of f.conflicts)
      for (const a of as) for (const b of bs) conflicting.add(`${a} ${b}`).add(`${b} ${a}`);
    const indexesOf = new Map<string, number[]>();
    f.claims.forEach((c, k) => {
      const n = byId.get(c.article) ?? c.article;
      indexesOf.set(n, [...(indexesOf.get(n) ?? []), k]);
    });
    const arts = [...indexesOf.keys()].sort();
    for (let i = 0; i < arts.length; i++)
      for (let j = i + 1; j < arts.length; j++) {
        const [ia, ib] = [indexesOf.get(arts[i])!, indexesOf.get(arts[j])!];
        if (!ia.every((x) => ib.every((y) => conflicting.has(`${x} ${y}`)))) continue;
        const key = pairKey(arts[i], arts[j]);
        let right = false;
        for (const gf of goldFacts) {
          if (!goldPairs.get(gf.id)!.has(key)) continue;
          const states = (name: string) => {
            const g = gold.articles[name]?.values?.[gf.id];
            return !!g && (claimsOf.get(name) ?? []).some((c) => claimStates(c, g, gf, factOf(gf.id), goldPack));
          };
          if (states(arts[i]) && states(arts[j])) {
            right = true;
            found.add(`${gf.id}\t${key}`);
          }
        }
        predicted.set(`${f.fact}\t${key}`, right);
      }
  }
  const all = [...goldPairs].flatMap(([g, pairs]) => [...pairs].map((p) => `${g}\t${p}`));
  return {
    cluster,
    precision: { hit: [...predicted.values()].filter(Boolean).length, total: predicted.size },
    recall: { hit: found.size, total: all.length },
    wrong: [...predicted].filter(([, r]) => !r).map(([k]) => k.replace(/\t/g, ' ')),
    missed: all.filter((k) => !found.has(k)).map((k) => k.replace(/\t/g, ' ')),
  };
}

const pct = (hit: number, total: number) => (total ? `${((100 * hit) / total).toFixed(1)}%` : '-');

export interface SuggestEval {
  kept: KeptScore[];
  pairs: PairScore[];
  keptAll: { kept: number; judged: number };
  pairAll: { precision: Ratio; recall: Ratio };
}

/** Proposes a pack for every judged or gold cluster (or `only`) and scores it. */
export function evaluateSuggest(repoRoot: string, articlesDir: string, only: string | null = null): SuggestEval {
  const judgedDir = path.join(repoRoot, 'eval', 'suggest');
  const judged = fs.existsSync(judgedDir)
    ? fs
        .readdirSync(judgedDir)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => f.slice(0, -5))
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    : [];
  const evalDir = path.join(repoRoot, 'eval', 'real');
  const golds = listClusters(evalDir);
  const nlp = new Nlp();
  const kept: KeptScore[] = [];
  const pairs: PairScore[] = [];
  for (const cluster of [...new Set([...judged, ...golds])]) {
    if (only && cluster !== only) continue;
    const { proposal, checker, articles } = propose(cluster, articlesDir, nlp);
    if (judged.includes(cluster)) {
      const file = parseYaml(fs.readFileSync(path.join(judgedDir, `${cluster}.yaml`), 'utf8')) as JudgmentFile;
      kept.push(scoreKept(cluster, file, proposal));
    }
    if (golds.includes(cluster)) pairs.push(scorePairs(cluster, evalDir, checker, articles));
  }
  const keptAll = { kept: sum(kept.map((k) => k.kept)), judged: sum(kept.map((k) => k.kept + k.dropped)) };
  const pairAll = {
    precision: { hit: sum(pairs.map((p) => p.precision.hit)), total: sum(pairs.map((p) => p.precision.total)) },
    recall: { hit: sum(pairs.map((p) => p.recall.hit)), total: sum(pairs.map((p) => p.recall.total)) },
  };
  return { kept, pairs, keptAll, pairAll };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function main(): void {
  const repoRoot = path.resolve(__dirname, '..', '..');
  const args = process.argv.slice(2);
  const articlesDir = realDir(repoRoot);
  if (!fs.existsSync(articlesDir)) {
    console.log('skipped: ECB+ articles not found (set ECBPLUS_DIR, or put them at ../shared/data/ecbplus)');
    return;
  }
  const only = args.includes('--cluster') ? args[args.indexOf('--cluster') + 1] : null;
  const { kept, pairs, keptAll, pairAll } = evaluateSuggest(repoRoot, articlesDir, only);
  if (args.includes('--json')) {
    console.log(
      JSON.stringify({ kept, keptAll, pairs: pairs.map(({ wrong: _w, missed: _m, ...p }) => p), pairAll }, null, 2),
    );
    return;
  }
  console.log(
    `${'cluster'.padEnd(12)} ${'proposed'.padStart(8)} ${'kept'.padStart(5)} ${'dropped'.padStart(7)} ${'share'.padStart(7)}  unjudged`,
  );
  for (const k of kept)
    console.log(
      `${k.cluster.padEnd(12)} ${String(k.proposed).padStart(8)} ${String(k.kept).padStart(5)} ${String(k.dropped).padStart(7)} ${pct(k.kept, k.kept + k.dropped).padStart(7)}  ${k.unjudged.join(', ')}`,
    );
  console.log(
    `${'all'.padEnd(12)} ${String(sum(kept.map((k) => k.proposed))).padStart(8)} ${String(keptAll.kept).padStart(5)} ${String(keptAll.judged - keptAll.kept).padStart(7)} ${pct(keptAll.kept, keptAll.judged).padStart(7)}`,
  );
  console.log(
    `\n${'cluster'.padEnd(12)} ${'pair P'.padStart(7)} ${'pairs'.padStart(8)} ${'pair R'.padStart(7)} ${'gold'.padStart(8)}`,
  );
  for (const p of pairs) {
    console.log(
      `${p.cluster.padEnd(12)} ${pct(p.precision.hit, p.precision.total).padStart(7)} ${`${p.precision.hit}/${p.precision.total}`.padStart(8)} ${pct(p.recall.hit, p.recall.total).padStart(7)} ${`${p.recall.hit}/${p.recall.total}`.padStart(8)}`,
    );
    if (args.includes('--errors')) {
      for (const w of p.wrong) console.log(`    wrong pair   ${w}`);
      for (const m of p.missed) console.log(`    missed pair  ${m}`);
    }
  }
  console.log(
    `${'all'.padEnd(12)} ${pct(pairAll.precision.hit, pairAll.precision.total).padStart(7)} ${`${pairAll.precision.hit}/${pairAll.precision.total}`.padStart(8)} ${pct(pairAll.recall.hit, pairAll.recall.total).padStart(7)} ${`${pairAll.recall.hit}/${pairAll.recall.total}`.padStart(8)}`,
  );
}

if (require.main === module) main();
