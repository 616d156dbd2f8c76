/** Schema validation of a parsed rule file: every error at once, each with a location and a hint. */
import type * as AjvModule from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type * as FormatsModule from 'ajv-formats';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../errors';
import { diagnosticAt, type SourceFile } from './yaml-source';
import { nearest } from '../util/levenshtein';
import { plural } from '../util/text';

/** Published schema file; src/rules and dist/rules both sit two levels below the package root. */
export const RULES_SCHEMA_PATH = path.join(__dirname, '..', '..', 'schema', 'rules.schema.json');
const RULES_SCHEMA_TEXT = fs.readFileSync(RULES_SCHEMA_PATH, 'utf8');
export const RULES_SCHEMA = JSON.parse(RULES_SCHEMA_TEXT) as Record<string, unknown>;

/** The rule-schema validator the build wrote as code (scripts/generate-rule-validator.mjs). */
const PREBUILT = path.join(__dirname, 'rules-schema-validator.js');

let validator: ValidateFunction | null = null;

/**
 * An ajv instance with formats. Required on first use, not imported: a run whose rules come
 * validated from the cache (a draft check, the language server) never loads ajv's ~60 modules.
 */
function newAjv() {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const Ajv = (require('ajv') as typeof AjvModule).default;
  const addFormats = (require('ajv-formats') as typeof FormatsModule).default;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true }); // verbose: parentSchema, for "did you mean"
  addFormats(ajv);
  return ajv;
}

function getValidator() {
  if (!validator) {
    // The build's validator when it was made from this very schema (not from sources, as in the
    // tests); otherwise compiled here. Both give the same errors: the options are the same.
    const hash = createHash('sha256').update(RULES_SCHEMA_TEXT).digest('hex');
    if (fs.existsSync(PREBUILT)) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file the build writes, loaded only here
      const prebuilt = require(PREBUILT) as ValidateFunction & { schemaHash?: string };
      if (prebuilt.schemaHash === hash) validator = prebuilt;
    }
    validator ??= newAjv().compile(RULES_SCHEMA);
  }
  return validator;
}

