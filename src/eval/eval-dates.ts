/**
 * `npm run eval:dates`: scores extractTimes on MEANTIME like TempEval-3 (relaxed span
 * P/R/F1 and value F1) for DATE and DURATION, per cluster and overall, with error classes.
 * Flags: --errors (list every error), --bench (throughput against wink-nlp readDoc).
 */
import * as path from 'path';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { extractTimes } from '../mentions/time';
import {
  addCounts,
  type Counts,
  loadMeantime,
  meantimeDir,
  type MeantimeDoc,
  normalizeValue,
  type PredItem,
  prf,
  scoreDoc,
  ZERO,
} from './meantime';

const MAIN_TYPES = ['DATE', 'DURATION'];
const WITH_TIME = ['DATE', 'DURATION', 'TIME'];

/** A coarse class of a TIMEX3 value, for the error tables. */
export function valueClass(v: string): string {
  const s = normalizeValue(v);
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return 'day';
  if (/^\d{4}-\d{2}$/.test(s)) return 'month';
  if (/^\d{4}$/.test(s)) return 'year';
  if (/^\d{3}X$/.test(s)) return 'decade';
  if (/^\d{4}-W\d\d(-WE)?$/.test(s)) return 'week';
  if (/^\d{4}-Q\d$/.test(s)) return 'quarter';
  if (/_REF$/.test(s)) return 'ref';
  if (/^P/.test(s)) return /X/.test(s) ? 'duration-vague' : 'duration';
  if (/^XXXX-WXX-\d$/.test(s)) return 'weekday';
  return 'other';
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function row(label: string, c: Counts): string {
  const s = prf(c.spanMatched, c.pred, c.gold);
  const st = prf(c.strictMatched, c.pred, c.gold);
  const v = prf(c.valueMatched, c.pred, c.gold);
  return `${label.padEnd(12)} ${String(c.gold).padStart(5)} ${String(c.pred).padStart(5)}  ${pct(s.p)} ${pct(s.r)} ${pct(s.f1)}   ${pct(st.f1)}   ${pct(v.p)} ${pct(v.r)} ${pct(v.f1)}`;
}

const HEADER = `${''.padEnd(12)}  gold  pred   span P    R   F1   strict F1  value P    R   F1`;

interface ErrorRec {
  kind: 'missed' | 'spurious' | 'wrong-value';
  cls: string;
  doc: string;
  text: string;
  gold?: string;
  pred?: string;
  context: string;
}

function context(doc: MeantimeDoc, s: { start: number; end: number }): string {
  const a = Math.max(doc.text.lastIndexOf('\n', s.start) + 1, s.start - 50);
  let b = doc.text.indexOf('\n', s.end);
  if (b < 0) b = doc.text.length;
  b = Math.min(b, s.end + 50);
  return `${doc.text.slice(a, s.start)}[[${doc.text.slice(s.start, s.end)}]]${doc.text.slice(s.end, b)}`.replace(
    /\n/g,
    ' ',
  );
}

function predictions(doc: MeantimeDoc): PredItem[] {
  return extractTimes(doc.text, { published: doc.dct }, 0, doc.annotatedEnd).map((m) => ({
    start: m.start,
    end: m.end,
    value: m.value,
    type: m.type,
    text: m.raw,
  }));
}

function evaluate(docs: MeantimeDoc[], types: string[], errors: ErrorRec[] | null): Map<string, Counts> {
  const byCluster = new Map<string, Counts>();
  for (const doc of docs) {
    const { counts, alignment } = scoreDoc(doc, predictions(doc), { types });
    byCluster.set(doc.cluster, addCounts(byCluster.get(doc.cluster) ?? ZERO, counts));
    if (!errors) continue;
    for (const g of alignment.missed)
      errors.push({
        kind: 'missed',
        cls: valueClass(g.value),
        doc: doc.id,
        text: g.text,
        gold: g.value,
        context: context(doc, g),
      });
    for (const p of alignment.spurious)
      errors.push({
        kind: 'spurious',
        cls: valueClass(p.value),
        doc: doc.id,
        text: p.text,
        pred: p.value,
        context: context(doc, p),
      });
    for (const { gold, pred } of alignment.pairs) {
      if (normalizeValue(gold.value) === normalizeValue(pred.value)) continue;
      errors.push({
        kind: 'wrong-value',
        cls: `${valueClass(gold.value)}→${valueClass(pred.value)}`,
        doc: doc.id,
        text: `${gold.text} / ${pred.text}`,
        gold: gold.value,
        pred: pred.value,
        context: context(doc, gold),
      });
    }
  }
  return byCluster;
}

function printTable(title: string, byCluster: Map<string, Counts>): Counts {
  console.log(`\n${title}`);
  console.log(HEADER);
  let total = ZERO;
  for (const [cluster, c] of [...byCluster].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(row(cluster, c));
    total = addCounts(total, c);
  }
  console.log(row('overall', total));
  return total;
}

function printErrors(errors: ErrorRec[], all: boolean): void {
  const classes = new Map<string, ErrorRec[]>();
  for (const e of errors) {
    const k = `${e.kind} ${e.cls}`;
    if (!classes.has(k)) classes.set(k, []);
    classes.get(k)!.push(e);
  }
  console.log('\nError classes (DATE+DURATION), largest first:');
  const sorted = [...classes].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  for (const [k, list] of sorted) {
    console.log(`  ${String(list.length).padStart(4)}  ${k}`);
    for (const e of list.slice(0, all ? list.length : 3)) {
      const v =
        e.kind === 'wrong-value' ? ` gold=${e.gold} pred=${e.pred}` : e.gold ? ` gold=${e.gold}` : ` pred=${e.pred}`;
      console.log(`          ${e.doc}:${v}  ${e.context}`);
    }
  }
}

/**
 * Throughput of extractTimes, and against wink-nlp's readDoc timed on the same documents in
 * alternation, so that a busy machine slows both alike and the ratio stays meaningful.
 */
function bench(docs: MeantimeDoc[]): void {
  const texts = docs.map((d) => ({ text: d.text, published: d.dct }));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
  const nlp = winkNLP(winkModel);
  const readDoc = (s: string) => nlp.readDoc(s);
  const rounds = 5;
  let tExtract = 0;
  let tWink = 0;
  for (let r = 0; r <= rounds; r++) {
    for (const t of texts) {
      const t0 = process.hrtime.bigint();
      extractTimes(t.text, { published: t.published });
      const t1 = process.hrtime.bigint();
      readDoc(t.text);
      const t2 = process.hrtime.bigint();
      if (r === 0) continue; // warm-up round
      tExtract += Number(t1 - t0) / 1e9;
      tWink += Number(t2 - t1) / 1e9;
    }
  }
  const mbs = (bytes * rounds) / 1e6 / tExtract;
  console.log(
    `\nThroughput: extractTimes ${mbs.toFixed(1)} MB/s on ${(bytes / 1e3).toFixed(0)} kB of MEANTIME text (whole documents)`,
  );
  if (!readDoc) {
    console.log('            (wink-nlp not loadable: no baseline)');
    return;
  }
  const wmbs = (bytes * rounds) / 1e6 / tWink;
  const both = (bytes * rounds) / 1e6 / (tWink + tExtract);
  console.log(
    `            wink-nlp readDoc ${wmbs.toFixed(2)} MB/s, timed alongside; readDoc + extractTimes ${both.toFixed(2)} MB/s = ${((100 * both) / wmbs).toFixed(0)}% of readDoc alone`,
  );
}

function main(): void {
  const repoRoot = path.resolve(__dirname, '..', '..');
  const dir = meantimeDir(repoRoot);
  const docs = loadMeantime(dir);
  if (!docs) {
    console.log(`skipped: MEANTIME not found at ${dir} (set MEANTIME_DIR to its folder)`);
    return;
  }
  const args = new Set(process.argv.slice(2));
  const nGold = docs.reduce((n, d) => n + d.timexes.filter((t) => MAIN_TYPES.includes(t.type)).length, 0);
  console.log(
    `MEANTIME English: ${docs.length} documents, ${nGold} DATE+DURATION gold expressions (creation times excluded)`,
  );
  console.log('Relaxed (overlap) span matching, one-to-one; value = span matched and TIMEX3 value equal.');
  console.log('Scored on the annotated part (title and first sentences, sentence numbers 0-5).');
  console.log('Predictions on the dateline or on TIME/SET gold are set aside.');
  const errors: ErrorRec[] = [];
  printTable('DATE + DURATION', evaluate(docs, MAIN_TYPES, errors));
  printTable('DATE + DURATION + TIME (TIME values compared at day level)', evaluate(docs, WITH_TIME, null));
  printErrors(errors, args.has('--errors'));
  if (args.has('--bench') || !args.has('--no-bench')) bench(docs);
}

main();
