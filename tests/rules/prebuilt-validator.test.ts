/**
 * The built CLI validates rule files with the validator `npm run build` writes as code
 * (scripts/generate-rule-validator.mjs), not by compiling the schema at every start. A user
 * relies on it saying exactly what the compiled schema says, and on it never being used for
 * another schema than the one shipped beside it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { ROOT } from '../helpers';
import { compileSchema, RULES_SCHEMA, RULES_SCHEMA_PATH } from '../../src/rules/validate';

const PREBUILT = path.join(ROOT, 'dist', 'rules', 'rules-schema-validator.js');

/** Valid and broken rule files: every kind of schema error the diagnostics translate. */
const CASES: unknown[] = [
  { factlint: 1, story: 'ferry', facts: [{ id: 'departure-date', type: 'date', cues: ['left'] }] },
  { story: 5, facts: [{ id: 'A b', type: 'speed', cues: 'left', colour: 'red' }] },
  { story: 'ferry', facts: [{ id: 'x', type: 'count', cues: [{ phrase: 3, position: 'middle' }] }] },
  { story: 'ferry', facts: [{ id: 'x', type: 'quantity', unit: 'km/h', tolerance: { absolute: 'a' }, cues: [] }] },
  { facts: [{ id: 'x', type: 'date', cues: ['left'] }], bogus: true },
  { story: 'ferry', witnesses: { threshold: 2 }, facts: [] },
  [],
];

describe('the prebuilt rule-schema validator', () => {
  // npm test builds first; a missing file fails here rather than passing unseen.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file the build writes
  const prebuilt = require(PREBUILT) as ValidateFunction & { schemaHash: string };

  test('was made from the schema shipped beside it', () => {
    const hash = crypto.createHash('sha256').update(fs.readFileSync(RULES_SCHEMA_PATH, 'utf8')).digest('hex');
    expect(prebuilt.schemaHash).toBe(hash);
  });

  test('gives the errors of the schema compiled at run time, field for field', () => {
    const compiled = compileSchema(RULES_SCHEMA);
    let invalid = 0;
    for (const data of CASES) {
      const ok = compiled(structuredClone(data));
      expect(prebuilt(structuredClone(data))).toBe(ok);
      expect(prebuilt.errors ?? null).toEqual(compiled.errors ?? null);
      if (!ok) invalid++;
    }
    expect(invalid).toBeGreaterThanOrEqual(5);
  });
});
