/**
 * Binding rules that hold on real coverage ("Right values on real coverage"), each on made-up
 * sentences: what a count counts, ages, values returned by the competition, zero, ordinals,
 * other events and reporting-verb dates.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Checker } from '../../src/engine/checker';
import { parseArticle } from '../../src/corpus/article';
import { bindClaims } from '../../src/claims/bind';
import type { TraceEvent } from '../../src/claims/trace';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-real-rules-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let packs = 0;
/** A checker of one pack: `facts` is the YAML list under `facts:`. */
function checker(facts: string, extra = ''): Checker {
  const file = path.join(dir, `pack${++packs}.yaml`);
  fs.writeFileSync(file, `story: elmford\n${extra}facts:\n${facts}`);
  return Checker.load([file]);
}

/** fact → raw values claimed in a one-article text. */
function claims(c: Checker, text: string, published = '2024-05-02'): Record<string, string[]> {
  const article = parseArticle(`---\npublished: ${published}\n---\n${text}\n`, 'a.md', 'a.md');
  const out: Record<string, string[]> = {};
  for (const claim of c.extractClaims(article)) (out[claim.fact] ??= []).push(claim.value);
  return out;
}

describe('counts: what a number counts', () => {
  const deaths = checker(`  - { id: deaths, type: count, counts: [people], cues: [{ lemma: kill }, dead] }
  - { id: ferries, type: count, counts: [ferries], cues: [{ lemma: sink }] }
`);

  test('a number counting another noun is not a value ("two ferries", "three hours")', () => {
    expect(claims(deaths, 'The storm killed two passengers on the river.')).toEqual({ deaths: ['2'] }); // a person noun
    expect(claims(deaths, 'The storm sank two ferries, killing three cows.')).toEqual({ ferries: ['2'] });
    expect(claims(deaths, 'It killed 12 people and two ferries sank.')).toEqual({ deaths: ['12'], ferries: ['2'] });
  });

  test('a bare number counts what its cue says ("killed 12", "the dead rose to 31")', () => {
    expect(claims(deaths, 'Soldiers killed 12, the mayor said.')).toEqual({ deaths: ['12'] });
    expect(claims(deaths, 'The number of dead rose to 31.')).toEqual({ deaths: ['31'] });
  });

  test('"at least 40 people today": a time noun ends the noun run', () => {
    expect(claims(deaths, 'The blast killed at least 40 people today.')).toEqual({ deaths: ['>=40'] });
  });

  test('"9 Norland and 4 Southmark fishermen": each number takes the shared head', () => {
    const c = checker(`  - { id: detained, type: count, counts: [fishermen], cues: [{ lemma: detain }] }\n`);
    expect(claims(c, 'Police detained 9 Norland and 4 Southmark fishermen.').detained).toEqual(['9']); // the nearest
    expect(claims(c, 'Police detained 9 Norland officials.').detained).toBeUndefined();
  });

  test('counts on a fact that is not a count is field-not-applicable', () => {
    expect(() => checker(`  - { id: d, type: date, counts: [people], cues: [fell] }\n`)).toThrow(/counts.*count facts/);
  });
});

describe('ages', () => {
  const age = checker(`  - { id: age, type: count, counts: [age], cues: [Kell] }
  - { id: years, type: duration, unit: years, cues: [served] }
`);

  test('"36-year-old", "36 years old" and "aged 36" are ages, not durations', () => {
    expect(claims(age, 'The 36-year-old Kell won.')).toEqual({ age: ['36'] });
    expect(claims(age, 'Kell, who is 36 years old, won.')).toEqual({ age: ['36'] });
    expect(claims(age, 'Kell, aged 36, won.')).toEqual({ age: ['36'] });
    expect(claims(age, 'Kell, 36, won.')).toEqual({ age: ['36'] }); // no head: the cue says
  });

  test('an age fact takes no number that counts something else', () => {
    expect(claims(age, 'Kell landed the two best shots and won 16 fights.').age).toBeUndefined();
  });

  test('"a 60-year-old woman who served 41 years": the age is not the span', () => {
    expect(claims(age, 'A 60-year-old woman who served 41 years was freed.').years).toEqual(['P41Y']);
  });
});

