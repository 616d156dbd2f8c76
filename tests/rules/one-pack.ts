/**
 * Helpers for binding tests on made-up sentences: a checker of one pack written to a temporary
 * folder, and the raw values it claims in a one-article text.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Checker } from '../../src/engine/checker';
import { parseArticle } from '../../src/corpus/article';

/**
 * `checker(facts, extra)`: a checker of one pack (story elmford); `facts` is the YAML list under
 * `facts:`, `extra` top-level YAML before it.
 */
export function onePackCheckers(prefix: string): {
  dir: string;
  checker: (facts: string, extra?: string) => Checker;
  /** The pack file the last checker was loaded from. */
  lastPack: () => string;
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  let packs = 0;
  const checker = (facts: string, extra = ''): Checker => {
    const file = path.join(dir, `pack${++packs}.yaml`);
    fs.writeFileSync(file, `story: elmford\n${extra}facts:\n${facts}`);
    return Checker.load([file]);
  };
  return { dir, checker, lastPack: () => path.join(dir, `pack${packs}.yaml`) };
}

/** fact → raw values claimed in a one-article text. */
export function claims(c: Checker, text: string, published = '2024-05-02'): Record<string, string[]> {
  const article = parseArticle(`---\npublished: ${published}\n---\n${text}\n`, 'a.md', 'a.md');
  const out: Record<string, string[]> = {};
  for (const claim of c.extractClaims(article)) (out[claim.fact] ??= []).push(claim.value);
  return out;
}
