/**
 * `npm run bench:lsp` (opt-in, not part of `npm run bench` or the tests): diagnostics latency
 * of the language server for an 800-word draft against a cached 1,000-article corpus, driven
 * by a real LSP client over stdio (bench/lsp-client.ts), as an editor drives it.
 *   - first check: from spawning `factlint lsp --stdio` to the draft's first diagnostics
 *     (process start, model load, rules and the coverage's claims from the cache);
 *   - per change: from sending didChange to receiving the diagnostics of that version, with
 *     the default debounce and with none (the analysis alone).
 *   BENCH_LSP_EDITS=50 npm run bench:lsp   # edits per series (default 40)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bodyOf, generate } from './generate';
import { TestClient } from './lsp-client';

const ROOT = path.resolve(__dirname, '..', '..');
const DIR = path.join(ROOT, 'bench', '.corpus', 'lsp-1000');
const CLI = path.join(ROOT, 'bin', 'factlint.js');
const EDITS = Math.max(5, Number(process.env.BENCH_LSP_EDITS ?? 40) || 40);

const ms = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const median = (xs: number[]) => quantile(xs, 0.5);
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** CPU time (user + system) a process has used so far, in ms (Linux /proc; NaN elsewhere). */
function cpuOf(pid: number | undefined): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks at USER_HZ 100
  } catch {
    return NaN;
  }
}

/** An 800-word draft of the first story: two of its articles' text, and a planted speed. */
function makeDraft(files: string[]): string {
  const first = fs.readFileSync(files[0], 'utf8');
  const head = first.slice(0, first.indexOf('\n---\n', 3) + 5);
  const paragraphs = [...bodyOf(first).split('\n\n'), ...bodyOf(fs.readFileSync(files[1], 'utf8')).split('\n\n')];
  const body: string[] = [];
  for (const p of paragraphs) {
    if (words(body.join(' ')) >= 780) break;
    body.push(p.trim());
  }
  body.push('The bus was travelling at 140 km/h, a witness said.');
  return `${head}${body.join('\n\n')}\n`;
}

interface Series {
  first: number;
  /** Server CPU until the first diagnostics, and per edit (mean). */
  firstCpu: number;
  editCpu: number;
  initialized: number;
  load: number;
  edits: number[];
  checks: number[];
}

async function series(draft: string, text: string, debounce: number | null): Promise<Series> {
  const t0 = process.hrtime.bigint();
  const client = new TestClient(CLI, DIR, { FACTLINT_STATS: '1' });
  await client.initialize(DIR, debounce === null ? {} : { debounce });
  const initialized = ms(t0);
  const uri = `file://${draft}`;
  const opened = process.hrtime.bigint();
  const firstDiagnostics = client.diagnostics((p) => p.uri === uri, 60000);
  await client.open(draft, text, 1);
  const got = await firstDiagnostics;
  const first = ms(t0);
  const firstCpu = cpuOf(client.child.pid);
  void opened;
  if (!got.diagnostics.length) throw new Error(`the draft got no diagnostics: ${client.stderr}`);
  const edits: number[] = [];
  for (let v = 2; v < EDITS + 2; v++) {
    // One word changed per edit, as typing does: the planted speed moves.
    const edited = text.replace('140 km/h', `${100 + v} km/h`);
    const t = process.hrtime.bigint();
    const wait = client.diagnostics((p) => p.uri === uri && p.version === v, 10000);
    await client.change(draft, edited, v);
    await wait;
    edits.push(ms(t));
    await new Promise((r) => setTimeout(r, 30));
  }
  const editCpu = (cpuOf(client.child.pid) - firstCpu) / EDITS;
  await client.stop();
  const load = Number(/coverage of \d+ articles .* in (\d+) ms/.exec(client.stderr)?.[1] ?? NaN);
  const checks = [...client.stderr.matchAll(/checked .* in ([\d.]+) ms/g)].map((m) => Number(m[1]));
  return { first, firstCpu, editCpu, initialized, load, edits, checks };
}

async function main(): Promise<void> {
  process.stderr.write('bench:lsp: generating 1,000 articles\n');
  const { files } = generate(DIR, 1000);
  const config = path.join(DIR, '.factlint.yaml');
  const settings = 'factlint: 1\nrules: [rules]\ncorpus: [corpus]\ncache: true\n';
  fs.writeFileSync(config, settings);
  fs.mkdirSync(path.join(DIR, 'drafts'), { recursive: true });
  const draft = path.join(DIR, 'drafts', 'story.md');
  const text = makeDraft(files);
  fs.writeFileSync(draft, text);
  process.stderr.write('bench:lsp: filling the cache (a server start with a cold cache)\n');
  const cold = await series(draft, text, null);
  process.stderr.write('bench:lsp: cached runs\n');
  const warm = await series(draft, text, null);
  const immediate = await series(draft, text, 0);
  // The same with witness detection off (witnesses: false): no near-duplicate search at the first check.
  fs.writeFileSync(config, `${settings}witnesses: false\n`);
  const solo = await series(draft, text, null);
  fs.writeFileSync(config, settings);
  const f = (x: number) => x.toFixed(0);
  const dist = (xs: number[]) => [f(median(xs)), f(quantile(xs, 0.9)), f(Math.max(...xs))];
  const rows = [
    ['first diagnostics after start, cold cache (fills it)', f(cold.first), '', '', f(cold.firstCpu)],
    ['first diagnostics after start, cached corpus', f(warm.first), '', '', f(warm.firstCpu)],
    ['  of which: engine load (model, cached rules, the claims index brought up to date)', f(warm.load), '', '', ''],
    ['check of the draft inside the server (analysis, alignment, report)', ...dist(warm.checks), ''],
    [`change → diagnostics, default debounce (75 ms), ${EDITS} edits`, ...dist(warm.edits), f(warm.editCpu)],
    [`change → diagnostics, no debounce, ${EDITS} edits`, ...dist(immediate.edits), f(immediate.editCpu)],
    ['first diagnostics after start, cached corpus, witnesses: false', f(solo.first), '', '', f(solo.firstCpu)],
    [`change → diagnostics, default debounce, witnesses: false`, ...dist(solo.edits), f(solo.editCpu)],
  ];
  const out = [
    `Language server: one ${words(bodyOf(text))}-word draft (${text.length} characters) against a cached 1,000-article corpus (20 rule packs), ${EDITS} one-word edits per series.`,
    '',
    '| measure | median ms | p90 ms | max ms | server CPU ms |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    `Load average at the end: ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(', ')} on ${os.availableParallelism()} cores (wall times grow with it; server CPU is per edit, mean).`,
    `Targets: change → diagnostics median < 150 ms: ${median(warm.edits) < 150 ? 'met' : 'NOT met'}; first check after start < 1 s: ${warm.first < 1000 ? 'met' : 'NOT met'}.`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
