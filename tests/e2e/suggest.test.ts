/**
 * `factlint suggest`, run as a user would: a pack proposed from the articles alone must
 * validate, pass its own rule tests and run with `check` unchanged, and find what a person
 * finds by reading.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runCli, tempDir, writeTree } from '../helpers';
import type { Report } from '../../src/model/report';
import { Checker } from '../../src/engine/checker';

interface Table {
  facts: {
    id: string;
    type: string;
    unit: string | null;
    status: string;
    values: { display: string; value: string; articles: string[] }[];
  }[];
}

/** suggest → pack file → check: the report of the unedited proposal. */
function proposeAndCheck(corpus: string, extra: string[] = []): { pack: string; yaml: string; report: Report } {
  const dir = tempDir('factlint-suggest-');
  const pack = path.join(dir, 'proposed.yaml');
  const s = runCli(['suggest', corpus, '--out', pack, ...extra]);
  expect(s.stderr).toMatch(/facts proposed from \d+ articles, written to/);
  expect(s.code).toBe(0);
  const c = runCli(['check', corpus, '--rules', pack, '--format', 'json', '--fail-on', 'never']);
  expect(c.code).toBe(0);
  return { pack, yaml: fs.readFileSync(pack, 'utf8'), report: JSON.parse(c.stdout) as Report };
}

