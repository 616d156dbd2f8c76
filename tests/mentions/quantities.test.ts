import fc from 'fast-check';
import type { IntervalConstraint, Mention } from '../../src/model';
import { convertInterval, extractQuantities, formatValue } from '../../src/mentions/quantities';
import { BUILTIN_UNITS, convertValue, makeUnitRegistry, type UnitDef } from '../../src/mentions/units';

const units = makeUnitRegistry();
const unit = (id: string): UnitDef => {
  const u = units.get(id);
  if (!u) throw new Error(`no unit ${id}`);
  return u;
};
const compact = (text: string): Array<[string, string]> => extractQuantities(text).map((m) => [m.raw, m.value]);
const only = (text: string): Mention => {
  const ms = extractQuantities(text);
  expect(ms).toHaveLength(1);
  return ms[0];
};
const interval = (m: Mention): IntervalConstraint => {
  if (m.constraint.kind !== 'interval') throw new Error('not an interval');
  return m.constraint;
};

describe('extractQuantities: phrases (raw → value)', () => {
  // Each row checked by hand. Values: "<hedge prefix><number or lo-hi>[ unit]"; see docs/units.md.
  const table: Array<[string, Array<[string, string]>]> = [
    // digits, separators, decimals, scale words
    ['The train has 20 cars.', [['20', '20']]],
    ['some 1,200 people', [['some 1,200', '~1200']]],
    ['a total of 10,000,000 shells', [['10,000,000', '10000000']]],
    ['grew 1.5 points', [['1.5', '1.5']]],
    ['3.2 million people', [['3.2 million', '3200000']]],
    ['a 7.2 bn deal', [['7.2 bn', '7200000000']]],
    ['two dozen eggs', [['two dozen', '24']]],
    ['two and a half years', [['two and a half', '2.5']]],
    ['one and a half million', [['one and a half million', '1500000']]],
    // number words
    ['nine people died', [['nine', '9']]],
    ['forty soldiers', [['forty', '40']]],
    ['Twenty-one guns', [['Twenty-one', '21']]],
    ['a hundred shells', [['a hundred', '100']]],
    ['two thousand five hundred troops', [['two thousand five hundred', '2500']]],
    ['one hundred and fifty tanks', [['one hundred and fifty', '150']]],
    ['a dozen missiles', [['a dozen', '12']]],
    ['half a million people', [['half a million', '500000']]],
    ['half a dozen', [['half a dozen', '6']]],
    ['half an hour', []],
    // hedges, every family
    ['at least 20 bulletproof cars', [['at least 20', '>=20']]],
    ['around 59 km/hr', [['around 59 km/hr', '~59 km/h']]],
    ['more than 60 percent', [['more than 60 percent', '>60%']]],
    ['over four', [['over four', '>4']]],
    ['nearly 40 km', [['nearly 40 km', '~<40 km']]],
    ['almost two hours', [['almost two hours', '~<2 h']]],
    ['up to 100 kg', [['up to 100 kg', '<=100 kg']]],
    ['as many as 300', [['as many as 300', '<=300']]],
    ['less than 5 miles', [['less than 5 miles', '<5 mi']]],
    ['fewer than ten', [['fewer than ten', '<10']]],
    ['an estimated 2 million', [['an estimated 2 million', '~2000000']]],
    ['~3 mph', [['~3 mph', '~3 mph']]],
    ['20 or more trains', [['20 or more', '>=20']]],
    ['20+ cars', [['20+', '>=20']]],
    ['a 20-plus car train', [['20-plus', '>=20']]],
    ['50 or so', [['50 or so', '~50']]],
    // attached units and the seed phrases
    [
      '122mm and 152mm shells',
      [
        ['122mm', '122 mm'],
        ['152mm', '152 mm'],
      ],
    ],
    [
      'for 122 mm and 152mm artillery',
      [
        ['122 mm', '122 mm'],
        ['152mm', '152 mm'],
      ],
    ],
    ['at 59km/h', [['59km/h', '59 km/h']]],
    ['10kg of rice', [['10kg', '10 kg']]],
    ['it costs $20', [['$20', '20 USD']]],
    ['152-mm shells', [['152-mm', '152 mm']]],
    ['a 79-metre wingspan', [['79-metre', '79 m']]],
    // speed spellings
    ['60 kph', [['60 kph', '60 km/h']]],
    ['60 kmph', [['60 kmph', '60 km/h']]],
    ['60 kilometres per hour', [['60 kilometres per hour', '60 km/h']]],
    ['60 kilometers per hour', [['60 kilometers per hour', '60 km/h']]],
    ['60 km an hour', [['60 km an hour', '60 km/h']]],
    ['60 KM/H.', [['60 KM/H', '60 km/h']]],
    ['37 miles per hour', [['37 miles per hour', '37 mph']]],
    ['37 miles an hour', [['37 miles an hour', '37 mph']]],
    ['15 m/s', [['15 m/s', '15 m/s']]],
    ['30 knots', [['30 knots', '30 kn']]],
    // length, mass, time, area, volume spellings
    ['6 kilometres', [['6 kilometres', '6 km']]],
    ['six miles', [['six miles', '6 mi']]],
    ['5 feet', [['5 feet', '5 ft']]],
    ['a six-foot wall', [['six-foot', '6 ft']]],
    ['12 inches', [['12 inches', '12 in']]],
    ['100 yards', [['100 yards', '100 yd']]],
    ['3,500 nautical miles', [['3,500 nautical miles', '3500 nmi']]],
    ['2 metres', [['2 metres', '2 m']]],
    ['2 meters', [['2 meters', '2 m']]],
    ['20 tonnes', [['20 tonnes', '20 t']]],
    ['150 tons', [['150 tons', '150 t']]],
    ['3 metric tons', [['3 metric tons', '3 t']]],
    ['3 lbs', [['3 lbs', '3 lb']]],
    ['500 grams', [['500 grams', '500 g']]],
    ['three hours', [['three hours', '3 h']]],
    ['30 minutes', [['30 minutes', '30 min']]],
    ['2 hrs', [['2 hrs', '2 h']]],
    ['90 days', [['90 days', '90 d']]],
    ['6 weeks', [['6 weeks', '6 wk']]],
    ['45 seconds', [['45 seconds', '45 s']]],
    ['3 sq km', [['3 sq km', '3 km²']]],
    ['40 square miles', [['40 square miles', '40 mi²']]],
    ['200 hectares', [['200 hectares', '200 ha']]],
    ['50 acres', [['50 acres', '50 acre']]],
    ['500,000 square foot', [['500,000 square foot', '500000 ft²']]],
    ['10 litres', [['10 litres', '10 L']]],
    ['5 gallons', [['5 gallons', '5 gal']]],
    ['1 million barrels', [['1 million barrels', '1000000 bbl']]],
    ['-5 °C', [['-5 °C', '-5 °C']]],
    ['12 per cent', [['12 per cent', '12%']]],
    ['9.7%', [['9.7%', '9.7%']]],
    ['a 16 GB model', [['16 GB', '16 GB']]],
    // currencies, never converted
    ['$2.5 billion', [['$2.5 billion', '2500000000 USD']]],
    ['£5m', [['£5m', '5000000 GBP']]],
    ['€30k', [['€30k', '30000 EUR']]],
    ['US$3bn', [['US$3bn', '3000000000 USD']]],
    ['C$40', [['C$40', '40 CAD']]],
    ['20 dollars', [['20 dollars', '20 USD']]],
    ['20 euros', [['20 euros', '20 EUR']]],
    ['20 pounds sterling', [['20 pounds sterling', '20 GBP']]],
    ['9.9 billion yuan', [['9.9 billion yuan', '9900000000 CNY']]],
    ['USD 20', [['USD 20', '20 USD']]],
    // "pounds" alone is mass
    ['20 pounds', [['20 pounds', '20 lb']]],
    // ranges
    ['10-12 km', [['10-12 km', '10-12 km']]],
    ['10–12 km', [['10–12 km', '10-12 km']]],
    ['between 10 and 12 km', [['between 10 and 12 km', '10-12 km']]],
    ['10 to 12 km', [['10 to 12 km', '10-12 km']]],
    ['10 km to 12 km', [['10 km to 12 km', '10-12 km']]],
    ['$1-2 billion', [['$1-2 billion', '1000000000-2000000000 USD']]],
    ['$10-$12', [['$10-$12', '10-12 USD']]],
    ['$10 to $12', [['$10 to $12', '10-12 USD']]],
    ['one or two', [['one or two', '1-2']]],
    ['-5 to -3 °C', [['-5 to -3 °C', '-5 to -3 °C']]],
    ['about 10-12 km', [['about 10-12 km', '~10-12 km']]],
    [
      'rose from 10 to 12',
      [
        ['10', '10'],
        ['12', '12'],
      ],
    ],
    // a dashed pair that is no range is a result or record: no side counts on its own (scores.ts reads sides)
    ['won 3-2', []],
    // vague plurals: half-open order-of-magnitude ranges
    ['millions of artillery shells', [['millions', '2000000-1000000000']]],
    ['tens of thousands of people', [['tens of thousands', '20000-100000']]],
    ['thousands of tonnes of grain', [['thousands of tonnes', '2000-1000000 t']]],
    ['dozens of dead', [['dozens', '24-200']]],
    // unknown units stay plain numbers
    ['20 bulletproof cars', [['20', '20']]],
    ['20 widgets', [['20', '20']]],
    ['5 M', [['5', '5']]],
    ['four years', [['four', '4']]],
    // not numbers at all
    ['in 2019', []],
    ['Mr Kim last went to Vladivostok in 2019 for a summit', []],
    ['since 1953', []],
    ['In July 2023, Shoigu visited', []],
    ['from 2015 to 2019', []],
    ['between 2014 and 2016', []],
    ['in production until at least 2014', []],
    ['in more than 2000 cases', [['more than 2000', '>2000']]],
    ['On Nov. 9, 2019', []],
    ['on Sept. 13 and 13 September', []],
    ['the first time', []],
    ['the 3rd time', []],
    ['the 21st century', []],
    ['the twenty-first century', []],
    ['in the 1990s', []],
    ['a three-day visit', []],
    ['a 10-hour trip', []],
    ['one-third', []],
    ['a one-off payment', []],
    ['no one knows', []],
    ['F-16 jets', []],
    ['COVID-19', []],
    ['9/11', []],
    ['at 10:30', []],
    ['2023-11-09', []],
    ['5G networks', []],
    ['G7 leaders', []],
    ['at 10 a.m.', []],
    ['jumped to 70m', []],
    ['70m passengers', []],
    ['the 100m sprint', [['100m', '100 m']]],
    ['Everest is 8,848m high', [['8,848m', '8848 m']]],
    ['5m barrels of oil', [['5m barrels', '5000000 bbl']]],
    ['1.5m tonnes', [['1.5m tonnes', '1500000 t']]],
    ['Questions\n\n1. What has been the nature', []],
    ['2) Where', []],
    ['in 1,200 km', [['1,200 km', '1200 km']]],
    ['2019 km', [['2019 km', '2019 km']]],
  ];
  it.each(table)('%p', (text, expected) => {
    expect(compact(text)).toEqual(expected);
  });
});

