/**
 * Bare wink-nlp readDoc on worker threads: how far this machine lets readDoc itself scale,
 * the ceiling for `check --jobs N`. Each thread loads the model, then all start together on
 * their share of the files (every Nth); the wall time runs from the start to the last finish.
 */
import fs from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { bodyOf } from './generate';
import type WinkNlp from 'wink-nlp';
import type WinkModel from 'wink-eng-lite-web-model';

export async function readDocOnThreads(files: string[], threads: number, pipe: string[]): Promise<{ seconds: number }> {
  const workers = Array.from(
    { length: threads },
    (_, k) => new Worker(__filename, { workerData: { files: files.filter((_, i) => i % threads === k), pipe } }),
  );
  const message = (w: Worker) =>
    new Promise<unknown>((resolve, reject) => w.once('message', resolve).once('error', reject));
  await Promise.all(workers.map(message)); // models loaded
  const t = process.hrtime.bigint();
  const done = Promise.all(workers.map(message));
  for (const w of workers) w.postMessage('go');
  await done;
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  await Promise.all(workers.map((w) => w.terminate()));
  return { seconds };
}

if (!isMainThread) {
  const { files, pipe } = workerData as { files: string[]; pipe: string[] };
  // Required in the worker only: the main thread never loads the model.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const winkNLP = require('wink-nlp') as typeof WinkNlp;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = winkNLP(require('wink-eng-lite-web-model') as typeof WinkModel, pipe);
  parentPort!.once('message', () => {
    let tokens = 0;
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      tokens += nlp.readDoc(bodyOf(text)).tokens().length();
    }
    parentPort!.postMessage(tokens);
  });
  parentPort!.postMessage('ready');
}
