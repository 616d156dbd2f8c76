/**
 * A worker thread of `--jobs N`: loads the wink model at once (while the main thread still
 * reads the rules), compiles the rules it is handed, then extracts the files it is sent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Nlp } from '../nlp/wink';
import type { ReadOptions } from '../corpus/read';
import { Checker } from './checker';
import type { FromWorker, ToWorker } from './pool';

const { options } = workerData as { options: ReadOptions };
const port = parentPort!;
const fatal = (e: unknown) => port.postMessage({ fatal: (e as Error).stack ?? String(e) } satisfies FromWorker);
let checker: Checker | null = null;
try {
  // The model loads while the main thread reads the rules; the checker made from them learns into it.
  const nlp = new Nlp();
  nlp.warm();
  port.on('message', (msg: ToWorker) => {
    try {
      if (!Array.isArray(msg)) {
        // The main thread's validated rule files: no second parse and validation.
        checker = Checker.fromSpecs(msg.init.rules, msg.init.specs, nlp);
        return;
      }
      port.postMessage({
        results: msg.map((t) => ({ index: t.index, result: checker!.extractFile(t, options) })),
      } satisfies FromWorker);
    } catch (e) {
      fatal(e);
    }
  });
} catch (e) {
  fatal(e);
}
