/**
 * The project config file (`.factlint.yaml`), found by walking up from the working directory,
 * validated against schema/config.schema.json with the same file:line:column errors as rule
 * files. Its paths are relative to its own folder; the CLI rebases them onto the working
 * directory, the language server runs in the config's folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError, type Diagnostic } from '../errors';
import { diagnosticAt, parseSource } from '../rules/yaml-source';
import { compileSchema, validateSchema } from '../rules/validate';
import type { ValidateFunction } from 'ajv';

export const CONFIG_NAMES = ['.factlint.yaml', '.factlint.yml'];
export const CONFIG_SCHEMA_PATH = path.join(__dirname, '..', '..', 'schema', 'config.schema.json');

export type FailOnSetting = 'error' | 'warning' | 'info' | 'never';

/** The keys of the file, as written (paths relative to `dir`). */
export interface ConfigSettings {
  rules?: string[];
  corpus?: string[];
  drafts?: string[];
  format?: string[];
  'fail-on'?: FailOnSetting;
  'max-warnings'?: number;
  baseline?: string;
  cache?: boolean;
  'cache-location'?: string;
  published?: string;
  'max-file-size'?: number;
  jobs?: number;
  witnesses?: boolean;
}

export interface ProjectConfig {
  /** The config file, as found. */
  file: string;
  /** Its folder: what its paths are relative to. */
  dir: string;
  settings: ConfigSettings;
}

/** The nearest config file in `from` or a folder above it, or null. */
export function findConfig(from: string = process.cwd()): string | null {
  let dir = path.resolve(from);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const file = path.join(dir, name);
      if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
    }
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

let validator: ValidateFunction | null = null;

/** Reads and validates a config file; every problem at once, as one UserError. */
export function loadConfig(file: string): ProjectConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new UserError({
      code: 'config-unreadable',
      message: `cannot read the config file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      file,
      hint: 'check the path and permissions, or run without it: --no-config',
    });
  }
  const shown = path.relative(process.cwd(), file) || file;
  const { source, errors } = parseSource(shown, text);
  if (errors.length) throw new UserError(errors);
  const data: unknown = source.data() ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UserError(
      diagnosticAt(source, [], {
        code: 'bad-type',
        message: 'a config file must be a mapping (rules:, corpus:, …)',
        hint: 'run factlint init for a commented starter file',
      }),
    );
  }
  validator ??= compileSchema(JSON.parse(fs.readFileSync(CONFIG_SCHEMA_PATH, 'utf8')) as Record<string, unknown>);
  const problems: Diagnostic[] = validateSchema(source, data, validator);
  const settings = data as ConfigSettings;
  const outputs = (settings.format ?? []).filter((f) => !f.includes(':'));
  if (outputs.length > 1) {
    problems.push(
      diagnosticAt(source, ['format', (settings.format ?? []).indexOf(outputs[1])], {
        code: 'bad-format',
        message: 'more than one format writes to standard output',
        hint: 'give all but one a path, e.g. json:reports/report.json',
      }),
    );
  }
  if (problems.length) throw new UserError(problems);
  return { file, dir: path.dirname(path.resolve(file)), settings };
}

/** The config named by --config, or the nearest one; null with --no-config or when there is none. */
export function projectConfig(option: string | false | undefined, from: string = process.cwd()): ProjectConfig | null {
  if (option === false) return null;
  if (typeof option === 'string' && option) {
    if (!fs.existsSync(option))
      throw new UserError({
        code: 'config-not-found',
        message: `no such config file: ${option}`,
        file: option,
        hint: 'check the path, or run factlint init to write one',
      });
    return loadConfig(option);
  }
  const found = findConfig(from);
  return found ? loadConfig(found) : null;
}

/** A path of the config (relative to its folder) as seen from `cwd`. */
export function rebase(config: ProjectConfig, p: string, cwd: string = process.cwd()): string {
  if (path.isAbsolute(p)) return p;
  return path.relative(cwd, path.resolve(config.dir, p)).split(path.sep).join('/') || '.';
}

/** A --format value of the config, its path (after ":") rebased. */
export function rebaseFormat(config: ProjectConfig, value: string, cwd: string = process.cwd()): string {
  const i = value.indexOf(':');
  return i < 0 ? value : `${value.slice(0, i)}:${rebase(config, value.slice(i + 1), cwd)}`;
}

/** Where the glob of a path starts: "corpus/**" → "corpus". */
function staticPart(p: string): string {
  const parts = p.split(/[\\/]/);
  const i = parts.findIndex((s) => /[*?[\]{}]/.test(s));
  return (i < 0 ? parts : parts.slice(0, i)).join('/') || '.';
}

/** Whether `file` (relative to cwd) lies inside one of the `roots` (files, folders or globs, relative to cwd). */
export function isInside(file: string, roots: string[]): boolean {
  const abs = path.resolve(file);
  return roots.some((r) => {
    const root = path.resolve(staticPart(r));
    return abs === root || abs.startsWith(root + path.sep);
  });
}

/** The commented starter file `factlint init` writes. */
export function starterConfig(options: { rules: string; corpus: string }): string {
  return `# factlint project configuration: \`factlint check\` in any folder below this one uses it,
# and so does the language server (\`factlint lsp --stdio\`). Paths are relative to this file;
# a flag on the command line overrides the key of the same name. Reference: docs/config.md.
factlint: 1

# Rule packs: files or folders of .yaml packs (one per story).
rules:
  - ${options.rules}

# The published coverage. \`factlint check\` with no paths checks it; any other path you give
# (\`factlint check drafts/story.md\`) is a draft, checked against it (draft mode).
corpus:
  - ${options.corpus}

# Where drafts live: with this, \`factlint check\` with no paths checks them against the corpus.
# drafts:
#   - drafts

# Outputs: NAME[:PATH], at most one without a path (standard output).
format:
  - text
  # - json:reports/report.json
  # - html:reports/report.html
  # - sarif:reports/factlint.sarif

# Lowest severity that makes the exit code 1: error | warning | info | never.
fail-on: error

# Exit 1 with more warning findings than this (-1: no limit).
# max-warnings: 0

# Findings recorded here are ignored (write it with --update-baseline).
# baseline: factlint-baseline.json

# Reuse the claims of unchanged articles; the language server always does.
cache: true
# cache-location: .factlint-cache

# Publication date (YYYY-MM-DD) for articles that state none.
# published: 2023-09-12
`;
}
