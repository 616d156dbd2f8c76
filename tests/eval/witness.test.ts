/**
 * Copy detection on real coverage: article pairs judged "same witness" by reading
 * (eval/witness), ECB+ articles from ../shared. `npm run eval:witness` prints the table.
 */
import fs from 'node:fs';
import { ECBPLUS_DIR, scoreCluster, witnessClusters } from '../../src/eval/eval-witness';

const present = fs.existsSync(ECBPLUS_DIR);
if (!present) console.log(`ECB+ not found at ${ECBPLUS_DIR}: witness evaluation skipped`);
const onCorpus = present ? test : test.skip;

onCorpus('same-witness pairs: precision ≥ 95%, recall ≥ 80% over the judged clusters', () => {
  const scores = witnessClusters().map((c) => scoreCluster(c));
  expect(scores.length).toBeGreaterThanOrEqual(6);
  const t = scores.reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
  expect(t.tp / (t.tp + t.fp)).toBeGreaterThanOrEqual(0.95);
  expect(t.tp / (t.tp + t.fn)).toBeGreaterThanOrEqual(0.8);
  // The clusters judged to have no copies stay without any.
  for (const s of scores.filter((x) => x.tp + x.fn === 0)) expect(s.fp).toBe(0);
});
