/**
 * A worker thread of `--jobs N`: loads the wink model at once (while the main thread still
 * reads the rules), compiles the rules it is handed, then extracts the files it is sent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { getNlp } from '../nlp/wink';
import { compileRuleSpecs, loadRulePacks } from '../rules/compile';
import type { CompiledPack } from '../rules/types';
import { extractFile, type FileOptions } from './extract-file';
import type { FromWorker, ToWorker } from './pool';

const { options } = workerData as { options: FileOptions };
const port = parentPort!;
const fatal = (e: unknown) => port.postMessage({ fatal: (e as Error).stack ?? String(e) } satisfies FromWorker);
let packs: CompiledPack[] = [];
try {
  getNlp();
  port.on('message', (msg: ToWorker) => {
    try {
      if (!Array.isArray(msg)) {
        // The main thread's validated rule files when it has them: no second parse and validation.
        packs = msg.init.specs ? compileRuleSpecs(msg.init.specs) : loadRulePacks(msg.init.rules);
        return;
      }
      port.postMessage({
        results: msg.map((t) => ({ index: t.index, result: extractFile(t, packs, options) })),
      } satisfies FromWorker);
    } catch (e) {
      fatal(e);
    }
  });
} catch (e) {
  fatal(e);
}
