/** Values real news writes that were misread: each phrase with what it must read as (read off the phrase). */
import { extractQuantities } from '../../src/mentions/quantities';
import { extractTimes } from '../../src/mentions/time';
import { extractZeros } from '../../src/mentions/zero';
import { extractOrdinals } from '../../src/mentions/ordinals';
import { extractScores } from '../../src/mentions/scores';
import { Nlp } from '../../src/nlp/wink';

const quantities = (s: string) => extractQuantities(s).map((m) => [m.raw, m.value]);
const times = (s: string, published: string | null = '2012-03-01') =>
  extractTimes(s, { published }).map((m) => [m.raw, m.value]);

describe('money forms', () => {
  test.each([
    ['a euro110 billion loan', [['euro110 billion', '110000000000 EUR']]],
    ['a $95-million deal', [['$95-million', '95000000 USD']]],
    ['US$1.2bn', [['US$1.2bn', '1200000000 USD']]],
    ['€45m', [['€45m', '45000000 EUR']]],
    ['£30 million', [['£30 million', '30000000 GBP']]],
    ['$1.2 bln', [['$1.2 bln', '1200000000 USD']]],
    ['he was fined 500 pounds', [['500 pounds', '500 GBP']]],
    ['the dog weighed 500 pounds', [['500 pounds', '500 lb']]],
  ])('%s', (s, expected) => expect(quantities(s)).toEqual(expected));

  test('a bracketed conversion restates the value, with its hedge: one mention', () => {
    expect(quantities('less than 50 km (30 miles) from the border')).toEqual([['less than 50 km', '<50 km']]);
    expect(quantities('a euro110 billion ($141 billion) loan')).toEqual([['euro110 billion', '110000000000 EUR']]);
    // same currency, more words in the brackets: a second value
    expect(quantities('$334 million ($281M in cash)')).toEqual([
      ['$334 million', '334000000 USD'],
      ['$281M', '281000000 USD'],
    ]);
  });
});

describe('clock times are neither counts nor durations', () => {
  test.each([
    ['the quake hit at 0415 (2215 GMT)'],
    ['troops moved in at 0900 hours'],
    ['he bought it around 3: 45 p. m. on Friday'],
    ['at 2:53 p.m. local time'],
  ])('%s', (s) => {
    expect(quantities(s)).toEqual([]);
    expect(times(s).filter(([, v]) => v.startsWith('P'))).toEqual([]);
  });

  test('"1500 hours of work" is still a duration', () => {
    expect(times('1500 hours of work')).toEqual([['1500 hours', 'PT1500H']]);
  });
});

describe('fractions and magnitudes', () => {
  test('"5 1/2" and "5½" are five and a half', () => {
    expect(quantities('a 5 1/2-mile race')).toEqual([['5 1/2-mile', '5.5 mi']]);
    expect(quantities('5½ tonnes')).toEqual([['5½ tonnes', '5.5 t']]);
    expect(times('it lasted 5 1/2 hours')).toEqual([['5 1/2 hours', 'PT5.5H']]);
  });

  test('"magnitude-5.4" and "5.4-magnitude" both read 5.4', () => {
    expect(quantities('the magnitude-5.4 quake')).toEqual([['5.4', '5.4']]);
    expect(quantities('a 5.4-magnitude quake')).toEqual([['5.4', '5.4']]);
    expect(quantities('an F-16 jet')).toEqual([]);
  });

  test('no sentence ends inside "magnitude-5.4"', () => {
    const text = 'A magnitude-5.4 quake struck Elmford on Sunday. It killed 3.';
    const a = new Nlp().analyse(text);
    expect(a.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'A magnitude-5.4 quake struck Elmford on Sunday.',
      'It killed 3.',
    ]);
  });
});

describe('ages, zeros, ordinals, scores', () => {
  test('"36-year-old", "38 years old" are ages (counts), not durations; "three-month-old" neither', () => {
    expect(extractQuantities('the 36-year-old champion').map((m) => [m.raw, m.value, m.counts])).toEqual([
      ['36-year-old', '36', 'age'],
    ]);
    expect(extractQuantities('he is 38 years old').map((m) => [m.value, m.counts])).toEqual([['38', 'age']]);
    expect(times('the 36-year-old champion')).toEqual([]);
    expect(extractQuantities('a three-month-old baby')).toEqual([]);
  });

  test('zero quantifiers', () => {
    expect(
      extractZeros('There were no casualties; no one died, nobody was hurt, none of them.').map((m) => m.raw),
    ).toEqual(['no', 'no one', 'nobody', 'none']);
    expect(extractZeros('no more than 40, no later than Friday')).toEqual([]);
  });

  test('ordinals', () => {
    expect(extractOrdinals('the sixth round, the 21st and the twenty-first').map((m) => m.value)).toEqual([
      '6',
      '21',
      '21',
    ]);
  });

  test('scores, not records in brackets or clock times', () => {
    expect(extractScores('Elmford (11-4) won 31-24 at 18-11:14').map((m) => [m.value, m.score])).toEqual([
      ['31', 1],
      ['24', 2],
    ]);
  });
});
