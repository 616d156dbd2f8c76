/** docs/rules.md keeps step with the schema: every property name of the rules schema is documented. */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, runCli, writeTree } from '../helpers';
import { TIME_UNITS } from '../../src/lexicon';
import type { Report } from '../../src/model/report';

const schema: unknown = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'rules.schema.json'), 'utf8'));
const docs = fs.readFileSync(path.join(ROOT, 'docs', 'rules.md'), 'utf8');

function propertyNames(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => propertyNames(n, out));
  else if (node && typeof node === 'object') {
    const props = (node as { properties?: unknown }).properties;
    if (props && typeof props === 'object' && !Array.isArray(props)) Object.keys(props).forEach((k) => out.add(k));
    Object.values(node).forEach((v) => propertyNames(v, out));
  }
  return out;
}

test('the schema has the fields the docs are checked for', () => {
  expect(propertyNames(schema).size).toBeGreaterThan(40);
});

test.each([...propertyNames(schema)].sort())('schema field "%s" is documented in docs/rules.md', (name) => {
  // Written as code: `name` or `name:` or inside a YAML example as "name:".
  const asCode = new RegExp('`' + name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '[`:.]');
  const inYaml = new RegExp(`[\\s{,-]${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `);
  expect(asCode.test(docs) || inYaml.test(docs)).toBe(true);
});

test('every validation code the rule loader can emit is in the codes table', () => {
  const src = [
    'rules/compile.ts',
    'rules/load.ts',
    'rules/validate.ts',
    'rules/yaml-source.ts',
    'rules/patterns.ts',
    'engine/rule-tests.ts',
  ]
    .map((f) => fs.readFileSync(path.join(ROOT, 'src', f), 'utf8'))
    .join('\n');
  const codes = new Set([...src.matchAll(/code: '([a-z-]+)'/g)].map((m) => m[1]));
  codes.add('bad-pattern');
  const table = docs.slice(docs.indexOf('## Validation codes'));
  const missing = [...codes].filter((c) => !table.includes(`\`${c}\``));
  expect(missing).toEqual([]);
});

test('docs/rules.md lists every duration unit the time extractor reads', () => {
  const section = docs.slice(docs.indexOf('### Duration units'), docs.indexOf('### A unitless scale'));
  expect(section.length).toBeGreaterThan(100);
  for (const unit of Object.keys(TIME_UNITS)) expect(section).toContain(`\`${unit}\``);
});

test('the documented unitless-scale example works as written ("magnitude 5.4", "Category 4")', () => {
  const section = docs.slice(docs.indexOf('### A unitless scale'));
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)![1];
  const dir = writeTree({
    'rules/quake.yaml': `story: quake\nfacts:\n${yaml}`,
    'corpus/a.md': '---\nsource: A\n---\nA magnitude 5.4 earthquake struck. The storm was a Category 4 hurricane.\n',
    'corpus/b.md': '---\nsource: B\n---\nThe quake, of magnitude 5.5, struck. It became a category 3 storm.\n',
  });
  const r = runCli(['check', 'corpus', '--rules', 'rules', '--format', 'json'], { cwd: dir });
  const findings = (JSON.parse(r.stdout) as Report).findings;
  expect(findings.map((f) => [f.fact, f.status, f.claims.map((c) => c.value)])).toEqual([
    ['storm-category', 'contradiction', ['4', '3']],
    ['magnitude', 'agreement', ['5.4', '5.5']],
  ]);
});
