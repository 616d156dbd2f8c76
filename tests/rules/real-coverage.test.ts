/**
 * Binding rules that hold on real coverage ("Right values on real coverage"), each on made-up
 * sentences: what a count counts, ages, values returned by the competition, zero, ordinals,
 * other events and reporting-verb dates.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseArticle } from '../../src/corpus/article';
import { bindClaims } from '../../src/claims/bind';
import type { TraceEvent } from '../../src/claims/trace';
import type { Report } from '../../src/model/report';
import { runCli } from '../helpers';
import { claims, onePackCheckers } from './one-pack';

const { dir, checker } = onePackCheckers('factlint-real-rules-');

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

describe('other events: a fact anchored to its event (when:)', () => {
  const c = checker(`  - { id: deaths, type: count, when: 2024-05, cues: [{ lemma: kill }] }
  - { id: flood-date, type: date, when: 2024-05, cues: [flood] }
`);

  test('"the previous flood, in March 2023, killed 40" is another event: no claim', () => {
    expect(claims(c, 'The previous flood, in March 2023, killed 40.')).toEqual({});
    expect(claims(c, 'The 1998 floods killed 40.')).toEqual({});
  });

  test('a sentence with a date inside when, or with no date placing it, still counts', () => {
    expect(claims(c, 'The flood on 1 May 2024 killed 12, the worst since 1998.')).toEqual({
      deaths: ['12'],
      'flood-date': ['2024-05-01'],
    });
    expect(claims(c, 'The flood killed 12.')).toEqual({ deaths: ['12'] });
  });

  test('a bad when is a bad-value', () => {
    expect(() => checker(`  - { id: d, type: count, when: May 2024, cues: [fell] }\n`)).toThrow(/when/);
  });
});

describe('reporting verbs date the telling, not the event', () => {
  const c = checker(`  - { id: fire-date, type: date, cues: [fire] }
  - { id: told, type: date, reporting: true, cues: [fire] }
`);

  test('"the fire, police said on Friday" and "On Friday, police said the fire" do not date the fire', () => {
    expect(claims(c, 'The fire destroyed the mill, police said on Friday.')['fire-date']).toBeUndefined();
    expect(claims(c, 'On Friday, police said the fire destroyed the mill.')['fire-date']).toBeUndefined();
    expect(claims(c, 'The fire destroyed the mill, police said on Friday.').told).toEqual(['2024-04-26']);
  });

  test('"the fire was on Friday, police said" is', () => {
    expect(claims(c, 'The fire broke out on Friday, police said.')['fire-date']).toEqual(['2024-04-26']);
  });
});

describe('the worked example of docs/rules.md#real-coverage', () => {
  const docs = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'rules.md'), 'utf8');
  const section = docs.slice(docs.indexOf('## Real coverage'));
  const yaml = /```yaml\n(facts:\n[\s\S]*?)```/.exec(section)![1];
  const c = checker(yaml.replace(/^facts:\n/, ''));

  test('binds as its comments say', () => {
    const text = [
      'The river burst its banks on Sunday, police said Monday.',
      'The flood killed 12 people and two ferries sank.',
      'The 1998 floods killed 40.',
      'The previous flood killed 9.',
      'The 61-year-old mayor said no one else was missing.',
    ].join('\n\n');
    expect(claims(c, text, '2024-05-07')).toEqual({
      'flood-date': ['2024-05-05'],
      deaths: ['12'],
      'mayor-age': ['61'],
    });
    expect(claims(c, 'The flood killed 4 ferrymen.', '2024-05-07')).toEqual({ deaths: ['4'] });
    expect(claims(c, 'Rebels killed 3, 30 people were injured.', '2024-05-07')).toEqual({
      deaths: ['3'],
      injured: ['30'],
    });
    expect(claims(c, 'Officials relayed on Tuesday that the river burst its banks.', '2024-05-07')).toEqual({});
    const near = c.extractClaims(
      parseArticle('---\npublished: 2024-05-07\n---\nThe river burst its banks near Elmford.\n', 'a.md', 'a.md'),
    );
    expect(near.map((x) => [x.fact, x.value, x.relation])).toEqual([['flood-place', 'elmford', 'near']]);
  });
});

describe('"near X": a place as a reference point', () => {
  const c = checker(
    `  - { id: fire-site, type: place, cues: [fire] }\n`,
    `gazetteer:
  - id: norland
    name: Norland
    children:
      - { id: elmford, name: Elmford }
      - { id: lusk, name: Lusk }
  - { id: southmark, name: Southmark }
`,
  );
  const run = (texts: Record<string, string>) => {
    const articles = Object.entries(texts).map(([id, t]) => parseArticle(`${t}\n`, id, id));
    const all = articles.flatMap((a) => c.extractClaims(a));
    return { claims: all, report: c.finish(articles, all, []).report };
  };

  test('"near Elmford", "5 km north of Elmford", "off the coast of Norland" record the relation', () => {
    for (const t of ['The fire broke out near Elmford.', 'The fire broke out 5 km north of Elmford.']) {
      const [claim] = run({ 'a.md': t }).claims;
      expect(claim).toMatchObject({ value: 'elmford', relation: 'near', constraint: { near: true } });
    }
    expect(run({ 'a.md': 'The fire was in Elmford.' }).claims[0].relation).toBeUndefined();
  });

  test('"near Elmford" does not contradict Elmford or its neighbour Lusk; it does contradict Southmark', () => {
    for (const other of ['The fire was in Lusk.', 'The fire was in Elmford.']) {
      const agree = run({ 'a.md': 'The fire broke out near Elmford.', 'b.md': other });
      expect(agree.report.findings.find((f) => f.fact === 'fire-site')!.status).toBe('agreement');
    }
    const differ = run({ 'a.md': 'The fire broke out near Elmford.', 'b.md': 'The fire was in Southmark.' });
    expect(differ.report.findings.find((f) => f.fact === 'fire-site')!.status).toBe('contradiction');
  });
});

describe('undated articles: unresolved relative dates are reported, not dropped silently', () => {
  const corpus = path.join(dir, 'undated');
  fs.mkdirSync(corpus);
  fs.writeFileSync(path.join(corpus, 'a.md'), 'The fire broke out on Sunday and was out by yesterday evening.\n');
  fs.writeFileSync(path.join(corpus, 'b.md'), '---\npublished: 2024-05-02\n---\nThe fire broke out on Sunday.\n');
  const pack = path.join(dir, 'undated.yaml');
  fs.writeFileSync(pack, 'story: elmford\nfacts:\n  - { id: fire-date, type: date, cues: [fire] }\n');

  test('one info problem per undated article, naming the count and --published; the exit code is unchanged', () => {
    const r = runCli(['check', corpus, '--rules', pack, '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.problems.map((p) => [p.code, p.severity])).toEqual([['undated-relative-dates', 'info']]);
    const [problem] = report.problems;
    expect(problem.message).toMatch(/^2 relative dates .* no publication date/);
    expect(problem.hint).toContain('--published');
    expect(problem.file).toMatch(/a\.md$/);
  });

  test('with --published there is nothing to report', () => {
    const r = runCli(['check', corpus, '--rules', pack, '--format', 'json', '--published', '2024-05-02']);
    expect((JSON.parse(r.stdout) as Report).problems).toEqual([]);
  });
});

test('"near Elmford" and "near Lusk" name two reference points: they disagree', () => {
  const c = checker(
    `  - { id: fire-site, type: place, cues: [fire] }\n`,
    `gazetteer:\n  - id: norland\n    name: Norland\n    children:\n      - { id: elmford, name: Elmford }\n      - { id: lusk, name: Lusk }\n`,
  );
  const articles = ['The fire broke out near Elmford.', 'The fire broke out near Lusk.'].map((t, i) =>
    parseArticle(`${t}\n`, `${i}.md`, `${i}.md`),
  );
  const all = articles.flatMap((a) => c.extractClaims(a));
  expect(c.finish(articles, all, []).report.findings[0].status).toBe('contradiction');
});
