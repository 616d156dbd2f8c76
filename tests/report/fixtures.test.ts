/**
 * The hand-written reports under tests/fixtures/reports/ that the formatter tests render
 * keep the shape of a real report: every field the recorded reports of real runs have
 * (tests/fixtures/golden/, regenerated whenever the report changes) is in each fixture too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers';

/** Every key path in a JSON value, arrays as "[]": `findings[].claims[].textOffset`. */
function keyPaths(value: unknown, at = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keyPaths(v, `${at}[]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      const p = at ? `${at}.${k}` : k;
      out.add(p);
      keyPaths(v, p, out);
    }
  return out;
}

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'));
const goldenDir = path.join(ROOT, 'tests/fixtures/golden');
const real = new Set(
  fs.readdirSync(goldenDir).flatMap((run) => [...keyPaths(readJson(path.join(goldenDir, run, 'report.json')))]),
);
const fixtureDir = path.join(ROOT, 'tests/fixtures/reports');
const fixtures = fs.readdirSync(fixtureDir).filter((f) => f.endsWith('.json'));

test('the recorded reports and the fixtures are there to compare', () => {
  expect(real.has('findings[].claims[].textOffset')).toBe(true);
  expect(fixtures.sort()).toEqual(['empty.json', 'hostile.json', 'story.json']);
});

test.each(fixtures)('%s has every field a real report has', (name) => {
  const own = keyPaths(readJson(path.join(fixtureDir, name)));
  // A field of the items of an array the fixture leaves empty (empty.json's findings) cannot be there.
  const present = (container: string) => container === '' || [...own].some((o) => o.startsWith(`${container}.`));
  const missing = [...real].filter((p) => !own.has(p) && present(p.slice(0, Math.max(p.lastIndexOf('.'), 0))));
  expect(missing).toEqual([]);
});
