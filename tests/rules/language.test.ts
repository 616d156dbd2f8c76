/**
 * The rule language on small made-up stories (tests/fixtures/rules-*): each feature shown by
 * what `factlint check` reports. Expected values are read off the fixture texts.
 */
import { runCli } from '../helpers';
import type { Finding, Report } from '../../src/model/report';

function check(dir: string): Report {
  const r = runCli(['check', `${dir}/corpus`, '--rules', `${dir}/rules`, '--format', 'json', '--fail-on', 'never']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Report;
}
const finder =
  (report: Report) =>
  (fact: string): Finding => {
    const f = report.findings.find((x) => x.fact === fact);
    if (!f) throw new Error(`no finding for ${fact}`);
    return f;
  };
const byArticle = (f: Finding) => Object.fromEntries(f.claims.map((c) => [c.article, c.value]));

describe('fact types (rules-types: a shipyard fire)', () => {
  let find: (fact: string) => Finding;
  beforeAll(() => {
    find = finder(check('tests/fixtures/rules-types'));
  });

  test('date and year', () => {
    expect(find('fire-date')).toMatchObject({ status: 'agreement' }); // 30 April 2024 = "Tuesday" before Wed 1 May
    expect(byArticle(find('fire-date'))).toEqual({ 'brae-courier.md': '2024-04-30', 'norland-post.md': '2024-04-30' });
    expect(byArticle(find('founding-year'))).toEqual({ 'brae-courier.md': '1911', 'norland-post.md': '1911' });
  });

  test('duration: six hours agrees with 360 minutes', () => {
    const f = find('blaze-duration');
    expect(f.status).toBe('agreement');
    expect(f.claims.map((c) => c.raw).sort()).toEqual(['360 minutes', 'six hours']);
  });

  test('count with a hedge, quantity converted to the fact unit with a relative tolerance', () => {
    expect(find('injured').claims.map((c) => c.raw)).toEqual(['At least 10', '12']);
    expect(find('injured').status).toBe('agreement'); // 12 is at least 10
    const fuel = find('fuel-stored');
    expect(fuel.status).toBe('agreement'); // 41,000 kg = 41 t, within 5% of about 40 t
    expect(fuel.claims.find((c) => c.article === 'brae-courier.md')!.display).toBe('41 t (41,000 kg)');
  });

  test('place with kinds; names with categories and aliases', () => {
    expect(find('fire-site').groups.map((g) => g.display)).toEqual(['Brae', 'Lusk']);
    expect(find('incident-commander').status).toBe('contradiction'); // "Chief Kell led" vs "Mr Brand … in charge"
    expect(byArticle(find('incident-commander'))).toEqual({
      'brae-courier.md': 'ivo-brand',
      'norland-post.md': 'marta-kell',
    });
    const vessel = find('damaged-vessel');
    expect(vessel.status).toBe('agreement'); // "The MV Selka" and "The Selka's hull"
    expect(vessel.claims.map((c) => c.raw).sort()).toEqual(['MV Selka', 'The Selka']); // alias "the Selka", any case
  });

  test('patterns: a count found by "[CARDINAL|NUM] fire engines", a name mapped to its canonical form', () => {
    const engines = find('fire-engines');
    expect(engines.status).toBe('contradiction');
    expect(engines.claims.map((c) => [c.raw, c.value])).toEqual([
      ['eleven fire engines', '11'],
      ['9 fire engines', '9'],
    ]);
    const category = find('fire-category');
    expect(category.status).toBe('agreement'); // "category four" mapped to "category 4"
    expect(category.claims.map((c) => c.raw)).toEqual(['category four', 'Category 4']);
    expect(new Set(category.claims.map((c) => c.value))).toEqual(new Set(['category 4']));
  });
});

describe('cues, scope and roles (rules-cues: a night train)', () => {
  let report: Report;
  let find: (fact: string) => Finding;
  beforeAll(() => {
    report = check('tests/fixtures/rules-cues');
    find = finder(report);
  });

  test('roles: "left Amsel on Sunday and arrived in Brenn on Tuesday" feeds four facts correctly', () => {
    const valdor = (fact: string) => find(fact).claims.find((c) => c.article === 'valdor-times.md')!;
    expect([valdor('departure-date').raw, valdor('departure-date').value]).toEqual(['Sunday', '2024-06-02']);
    expect([valdor('arrival-date').raw, valdor('arrival-date').value]).toEqual(['Tuesday', '2024-06-04']);
    expect(valdor('departure-city').value).toBe('amsel');
    expect(valdor('arrival-city').value).toBe('brenn');
  });

  test('lemma cue: "Leaving Corvo on Monday" is a departure', () => {
    const c = find('departure-date').claims.find((x) => x.article === 'corvo-daily.md')!;
    expect([c.raw, c.value, c.cue]).toEqual(['Monday', '2024-06-03', 'leave']);
    expect(find('departure-city').claims.find((x) => x.article === 'corvo-daily.md')!.value).toBe('corvo');
  });

  test('exclude: a sentence-wide phrase ("last year") and a local one ("not in Amsel")', () => {
    expect(find('passengers').claims.map((c) => c.raw)).toEqual(['200']); // not 300 (last year), not 180 (window)
    expect(find('arrival-city').claims.map((c) => c.value)).toEqual(['brenn', 'brenn']);
  });

  test('scope: paragraph reaches the next sentence, sentence does not', () => {
    expect(find('delay').claims.map((c) => c.raw)).toEqual(['three hours']);
    expect(report.findings.some((f) => f.fact === 'stop-length')).toBe(false);
  });
});

describe('scope of a pack, shared gazetteer and aliases (rules-scope: one folder, two stories)', () => {
  let find: (fact: string) => Finding;
  beforeAll(() => {
    find = finder(check('tests/fixtures/rules-scope'));
  });

  test('each pack sees only its own articles (front-matter story: / applies-to paths)', () => {
    expect(
      find('landfall-place')
        .claims.map((c) => c.article)
        .sort(),
    ).toEqual(['storm-herald.md', 'storm-wire.md', 'storm-wire.md']);
    expect(
      find('finish-place')
        .claims.map((c) => c.article)
        .sort(),
    ).toEqual(['regatta-notes.md', 'regatta-report.md']);
  });

  test('aliases from an extended file, case, punctuation and possessive insensitive', () => {
    const f = find('landfall-place');
    expect(f.status).toBe('agreement');
    expect(f.claims.map((c) => c.raw).sort()).toEqual(['CAPE TULLIN', "St Tullin's Point", 'the Cape']);
    expect(new Set(f.claims.map((c) => c.value))).toEqual(new Set(['cape-tullin']));
    expect(
      find('finish-place')
        .groups.map((g) => g.display)
        .sort(),
    ).toEqual(['Cape Tullin', 'Port Ellery']);
  });
});

describe('comparison and reporting (rules-compare: a marathon)', () => {
  let find: (fact: string) => Finding;
  beforeAll(() => {
    find = finder(check('tests/fixtures/rules-compare'));
  });

  test('relative tolerance: 1,000 and 1,080 agree, 800 does not; message template and docs URL', () => {
    const f = find('runners');
    expect(f.status).toBe('contradiction');
    expect(f.severity).toBe('error'); // per fact, over the pack default (warning)
    expect(f.groups.map((g) => g.articles)).toEqual([['a-lusk-post.md', 'b-norland-news.md'], ['c-brae-courier.md']]);
    expect(f.message).toBe(
      'Number of runners: 1000 (also written 1080) vs 800 (a-lusk-post.md, b-norland-news.md, c-brae-courier.md)',
    );
    expect(f.docs).toBe('https://example.org/rules/runners');
  });

  test('absolute tolerance with unit conversion: 42, 42.8 km and 26.2 miles agree', () => {
    expect(find('course-length').status).toBe('agreement');
  });

  test('date granularity month: 12 May and "May 2024" agree, 1 June does not', () => {
    const f = find('race-month');
    expect(f.status).toBe('contradiction');
    expect(f.severity).toBe('warning'); // the pack default
    expect(f.groups.map((g) => g.articles)).toEqual([['a-lusk-post.md', 'b-norland-news.md'], ['c-brae-courier.md']]);
  });

  test('hedges per fact: about 50 at ±20% agrees with 58; single-source severity', () => {
    expect(find('donations').status).toBe('agreement');
    const medals = find('medals');
    expect([medals.status, medals.severity, medals.claims[0].display]).toEqual([
      'single-source',
      'warning',
      'more than 900',
    ]);
  });
});
