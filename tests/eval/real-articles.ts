/**
 * The ECB+ articles the real-coverage floors read are never in the repository: those suites run
 * where ../shared (or ECBPLUS_DIR) is, and never in CI, where the articles are absent by design.
 */
import * as fs from 'fs';
import { realDir } from '../../src/eval/real';

/** `describe` where the articles are, else a skipped suite with a line saying why. */
export function describeOnRealArticles(repo: string, title: string): jest.Describe {
  const dir = realDir(repo);
  const present = fs.existsSync(dir) && !process.env.CI;
  if (!present)
    console.log(
      `skipped: "${title}" (${process.env.CI ? 'CI is set' : `ECB+ articles not found at ${dir}; set ECBPLUS_DIR`})`,
    );
  return present ? describe : describe.skip;
}