describe('extractQuantities: mention fields', () => {
  it('around 59 km/hr is the about-band in km/h', () => {
    const text = 'it can only travel at around 59 km/hr.';
    const m = only(text);
    expect(m).toMatchObject({
      type: 'quantity',
      raw: 'around 59 km/hr',
      value: '~59 km/h',
      hedge: 'about',
      unit: 'km/h',
      dimension: 'speed',
      start: text.indexOf('around'),
      end: text.indexOf('.'),
    });
    const c = interval(m);
    expect(c.unit).toBe('km/h');
    expect(c.lo).toBeCloseTo(53.1, 9);
    expect(c.hi).toBeCloseTo(64.9, 9);
  });

  it('at least 20 bulletproof cars is the count [20, ∞)', () => {
    const m = only('include at least 20 bulletproof cars');
    expect(m).toMatchObject({ type: 'number', unit: '', hedge: 'at-least', value: '>=20' });
    expect(interval(m)).toEqual({ kind: 'interval', lo: 20, hi: Infinity, loOpen: false, hiOpen: true, unit: '' });
  });

  it('20 bulletproof cars is the plain count 20', () => {
    const m = only('20 bulletproof cars');
    expect(m).toMatchObject({ type: 'number', unit: '', hedge: 'exact', value: '20' });
    expect(m.dimension).toBeUndefined();
    expect(interval(m)).toEqual({ kind: 'interval', lo: 20, hi: 20, loOpen: false, hiOpen: false, unit: '' });
  });

  it('a range is [lo, hi] with hedge exact', () => {
    const m = only('between 10 and 12 km');
    expect(m.hedge).toBe('exact');
    expect(interval(m)).toEqual({ kind: 'interval', lo: 10, hi: 12, loOpen: false, hiOpen: false, unit: 'km' });
  });

  it('up to is floored at 0 for magnitudes, not for temperatures', () => {
    expect(interval(only('up to 40 km')).lo).toBe(0);
    expect(interval(only('up to 5 °C')).lo).toBe(-Infinity);
  });

  it('more than and less than are open', () => {
    expect(interval(only('more than 60'))).toMatchObject({ lo: 60, loOpen: true, hi: Infinity });
    expect(interval(only('less than 5 miles'))).toMatchObject({ lo: 0, hi: 5, hiOpen: true, unit: 'mi' });
  });

  it('a vague plural is half-open: millions is [2e6, 1e9)', () => {
    expect(interval(only('millions of shells'))).toEqual({
      kind: 'interval',
      lo: 2e6,
      hi: 1e9,
      loOpen: false,
      hiOpen: true,
      unit: '',
    });
  });

  it('uses the bands given', () => {
    const m = extractQuantities('about 100 km', 0, undefined, { bands: { about: 0.2, nearly: 0.1 } })[0];
    expect(interval(m)).toMatchObject({ lo: 80, hi: 120 });
  });

  it('respects from/to and gives offsets into the whole text', () => {
    const text = '5 km. Then 6 miles. Then 7 kg.';
    const from = text.indexOf('Then');
    const to = text.lastIndexOf('Then');
    const ms = extractQuantities(text, from, to);
    expect(ms.map((m) => m.raw)).toEqual(['6 miles']);
    expect(text.slice(ms[0].start, ms[0].end)).toBe('6 miles');
  });

  it('does not read a unit past `to`', () => {
    const ms = extractQuantities('it was 6 miles', 0, 'it was 6'.length);
    expect(ms.map((m) => m.value)).toEqual(['6']);
  });

  it('accepts rule-file units', () => {
    const extra: UnitDef = { id: 'li', dimension: 'length', factor: 500, names: ['li'] };
    const reg = makeUnitRegistry([extra]);
    const m = extractQuantities('walked 3 li', 0, undefined, { units: reg })[0];
    expect(m.value).toBe('3 li');
    expect(convertInterval(interval(m), unit('km'), reg)).toMatchObject({ lo: 1.5, hi: 1.5, unit: 'km' });
  });

  it('finds the quantities of a news paragraph', () => {
    const text =
      'His train is rumoured to include at least 20 bulletproof cars, making it heavier than average ' +
      'trains. It can only travel at around 59 km/hr. Mr Kim went to Vladivostok in 2019. Russia will ask ' +
      'for 122 mm and 152mm artillery shells.';
    expect(compact(text)).toEqual([
      ['at least 20', '>=20'],
      ['around 59 km/hr', '~59 km/h'],
      ['122 mm', '122 mm'],
      ['152mm', '152 mm'],
    ]);
  });
});

