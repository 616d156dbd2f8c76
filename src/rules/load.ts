/**
 * Loads rule files: YAML/JSON with positions, schema validation, `extends` resolution and the
 * checks a schema cannot express. Collects every problem before failing, like Spectral.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError, type Diagnostic } from '../errors';
import { parseSource, diagnosticAt, type SourceFile } from './yaml-source';
import { validateSchema } from './validate';
import type { RuleFileSpec } from './types';

export const RULE_EXTENSIONS = ['.yaml', '.yml', '.json'];

export interface LoadedFile {
  file: string;
  spec: RuleFileSpec;
  source: SourceFile;
  /** Files this one extends, resolved, in order (each already loaded). */
  bases: LoadedFile[];
  /** The file failed schema validation: it is compiled only to report its other problems too. */
  invalid?: boolean;
}

/** Rule files named by the user: files as given, directories walked (sorted). */
export function findRuleFiles(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!fs.existsSync(p))
      throw new UserError({
        code: 'rules-not-found',
        message: `no such rule file or folder: ${p}`,
        file: p,
        hint: 'pass --rules with a folder of .yaml rule packs or one file',
      });
    if (fs.statSync(p).isDirectory()) {
      const found: string[] = [];
      const walk = (dir: string) => {
        for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
          const full = path.join(dir, e.name);
          if (e.isDirectory() && !e.name.startsWith('.')) walk(full);
          else if (e.isFile() && RULE_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) found.push(full);
        }
      };
      walk(p);
      if (!found.length)
        throw new UserError({
          code: 'rules-empty',
          message: `no rule files (.yaml, .yml, .json) in ${p}`,
          file: p,
          hint: 'add a rule pack; see rules/ in the factlint repository and docs/rules.md',
        });
      out.push(...found.sort());
    } else out.push(p);
  }
  return out;
}

export class RuleLoader {
  private cache = new Map<string, LoadedFile | null>();
  readonly diagnostics: Diagnostic[] = [];

  /** Loads one file and, recursively, what it extends. null when it could not be used. */
  load(file: string, chain: string[] = []): LoadedFile | null {
    const abs = path.resolve(file);
    if (chain.includes(abs)) return null; // reported by the caller with the extends location
    if (this.cache.has(abs)) return this.cache.get(abs)!;
    this.cache.set(abs, null);
    if (!RULE_EXTENSIONS.includes(path.extname(file).toLowerCase())) {
      this.diagnostics.push({
        code: 'not-a-rule-file',
        message: `not a rule file: rule files are ${RULE_EXTENSIONS.join(', ')}`,
        file,
        hint: /\.(md|markdown|txt|html?)$/i.test(file)
          ? 'this looks like an article: check it with factlint check, and give the rules with --rules'
          : 'a rule pack is a YAML or JSON file with "story:" and "facts:" (see docs/rules.md)',
      });
      return null;
    }
    let text: string;
    try {
      text = fs.readFileSync(abs, 'utf8').replace(/^\uFEFF/, '');
    } catch (e) {
      this.diagnostics.push({
        code: 'rules-unreadable',
        message: `cannot read rule file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
        file,
        hint: 'check the path and permissions',
      });
      return null;
    }
    const { source, errors } = parseSource(file, text);
    if (errors.length) {
      this.diagnostics.push(...errors);
      return null;
    }
    const data: unknown = source.data() ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      this.diagnostics.push(
        diagnosticAt(source, [], {
          code: 'bad-type',
          message: 'a rule file must be a mapping (story:, facts:, …)',
          hint: 'start with "story: my-story" and "facts:"',
        }),
      );
      return null;
    }
    const schemaErrors = validateSchema(source, data);
    // Schema errors do not stop here: the file is still resolved and compiled, so one run
    // reports every problem (unknown kinds, fields that do not apply…), not the first kind only.
    this.diagnostics.push(...schemaErrors);
    const spec = data as RuleFileSpec;
    if (!Array.isArray(spec.extends)) spec.extends = undefined;
    const bases: LoadedFile[] = [];
    (spec.extends ?? []).forEach((ref, i) => {
      if (typeof ref !== 'string') return; // reported by the schema
      const target = path.resolve(path.dirname(abs), ref);
      if (chain.includes(target) || target === abs) {
        const cycle = [...chain, abs, target].map((f) => path.relative(process.cwd(), f) || f);
        this.diagnostics.push(
          diagnosticAt(source, ['extends', i], {
            code: 'extends-cycle',
            message: `circular extends: ${cycle.join(' → ')}`,
            hint: 'move what both files share into a third file that neither extends',
          }),
        );
        return;
      }
      if (!fs.existsSync(target)) {
        this.diagnostics.push(
          diagnosticAt(source, ['extends', i], {
            code: 'extends-not-found',
            message: `extends "${ref}": no such file`,
            hint: `paths are relative to ${path.dirname(file) || '.'}`,
          }),
        );
        return;
      }
      const base = this.load(path.relative(process.cwd(), target) || target, [...chain, abs]);
      if (base) bases.push(base);
    });
    const loaded: LoadedFile = { file, spec, source, bases, ...(schemaErrors.length ? { invalid: true } : {}) };
    this.cache.set(abs, loaded);
    return loaded;
  }
}
