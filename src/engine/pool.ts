/**
 * Extraction on worker threads. A pool is started before the main thread loads the rules, so
 * each worker loads its modules and the wink model while the main thread parses and validates
 * the rule files; then it is handed the validated rules (`init`) and files in small batches,
 * at most a few batches in flight per worker, so the threads stay busy and the main thread
 * holds only finished claims.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CorpusFile } from '../corpus/files';
import type { ReadOptions } from '../corpus/read';
import type { RuleSpecs } from '../rules/compile';
import type { FileFailure, FileResult } from '../ndjson/records';

export interface Task extends CorpusFile {
  index: number;
}

/** The rules to compile: the main thread's validated rule files. */
export interface WorkerInit {
  rules: string[];
  specs: RuleSpecs;
}

export type ToWorker = { init: WorkerInit } | Task[];
export type FromWorker = { results: { index: number; result: FileResult | FileFailure }[] } | { fatal: string };

const BATCH = 8;
const IN_FLIGHT = 3;

/** The compiled worker script; absent when running from TypeScript sources (tests): then no workers. */
export function workerScript(): string | null {
  const file = path.join(__dirname, 'worker.js');
  return __filename.endsWith('.js') && fs.existsSync(file) ? file : null;
}

type Listener = { message(w: Worker, msg: FromWorker): void; fail(err: Error): void };

export class WorkerPool {
  private readonly workers: Worker[] = [];
  private listener: Listener | null = null;
  /** A failure before run() (a worker that could not start), reported when run() is called. */
  private early: Error | null = null;
  private stopped: Promise<void> | null = null;

  /** Starts `count` workers now; they load the model and wait for init(). */
  constructor(count: number, options: ReadOptions) {
    const script = workerScript();
    if (!script) throw new Error('worker script missing: build with npm run build');
    for (let i = 0; i < count; i++) {
      const w = new Worker(script, { workerData: { options } });
      this.workers.push(w);
      const fail = (err: Error) => (this.listener ? this.listener.fail(err) : (this.early ??= err));
      w.on('message', (msg: FromWorker) =>
        'fatal' in msg ? fail(new Error(`extraction worker failed: ${msg.fatal}`)) : this.listener?.message(w, msg),
      );
      w.on('error', fail);
      w.on('exit', (code) => {
        if (!this.stopped) fail(new Error(`extraction worker exited with code ${code}`));
      });
    }
  }

  /** Hands every worker the rules to compile: sent once, ahead of any task. */
  init(rules: WorkerInit): void {
    for (const w of this.workers) w.postMessage({ init: rules } satisfies ToWorker);
  }

  /** Stops the workers (after an error, or when every result is in). */
  terminate(): Promise<void> {
    this.listener = null;
    // A worker that is already gone has nothing to stop; the pool never rejects here.
    return (this.stopped ??= Promise.all(this.workers.map((w) => w.terminate().catch(() => 0))).then(() => undefined));
  }

  /**
   * Runs `tasks` on the workers and, with `local`, on this thread too (between batches it
   * yields, so the workers' results are taken in): N jobs = N-1 workers + this thread.
   * The workers are terminated when it settles.
   */
  run(
    tasks: Task[],
    onResult: (index: number, result: FileResult | FileFailure) => void,
    local?: (task: Task) => FileResult | FileFailure,
  ): Promise<void> {
    return new Promise((resolve, reject) => {
      let next = 0;
      let pending = tasks.length;
      let settled = false;
      const finish = (err?: Error) => {
        if (settled) return;
        settled = true;
        const stopped = this.terminate();
        if (err) return void stopped.then(() => reject(err));
        // Every result is in: go on with alignment while the workers wind down.
        resolve();
      };
      const take = (results: { index: number; result: FileResult | FileFailure }[]) => {
        try {
          for (const r of results) onResult(r.index, r.result);
        } catch (e) {
          return finish(e as Error);
        }
        pending -= results.length;
        if (pending === 0) finish();
      };
      const nextBatch = () => {
        const batch = tasks.slice(next, next + BATCH);
        next += batch.length;
        return batch;
      };
      const feed = (w: Worker) => {
        if (next < tasks.length) w.postMessage(nextBatch() satisfies ToWorker);
      };
      const runLocal = () => {
        if (settled || next >= tasks.length) return;
        const batch = nextBatch();
        let results: { index: number; result: FileResult | FileFailure }[];
        try {
          results = batch.map((t) => ({ index: t.index, result: local!(t) }));
        } catch (e) {
          return finish(e as Error);
        }
        take(results);
        setImmediate(runLocal);
      };
      if (this.early) return finish(this.early);
      if (!pending) return finish();
      this.listener = {
        message: (w, msg) => {
          if (!('results' in msg)) return;
          // More work first: taking the results (the check's share of the end) can take a while.
          feed(w);
          take(msg.results);
        },
        fail: (err) => finish(err),
      };
      for (const w of this.workers) for (let k = 0; k < IN_FLIGHT; k++) feed(w);
      if (local) setImmediate(runLocal);
    });
  }
}
