/**
 * The quick reader of rule files: js-yaml, about five times faster than the `yaml` package,
 * which a run with hundreds of rule packs spent most of its serial start in. Both read YAML
 * 1.2's core schema; `yaml` also gives every error and every node its position. So js-yaml
 * gives the data, and `yaml` reads any text js-yaml rejects (reporting the error where it is)
 * and, when a diagnostic needs one, the positions of the nodes (yaml-source.ts).
 *
 * Where the two differ, the text is left to `yaml` as well: that is what the tests found
 * (tests/rules/yaml-fast.test.ts compares both on every rule file of the repository, on the
 * scalars of the core schema in each context and on thousands of random edits).
 * - An empty or null key ("{: x}", "null: 1"): js-yaml names it "null", `yaml` "" (or, in a
 *   compact mapping, reports an error).
 * - A float beyond double range ("1e400"): js-yaml keeps the string, `yaml` reads Infinity.
 */
import { CORE_SCHEMA, load } from 'js-yaml';

/** The rule file's data as `yaml` reads it, or undefined when it must be read by the `yaml` package. */
export function fastYaml(text: string): unknown {
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined; // an error is `yaml`'s to report, with its position
  }
  return data !== undefined && readsAlike(data) ? data : undefined;
}

const FLOAT = /^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?$/;

/** Is there nothing in the data that `yaml` reads otherwise (see above)? */
function readsAlike(data: unknown): boolean {
  if (typeof data === 'string') return !(FLOAT.test(data) && !Number.isFinite(Number(data)));
  if (typeof data !== 'object' || data === null) return true;
  if (Array.isArray(data)) return data.every(readsAlike);
  for (const [key, value] of Object.entries(data)) {
    if (key === '' || key === 'null' || !readsAlike(key) || !readsAlike(value)) return false;
  }
  return true;
}