describe('units and conversion', () => {
  const conv = (x: number, from: string, to: string): number => convertValue(x, unit(from), unit(to));

  const conversions: Array<[number, string, string, number, number]> = [
    // [x, from, to, expected, decimal digits checked]
    [59, 'km/h', 'mph', 36.661, 3],
    [6, 'mi', 'km', 9.656, 3],
    [1, 't', 'lb', 2204.6, 1],
    [1, 'kn', 'km/h', 1.852, 9],
    [1, 'ft', 'm', 0.3048, 12],
    [1, 'lb', 'kg', 0.45359237, 12],
    [1, 'km²', 'ha', 100, 9],
    [1, 'mi²', 'acre', 640, 9],
    [1, 'bbl', 'gal', 42, 9],
    [1, 'wk', 'h', 168, 9],
    [100, '°C', '°F', 212, 9],
    [32, '°F', '°C', 0, 9],
    [122, 'mm', 'cm', 12.2, 9],
    [36.661, 'mph', 'km/h', 59, 3],
  ];
  it.each(conversions)('%p %s in %s ≈ %p', (x, from, to, expected, digits) => {
    expect(conv(x, from, to)).toBeCloseTo(expected, digits);
  });

  it('refuses to convert across dimensions, and between currencies', () => {
    expect(() => conv(1, 'km', 'kg')).toThrow(/cannot convert/);
    expect(() => conv(1, 'USD', 'EUR')).toThrow(/cannot convert/);
    expect(() => conv(1, 'GBP', 'lb')).toThrow(/cannot convert/);
  });

  it('looks up every spelling family, case-insensitively except one-letter spellings', () => {
    const cases: Array<[string, string | undefined]> = [
      ['km/h', 'km/h'],
      ['km/hr', 'km/h'],
      ['KPH', 'km/h'],
      ['kmph', 'km/h'],
      ['Kilometres per hour', 'km/h'],
      ['kilometers  per hour', 'km/h'],
      ['km an hour', 'km/h'],
      ['mph', 'mph'],
      ['miles an hour', 'mph'],
      ['knots', 'kn'],
      ['mm', 'mm'],
      ['MM', 'mm'],
      ['m', 'm'],
      ['M', undefined],
      ['metres', 'm'],
      ['meters', 'm'],
      ['kilometres', 'km'],
      ['mi', 'mi'],
      ['foot', 'ft'],
      ['feet', 'ft'],
      ['inches', 'in'],
      ['yards', 'yd'],
      ['nautical miles', 'nmi'],
      ['g', 'g'],
      ['G', undefined],
      ['tonnes', 't'],
      ['tons', 't'],
      ['metric tons', 't'],
      ['pounds', 'lb'],
      ['lbs', 'lb'],
      ['hr', 'h'],
      ['hrs', 'h'],
      ['days', 'd'],
      ['weeks', 'wk'],
      ['km²', 'km²'],
      ['sq km', 'km²'],
      ['square kilometres', 'km²'],
      ['square miles', 'mi²'],
      ['hectares', 'ha'],
      ['acres', 'acre'],
      ['litres', 'L'],
      ['gallons', 'gal'],
      ['barrels', 'bbl'],
      ['%', '%'],
      ['percent', '%'],
      ['per cent', '%'],
      ['$', 'USD'],
      ['dollars', 'USD'],
      ['€', 'EUR'],
      ['euros', 'EUR'],
      ['£', 'GBP'],
      ['pounds sterling', 'GBP'],
      ['bulletproof', undefined],
      ['GB', 'GB'],
      ['gigabytes', 'GB'],
    ];
    for (const [spelling, id] of cases) expect([spelling, units.lookup(spelling)?.id]).toEqual([spelling, id]);
  });

  it('finds a unit by id when its id is no spelling (for rule files)', () => {
    expect(units.lookup('t')?.id).toBe('t');
    expect(units.lookup('in')?.id).toBe('in');
    expect(compact('won 5 in a row')).toEqual([['5', '5']]);
  });

  it('gives every built-in unit a dimension, a positive factor and unique spellings', () => {
    const seen = new Map<string, string>();
    for (const u of BUILTIN_UNITS) {
      expect(u.factor).toBeGreaterThan(0);
      expect(u.dimension).not.toBe('');
      for (const n of u.names) {
        expect([n, seen.get(n)]).toEqual([n, undefined]);
        seen.set(n, u.id);
      }
    }
  });

  it('converts an interval into the fact unit, keeping open and infinite ends', () => {
    const c: IntervalConstraint = { kind: 'interval', lo: 53.1, hi: 64.9, loOpen: false, hiOpen: false, unit: 'km/h' };
    const mph = convertInterval(c, unit('mph'), units);
    expect(mph.unit).toBe('mph');
    expect(mph.lo).toBeCloseTo(32.995, 3);
    expect(mph.hi).toBeCloseTo(40.327, 3);
    const atLeast: IntervalConstraint = {
      kind: 'interval',
      lo: 6,
      hi: Infinity,
      loOpen: true,
      hiOpen: true,
      unit: 'mi',
    };
    expect(convertInterval(atLeast, unit('km'), units)).toEqual({
      kind: 'interval',
      lo: 9.656064,
      hi: Infinity,
      loOpen: true,
      hiOpen: true,
      unit: 'km',
    });
  });

  it('never converts a plain number or an unknown unit', () => {
    const plain: IntervalConstraint = { kind: 'interval', lo: 5, hi: 5, loOpen: false, hiOpen: false, unit: '' };
    expect(() => convertInterval(plain, unit('km'), units)).toThrow();
    expect(() => convertInterval({ ...plain, unit: 'furlong' }, unit('km'), units)).toThrow();
    expect(() => convertInterval({ ...plain, unit: 'USD' }, unit('EUR'), units)).toThrow();
  });
});

