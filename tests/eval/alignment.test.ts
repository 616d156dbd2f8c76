/**
 * Alignment on real coverage (issue "Alignment that knows time and parts"): the update share
 * and conflict-pair figures of `npm run eval:real` may not fall below what the README records,
 * and alignment adds no error of its own: every false conflict pair and every missed one
 * involves a claim whose value is wrong or missing (the value layer's), never two right claims
 * set against each other or two conflicting right claims left together.
 */
import * as path from 'path';
import { overall, scoreAll, share, type ClusterScore } from '../../src/eval/real';
import { describeOnRealArticles } from './real-articles';

const REPO = path.resolve(__dirname, '..', '..');
const describeReal = describeOnRealArticles(REPO, 'alignment on real coverage');

const FLOORS = { updates: 0.8, conflictRecall: 0.72, conflictPrecision: 0.95 };

describeReal('alignment on real coverage', () => {
  let scores: ClusterScore[];
  beforeAll(() => {
    scores = scoreAll(REPO)!.scores;
  });

  test('updates, pair recall and pair precision stay at or above their floors', () => {
    const o = overall(scores);
    expect(share(o.updates)).toBeGreaterThanOrEqual(FLOORS.updates);
    expect(share(o.conflictRecall)).toBeGreaterThanOrEqual(FLOORS.conflictRecall);
    expect(share(o.conflictPrecision)).toBeGreaterThanOrEqual(FLOORS.conflictPrecision);
  });

  test('every wrong or missed pair comes from a wrong or missing value', () => {
    const own: string[] = [];
    for (const s of scores) {
      const right = (article: string, fact: string) =>
        s.verdicts.some((v) => v.article === article && v.fact === fact && v.right);
      const wrong = (article: string, fact: string) =>
        s.verdicts.some((v) => v.article === article && v.fact === fact && !v.right);
      for (const p of s.falseConflicts)
        if (!wrong(p.a, p.fact) && !wrong(p.b, p.fact)) own.push(`${s.cluster} false ${p.fact} ${p.a} × ${p.b}`);
      for (const p of s.missedConflicts)
        if (right(p.a, p.fact) && right(p.b, p.fact) && !wrong(p.a, p.fact) && !wrong(p.b, p.fact))
          own.push(`${s.cluster} missed ${p.fact} ${p.a} × ${p.b}`);
    }
    expect(own).toEqual([]);
  });
});
