#!/usr/bin/env node
// Writes src/rules/spec.generated.ts, the types of a rule file as written, from
// schema/rules.schema.json: the schema is the one source of truth of the rule format, and
// `npm run build` (so `prepare` and `npm test`) regenerates the types before tsc compiles.
// The output is committed so that editors and ts-jest see it on a fresh clone;
// tests/rules/spec-types.test.ts fails when it no longer matches the schema.
//
//   node scripts/generate-rule-types.mjs            write the file if it changed
//   node scripts/generate-rule-types.mjs --check    exit 1 if the file is not what the schema gives
//   --schema PATH --out PATH                        other files (the drift test uses these)
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Schema definitions → type names; "Spec" keeps them apart from the engine's model types. */
const NAMES = {
  fact: 'FactSpec',
  cue: 'CueSpec',
  place: 'PlaceSpec',
  name: 'NameSpec',
  hedges: 'HedgeSpec',
  expect: 'ExpectSpec',
  expected: 'Expected',
  absent: 'AbsentSpec',
  severity: 'SeveritySpec',
  scope: 'ScopeSpec',
  window: 'WindowSpec',
  position: 'Position',
  id: 'IdSpec',
  alias: 'AliasSpec',
  lemmaedit: 'LemmaEditSpec',
  phraseedit: 'PhraseEditSpec',
};

function option(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const schemaPath = path.resolve(option('--schema') ?? path.join(ROOT, 'schema', 'rules.schema.json'));
const outPath = path.resolve(option('--out') ?? path.join(ROOT, 'src', 'rules', 'spec.generated.ts'));
const check = process.argv.includes('--check');

const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
const prettier = JSON.parse(fs.readFileSync(path.join(ROOT, '.prettierrc.json'), 'utf8'));
const source = await compile(schema, 'RuleFileSpec', {
  bannerComment:
    '/* Generated from schema/rules.schema.json by scripts/generate-rule-types.mjs (run by `npm run build`).\n' +
    ' * Do not edit: change the schema and build. */',
  // Named definitions carry their key (capitalised) as $id by then; the root is named here, not by its human title.
  customName: (s, definitionKey) =>
    s.$id === schema.$id ? 'RuleFileSpec' : NAMES[(definitionKey ?? s.$id ?? '').toLowerCase()],
  // The code reads the lists as arrays; minItems is the validator's business.
  ignoreMinAndMaxItems: true,
  additionalProperties: false,
  style: prettier,
  cwd: path.dirname(schemaPath),
});

const current = fs.existsSync(outPath) ? fs.readFileSync(outPath, 'utf8') : null;
if (check) {
  if (current !== source) {
    const rel = path.relative(process.cwd(), outPath);
    process.stderr.write(
      `${rel} does not match ${path.relative(process.cwd(), schemaPath)}: run \`npm run build\` and commit the file.\n`,
    );
    process.exit(1);
  }
} else if (current !== source) {
  fs.writeFileSync(outPath, source);
}