function pathOf(instancePath: string): (string | number)[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let v: unknown = data;
  for (const step of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[step] : undefined;
  return v;
}

/** Allowed keys at a schema location, for "did you mean". */
function allowedKeys(err: ErrorObject): string[] {
  const parent = err.parentSchema as { properties?: Record<string, unknown> } | undefined;
  return parent?.properties ? Object.keys(parent.properties) : [];
}

/** A validator of another schema (the project config) that reports its errors the same way. */
export function compileSchema(schema: Record<string, unknown>): ValidateFunction {
  return newAjv().compile(schema);
}

/** Schema errors with file, line, column and a hint; `validate` defaults to the rule-file schema. */
export function validateSchema(
  source: SourceFile,
  data: unknown,
  validate: ValidateFunction = getValidator(),
): Diagnostic[] {
  if (validate(data)) return [];
  const errors = (validate.errors ?? []).filter((e) => {
    const v = valueAt(data, pathOf(e.instancePath));
    // A cue is a string or an object: report only the branch the author chose.
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf') return false;
    if (e.keyword === 'type' && e.params.type === 'string' && v !== null && typeof v === 'object') return false;
    if (e.keyword === 'type' && e.params.type === 'object' && typeof v === 'string') return false;
    return true;
  });
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const path = pathOf(e.instancePath);
    const where = path.length ? path.join('.') : 'the file';
    let d: Diagnostic;
    switch (e.keyword) {
      case 'additionalProperties': {
        const key = String(e.params.additionalProperty);
        const guess = nearest(key, allowedKeys(e));
        d = diagnosticAt(
          source,
          [...path, key],
          {
            code: 'unknown-key',
            message: `unknown key "${key}" in ${where}`,
            hint: guess ? `did you mean "${guess}"?` : `allowed keys: ${allowedKeys(e).join(', ')}`,
          },
          true,
        );
        break;
      }
      case 'required':
        d = diagnosticAt(source, path, {
          code: 'missing-key',
          message: `${where} needs "${e.params.missingProperty}"`,
          hint: `add a "${e.params.missingProperty}:" field`,
        });
        break;
      case 'dependencies':
        d = diagnosticAt(source, path, {
          code: 'missing-key',
          message: `a file with facts needs "${e.params.missingProperty}"`,
          hint: 'add "story: <id>" naming the story these facts belong to',
        });
        break;
      case 'enum': {
        const allowed = (e.params.allowedValues as unknown[]).map(String);
        const guess = nearest(String(valueAt(data, path)), allowed);
        d = diagnosticAt(source, path, {
          code: 'bad-value',
          message: `${where}: "${String(valueAt(data, path))}" is not one of ${allowed.join(', ')}`,
          hint: guess ? `did you mean "${guess}"?` : `use one of: ${allowed.join(', ')}`,
        });
        break;
      }
      case 'pattern': {
        // A schema may say what its pattern means ("x-hint"); the rule schema's patterns are ids.
        const custom = (e.parentSchema as { 'x-hint'?: string } | undefined)?.['x-hint'];
        d = diagnosticAt(source, path, {
          code: custom ? 'bad-value' : 'bad-id',
          message: `${where}: "${String(valueAt(data, path))}" is not a valid ${custom ? 'value' : 'id'}`,
          hint: custom ?? 'ids are lower-case letters, digits, ".", "_" and "-", e.g. departure-date',
        });
        break;
      }
      case 'type':
        d = diagnosticAt(source, path, {
          code: 'bad-type',
          message: `${where} must be ${e.params.type === 'array' ? 'a list' : e.params.type === 'object' ? 'a mapping' : `a ${e.params.type}`}`,
          hint:
            e.params.type === 'array'
              ? 'write a list: one "- item" per line, or [a, b]'
              : `write a ${e.params.type} here`,
        });
        break;
      case 'minItems':
        d = diagnosticAt(source, path, {
          code: 'empty-list',
          message: `${where} needs at least ${plural(Number(e.params.limit), 'item')}`,
          hint: 'add an item, or remove the key',
        });
        break;
      case 'minLength':
      case 'minProperties':
        d = diagnosticAt(source, path, {
          code: 'empty-value',
          message: `${where} is empty`,
          hint: 'write a value, or remove the key',
        });
        break;
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
        d = diagnosticAt(source, path, {
          code: 'bad-value',
          message: `${where} ${e.message ?? 'is out of range'}`,
          hint:
            (e.parentSchema as { 'x-hint'?: string } | undefined)?.['x-hint'] ??
            (e.keyword === 'maximum' ? 'hedge bands are fractions: 0.1 is ±10%' : 'use a positive number'),
        });
        break;
      case 'format':
        d = diagnosticAt(source, path, {
          code: 'bad-value',
          message: `${where}: "${String(valueAt(data, path))}" is not a ${e.params.format}`,
          hint:
            e.params.format === 'uri'
              ? 'write a full URL, e.g. https://example.org/docs/rules#my-fact'
              : `write a valid ${e.params.format}`,
        });
        break;
      case 'const':
        d = diagnosticAt(source, path, {
          code: 'bad-version',
          message: `${where}: this factlint reads rule format ${JSON.stringify(e.params.allowedValue)}`,
          hint: `write "factlint: ${JSON.stringify(e.params.allowedValue)}"`,
        });
        break;
      default:
        d = diagnosticAt(source, path, {
          code: `schema-${e.keyword}`,
          message: `${where} ${e.message ?? 'is invalid'}`,
          hint: 'see docs/rules.md for this field',
        });
    }
    const key = `${d.line}:${d.column}:${d.code}:${d.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(d);
    }
  }
  return out;
}
