/**
 * The fast reader of rule files (src/rules/yaml-fast.ts) must give exactly the data the `yaml`
 * package gives, or leave the text to `yaml`: never other data, and never read a text that
 * `yaml` reports an error on (those errors, with their positions, come from `yaml`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument, LineCounter } from 'yaml';
import { fastYaml } from '../../src/rules/yaml-fast';
import { Checker } from '../../src/engine/checker';
import { UserError, type Diagnostic } from '../../src/errors';

/** What load.ts read before the fast reader: yaml's errors and data. */
function byYaml(text: string): { errors: number; data: unknown } {
  const doc = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: true });
  return { errors: doc.errors.length, data: doc.toJS() };
}

/** Deep equality that tells -0 from 0 and plain objects from others (toEqual does neither). */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.join('\0') !== kb.join('\0')) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** undefined (left to yaml) or yaml's own data with no error; else a description of the difference. */
function mismatch(text: string): string | null {
  const fast = fastYaml(text);
  if (fast === undefined) return null;
  const ref = byYaml(text);
  if (ref.errors) return `read a text yaml rejects: ${JSON.stringify(text)}`;
  if (!same(fast, ref.data))
    return `${JSON.stringify(text)}: fast ${JSON.stringify(fast)} vs yaml ${JSON.stringify(ref.data)}`;
  return null;
}

const yamlFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => path.join(dir, f))
    .sort();

const REPO_RULES = [
  ...yamlFiles('rules'),
  ...yamlFiles('tests/fixtures'),
  ...yamlFiles('eval/real/packs'),
  ...yamlFiles('eval/witness'),
  ...yamlFiles('examples'),
];
const read = (f: string) => fs.readFileSync(f, 'utf8').replace(/^\uFEFF/, '');

test("every rule file in the repository is read to yaml's data, or left to yaml", () => {
  expect(REPO_RULES.length).toBeGreaterThan(30);
  const problems = REPO_RULES.map((f) => mismatch(read(f))).filter(Boolean);
  expect(problems).toEqual([]);
});

test('the rule packs of the repository and its fixtures take the fast path (the speed-up applies)', () => {
  const packs = [...yamlFiles('rules'), ...yamlFiles('tests/fixtures').filter((f) => f.includes('/rules/'))];
  expect(packs.length).toBeGreaterThan(8);
  expect(packs.filter((f) => fastYaml(read(f)) === undefined)).toEqual([]);
});

test('the YAML syntax and duplicate-key fixtures are left to yaml, which reports them', () => {
  for (const f of ['yaml-syntax.yaml', 'duplicate-key.yaml'])
    expect(fastYaml(read(path.join('tests/fixtures/rules-errors', f)))).toBeUndefined();
});

// Scalars in every context the reader takes: each must resolve as yaml's core schema does.
const SCALARS = [
  ...['1', '-1', '+1', '007', '-0', '0', '9007199254740993', '123456789012345678901234567890'],
  ...['0o17', '0o8', '0x1F', '0X1F', '0xg', '0b101', '1_000', '1,000', '1:30', '12:30:00'],
  ...['1.', '.5', '-.5', '+.5e-3', '1e3', '1E+3', '1e400', '2.50', '1.0.0', '.', '..', '+', '-', '+-1'],
  ...['.inf', '-.Inf', '+.INF', '.nan', '.NaN', '.NAN', 'inf', 'nan', '-.nan'],
  ...['~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', 'no', 'yes', 'on', 'y', 'n'],
  ...['2015-03-01', '2015-03-01T10:00:00Z', '10 km/h', 'km/h', '5%', '$5', '€5 million', 'a#b', 'a #b'],
  ...["it's", "'q'", '"q"', "'a''b'", "''", '""', '"a # b"', "'a: b'", 'a: b', 'a:', 'a:b', 'http://x.org/a'],
  ...['-a', '- a', '-1a', '?a', ':a', '!a', '&a', '*a', '|', '>', '%a', '@a', '`a', '#', 'a  b', 'St. Tullin'],
  ...['[a]', '[a, b]', '[]', '[a,]', '[, a]', '{}', '{a: 1}', '{a: 1,}', '{a}', '{a: }', '[a, [b, c]]'],
  ...['{ x: [1, 2], y: { z: w } }', '[a b, c d]', '[a]b', '{a: 1} x', "['it''s', x]", '["a", "b"]'],
  ...['[a, b] # c', "'x' # c", '"x"y', "'x'y", '[a: 1]', '[{a: 1}]', '{a: 1, a: 2}', '{"a": 1}'],
];

test.each(SCALARS)('the scalar %s reads as yaml reads it, in each context', (s) => {
  const texts = [
    `k: ${s}\n`,
    `- ${s}\n`,
    `k: [${s}]\n`,
    `k: { a: ${s} }\n`,
    `m:\n  k: ${s}\n  j: 1\n`,
    `- k: ${s}\n  j: 2\n`,
    `${s}: 1\n`,
    `k: [x, ${s}, y]\n`,
  ];
  for (const t of texts) expect(mismatch(t)).toBeNull();
});

