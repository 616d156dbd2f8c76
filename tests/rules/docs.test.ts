/** docs/rules.md keeps step with the schema: every property name of the rules schema is documented. */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers';

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
