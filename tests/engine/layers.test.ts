/**
 * Data flows one way through the stages (DESIGN.md): a module imports only from its own stage
 * or an earlier one, and no import cycle exists. Imports are read with TypeScript's own
 * pre-processor (type-only imports count too: a type from a later stage is still a backwards
 * dependency).
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ROOT } from '../helpers';

const SRC = path.join(ROOT, 'src');

/** The stages in data-flow order; the shared foundation first. */
const STAGES = [
  ['model', 'util', 'lexicon', 'errors.ts', 'version.ts'],
  ['corpus'],
  ['nlp'],
  ['mentions'],
  ['rules'],
  ['claims'],
  ['align'],
  ['suggest'],
  ['report'],
  ['gate'],
  ['ndjson'],
  ['engine'],
  ['cli', 'eval', 'index.ts'],
];

const stageOf = (file: string): number => {
  const top = path.relative(SRC, file).split(path.sep)[0];
  const i = STAGES.findIndex((s) => s.includes(top));
  if (i < 0) throw new Error(`${path.relative(ROOT, file)} is in no stage: add its folder to STAGES`);
  return i;
};

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
    );
}

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null; // a package
  const base = path.resolve(path.dirname(from), spec);
  for (const f of [`${base}.ts`, path.join(base, 'index.ts')]) if (fs.existsSync(f)) return f;
  if (fs.existsSync(base) && fs.statSync(base).isFile()) return null; // JSON and the like
  throw new Error(`${path.relative(ROOT, from)} imports "${spec}", which does not exist`);
}

const files = sources(SRC);
const imports = new Map(
  files.map((f) => [
    f,
    ts
      .preProcessFile(fs.readFileSync(f, 'utf8'), true, true)
      .importedFiles.map((i) => resolve(f, i.fileName))
      .filter((x): x is string => x !== null),
  ]),
);
const rel = (f: string) => path.relative(ROOT, f);

test('no module imports from a later stage', () => {
  const backwards = files.flatMap((f) =>
    imports
      .get(f)!
      .filter((to) => stageOf(to) > stageOf(f))
      .map((to) => `${rel(f)} → ${rel(to)}`),
  );
  expect(backwards).toEqual([]);
});

test('no import cycles', () => {
  // Tarjan's strongly connected components; any component of two or more files is a cycle.
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of imports.get(v)!) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(rel(w));
      } while (w !== v);
      if (scc.length > 1) cycles.push(scc.sort());
    }
  };
  for (const f of files) if (!idx.has(f)) visit(f);
  expect(cycles).toEqual([]);
});

test('the stage check catches a backwards import (it can fail)', () => {
  const corpus = files.find((f) => rel(f) === path.join('src', 'corpus', 'read.ts'))!;
  const report = files.find((f) => rel(f) === path.join('src', 'report', 'text.ts'))!;
  expect(stageOf(report)).toBeGreaterThan(stageOf(corpus));
});