describe('the example corpus with no rules', () => {
  let run: ReturnType<typeof proposeAndCheck>;
  beforeAll(() => {
    run = proposeAndCheck('corpus');
  });

  test('check with the proposed pack reports the previous-meeting year contradiction, 2019 vs 2015', () => {
    const year = run.report.findings.find(
      (f) => f.type === 'year' && f.claims.some((c) => c.value === '2019') && f.claims.some((c) => c.value === '2015'),
    );
    expect(year?.status).toBe('contradiction');
    expect(year!.claims.find((c) => c.value === '2019')!.article).toBe('002-kim-jong-un-enters-russia.md');
    expect(year!.claims.find((c) => c.value === '2015')!.article).toBe('003-kim-putin-meeting-faq.md');
  });

  test('a date fact covers the departure: "has set off" as of publication (Thu 2023-11-09) against "on Sunday"', () => {
    const departure = run.report.findings.find(
      (f) => f.type === 'date' && f.claims.some((c) => c.value === 'XXXX-WXX-7'),
    );
    expect(departure?.status).toBe('contradiction');
    const setOff = departure!.claims.find((c) => c.article === '001-kim-sets-off-for-vladivostok-summit.md')!;
    expect(setOff.value).toBe('2023-11-09');
    expect(setOff.raw).toBe('has set off');
  });

  test('a place fact covers the summit location: Vladivostok, in three articles, from a proposed gazetteer', () => {
    const place = run.report.findings.find(
      (f) => f.type === 'place' && f.claims.some((c) => c.value === 'vladivostok'),
    );
    expect(place).toBeDefined();
    expect(new Set(place!.claims.filter((c) => c.value === 'vladivostok').map((c) => c.article)).size).toBe(3);
    expect(run.yaml).toMatch(/gazetteer:[\s\S]*- id: vladivostok\n\s+name: Vladivostok/);
  });

  test('the train speed is stated by one article only: proposed with --min-articles 1, as km/h', () => {
    const r = runCli(['suggest', 'corpus', '--min-articles', '1', '--format', 'json']);
    expect(r.code).toBe(0);
    const speed = (JSON.parse(r.stdout) as Table).facts.find((f) => f.unit === 'km/h');
    expect(speed?.status).toBe('single-source');
    expect(speed!.values).toEqual([
      { display: 'about 59 km/h', value: 'about 59 km/h', articles: ['002-kim-jong-un-enters-russia.md'] },
    ]);
  });

  test('the pack validates, loads in a Checker, and passes its own generated rule tests', () => {
    expect(runCli(['rules', 'validate', run.pack]).code).toBe(0);
    const checker = Checker.load([run.pack]);
    expect(checker.packs[0].facts.length).toBeGreaterThanOrEqual(3);
    expect(checker.packs[0].tests.length).toBeGreaterThan(0);
    const t = runCli(['rules', 'test', run.pack]);
    expect(t.stdout).toMatch(/✔ \d+ fixtures? passed/);
    expect(t.code).toBe(0);
  });

  test('each fact has a comment above it listing the values seen and where', () => {
    const lines = run.yaml.split('\n');
    const factLines = lines.flatMap((l, i) => (/^ {2}- id: /.test(l) && i > lines.indexOf('facts:') ? [i] : []));
    expect(factLines.length).toBeGreaterThanOrEqual(3);
    for (const i of factLines) expect(lines[i - 1]).toMatch(/^ {2}# (DISAGREE|agreement|single-source): .+ in \S+\.md/);
    expect(run.yaml).toContain(
      '# DISAGREE: 2019 in 002-kim-jong-un-enters-russia.md; 2015 in 003-kim-putin-meeting-faq.md',
    );
  });

  test('the same articles give a byte-identical proposal', () => {
    const a = runCli(['suggest', 'corpus']);
    const b = runCli(['suggest', 'corpus']);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain('\n  - file: corpus/002-kim-jong-un-enters-russia.md\n'); // tests relative to the working folder
  });
});

/**
 * A made-up story (tests/fixtures/suggest-landslide, no real names), written before suggest
 * was run on it, with five planted contradictions, read by hand:
 *  - the day: Tuesday 2025-10-14 (Valley Herald, Northern Wire, Coast Times) vs Monday (Daily Ledger);
 *  - the dead: 14 vs 17 (Orvale Post);  - the rain: 210 mm vs 120 mm (Orvale Post);
 *  - the previous landslide: 1998 vs 1989 (Northern Wire);  - the hospital: Ostrel vs Brannock (Orvale Post).
 * Agreed throughout: 30 homes destroyed, about 120 rescue workers, three days of rain.
 */
describe('a made-up story with planted contradictions', () => {
  const planted: { name: string; odd: string; oddValue: string; rest: string[]; restValue: string }[] = [
    {
      name: 'day',
      odd: '04-daily-ledger.md',
      oddValue: '2025-10-13',
      rest: ['01-valley-herald.md', '03-northern-wire.md'],
      restValue: '2025-10-14',
    },
    { name: 'dead', odd: '02-orvale-post.md', oddValue: '17', rest: ['01-valley-herald.md'], restValue: '14' },
    { name: 'rain', odd: '02-orvale-post.md', oddValue: '120 mm', rest: ['01-valley-herald.md'], restValue: '210 mm' },
    { name: 'year', odd: '03-northern-wire.md', oddValue: '1989', rest: ['01-valley-herald.md'], restValue: '1998' },
    {
      name: 'hospital',
      odd: '02-orvale-post.md',
      oddValue: 'brannock',
      rest: ['01-valley-herald.md'],
      restValue: 'ostrel',
    },
  ];
  let report: Report;
  beforeAll(() => {
    report = proposeAndCheck('tests/fixtures/suggest-landslide').report;
  });

  /** The contradiction finding that sets the odd article's value against the others'. */
  const findingOf = (p: (typeof planted)[number]) =>
    report.findings.find((f) => {
      if (f.status !== 'contradiction') return false;
      const odd = f.claims.find((c) => c.article === p.odd && c.value === p.oddValue);
      const rest = p.rest.map((a) => f.claims.find((c) => c.article === a && c.value === p.restValue));
      return odd && rest.every((c) => c && c.group !== odd.group);
    });

  test('the unedited proposal finds at least half of the planted contradictions', () => {
    const found = planted.filter((p) => findingOf(p));
    expect(found.length).toBeGreaterThanOrEqual(Math.ceil(planted.length / 2));
  });

  test('in fact every planted contradiction is found, whatever verb each article tells it with', () => {
    expect(planted.filter((p) => !findingOf(p)).map((p) => p.name)).toEqual([]);
  });

  test('no false contradiction: every contradiction is a planted one, and its groups hold only the planted values', () => {
    const contradictions = report.findings.filter((f) => f.status === 'contradiction');
    expect(contradictions.length).toBeGreaterThan(0);
    for (const f of contradictions) {
      const p = planted.find((q) => findingOf(q) === f);
      expect(`${f.fact}: ${p ? 'planted' : 'not planted'}`).toBe(`${f.fact}: planted`);
      for (const c of f.claims) expect([p!.oddValue, p!.restValue]).toContain(c.value);
    }
  });

  test('agreements the articles share are proposed as facts too: 30 homes, about 120 rescue workers', () => {
    const agreed = report.findings.filter((f) => f.status === 'agreement').map((f) => f.claims.map((c) => c.value));
    expect(agreed).toContainEqual(expect.arrayContaining(['30']));
    expect(agreed).toContainEqual(expect.arrayContaining(['~120']));
  });
});

/**
 * A made-up fire story, read by hand: the suspect Ann Brell is 38 in two articles and "a
 * 39-year-old woman" in the third (a disagreement); the night guard Tom Osk is 52 in all three
 * (another person's age, never set against hers); the toll is 12 on 4 March and 14 on 5 March
 * (an update of a running figure, not a contradiction).
 */
describe('a made-up story with ages, names and a rising toll', () => {
  const articles = {
    'a1.md':
      '---\ntitle: Warehouse fire suspect charged\npublished: 2025-03-04\n---\nThe suspect, 38-year-old Ann Brell, was charged on Monday with setting the fire at the Harlby warehouse.\n\nThe fire killed 12 people, police said. One of the dead, Tom Osk, 52, was a night guard.\n\nBrell, 38, of Harlby, said nothing in court.\n',
    'a2.md':
      '---\ntitle: Woman in court over Harlby warehouse blaze\npublished: 2025-03-04\n---\nAnn Brell, 38, appeared in court on Monday over the warehouse fire in Harlby.\n\nThe blaze killed 12 people. Tom Osk, 52, a guard, was among them.\n\nProsecutors said the suspect, Ann Brell, had worked at the warehouse.\n',
    'a3.md':
      '---\ntitle: Arson charge after deadly Harlby fire\npublished: 2025-03-05\n---\nA 39-year-old woman, Ann Brell, has been charged over the Harlby warehouse fire that killed 14 people.\n\nThe night guard Tom Osk, 52, died in the fire, his family said.\n\nThe suspect, Ann Brell, will appear in court again in April.\n',
  };
  let run: ReturnType<typeof proposeAndCheck>;
  beforeAll(() => {
    run = proposeAndCheck(writeTree(articles));
  });

  test("the suspect's age is a disagreement, 38 against 39, and the guard's 52 stays out of it", () => {
    const age = run.report.findings.find((f) => f.claims.some((c) => c.value === '39'));
    expect(age?.status).toBe('contradiction');
    expect(new Set(age!.claims.map((c) => c.value))).toEqual(new Set(['38', '39']));
    expect(age!.claims.find((c) => c.value === '39')!.article).toBe('a3.md');
    const guard = run.report.findings.find((f) => f.claims.some((c) => c.value === '52'));
    expect(guard?.status).toBe('agreement');
    expect(guard!.claims.every((c) => c.value === '52')).toBe(true);
  });

  test('the toll is a running figure: 12 on 4 March, 14 the next day, an update and no contradiction', () => {
    expect(run.yaml).toMatch(/counts:\s*\n?\s*- people[\s\S]*?running: true/);
    const toll = run.report.findings.find((f) => f.claims.some((c) => c.value === '14'));
    expect(toll?.status).toBe('update');
    expect(run.report.findings.filter((f) => f.status === 'contradiction')).toHaveLength(1);
  });

  test("the suspect's name is a name fact, with the people it took as case-sensitive names", () => {
    const name = run.report.findings.find((f) => f.type === 'name');
    expect(name?.status).toBe('agreement');
    expect(name!.claims.every((c) => c.value === 'ann-brell')).toBe(true);
    expect(run.yaml).toMatch(/names:\n\s+- id: ann-brell\n\s+name: Ann Brell\n[\s\S]*?case-sensitive: true/);
  });
});

test("words that stand by several events' years are no disagreement: a mixture is not proposed as one", () => {
  // "sold" beside 1998 (twice), 2004 and 2011: three sales, not one sale misdated.
  const dir = writeTree({
    'b1.md':
      '---\ntitle: Mill\npublished: 2025-05-02\n---\nThe Ostra mill was sold in 1998 to a family firm, its owners said.\n',
    'b2.md':
      '---\ntitle: Mill history\npublished: 2025-05-02\n---\nThe family firm that runs the Ostra mill was sold in 1998 as well.\n',
    'b3.md':
      '---\ntitle: Trucks\npublished: 2025-05-02\n---\nThe firm sold its fleet of trucks in 2004 to pay its debts.\n',
    'b4.md':
      '---\ntitle: Depot\npublished: 2025-05-02\n---\nIts old depot near the river was sold in 2011 to the town.\n',
  });
  const { report } = proposeAndCheck(dir);
  expect(report.findings.filter((f) => f.status === 'contradiction')).toEqual([]);
});

test('a value another verb governs is another event: "acquitted of fraud in 2016" is not the 2019 conviction misdated', () => {
  const head = (title: string) => `---\ntitle: ${title}\npublished: 2025-05-02\n---\n`;
  const dir = writeTree({
    'c1.md': `${head('Verdict')}Ann Lee was convicted of fraud in 2019, prosecutors in Harlby said on Friday. She was jailed for four years.\n`,
    'c2.md': `${head('Banker')}The banker Ann Lee was convicted of fraud in 2019 and jailed for four years.\n`,
    'c3.md': `${head('Court')}A court in Harlby convicted Ann Lee of fraud in 2019 after a long trial.\n`,
    'c4.md': `${head('Profile')}Lee, a former banker, was acquitted of fraud in 2016 by a jury in Ostra.\n`,
  });
  const { report } = proposeAndCheck(dir);
  expect(report.findings.filter((f) => f.status === 'contradiction')).toEqual([]);
  // The fact stays, with the convictions: 2019 in the three articles that tell of one.
  const year = report.findings.find((f) => f.type === 'year');
  expect(year?.claims.map((c) => `${path.basename(c.path)} ${c.value}`).sort()).toEqual([
    'c1.md 2019',
    'c2.md 2019',
    'c3.md 2019',
  ]);
});

test('"has died" in an article of Tuesday is no disagreement with "died on Monday": news of the day before', () => {
  const art = (title: string, text: string) => `---\ntitle: ${title}\npublished: 2025-05-06\n---\n${text}\n`;
  const dir = writeTree({
    'd1.md': art('Obituary', 'The painter Ann Lee died on Monday at her home in Harlby, her family said. She was 81.'),
    'd2.md': art('Lee', 'Ann Lee, whose murals cover half of Harlby, died on Monday. She was 81.'),
    'd3.md': art('Painter', 'The Harlby painter Ann Lee died Monday after a long illness. She was 81.'),
    'd4.md': art('Tribute', 'The painter Ann Lee has died at her home in Harlby. She was 81.'),
  });
  const { report } = proposeAndCheck(dir);
  expect(report.findings.filter((f) => f.status === 'contradiction')).toEqual([]);
});

test("the suspect's age a year on, with no name, against his named age; a witness's unnamed age stays out", () => {
  const art = (title: string, day: string, text: string) => `---\ntitle: ${title}\npublished: ${day}\n---\n${text}\n`;
  const dir = writeTree({
    'a1.md': art(
      'Arrest',
      '2025-03-04',
      'Police arrested Tom Hale, 41, on Monday after the fire at the Harlby depot. A 67-year-old woman from Ostra was treated for smoke, police said.',
    ),
    'a2.md': art(
      'Charged',
      '2025-03-05',
      'Tom Hale, 41, of Harlby was charged with arson on Tuesday after the depot fire.',
    ),
    'a3.md': art('Court', '2025-03-06', 'The suspect, 41-year-old Tom Hale, appeared in court over the depot fire.'),
    'a4.md': art(
      'Verdict',
      '2026-03-10',
      'A jury found the 42-year-old Harlby man guilty of arson over the depot fire.',
    ),
  });
  const { report } = proposeAndCheck(dir);
  const found = report.findings.filter((f) => f.status === 'contradiction');
  // One disagreement, the age: 41 in the three articles of 2025, 42 a year on; 67 is no side.
  expect(found.map((f) => f.claims.map((c) => `${path.basename(c.path)} ${c.value}`).sort())).toEqual([
    ['a1.md 41', 'a2.md 41', 'a3.md 41', 'a4.md 42'],
  ]);
});

describe('bad input', () => {
  test('no articles: exit 2 with the path and a hint', () => {
    const dir = tempDir();
    const r = runCli(['suggest', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${dir}: error no-articles:`);
    expect(r.stderr).toContain('hint:');
    expect(r.stdout).toBe('');
  });

  test('one article: exit 0, an empty proposal and why', () => {
    const r = runCli(['suggest', 'corpus/002-kim-jong-un-enters-russia.md']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'factlint suggest: 1 article with text: a fact must be stated by at least 2 (--min-articles)',
    );
    expect(r.stdout).toMatch(/\nfacts: \[\]\n/);
  });

  test('articles with nothing in common: exit 0, an empty pack that still validates', () => {
    const dir = writeTree({
      'museum.md':
        '---\ntitle: Museum\n---\nThe museum opened a new wing with 40 paintings on loan from a collector.\n',
      'bridges.md':
        '---\ntitle: Bridges\n---\nThe council voted to repair 12 bridges before the winter storms arrive.\n',
    });
    const pack = path.join(dir, 'rules', 'proposed.yaml');
    const r = runCli(['suggest', dir, '--out', pack]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('factlint suggest: no fact is stated by 2 or more of the 2 articles');
    expect(runCli(['rules', 'validate', pack]).code).toBe(0);
  });

  test('--min-articles 0 is a usage error', () => {
    const r = runCli(['suggest', 'corpus', '--min-articles', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--min-articles "0" is not a positive whole number');
  });
});

test('--format text is the candidate table: disagreements marked, values with their articles', () => {
  const r = runCli(['suggest', 'corpus', '--format', 'text']);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(
    /^✖ disagree {2}\S+ {2}.+\(year; 2 articles\)\n {4}2019 +002-kim-jong-un-enters-russia\.md\n/m,
  );
  expect(r.stdout).toMatch(/\d+ facts proposed from 5 articles/);
  expect(r.stdout).not.toContain('factlint: 1');
});

test("a misspelt suspect's name is a disagreement, read where no role noun stands by the name; her brother and two victims are none", () => {
  const art = (title: string, text: string) => `---\ntitle: ${title}\npublished: 2025-03-04\n---\n${text}\n`;
  const dir = writeTree({
    'e1.md': art(
      'Arrest',
      'The suspect, Ann Brell, was arrested on Monday after the fire at the Harlby depot. The victim, Mia Roan, was a night guard.',
    ),
    'e2.md': art(
      'Found',
      'Police said they had found Ann Brell on the Ostra road late on Monday. Her brother, Tom Brell, said nothing to reporters.',
    ),
    'e3.md': art(
      'Court',
      'Ann Brell appeared in court over the depot fire. The suspect, Ann Brell, faces a charge of arson. The victim, Lea Tamm, was a cleaner.',
    ),
    'e4.md': art('Depot fire', "The suspect's name is Ann Brel, police said. She was arrested near Harlby on Monday."),
  });
  const { report } = proposeAndCheck(dir);
  const found = report.findings.filter((f) => f.status === 'contradiction');
  // e2 names her with no "suspect" beside her: her full name as the others write it still counts.
  expect(found.map((f) => f.claims.map((c) => `${path.basename(c.path)} ${c.value}`).sort())).toEqual([
    ['e1.md ann-brell', 'e2.md ann-brell', 'e3.md ann-brell', 'e3.md ann-brell', 'e4.md ann-brel'],
  ]);
});
