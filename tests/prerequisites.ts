/**
 * What some suites need from outside the repository (Debian's Chromium; ../shared: the seed
 * articles, MEANTIME). Where one is missing, a suite is skipped locally and
 * tests/skip-reporter.js names it and why, one line each, at the end of the run. Under CI
 * (CI set, as .ci/run runs) nothing is skipped: the suite fails, naming what is missing.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Prerequisite {
  /** What is missing, as a reader would look for it: "/usr/bin/chromium", "../shared/seeds". */
  what: string;
  present: boolean;
  /** How to get it. */
  hint: string;
}

export const inCI = Boolean(process.env.CI) && process.env.CI !== 'false';

export function needsPath(what: string, file: string, hint: string): Prerequisite {
  return { what, present: fs.existsSync(file), hint };
}

/** The line the skip reporter prints, or (run without it) the line printed here. */
function recordSkip(p: Prerequisite): void {
  const file = path.relative(process.cwd(), expect.getState().testPath ?? '') || 'a test file';
  const log = process.env.FACTLINT_SKIP_LOG;
  if (log) fs.appendFileSync(log, `${JSON.stringify({ file, what: p.what, hint: p.hint })}\n`);
  else console.warn(`skipped ${file}: ${p.what} not found (${p.hint})`);
}

function missing(p: Prerequisite): () => never {
  return () => {
    throw new Error(`${p.what} not found, and under CI no suite is skipped: ${p.hint}`);
  };
}

/** `describe` when the prerequisite is there; else a skipped suite, or under CI a failing one. */
export function describeWith(p: Prerequisite): (name: string, fn: () => void) => void {
  if (p.present) return describe;
  if (inCI) return (name) => describe(name, () => test(`needs ${p.what}`, missing(p)));
  recordSkip(p);
  return describe.skip;
}

/** `test` when the prerequisite is there; else a skipped test, or under CI a failing one. */
export function testWith(p: Prerequisite): (name: string, fn: jest.ProvidesCallback, timeout?: number) => void {
  if (p.present) return test;
  if (inCI) return (name) => test(name, missing(p));
  recordSkip(p);
  return test.skip;
}
