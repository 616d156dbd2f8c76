/**
 * Values that set articles against each other wrongly on real coverage ("Alignment that knows
 * time and parts", pair precision): each rule on made-up sentences.
 */
import * as fs from 'fs';
import * as path from 'path';
import { extractQuantities } from '../../src/mentions/quantities';
import { runCli } from '../helpers';
import { claims, onePackCheckers } from './one-pack';

const { dir, checker, lastPack } = onePackCheckers('factlint-pairs-');

describe('a dashed pair that is no range is a result or record, not a count', () => {
  test('"19-2", "58-3" and "won 31-24" give no number; "10-12" is still a range', () => {
    const values = (t: string) => extractQuantities(t).map((m) => m.value);
    expect(values('Kell 19-2')).toEqual([]);
    expect(values('He improves to 58-3 with 51 wins')).toEqual(['51']);
    expect(values('Elmford won 31-24 on Friday')).toEqual([]);
    expect(values('Elmford drew 2-2')).toEqual([]);
    expect(values('10-12 people were hurt')).toEqual(['10-12']);
    expect(values('a $1-2 billion deal')).toEqual(['1000000000-2000000000 USD']);
  });

  test('an age fact takes no side of a record ("Kell 19-2")', () => {
    const c = checker(`  - { id: age, type: count, counts: [age], cues: [{ phrase: Kell, window: 2 }] }\n`);
    expect(claims(c, 'Title fights: Kell 19-2.')).toEqual({});
    expect(claims(c, 'Kell, 36, won.')).toEqual({ age: ['36'] });
  });
});

describe("ages: a relative's age is not the person's", () => {
  const c = checker(
    `  - { id: age, type: count, counts: [age], cues: [{ phrase: year-old, position: before, window: 1 }, Kell] }\n`,
  );

  test('"a 16-year-old son", "his 70-year-old mother" are not values; "the 46-year-old Kell" is', () => {
    expect(claims(c, 'Kell leaves a wife and a 16-year-old son.')).toEqual({});
    expect(claims(c, 'Kell cared for his 70-year-old mother.')).toEqual({});
    expect(claims(c, 'The 46-year-old Kell was hurt.')).toEqual({ age: ['46'] });
  });

  test('a fact whose cue is the relative takes the age', () => {
    const son = checker(`  - { id: son-age, type: count, counts: [age], cues: [son] }\n`);
    expect(claims(son, 'Kell leaves a wife and a 16-year-old son.')).toEqual({ 'son-age': ['16'] });
  });
});

describe('competition: a cue both facts share does not decide', () => {
  const c =
    checker(`  - { id: kell-age, type: count, counts: [age], cues: [{ phrase: year-old, position: before, window: 1 }, { phrase: Kell, window: 6 }] }
  - { id: lusk-age, type: count, counts: [age], cues: [{ phrase: year-old, position: before, window: 1 }, { phrase: Lusk, window: 6 }] }
`);
  const rules = lastPack(); // the pack file just written

  test('explain says why the tie went to the other fact', () => {
    const file = path.join(dir, 'lusk.md');
    fs.writeFileSync(file, "---\npublished: 2024-05-02\n---\nElmford's chief, 46-year-old Ann Lusk, is in hospital.\n");
    const r = runCli(['explain', 'kell-age', file, '--rules', rules]);
    expect(r.stdout).toContain(
      'taken by fact lusk-age: both cues 0 tokens away; lusk-age has another cue 1 token away',
    );
  });

  test('"46-year-old Ann Lusk" goes to the fact named by Lusk, though Kell\'s fact is listed first', () => {
    expect(claims(c, "Elmford's chief, 46-year-old Ann Lusk, is in hospital.")).toEqual({ 'lusk-age': ['46'] });
    expect(claims(c, 'The 51-year-old Tom Kell died.')).toEqual({ 'kell-age': ['51'] });
  });
});

describe('zero: "none could be confirmed" is about the reports, not a count of zero', () => {
  const c = checker(`  - { id: deaths, type: count, counts: [people], cues: [{ lemma: kill }, casualties] }\n`);

  test('a zero pronoun before a verb of checking is no value; "none were killed" still is 0', () => {
    expect(claims(c, 'There were varying reports of casualties, but none could be confirmed.')).toEqual({});
    expect(claims(c, 'Reports of casualties came in; none has yet to be independently verified.')).toEqual({});
    expect(claims(c, 'Six were hurt but none were killed.')).toEqual({ deaths: ['0'] });
    expect(claims(c, 'There were no casualties.')).toEqual({ deaths: ['0'] });
  });
});

describe('subsets: a number that is part of a group counted elsewhere is not the whole', () => {
  const c = checker(`  - { id: deaths, type: count, counts: [people], cues: [{ lemma: kill }, dead] }\n`);

  test('"including 12 children" and every item of "the dead included seven children, three women and two men"', () => {
    expect(claims(c, 'The blast killed 40 people, including 12 children.')).toEqual({ deaths: ['40'] });
    expect(claims(c, 'The dead included seven children aged one to 12, three women and two men.')).toEqual({});
  });

  test('"one of them", "one of my sons" name a member; "killed one man" still counts', () => {
    expect(claims(c, 'Three people, one of them a pregnant woman, were killed in Elmford.')).toEqual({ deaths: ['3'] });
    expect(claims(c, 'He told me one of my sons was killed.')).toEqual({});
    expect(claims(c, 'The attack killed one man.')).toEqual({ deaths: ['1'] });
  });
});

describe('counts: a number standing with its own cue word counts what the cue says', () => {
  const c = checker(`  - { id: hurt, type: count, counts: [people], cues: [{ lemma: hurt, window: 4 }, bodies] }\n`);

  test('"1 dead, 2 hurt" is 2 hurt; "41 bodies" still needs counts to name bodies; a name is no head', () => {
    expect(claims(c, '1 dead, 2 hurt in Elmford office shooting')).toEqual({ hurt: ['2'] });
    expect(claims(c, 'Medics said 41 bodies were brought in.')).toEqual({});
    const age = checker(`  - { id: age, type: count, counts: [age], cues: [{ phrase: Kell, window: 2 }] }\n`);
    expect(claims(age, 'In round three Kell was patient.')).toEqual({});
  });
});

describe('lemma cues match participles wink reads as adjectives or nouns', () => {
  const c = checker(`  - { id: wounded, type: count, counts: [people], cues: [{ lemma: wound, window: 4 }] }\n`);

  test('"the two wounded men" and "accused of wounding two people" are forms of wound', () => {
    expect(claims(c, 'The families of the two wounded men asked for privacy.')).toEqual({ wounded: ['2'] });
    expect(claims(c, 'Police said three people were wounded.')).toEqual({ wounded: ['3'] });
    expect(claims(c, 'He was accused of wounding two people in Elmford.')).toEqual({ wounded: ['2'] });
    expect(claims(c, 'Two wonderful people came.')).toEqual({});
  });
});
