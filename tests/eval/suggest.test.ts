/** `npm run eval:suggest`: floors the proposed packs' figures on real coverage may not fall below. */
import * as fs from 'fs';
import * as path from 'path';
import { evaluateSuggest } from '../../src/eval/eval-suggest';
import { realDir } from '../../src/eval/real';

const REPO = path.resolve(__dirname, '..', '..');

/** Overall figures measured on the judged and gold clusters (README "Facts proposed from the coverage"). */
const FLOORS = { kept: 0.8, conflictPrecision: 0.9, conflictRecall: 0.5 };

// Real articles are never in the repository: the floors run where ../shared is, never in CI.
const present = fs.existsSync(realDir(REPO)) && !process.env.CI;
const describeReal = present ? describe : describe.skip;
if (!present)
  console.log(
    `skipped: "eval:suggest floors" (${process.env.CI ? 'CI is set' : `ECB+ articles not found at ${realDir(REPO)}; set ECBPLUS_DIR`})`,
  );

describeReal('eval:suggest floors', () => {
  test('kept share and conflict pairs of the unedited proposals stay at or above the recorded floors', () => {
    const { keptAll, pairAll } = evaluateSuggest(REPO, realDir(REPO));
    const share = (hit: number, total: number) => (total ? hit / total : 0);
    expect(keptAll.judged).toBeGreaterThan(40);
    expect(share(keptAll.kept, keptAll.judged)).toBeGreaterThanOrEqual(FLOORS.kept);
    expect(share(pairAll.precision.hit, pairAll.precision.total)).toBeGreaterThanOrEqual(FLOORS.conflictPrecision);
    expect(share(pairAll.recall.hit, pairAll.recall.total)).toBeGreaterThanOrEqual(FLOORS.conflictRecall);
  }, 600_000);
});
