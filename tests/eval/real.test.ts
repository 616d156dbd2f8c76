/** `npm run eval:real`: the matching rules of the scorer, and floors the real-coverage figures may not fall below. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Claim } from '../../src/model/claim';
import type { Constraint, Hedge } from '../../src/model';
import { Checker } from '../../src/engine/checker';
import { claimMatches, goldDate, overall, scoreAll, share, type GoldFact } from '../../src/eval/real';
import { describeOnRealArticles } from './real-articles';

const REPO = path.resolve(__dirname, '..', '..');

/** Overall figures measured on the 15 clusters (README "Real coverage"); raise them as they rise. */
const FLOORS = { precision: 0.92, recall: 0.9, conflictPrecision: 0.95, conflictRecall: 0.73 };

describe('eval:real matching rules', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-real-'));
  const packFile = path.join(dir, 'pack.yaml');
  fs.writeFileSync(
    packFile,
    `story: s
gazetteer:
  - id: norland
    name: Norland
    children:
      - { id: elmford, name: Elmford }
  - { id: southmark, name: Southmark }
facts:
  - { id: toll, type: count, cues: [killed] }
  - { id: speed, type: quantity, unit: km/h, tolerance: { absolute: 2 }, cues: [speed] }
  - { id: day, type: date, cues: [struck] }
  - { id: town, type: place, cues: [in] }
`,
  );
  const pack = Checker.load([packFile]).packs[0];
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const fact = (id: string) => pack.facts.find((f) => f.id === id)!;
  const claim = (constraint: Constraint, value = '', hedge?: Hedge) => ({ constraint, value, hedge }) as Claim;
  const num = (lo: number, hi = lo, unit = ''): Constraint => ({
    kind: 'interval',
    lo,
    hi,
    loOpen: false,
    hiOpen: hi === Infinity,
    unit,
  });
  const gf = (type: string, unit: string | null = null): GoldFact => ({ id: 'x', type, unit, running: false });

  test('a hedged count matches a gold value of the same hedge family and number', () => {
    const atLeast40 = claim(num(40, Infinity), '>=40', 'at-least');
    expect(claimMatches(atLeast40, { value: 40, hedge: 'at-least' }, gf('count'), fact('toll'), pack)).toBe(true);
    expect(claimMatches(atLeast40, { value: 40, hedge: 'more-than' }, gf('count'), fact('toll'), pack)).toBe(true);
    expect(claimMatches(atLeast40, { value: 40 }, gf('count'), fact('toll'), pack)).toBe(false);
    expect(claimMatches(claim(num(41)), { value: 40 }, gf('count'), fact('toll'), pack)).toBe(false);
    expect(claimMatches(claim(num(10, 12)), { value: 11 }, gf('count'), fact('toll'), pack)).toBe(true);
  });

  test("a quantity matches within the fact's tolerance, in the gold's unit", () => {
    const c = claim(num(100, 100, 'km/h'));
    expect(claimMatches(c, { value: 101.5 }, gf('quantity', 'km/h'), fact('speed'), pack)).toBe(true);
    expect(claimMatches(c, { value: 103 }, gf('quantity', 'km/h'), fact('speed'), pack)).toBe(false);
    expect(claimMatches(c, { value: 62.14 }, gf('quantity', 'mph'), fact('speed'), pack)).toBe(true);
  });

  test('a date matches a gold day, month, weekday or yearless day it overlaps', () => {
    const thu = claim({ kind: 'days', from: null, to: null, weekdays: 1 << 4 });
    const nov10 = goldDate('2011-11-10');
    expect(nov10.kind).toBe('days');
    expect(claimMatches(thu, { value: '2011-11-10' }, gf('date'), fact('day'), pack)).toBe(true); // a Thursday
    expect(claimMatches(thu, { value: '2011-11-11' }, gf('date'), fact('day'), pack)).toBe(false);
    expect(claimMatches(thu, { value: 'XXXX-WXX-4' }, gf('date'), fact('day'), pack)).toBe(true);
    const day = Date.UTC(2011, 10, 12) / 864e5;
    const nov12 = claim({ kind: 'days', from: day, to: day, weekdays: 0x7f });
    expect(claimMatches(nov12, { value: 'XXXX-11-12' }, gf('date'), fact('day'), pack)).toBe(true);
    expect(claimMatches(nov12, { value: '2011-11' }, gf('date'), fact('day'), pack)).toBe(true);
    expect(claimMatches(nov12, { value: 'XXXX-11-13' }, gf('date'), fact('day'), pack)).toBe(false);
  });

  test('a place matches the same place, one holding it or one it holds; not a neighbour', () => {
    const elmford = claim({ kind: 'place', path: ['norland', 'elmford'] }, 'elmford');
    expect(claimMatches(elmford, { value: 'norland' }, gf('place'), fact('town'), pack)).toBe(true);
    expect(claimMatches(elmford, { value: 'elmford' }, gf('place'), fact('town'), pack)).toBe(true);
    expect(claimMatches(elmford, { value: 'southmark' }, gf('place'), fact('town'), pack)).toBe(false);
  });
});

const describeReal = describeOnRealArticles(REPO, 'eval:real floors');

describeReal('eval:real floors', () => {
  test('overall slot and pair figures stay at or above the recorded floors', () => {
    const result = scoreAll(REPO)!;
    const o = overall(result.scores);
    expect(result.scores.length).toBeGreaterThanOrEqual(15);
    expect(share(o.precision)).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(share(o.recall)).toBeGreaterThanOrEqual(FLOORS.recall);
    expect(share(o.conflictPrecision)).toBeGreaterThanOrEqual(FLOORS.conflictPrecision);
    expect(share(o.conflictRecall)).toBeGreaterThanOrEqual(FLOORS.conflictRecall);
  });
});
