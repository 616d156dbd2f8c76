/** The package's "main" entry point, used as a library would be (the built dist/). */
import path from 'node:path';
import { readJson, ROOT } from '../helpers';
// Types from the sources, the code from the build: the test also checks that they agree.
import type * as Library from '../../src/index';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the package's own "main", as a user requires it
const loadLibrary = (file: string) => require(path.join(ROOT, file)) as typeof Library;

test('require("factlint") checks the example corpus like the CLI does', async () => {
  const lib = loadLibrary(readJson<{ main: string }>('package.json').main);
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

test('two rule sets in one process: loading the second leaves the first one’s pattern facts intact', async () => {
  const lib = loadLibrary('dist/index.js');
  const fixture = path.join(ROOT, 'tests/fixtures/rules-types');
  const scale = { jobs: 1, cache: null, progress: false };
  const first = lib.Checker.load([path.join(fixture, 'rules')]);
  const patternFacts = new Set(
    first.specs.files.flatMap((f) => (f.spec.facts ?? []).filter((x) => x.patterns).map((x) => x.id)),
  );
  const patternClaims = async () => {
    const { claims } = await lib.checkCorpus({
      paths: [path.join(fixture, 'corpus')],
      rules: first.rules,
      checker: first,
      scale,
    });
    return claims.filter((c) => patternFacts.has(c.fact)).length;
  };
  const before = await patternClaims();
  expect(before).toBe(4); // fire-category and fire-engines in each of the two articles
  const second = lib.Checker.load([path.join(ROOT, 'rules')]);
  await lib.checkCorpus({ paths: [path.join(ROOT, 'corpus')], rules: second.rules, checker: second, scale });
  expect(await patternClaims()).toBe(before);
});
