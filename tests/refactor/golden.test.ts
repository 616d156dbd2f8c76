/** Reports stay byte-identical through a restructuring of the engine (see golden.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { GOLDEN_DIR, RUNS, renderRun } from './golden';

describe.each(RUNS)('reports of $name', (run) => {
  const files = renderRun(run);
  test.each(Object.keys(files))('%s is byte-identical to the recorded output', (name) => {
    const file = path.join(GOLDEN_DIR, run.name, name);
    if (process.env.UPDATE_GOLDEN) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, files[name]);
    }
    expect(files[name]).toBe(fs.readFileSync(file, 'utf8'));
  });
});