// Structures: nesting, indentation, comments, documents.
const STRUCTURES = [
  'a:\n- 1\n- 2\nb: 3\n',
  'a:\n  - 1\n  - 2\nb: 3\n',
  'a:\n  - 1\n b: 3\n',
  'a:\n  - 1\n  b: 3\n',
  '- a: 1\n  b: 2\n- c: 3\n',
  '-   a: 1\n    b: 2\n',
  '- a: 1\n   b: 2\n',
  '- a: 1\n b: 2\n',
  '-\n  a: 1\n- \n- x\n',
  '- - a\n',
  'a:\n    b: 1\n  c: 2\n',
  'a: 1\n  b: 2\n',
  'a: x\n  y\n',
  'a:\n\n  # comment\n  b: 1 # c\n# end\n',
  'a: 1\n---\nb: 2\n',
  '---\na: 1\n',
  'a: 1\n...\n',
  '%YAML 1.2\n---\na: 1\n',
  '  a: 1\n  b: 2\n',
  '  a: 1\nb: 2\n',
  'a: 1\na: 2\n',
  'a:\n  b: 1\n  b: 2\n',
  'a: |\n  text\n',
  'a: >-\n  text\n',
  'a: &x 1\nb: *x\n',
  'a: !!str 1\n',
  'a: [1,\n  2]\n',
  "a: 'one\n  two'\n",
  'a: "x\\ty"\n',
  'a:\tb\n',
  'a: b\r\nc: d\r\n',
  'a: 1\n\n\n',
  '# only a comment\n',
  '',
  'a',
  'a\nb: 1\n',
  '__proto__: 1\n',
  'constructor: 1\ntoString: 2\n',
  'true: 1\n',
  'null: 1\n',
  '1: a\n',
  'a b: 1\n',
  'a  b: 1\n',
  'a :1\n',
  'a : 1\n',
  '? a\n: 1\n',
  'a:\n  - b:\n    - c\n    d: 1\n',
  'a:\n  - b:\n      - c\n    d: 1\n',
  'k:\u00a0v\n',
  'k: v\u00a0\n',
  'k: \ufeffv\n',
];

test.each(STRUCTURES.map((s) => [JSON.stringify(s), s]))(
  'the text %s reads as yaml reads it, or is left to yaml',
  (_, s) => {
    expect(mismatch(s)).toBeNull();
  },
);

test('random edits of real rule files never read to other data than yaml gives, nor past a yaml error', () => {
  // A fixed seed: the same edits every run. Insertions of YAML's indicators, deletions,
  // replacements, moved lines: the shapes the reader must either read exactly or leave.
  let seed = 17;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const bits = [' ', ':', '-', '#', "'", '"', '[', ']', '{', '}', ',', '\n', '  ', 'a', '0', '.', '?', '&', '*', '!'];
  bits.push('|', '>', '%', '@', '`', '~', '\t', 'e', '+', 'x', 'true', 'null', '- ', ': ', '\n- ', '\n  ', '/');
  const texts = REPO_RULES.map(read);
  let fast = 0;
  const problems: string[] = [];
  for (let k = 0; k < 3000; k++) {
    let s = pick(texts);
    for (let o = 1 + Math.floor(rnd() * 3); o > 0; o--) {
      const p = Math.floor(rnd() * s.length);
      const r = rnd();
      if (r < 0.4) s = s.slice(0, p) + pick(bits) + s.slice(p);
      else if (r < 0.7) s = s.slice(0, p) + s.slice(p + 1 + Math.floor(rnd() * 3));
      else if (r < 0.85) s = s.slice(0, p) + pick(bits) + s.slice(p + 1);
      else {
        const lines = s.split('\n');
        lines.splice(Math.floor(rnd() * lines.length), 0, pick(lines));
        s = lines.join('\n');
      }
    }
    if (fastYaml(s) !== undefined) fast++;
    const m = mismatch(s);
    if (m) problems.push(m);
  }
  expect(problems.slice(0, 3)).toEqual([]);
  expect(fast).toBeGreaterThan(300); // the edits do reach the reader, not only the fallback
});

test('a schema error in a file the fast reader read is still reported at its line and column', () => {
  const file = 'tests/fixtures/rules-errors/unknown-key.yaml';
  expect(fastYaml(read(file))).not.toBeUndefined();
  let diagnostics: Diagnostic[] = [];
  try {
    Checker.load([file], { allowNoPacks: true });
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    diagnostics = e.diagnostics;
  }
  expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['unknown-key', 6, 5]]);
  expect(diagnostics[0].excerpt).toContain('6 | ');
});

test('collections nested thousands deep are left to yaml (which reports them), never a stack overflow', () => {
  const flow = (n: number) => `a: ${'['.repeat(n)}${']'.repeat(n)}\n`;
  const block = (n: number) =>
    Array.from({ length: n }, (_, i) => `${' '.repeat(2 * i)}k:\n`).join('') + `${' '.repeat(2 * n)}v: 1\n`;
  const list = (n: number) => Array.from({ length: n }, (_, i) => `${' '.repeat(2 * i)}-\n`).join('') + '  x\n';
  for (const text of [flow(2000), flow(10000), block(2000), block(5000), list(5000)]) {
    expect(() => fastYaml(text)).not.toThrow();
    expect(fastYaml(text)).toBeUndefined();
  }
  // What rule files nest (a gazetteer's children a few levels down) still takes the fast path.
  expect(fastYaml(block(12))).not.toBeUndefined();
  expect(fastYaml(flow(12))).not.toBeUndefined();
});
