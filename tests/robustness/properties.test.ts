/** Invariants that must hold for any input (fast-check). */
import fc from 'fast-check';
import path from 'node:path';
import { extractTimes } from '../../src/mentions/time';
import { extractQuantities } from '../../src/mentions/quantities';
import { extractMentions } from '../../src/mentions';
import { makeUnitRegistry } from '../../src/mentions/units';
import { convertInterval } from '../../src/mentions/quantities';
import { intersect, comparable } from '../../src/align/constraints';
import { weekdayOf } from '../../src/util/calendar';
import { parseArticle } from '../../src/corpus/article';
import { Checker } from '../../src/engine/checker';
import { UserError } from '../../src/errors';
import type { Constraint, Mention } from '../../src/model';
import type { CompiledFact } from '../../src/rules/types';

const ROOT = path.resolve(__dirname, '../..');
// News-like text with the characters that trouble tokenizers: dates, units, quotes, odd spaces.
const newsy = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'on Sunday',
        'Sept. 13, 2023',
        'in 2019',
        'about 59 km/hr',
        'at least 20',
        '152mm',
        'six miles',
        'last week',
        ' ',
        '\n',
        '\n\n',
        '\u3000',
        '\u2028',
        '\f',
        '’s',
        '—',
        '<!-- x -->',
        '---',
        '$2.5 billion',
        '1,200',
        'left Pyongyang',
        'previous encounter',
        'Vladivostok',
        'summit',
      ),
      fc.string(),
      fc.string({ unit: 'grapheme' }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(' '));

function wellFormed(text: string, mentions: Mention[]): void {
  let last = -1;
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.start).toBeLessThan(m.end);
    expect(m.raw).toBe(text.slice(m.start, m.end));
    expect(m.start).toBeGreaterThanOrEqual(last); // sorted, non-overlapping
    last = m.end;
  }
}

test('the normalizers never throw and return well-formed spans on any text', () => {
  fc.assert(
    fc.property(newsy, fc.option(fc.constantFrom('2023-09-12', '2024-02-29', '1999-12-31')), (text, published) => {
      wellFormed(text, extractTimes(text, { published }));
      wellFormed(text, extractQuantities(text));
      const all = extractMentions(text, { published });
      for (const m of all) expect(m.raw).toBe(text.slice(m.start, m.end));
    }),
    { numRuns: 300 },
  );
});

test('the whole pipeline never throws on arbitrary article text', () => {
  const checker = Checker.load([path.join(ROOT, 'rules'), path.join(ROOT, 'tests/fixtures/ferry-story/rules')]);
  fc.assert(
    fc.property(newsy, fc.constantFrom('a.md', 'a.txt', 'a.html', 'a.json'), (text, name) => {
      let article;
      try {
        article = parseArticle(text, name, name);
      } catch (e) {
        expect(e).toBeInstanceOf(UserError); // a bad article is a user's problem, never a crash
        return;
      }
      for (const c of checker.extractClaims(article)) {
        expect(c.line).toBeGreaterThanOrEqual(1);
        expect(c.column).toBeGreaterThanOrEqual(1);
      }
    }),
    { numRuns: 150 },
  );
});

const days = fc
  .record({
    kind: fc.constant('days' as const),
    from: fc.option(fc.integer({ min: 18000, max: 20000 })),
    span: fc.integer({ min: 0, max: 400 }),
    weekdays: fc.integer({ min: 1, max: 0x7f }),
  })
  .map(({ from, span, weekdays }): Constraint => ({
    kind: 'days',
    from,
    to: from === null ? null : from + span,
    // A claim's set of days is never empty: its first day is always allowed.
    weekdays: from === null ? weekdays : weekdays | (1 << weekdayOf(from)),
  }));
const interval = fc
  .record({
    lo: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    width: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e4, noNaN: true }), fc.constant(Infinity)),
    loOpen: fc.boolean(),
    hiOpen: fc.boolean(),
  })
  .map(({ lo, width, loOpen, hiOpen }): Constraint => {
    const hi = lo + width;
    const point = hi === lo; // a width below float resolution is a point, and a point is closed
    return { kind: 'interval', lo, hi, loOpen: point ? false : loOpen, hiOpen: point ? false : hiOpen, unit: 'km' };
  });
const place = fc
  .array(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 4 })
  .map((p): Constraint => ({ kind: 'place', path: p }));
const constraint = fc.oneof(days, interval, place);

test('constraint intersection is symmetric, and a value always agrees with itself', () => {
  fc.assert(
    fc.property(constraint, constraint, (a, b) => {
      expect(intersect(a, b) === null).toBe(intersect(b, a) === null);
      expect(intersect(a, a)).not.toBeNull();
    }),
    { numRuns: 2000 },
  );
});

test('tolerance only ever makes more values agree', () => {
  const fact = { tolerance: { absolute: 3, relative: 0.05 }, granularity: null } as unknown as CompiledFact;
  const strict = { tolerance: { absolute: 0, relative: 0 }, granularity: null } as unknown as CompiledFact;
  fc.assert(
    fc.property(fc.oneof(days, interval), fc.oneof(days, interval), (a, b) => {
      if (intersect(comparable(a, strict), comparable(b, strict)))
        expect(intersect(comparable(a, fact), comparable(b, fact))).not.toBeNull();
    }),
    { numRuns: 1000 },
  );
});

test('a converted quantity agrees with its original', () => {
  const units = makeUnitRegistry();
  const pairs: [string, string][] = [
    ['mi', 'km'],
    ['kn', 'km/h'],
    ['mph', 'km/h'],
    ['lb', 'kg'],
    ['ft', 'm'],
    ['km', 'mi'],
  ];
  fc.assert(
    fc.property(fc.constantFrom(...pairs), fc.double({ min: 0.001, max: 1e6, noNaN: true }), ([from, to], x) => {
      const a = units.lookup(from)!;
      const b = units.lookup(to)!;
      const original: Constraint = { kind: 'interval', lo: x, hi: x, loOpen: false, hiOpen: false, unit: a.id };
      const there = convertInterval(original, b, units);
      const back = convertInterval(there, a, units);
      expect(Math.abs(back.lo - x)).toBeLessThanOrEqual(Math.abs(x) * 1e-9);
      const tolerant = { tolerance: { absolute: 0, relative: 1e-9 }, granularity: null } as unknown as CompiledFact;
      expect(intersect(comparable(back, tolerant), comparable(original, tolerant))).not.toBeNull();
    }),
    { numRuns: 500 },
  );
});
