/**
 * Rule tests, after ESLint's RuleTester and Semgrep's --test: a pack names fixture articles
 * whose front matter (or a sidecar entry in the pack) lists the claims they must yield. Every
 * claim of the pack is checked: an expected claim not found is a false negative, a claim not
 * expected a false positive.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors';
import type { Article } from '../model';
import type { Claim } from '../model/claim';
import type { CompiledPack, Expected, ExpectSpec, AbsentSpec, TestSpec } from '../rules/types';
import { findArticleFiles } from '../corpus/files';
import { readArticle } from '../corpus/article';
import { claimsOf } from './checker';
import type { Checker } from './checker';

export interface Mismatch {
  kind: 'FN' | 'FP' | 'error';
  fact: string;
  message: string;
}

export interface FixtureResult {
  file: string;
  mismatches: Mismatch[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PackTestResult {
  pack: CompiledPack;
  fixtures: FixtureResult[];
  /** Confusion counts per fact, in the pack's fact order. */
  matrix: Map<string, Counts>;
}

interface Fixture {
  file: string;
  id: string;
  published?: string;
  expect: ExpectSpec;
  absent: AbsentSpec;
}

const norm = (v: unknown) => String(v).trim().toLowerCase().replace(/\s+/g, ' ');

/** Does a claim satisfy an expectation? A bare value may be the normalized value, the display or the raw text. */
function matches(claim: Claim, e: Expected): boolean {
  if (typeof e !== 'object') return [claim.value, claim.display, claim.raw].some((x) => norm(x) === norm(e));
  if (e.value !== undefined && norm(claim.value) !== norm(e.value) && norm(claim.display) !== norm(e.value))
    return false;
  if (e.raw !== undefined && norm(claim.raw) !== norm(e.raw)) return false;
  if (e.part !== undefined && (claim.part ?? null) !== e.part) return false;
  if (e.update !== undefined && (claim.update ?? null) !== e.update) return false;
  return true;
}

const show = (e: Expected) => (typeof e === 'object' ? JSON.stringify(e) : `"${e}"`);

function fixturesOf(pack: CompiledPack): Fixture[] {
  const dir = path.dirname(pack.file);
  const out: Fixture[] = [];
  for (const entry of pack.tests) {
    const spec: TestSpec = typeof entry === 'string' ? { file: entry } : entry;
    const given = path.join(dir, spec.file);
    for (const f of findArticleFiles([given])) {
      // Expectations come from the sidecar entry when it has any, else from the fixture's front matter.
      let expect = spec.expect;
      let absent = spec.absent;
      if (!expect && !absent) {
        const meta = readArticle(f.file, f.id).meta;
        expect = meta.expect as ExpectSpec | undefined;
        absent = meta.absent as AbsentSpec | undefined;
        if (expect !== undefined && (typeof expect !== 'object' || expect === null || Array.isArray(expect))) {
          throw new UserError({
            code: 'bad-expect',
            message: 'expect: must map fact ids to values',
            file: f.file,
            hint: 'write e.g. "expect: { departure-date: 2001-02-03 }" in the front matter',
          });
        }
      }
      out.push({ file: f.file, id: f.id, published: spec.published, expect: expect ?? {}, absent: absent ?? [] });
    }
  }
  return out;
}

export function runPackTests(pack: CompiledPack, checker: Checker): PackTestResult {
  const matrix = new Map<string, Counts>(pack.facts.map((f) => [f.id, { tp: 0, fp: 0, fn: 0 }]));
  const results: FixtureResult[] = [];
  for (const fx of fixturesOf(pack)) {
    const mismatches: Mismatch[] = [];
    const article: Article = readArticle(fx.file, fx.id);
    if (!article.published && fx.published) article.published = fx.published;
    // applies-to is not applied: a fixture is run through its pack whatever its path.
    const claims = article.body.trim() ? claimsOf(article, checker.analyse(article.body), pack) : [];
    for (const fact of [...Object.keys(fx.expect), ...fx.absent.map((a) => (typeof a === 'string' ? a : a.fact))]) {
      if (!matrix.has(fact))
        mismatches.push({
          kind: 'error',
          fact,
          message: `unknown fact "${fact}" in the expectations (facts: ${[...matrix.keys()].join(', ')})`,
        });
    }
    for (const [fact, counts] of matrix) {
      const raw = fx.expect[fact];
      const expected: Expected[] = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
      const left = claims.filter((c) => c.fact === fact);
      for (const e of expected) {
        const i = left.findIndex((c) => matches(c, e));
        if (i >= 0) {
          left.splice(i, 1);
          counts.tp++;
        } else {
          counts.fn++;
          const got = claims.filter((c) => c.fact === fact).map((c) => `"${c.raw}" (${c.value})`);
          mismatches.push({
            kind: 'FN',
            fact,
            message: `expected ${show(e)}, ${got.length ? `got ${got.join(', ')}` : 'no claim'}`,
          });
        }
      }
      for (const c of left) {
        counts.fp++;
        const forbidden = fx.absent.some((a) =>
          typeof a === 'string' ? a === fact : a.fact === fact && matches(c, { value: a.value, raw: a.raw }),
        );
        mismatches.push({
          kind: 'FP',
          fact,
          message: `${forbidden ? 'must not yield' : 'unexpected'} "${c.raw}" (${c.value}) at ${c.line}:${c.column}`,
        });
      }
    }
    results.push({ file: fx.file, mismatches });
  }
  return { pack, fixtures: results, matrix };
}

/** Fails with a usage error when a test entry names no file (before any fixture runs). */
export function checkTestFiles(pack: CompiledPack): void {
  const dir = path.dirname(pack.file);
  for (const entry of pack.tests) {
    const file = typeof entry === 'string' ? entry : entry.file;
    if (!/[*?[\]{}]/.test(file) && !fs.existsSync(path.join(dir, file))) {
      throw new UserError({
        code: 'test-not-found',
        message: `tests: "${file}" does not exist`,
        file: pack.file,
        hint: `paths are relative to ${dir}`,
      });
    }
  }
}
