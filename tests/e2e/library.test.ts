/** The package's "main" entry point, used as a library would be (the built dist/). */
import path from 'node:path';
import { ROOT } from '../helpers';

test('require("factlint") checks the example corpus like the CLI does', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lib = require(path.join(ROOT, require(path.join(ROOT, 'package.json')).main));
  const rules = [path.join(ROOT, 'rules')];
  const { report } = await lib.checkCorpus({
    paths: [path.join(ROOT, 'corpus')],
    rules,
    scale: { jobs: 1, cache: null, progress: false },
  });
  expect(report.summary).toMatchObject({ articles: 5, contradictions: 2 });
  expect(lib.exitCode(report, 'error')).toBe(1);
  expect(lib.FORMATTERS.text(report, { color: false, outDir: null })).toMatch(/2 contradictions/);
});
