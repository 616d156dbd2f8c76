/** A worker thread of `--jobs N`: compiles the rule packs once, then extracts the files it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { compileRuleSpecs, loadRulePacks, type RuleSpecs } from '../rules/compile';
import { extractFile, type FileOptions } from './extract-file';
import type { Task, FromWorker } from './pool';

const data = workerData as { rules: string[]; specs: RuleSpecs | null; options: FileOptions };
const port = parentPort!;
try {
  // The main thread's loaded, validated rule files when it has them: no second parse and validation.
  const packs = data.specs ? compileRuleSpecs(data.specs) : loadRulePacks(data.rules);
  port.on('message', (tasks: Task[]) => {
    try {
      const msg: FromWorker = { results: tasks.map((t) => ({ index: t.index, result: extractFile(t, packs, data.options) })) };
      port.postMessage(msg);
    } catch (e) {
      port.postMessage({ fatal: (e as Error).stack ?? String(e) } satisfies FromWorker);
    }
  });
} catch (e) {
  port.postMessage({ fatal: (e as Error).stack ?? String(e) } satisfies FromWorker);
}
