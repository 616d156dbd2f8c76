import fc from 'fast-check';
import { partitionPoint } from '../../src/util/search';
import { lineColumn, lineStartsOf } from '../../src/corpus/lines';

test('partitionPoint finds the first index where the prefix predicate turns false', () => {
  const xs = [1, 3, 3, 5, 8];
  expect(partitionPoint(xs.length, (i) => xs[i] < 3)).toBe(1);
  expect(partitionPoint(xs.length, (i) => xs[i] <= 3)).toBe(3);
  expect(partitionPoint(xs.length, (i) => xs[i] < 0)).toBe(0);
  expect(partitionPoint(xs.length, (i) => xs[i] < 99)).toBe(5);
  expect(partitionPoint(0, () => true)).toBe(0);
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -5, max: 55 }), (raw, x) => {
      const sorted = [...raw].sort((a, b) => a - b);
      expect(partitionPoint(sorted.length, (i) => sorted[i] < x)).toBe(sorted.filter((v) => v < x).length);
    }),
  );
});

test('lineColumn: 1-based line and column, newlines and CRLF', () => {
  const text = 'ab\ncd\r\nef';
  const starts = lineStartsOf(text);
  expect(lineColumn(starts, 0)).toEqual({ line: 1, column: 1 });
  expect(lineColumn(starts, 2)).toEqual({ line: 1, column: 3 }); // the newline itself
  expect(lineColumn(starts, 3)).toEqual({ line: 2, column: 1 });
  expect(lineColumn(starts, text.indexOf('f'))).toEqual({ line: 3, column: 2 });
});
