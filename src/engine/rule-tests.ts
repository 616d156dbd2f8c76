/**
 * Rule tests, after ESLint's RuleTester and Semgrep's --test: a pack names fixture articles
 * whose front matter (or a sidecar entry in the pack) lists the claims they must yield. Every
 * claim of the pack is checked: an expected claim not found is a false negative, a claim not
 * expected a false positive.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError, type Diagnostic } from '../errors';
import { nearest } from '../util/levenshtein';
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
  /** The expectations are written in the pack's tests: entry, not in the fixture. */
  fromPack: boolean;
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

/** A claim as a test message shows it: as written, its value, where, and its sentence. */
function found(c: Claim): string {
  const value = norm(c.raw) === norm(c.value) ? '' : ` → ${c.value}`;
  const sentence = c.text.length > 90 ? `${c.text.slice(0, 89)}…` : c.text;
  return `"${c.raw}"${value} at ${c.line}:${c.column}\n          in “${sentence}”`;
}

/** Why an expected value was not found: no claim of the fact, or each claim found and why it is not this one. */
function missing(e: Expected, fact: string, claims: Claim[], unmatched: Claim[]): string {
  const ofFact = claims.filter((c) => c.fact === fact);
  if (!ofFact.length) return `expected ${show(e)}, but the fixture yields no claim of ${fact}`;
  const lines = ofFact.map(
    (c) =>
      `        found ${found(c)}${unmatched.includes(c) ? '' : '\n          (already matched by another expected value)'}`,
  );
  return `expected ${show(e)}, not found; the claims of ${fact} are:\n${lines.join('\n')}`;
}

/** Expectations that name a fact the pack does not have: for `rules validate`, before any test runs. */
export function expectationProblems(pack: CompiledPack): Diagnostic[] {
  const facts = pack.facts.map((f) => f.id);
  const out: Diagnostic[] = [];
  for (const fx of fixturesOf(pack)) {
    const named = [...Object.keys(fx.expect), ...fx.absent.map((a) => (typeof a === 'string' ? a : a.fact))];
    for (const fact of named) {
      if (facts.includes(fact)) continue;
      const where = fx.fromPack ? pack.file : fx.file;
      const text = fs.readFileSync(where, 'utf8');
      // The key in the front matter or the pack: "crews: 3", "{ crwe: 3 }", "absent: [crews]".
      const escaped = fact.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const at = new RegExp(`(?:^|[\\s{,[-])["']?(${escaped})["']?\\s*[:,\\]]`, 'dm').exec(text);
      const offset = at?.indices?.[1]?.[0];
      const before = offset === undefined ? null : text.slice(0, offset).split('\n');
      const guess = nearest(fact, facts);
      out.push({
        code: 'unknown-expect-fact',
        message: `expect: names fact "${fact}", which pack "${pack.story}" does not have${fx.fromPack ? ` (test ${path.relative(path.dirname(pack.file), fx.file)})` : ''}`,
        file: where,
        ...(before ? { line: before.length, column: before[before.length - 1].length + 1 } : {}),
        hint: guess ? `did you mean "${guess}"?` : `the pack's facts: ${facts.join(', ')}`,
      });
    }
  }
  return out;
}

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
      const fromPack = Boolean(expect || absent);
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
      out.push({
        file: f.file,
        id: f.id,
        published: spec.published,
        expect: expect ?? {},
        absent: absent ?? [],
        fromPack,
      });
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
          mismatches.push({ kind: 'FN', fact, message: missing(e, fact, claims, left) });
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
          message: `${forbidden ? 'must not yield' : 'unexpected claim'} ${found(c)}`,
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
