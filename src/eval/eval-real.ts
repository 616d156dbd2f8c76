/**
 * `npm run eval:real`: slot precision and recall, conflict-pair precision and recall and the
 * share of updates shown, per ECB+ cluster and overall (rules in src/eval/real.ts and
 * eval/README.md). Flags: --json (one JSON object on stdout), --errors (every wrong claim,
 * missed slot and wrong pair), --markdown (the README table), --cluster <id> (one cluster).
 */
import * as path from 'path';
import { overall, scoreAll, share, type ClusterScore, type Ratio } from './real';

const pct = (r: Ratio) => (r.total ? (100 * share(r)).toFixed(1) : '-').padStart(6);
const frac = (r: Ratio) => `${r.hit}/${r.total}`.padStart(8);

const HEADER = `${'cluster'.padEnd(12)} ${'slot P'.padStart(6)} ${'claims'.padStart(8)} ${'slot R'.padStart(6)} ${'slots'.padStart(8)}  ${'pair P'.padStart(6)} ${'pairs'.padStart(8)} ${'pair R'.padStart(6)} ${'gold'.padStart(8)}  ${'updates'.padStart(8)}`;

function row(
  label: string,
  s: Omit<ClusterScore, 'cluster' | 'articles' | 'verdicts' | 'missed' | 'falseConflicts' | 'missedConflicts'>,
): string {
  return `${label.padEnd(12)} ${pct(s.precision)} ${frac(s.precision)} ${pct(s.recall)} ${frac(s.recall)}  ${pct(s.conflictPrecision)} ${frac(s.conflictPrecision)} ${pct(s.conflictRecall)} ${frac(s.conflictRecall)}  ${frac(s.updates)}`;
}

function printErrors(s: ClusterScore): void {
  console.log(`\n== ${s.cluster}`);
  for (const v of s.verdicts.filter((x) => !x.right)) {
    const gold = v.gold ? `${v.gold.hedge ? v.gold.hedge + ' ' : ''}${v.gold.value}` : 'none';
    console.log(`  wrong   ${v.article} ${v.fact}: ${v.value} ("${v.raw}") gold ${gold}  | ${v.text.slice(0, 160)}`);
  }
  for (const m of s.missed)
    console.log(
      `  missed  ${m.article} ${m.fact}: ${m.gold.hedge ? m.gold.hedge + ' ' : ''}${m.gold.value}  | ${m.gold.quote ?? ''}`,
    );
  for (const p of s.falseConflicts) console.log(`  false pair   ${p.fact}: ${p.a} × ${p.b}`);
  for (const p of s.missedConflicts) console.log(`  missed pair  ${p.fact}: ${p.a} × ${p.b}`);
}

function main(): void {
  const repoRoot = path.resolve(__dirname, '..', '..');
  const args = process.argv.slice(2);
  const result = scoreAll(repoRoot);
  if (!result) {
    console.log('skipped: ECB+ articles not found (set ECBPLUS_DIR, or put them at ../shared/data/ecbplus)');
    return;
  }
  const only = args.includes('--cluster') ? args[args.indexOf('--cluster') + 1] : null;
  const scores = only ? result.scores.filter((s) => s.cluster === only) : result.scores;
  const all = overall(scores);
  if (args.includes('--json')) {
    const brief = ({
      cluster,
      articles,
      precision,
      recall,
      conflictPrecision,
      conflictRecall,
      updates,
    }: ClusterScore) => ({
      cluster,
      articles,
      precision,
      recall,
      conflictPrecision,
      conflictRecall,
      updates,
    });
    const shares = (o: typeof all) =>
      Object.fromEntries((Object.entries(o) as [string, Ratio][]).map(([k, r]) => [k, share(r)]));
    console.log(JSON.stringify({ clusters: scores.map(brief), overall: all, overallShares: shares(all) }, null, 2));
    return;
  }
  if (args.includes('--markdown')) {
    const cell = (r: Ratio) => (r.total ? (100 * share(r)).toFixed(1) : '–');
    console.log('| cluster | articles | slot P | slot R | pair P | pair R | updates |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    const md = (label: string, n: number, s: typeof all) =>
      `| ${label} | ${n} | ${cell(s.precision)} (${s.precision.hit}/${s.precision.total}) | ${cell(s.recall)} (${s.recall.hit}/${s.recall.total}) | ${cell(s.conflictPrecision)} | ${cell(s.conflictRecall)} | ${s.updates.hit}/${s.updates.total} |`;
    for (const s of scores) console.log(md(s.cluster, s.articles, s));
    console.log(
      md(
        '**overall**',
        scores.reduce((n, s) => n + s.articles, 0),
        all,
      ),
    );
    return;
  }
  const articles = scores.reduce((n, s) => n + s.articles, 0);
  console.log(
    `ECB+ real coverage: ${scores.length} clusters, ${articles} articles (gold: eval/real/gold, packs: eval/real/packs)`,
  );
  console.log("slot P: claims matching the article's gold value; slot R: gold article-facts with a matching claim;");
  console.log('pair P/R: article pairs a contradiction sets against each other vs gold pairs that cannot both hold');
  console.log('(running facts: same as-of day only); updates: gold update pairs shown by an `update` finding.\n');
  console.log(HEADER);
  for (const s of scores) console.log(row(s.cluster, s));
  console.log(row('overall', all));
  if (args.includes('--errors')) for (const s of scores) printErrors(s);
}

main();