describe('formatValue', () => {
  it.each([
    [59, 59, 'exact', 'km/h', '59 km/h'],
    [12, 12, 'exact', '', '12'],
    [20, 20, 'at-least', '', '>=20'],
    [40, 40, 'about', '', '~40'],
    [40, 40, 'nearly', 'km', '~<40 km'],
    [60, 60, 'more-than', '%', '>60%'],
    [100, 100, 'at-most', 'kg', '<=100 kg'],
    [5, 5, 'less-than', 'mi', '<5 mi'],
    [0.1 + 0.2, 0.1 + 0.2, 'exact', '', '0.3'],
  ] as const)('%p..%p %s %s → %s', (lo, hi, hedge, u, expected) => {
    expect(formatValue(lo, hi, hedge, u)).toBe(expected);
  });
});

describe('extractQuantities: invariants', () => {
  it('stays linear on long runs of number words and digits', () => {
    const t0 = Date.now();
    expect(extractQuantities('one '.repeat(20000))).toHaveLength(20000);
    expect(extractQuantities('twenty-'.repeat(20000)).length).toBeGreaterThan(0);
    expect(extractQuantities('9'.repeat(100000))).toHaveLength(1);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('never throws; mentions are sorted, non-overlapping, inside [from, to) and raw = text slice', () => {
    const pieces = fc.constantFrom(
      ' ',
      '-',
      '–',
      '$',
      '£',
      '€',
      '~',
      '+',
      ',',
      '.',
      '/',
      ':',
      '%',
      '°C',
      'km',
      'km/h',
      'mm',
      'm',
      'miles',
      'about',
      'at least',
      'up to',
      'between',
      'and',
      'to',
      'or more',
      'in',
      'a',
      'hundred',
      'million',
      'twenty',
      'one',
      'five',
      'dozen',
      'and a half',
      '2019',
      '12',
      '1,200',
      '3.5',
      '0',
      'July',
      'Sept.',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join('');
        const from = text.length ? a % (text.length + 1) : 0;
        const to = from + (text.length ? b % (text.length - from + 1) : 0);
        const ms = extractQuantities(text, from, to);
        let last = from;
        for (const m of ms) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(to);
          expect(m.raw).toBe(text.slice(m.start, m.end));
          const c = interval(m);
          expect(c.lo).toBeLessThanOrEqual(c.hi);
          expect(Number.isNaN(c.lo) || Number.isNaN(c.hi)).toBe(false);
          last = m.end;
        }
      }),
      { numRuns: 3000 },
    );
  });
});
