/** Update wording and clauses, by hand: what an editor reads in each sentence. */
import { updateWording } from '../../src/claims/updates';
import { clauseAround } from '../../src/claims/slots';
import { updateWordsOf } from '../../src/lexicon/updates';
import { HEDGE_PHRASES } from '../../src/lexicon/hedges';
import { hedgeTable } from '../../src/mentions/numbers';

const words = updateWordsOf(undefined);
const wording = (sentence: string, value: string) =>
  updateWording(sentence, sentence.indexOf(value), value.length, words);

// sentence, value as written, expected wording
const TABLE: [string, string, ReturnType<typeof updateWording>][] = [
  ['The death toll has risen to 14.', '14', { update: 'later' }],
  ['The toll climbed to at least 31 on Friday.', '31', { update: 'later' }],
  ['The number of dead now stands at 9.', '9', { update: 'later' }],
  ['The toll was revised down to 12.', '12', { update: 'down' }],
  ['The toll rose from 9 to 14.', '14', { update: 'later', earlier: '9' }],
  ['The toll rose from 9 to 14.', '9', { update: 'earlier' }],
  ['The toll fell from nine to seven.', 'seven', { update: 'down', earlier: 'nine' }],
  ['Police initially said three people had died.', 'three', { update: 'earlier' }],
  ['Earlier reports said 30 were killed.', '30', { update: 'earlier' }],
  ['The commissioner said earlier that 12 people were killed.', '12', { update: 'earlier' }],
  ['Fourteen people are dead, up from 9 on Monday.', 'Fourteen', { update: 'later', earlier: '9' }],
  ['The fire killed 14 people.', '14', {}],
  ['Prices rose from 9 to 14 in the range of estimates; 20 died.', '20', {}],
];

test.each(TABLE)('%s (%s)', (sentence, value, expected) => {
  expect(wording(sentence, value)).toEqual(expected);
});

test('a pack replaces a category of update words', () => {
  const mine = updateWordsOf({ later: ['is now put at'] });
  const s = 'The toll is now put at 20.';
  expect(updateWording(s, s.indexOf('20'), 2, mine)).toEqual({ update: 'later' });
  expect(updateWording('The toll rose to 20.', 17, 2, mine)).toEqual({});
  expect(mine.earlier).toEqual(words.earlier);
});

// sentence, value, the clause of the value
const CLAUSES: [string, string, string][] = [
  ['In Wenmouth, 4 people died; in Harlby, 2 died.', '2', ' in Harlby, 2 died.'],
  ['Eleven died: seven in Wenmouth and three in Harlby.', 'three', 'three in Harlby.'],
  ['Eleven died: seven in Wenmouth and three in Harlby.', 'Eleven', 'Eleven died'],
  ['The attacks on Dayton and Lima killed 20.', '20', 'The attacks on Dayton and Lima killed 20.'],
  ['12 died in Dayton and 8 in Lima.', '12', '12 died in Dayton'],
];

test.each(CLAUSES)('clause of %s (%s)', (sentence, value, clause) => {
  const [a, b] = clauseAround(sentence, sentence.indexOf(value));
  expect(sentence.slice(a, b)).toBe(clause);
});

test("any hedge may stand between the update phrase and the value, a pack's own too", () => {
  expect(wording('The toll rose to just over 14.', '14')).toEqual({ update: 'later' });
  expect(wording('The toll climbed to no fewer than 20.', '20')).toEqual({ update: 'later' });
  const s = 'The toll rose to in the ballpark of 30.';
  expect(updateWording(s, s.indexOf('30'), 2, words)).toEqual({});
  const mine = hedgeTable({ ...HEDGE_PHRASES, about: [...HEDGE_PHRASES.about, 'in the ballpark of'] });
  expect(updateWording(s, s.indexOf('30'), 2, words, mine)).toEqual({ update: 'later' });
});
