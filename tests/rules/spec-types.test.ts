/**
 * The types of a rule file as written are generated from schema/rules.schema.json
 * (scripts/generate-rule-types.mjs, run by `npm run build`): they cannot say what the schema
 * does not, and the committed src/rules/spec.generated.ts must be what the schema gives.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, tempDir } from '../helpers';
import type { FactSpec, RuleFileSpec } from '../../src/rules/types';

const SCRIPT = path.join(ROOT, 'scripts', 'generate-rule-types.mjs');
const SCHEMA = path.join(ROOT, 'schema', 'rules.schema.json');
const GENERATED = path.join(ROOT, 'src', 'rules', 'spec.generated.ts');

function generate(...args: string[]): { code: number; stderr: string } {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status ?? -1, stderr: r.stderr };
}

describe('rule file types generated from the schema', () => {
  test('src/rules/spec.generated.ts is what the schema generates', () => {
    const r = generate('--check');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  test('a schema edit without regenerating fails the check, and regenerating follows the schema', () => {
    const dir = tempDir();
    const schema = JSON.parse(fs.readFileSync(SCHEMA, 'utf8')) as {
      definitions: { fact: { properties: Record<string, unknown> } };
    };
    schema.definitions.fact.properties.colour = { description: 'A made-up field.', type: 'string' };
    const schemaCopy = path.join(dir, 'rules.schema.json');
    const out = path.join(dir, 'spec.generated.ts');
    fs.writeFileSync(schemaCopy, JSON.stringify(schema));
    fs.copyFileSync(GENERATED, out);

    const stale = generate('--check', '--schema', schemaCopy, '--out', out);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('does not match');

    expect(generate('--schema', schemaCopy, '--out', out).code).toBe(0);
    const regenerated = fs.readFileSync(out, 'utf8');
    expect(regenerated).toMatch(/export interface FactSpec \{[^]*\n {2}colour\?: string;/);
    expect(generate('--check', '--schema', schemaCopy, '--out', out).code).toBe(0);
  });

  test('the generated types carry the schema: required and optional fields, enums', () => {
    // Compile-time checks: `npm test` type-checks the tests (tsc -p tsconfig.test.json) before
    // jest runs, and an @ts-expect-error line that is no error fails it.
    const fact: FactSpec = { id: 'arrival', type: 'date', cues: ['arrived'] };
    // @ts-expect-error: "cues" is required by the schema
    const noCues: FactSpec = { id: 'arrival', type: 'date' };
    // @ts-expect-error: "type" is one of the schema's enum values
    const badType: FactSpec = { id: 'arrival', type: 'colour', cues: ['arrived'] };
    // @ts-expect-error: the schema has additionalProperties: false
    const extra: FactSpec = { id: 'arrival', type: 'date', cues: ['arrived'], colour: 'red' };
    // A library file (units, gazetteer) has no story: the schema requires it only beside facts.
    const library: RuleFileSpec = { units: [{ id: 'li', dimension: 'length', factor: 500, names: ['li'] }] };
    expect([fact, noCues, badType, extra, library].length).toBe(5);
  });
});
