import { splitEvidence } from '../../src/report/evidence';

test('the value is cut out where the claim says, not at its first lookalike', () => {
  const text = 'In 2019 sanctions tightened; their last summit was in 2019 too.';
  const second = text.lastIndexOf('2019');
  expect(splitEvidence({ text, raw: '2019', textOffset: second })).toEqual({
    before: text.slice(0, second),
    value: '2019',
    after: ' too.',
    found: true,
  });
});

test('a value written across a line break is found with its whitespace folded', () => {
  expect(
    splitEvidence({ text: 'It ran aground on 14 March 2024 off the coast.', raw: '14\nMarch 2024', textOffset: 18 }),
  ).toMatchObject({ value: '14 March 2024', found: true });
});

test('without a usable offset it falls back to searching, then reports the value as not found', () => {
  expect(splitEvidence({ text: 'about 59 km/hr', raw: '59 km/hr', textOffset: 99 })).toMatchObject({
    before: 'about ',
    value: '59 km/hr',
  });
  expect(splitEvidence({ text: 'nothing here', raw: 'has set off', textOffset: 0 })).toMatchObject({
    found: false,
    value: '',
  });
});
