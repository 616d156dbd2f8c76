/**
 * A bug in a finder surfaces: extractTimes and extractQuantities do not swallow it (the CLI
 * then exits 3 with a stack, see tests/robustness/internal-error.test.ts). Without this, the
 * "never throws" property tests would pass even if a finder always threw.
 */
import { extractQuantities } from '../../src/mentions/quantities';
import { extractTimes } from '../../src/mentions/time';
import { makeUnitRegistry, type UnitRegistry } from '../../src/mentions/units';
import type * as Years from '../../src/mentions/time/years';

jest.mock('../../src/mentions/time/years', () => {
  const actual = jest.requireActual<typeof Years>('../../src/mentions/time/years');
  return {
    ...actual,
    years: (...args: Parameters<typeof actual.years>) => {
      if (args[0].text.includes('1066')) throw new Error('a bug in the years finder');
      actual.years(...args);
    },
  };
});

test('a finder that throws makes extractTimes throw, not return fewer mentions', () => {
  expect(extractTimes('in 2019', {}).map((m) => m.value)).toEqual(['2019']); // the mock passes other text through
  expect(() => extractTimes('The battle of 1066 was on 14 October 1066.', {})).toThrow('a bug in the years finder');
});

test('a unit lookup that throws makes extractQuantities throw', () => {
  const real = makeUnitRegistry();
  const broken: UnitRegistry = {
    ...real,
    all: () => real.all(),
    get: (id) => real.get(id),
    lookup: () => {
      throw new Error('a bug in the unit registry');
    },
  };
  expect(() => extractQuantities('It sailed 12 km.', 0, undefined, { units: broken })).toThrow(
    'a bug in the unit registry',
  );
});