describe('competition: a value a fact discards returns to the next candidate', () => {
  const c = checker(`  - { id: deaths, type: count, cues: [{ lemma: kill }] }
  - { id: injured, type: count, cues: [injured] }
`);

  test('"killed 12, 30 people were injured": 30 ties for deaths, which keeps 12; injured gets it back', () => {
    expect(claims(c, 'Rebels killed 12, 30 people were injured.')).toEqual({ deaths: ['12'], injured: ['30'] });
  });

  test('explain says the value came back', () => {
    const article = parseArticle('Rebels killed 12, 30 people were injured.\n', 'a.md', 'a.md');
    const trace = { events: [] as TraceEvent[] };
    bindClaims(article, c.analyse(article.body), c.packs[0], trace);
    expect(trace.events).toContainEqual(
      expect.objectContaining({ kind: 'claim', fact: 'injured', returnedBy: 'deaths' }),
    );
  });
});

describe('scores: each side of "31-24" is a value of its own', () => {
  const c = checker(`  - { id: home, type: count, score: first, cues: [{ lemma: win }] }
  - { id: away, type: count, score: second, cues: [{ lemma: win }] }
`);

  test('first and second side; a bracketed record is not a score; plain numbers are not sides', () => {
    expect(claims(c, 'Elmford (11-4) won 31-24 in front of 2,000 fans.')).toEqual({ home: ['31'], away: ['24'] });
    expect(claims(c, 'Elmford won by seven points.')).toEqual({});
  });
});

describe('ordinals: a count by rank', () => {
  const c =
    checker(`  - { id: round, type: count, ordinals: true, counts: [round], cues: [{ lemma: stop, position: after }] }
  - { id: plain, type: count, cues: [{ lemma: stop, position: after }] }
`);

  test('"stopped in the sixth round" is 6, "the 21st round" 21, "twenty-first" 21; only with ordinals: true', () => {
    expect(claims(c, 'The referee stopped it in the sixth round.')).toEqual({ round: ['6'] });
    expect(claims(c, 'The referee stopped it in the 21st round.')).toEqual({ round: ['21'] });
    expect(claims(c, 'The referee stopped it in the twenty-first round.')).toEqual({ round: ['21'] });
  });
});

describe('zero: "no casualties", "no one was killed"', () => {
  const c = checker(`  - { id: deaths, type: count, counts: [people], cues: [{ lemma: kill }, casualties] }\n`);

  test('"no casualties", "no one was killed" and "nobody was killed" are 0', () => {
    expect(claims(c, 'There were no casualties.')).toEqual({ deaths: ['0'] });
    expect(claims(c, 'No one was killed.')).toEqual({ deaths: ['0'] });
    expect(claims(c, 'Nobody was killed in the fire.')).toEqual({ deaths: ['0'] });
  });

  test('"no more than 40" is a hedge, not zero; "no reports" counts reports', () => {
    expect(claims(c, 'The fire killed no more than 40 people.')).toEqual({ deaths: ['<=40'] });
    expect(claims(c, 'There were no reports of anyone killed.')).toEqual({});
  });
});

describe('year facts take only dates that name the year', () => {
  const c = checker(`  - { id: built, type: year, cues: [built] }\n`);

  test('"built in 1998", "built last year" are years; "built on Friday" is not', () => {
    expect(claims(c, 'The bridge was built in 1998.')).toEqual({ built: ['1998'] });
    expect(claims(c, 'The bridge was built last year.')).toEqual({ built: ['2023'] });
    expect(claims(c, 'The bridge was built on Friday, officials said.')).toEqual({});
  });
});
