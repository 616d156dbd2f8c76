/**
 * Extraction on worker threads: files go out in small batches, at most two batches in flight
 * per worker, so the threads stay busy and the main thread holds only finished claims.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CorpusFile } from '../corpus/files';
import type { FileOptions } from './extract-file';
import type { RuleSpecs } from '../rules/compile';
import type { FileFailure, FileResult } from './records';

export interface Task extends CorpusFile {
  index: number;
}

export type FromWorker = { results: { index: number; result: FileResult | FileFailure }[] } | { fatal: string };

const BATCH = 8;
const IN_FLIGHT = 3;

/** The compiled worker script; absent when running from TypeScript sources (tests): then no workers. */
export function workerScript(): string | null {
  const file = path.join(__dirname, 'worker.js');
  return __filename.endsWith('.js') && fs.existsSync(file) ? file : null;
}

/**
 * Runs `tasks` on `workers` worker threads and, with `local`, on this thread too (between
 * batches it yields, so the workers' results are taken in): N jobs = N-1 workers + this
 * thread, which has its rules compiled already while a new worker still compiles its own.
 */
export function runPool(
  tasks: Task[],
  workers: number,
  workerData: { rules: string[]; specs: RuleSpecs | null; options: FileOptions },
  onResult: (index: number, result: FileResult | FileFailure) => void,
  local?: (task: Task) => FileResult | FileFailure,
): Promise<void> {
  const script = workerScript();
  if (!script) return Promise.reject(new Error('worker script missing: build with npm run build'));
  return new Promise((resolve, reject) => {
    let next = 0;
    let pending = tasks.length;
    let failed = false;
    let finished = false;
    const pool: Worker[] = [];
    const finish = (err?: Error) => {
      if (failed || finished) return;
      if (err) failed = true;
      else finished = true;
      const stopped = Promise.all(pool.map((w) => w.terminate()));
      if (err) return void stopped.then(() => reject(err), reject);
      // Every result is in: go on with alignment while the workers wind down.
      stopped.catch(() => {});
      resolve();
    };
    const runLocal = () => {
      if (failed || finished || next >= tasks.length) return;
      const batch = tasks.slice(next, next + BATCH);
      next += batch.length;
      try {
        for (const t of batch) onResult(t.index, local!(t));
      } catch (e) {
        return finish(e as Error);
      }
      pending -= batch.length;
      if (pending === 0) return finish();
      setImmediate(runLocal);
    };
    const feed = (w: Worker) => {
      if (next >= tasks.length) return;
      const batch = tasks.slice(next, next + BATCH);
      next += batch.length;
      w.postMessage(batch);
    };
    if (!pending) return resolve();
    for (let i = 0; i < workers; i++) {
      const w = new Worker(script, { workerData });
      pool.push(w);
      w.on('message', (msg: FromWorker) => {
        if (failed || finished) return;
        if ('fatal' in msg) return finish(new Error(`extraction worker failed: ${msg.fatal}`));
        for (const r of msg.results) {
          try {
            onResult(r.index, r.result);
          } catch (e) {
            return finish(e as Error);
          }
        }
        pending -= msg.results.length;
        if (pending === 0) return finish();
        feed(w);
      });
      w.on('error', (e) => finish(e));
      w.on('exit', (code) => {
        if (pending > 0 && !failed) finish(new Error(`extraction worker exited with code ${code}`));
      });
      for (let k = 0; k < IN_FLIGHT; k++) feed(w);
    }
    if (local) setImmediate(runLocal);
  });
}
