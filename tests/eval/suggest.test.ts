/** `npm run eval:suggest`: floors the proposed packs' figures on real coverage may not fall below. */
import * as path from 'path';
import { evaluateSuggest } from '../../src/eval/eval-suggest';
import { realDir } from '../../src/eval/real';
import { describeOnRealArticles } from './real-articles';

const REPO = path.resolve(__dirname, '..', '..');

/** Overall figures measured on the judged and gold clusters (README "Facts proposed from the coverage"). */
const FLOORS = { kept: 0.8, conflictPrecision: 0.9, conflictRecall: 0.5 };

const describeReal = describeOnRealArticles(REPO, 'eval:suggest floors');

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
