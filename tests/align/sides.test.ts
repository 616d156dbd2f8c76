/**
 * Pairwise conflict: sides of a contradiction, loose claims, order independence. Claims are
 * built by hand (count facts, exact values and hedged ones) and aligned through align().
 */
import fc from 'fast-check';
import { align } from '../../src/align/align';
import type { Claim } from '../../src/model/claim';
import type { Constraint } from '../../src/model';
import type { CompiledFact, CompiledPack } from '../../src/rules/types';
import { updateWordsOf } from '../../src/lexicon/updates';
import { DEFAULT_WITNESS_SETTINGS } from '../../src/model';

const fact = {
  id: 'passengers',
  title: 'Passengers',
  description: null,
  type: 'count',
  unit: null,
  severity: 'error',
  singleSource: 'info',
  running: null,
  parts: null,
  tolerance: { absolute: 0, relative: 0 },
  granularity: null,
  message: null,
  docs: null,
} as unknown as CompiledFact;
const pack = {
  story: 's',
  facts: [fact],
  places: new Map(),
  names: new Map(),
  updates: updateWordsOf(undefined),
  witnesses: DEFAULT_WITNESS_SETTINGS,
} as unknown as CompiledPack;

const interval = (lo: number, hi = lo): Constraint => ({
  kind: 'interval',
  lo,
  hi,
  loOpen: false,
  hiOpen: false,
  unit: '',
});
function claim(article: string, display: string, constraint: Constraint): Claim {
  return {
    story: 's',
    fact: 'passengers',
    article,
    path: article,
    start: 0,
    end: 1,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    raw: display,
    value: display,
    display,
    text: display,
    textOffset: 0,
    cue: null,
    constraint,
  };
}

const ap = claim('ap.md', '118', interval(118));
const reuters = claim('reuters.md', '117', interval(117));
const loose = claim('local.md', 'at least 40', interval(40, Infinity));
const low = claim('low.md', '38', interval(38));

test('a hedged claim compatible with both sides is on no side, shown as compatible with them', () => {
  const [f] = align([pack], [ap, reuters, loose]);
  expect(f.status).toBe('contradiction');
  expect(f.groups.map((g) => g.display).sort()).toEqual(['117', '118']);
  const l = f.claims.find((c) => c.article === 'local.md')!;
  expect(l.group).toBe(0);
  expect(l.compatibleWith).toEqual([1, 2]);
  expect(f.message).toContain('compatible with several: at least 40 in local.md');
  expect(f.message).not.toMatch(/at least 40 in local\.md vs/);
});

test('a hedged claim beside one figure it meets is no contradiction', () => {
  const [f] = align([pack], [ap, loose]);
  expect(f.status).toBe('agreement');
});

test('conflicts list the claims that cannot both hold, loose ones included', () => {
  const [f] = align([pack], [ap, reuters, loose, low]);
  const name = (i: number) => f.claims[i].display;
  const pairs = f.conflicts.map(([a, b]) => [a.map(name).join(), b.map(name).join()].sort().join(' × ')).sort();
  // 38 conflicts with everything; 117 × 118; "at least 40" meets 117 and 118.
  expect(pairs).toEqual(['117 × 118', '117 × 38', '118 × 38', '38 × at least 40']);
});

test('sides and conflicts do not depend on the order of the claims', () => {
  const claims = [
    ap,
    reuters,
    loose,
    low,
    claim('b.md', '118', interval(118)),
    claim('c.md', 'about 40', interval(36, 44)),
  ];
  const expected = JSON.stringify(align([pack], claims));
  fc.assert(
    fc.property(fc.shuffledSubarray(claims, { minLength: claims.length, maxLength: claims.length }), (order) => {
      expect(JSON.stringify(align([pack], order))).toBe(expected);
    }),
    { numRuns: 50 },
  );
});

test('an article contradicting itself is named, with both lines', () => {
  const lead = { ...claim('daily.md', '2019', interval(2019)), line: 3 };
  const body = { ...claim('daily.md', '2015', interval(2015)), line: 9, start: 5 };
  const [f] = align([pack], [lead, body, claim('wire.md', '2019', interval(2019))]);
  expect(f.selfContradictions).toEqual(['daily.md']);
  expect(f.message).toContain('daily.md contradicts itself: line 3 says 2019, line 9 says 2015');
});
