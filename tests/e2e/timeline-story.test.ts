/**
 * A made-up story with a rising toll, a twin event with parts and a real contradiction
 * (tests/fixtures/flood-story, the example of docs/rules.md), run through the built CLI.
 * Expected by reading the articles:
 *   Mar 3 Calder Courier: 2 dead in Wenmouth and Harlby (the total: both towns named); river
 *     burst on Sunday (Mar 2).
 *   Mar 4 Northline Radio: toll "has risen to 6"; Wenmouth 4, Harlby 2 (parts sum to 6).
 *   Mar 5 The Harlby Star: "rose from 6 to 9"; under the heading HARLBY: three died (Harlby 3).
 *   Mar 6 Valley Post: 11 dead, "seven in Wenmouth and three in Harlby" (7 + 3 = 10, not 11);
 *     river burst on Saturday (Mar 1): a real contradiction with the Courier.
 *   Mar 6 River Gazette: 14 killed (against the Valley Post's 11 the same day); Wenmouth 12,
 *     larger than the Valley Post's total of 11.
 *   Mar 9 Coast Weekly: 6 killed, a figure superseded since Mar 5: stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { ROOT, runCli, tempDir } from '../helpers';
import type { Finding, Report } from '../../src/model/report';

const dir = 'tests/fixtures/flood-story';
const args = ['check', `${dir}/corpus`, '--rules', `${dir}/rules`];
let report: Report;
const deaths = (status: string, part: string | null = null, check: string | null = null): Finding[] =>
  report.findings.filter((f) => f.fact === 'deaths' && f.status === status && f.part === part && f.check === check);

beforeAll(() => {
  const r = runCli([...args, '--format', 'json']);
  expect(r.code).toBe(1);
  report = JSON.parse(r.stdout) as Report;
});

test('a rising toll over days is an update with its timeline, not a contradiction', () => {
  const [update] = deaths('update');
  expect(update.severity).toBe('info');
  expect(update.timeline!.map((s) => [s.display, s.asOf, s.sources])).toEqual([
    ['2', '2025-03-03T08:10', ['Calder Courier']],
    ['6', '2025-03-04T17:40', ['Northline Radio', 'The Harlby Star']],
    ['9', '2025-03-05', ['The Harlby Star']],
    ['11', '2025-03-06', ['Valley Post']],
    ['14', '2025-03-06', ['River Gazette']],
    ['6', '2025-03-09', ['Coast Weekly']],
  ]);
  expect(update.timeline!.map((s) => s.direction)).toEqual([null, 'up', 'up', 'up', 'up', 'down']);
  expect(update.message).toContain('2 (Calder Courier, Mar 3) → 6 (Northline Radio, Mar 4; The Harlby Star, Mar 5)');
  // "rose from 6 to 9": 9 is the article's figure, 6 its earlier one.
  const star = update.claims.filter((c) => c.article === '03-harlby-star.md' && c.part === null);
  expect(star.map((c) => [c.display, c.update])).toEqual([
    ['6', 'earlier'],
    ['9', 'later'],
  ]);
  // No contradiction between different days.
  const contradictions = deaths('contradiction');
  expect(contradictions.map((f) => f.asOf)).toEqual(['2025-03-06']);
});

test('running figures contradict only as of the same day, naming outlets', () => {
  const [same] = deaths('contradiction');
  expect(same.message).toBe(
    'People killed by the floods: sources disagree as of Mar 6: 11 (Valley Post, Mar 6) vs 14 (River Gazette, Mar 6)',
  );
  expect(same.claims.map((c) => c.article).sort()).toEqual(['04-valley-post.md', '05-river-gazette.md']);
  expect(same.conflicts).toEqual([[[0], [1]]]);
});

test('a later article still printing a superseded figure is stale (warning)', () => {
  const [stale] = deaths('stale');
  expect(stale.severity).toBe('warning');
  const staleClaims = stale.claims.filter((c) => c.stale);
  expect(staleClaims.map((c) => [c.article, c.display])).toEqual([['06-coast-weekly.md', '6']]);
  expect(stale.message).toContain('Coast Weekly, Mar 9 still prints 6 after 14 (River Gazette, Mar 6)');
});

test('parts align apart from the total; a part larger than the total contradicts; a bad sum is info', () => {
  const harlby = deaths('update', 'harlby')[0];
  expect(harlby.title).toBe('People killed by the floods (Harlby)');
  expect(harlby.timeline!.map((s) => s.display)).toEqual(['2', '3']);
  // The heading "HARLBY:" gives its part to "Three people died in the town".
  expect(harlby.claims.some((c) => c.article === '03-harlby-star.md' && c.raw === 'Three')).toBe(true);
  // Parts never contradict the total by being smaller: no total contradiction involves a part claim.
  for (const f of deaths('contradiction')) expect(f.claims.every((c) => c.part === null)).toBe(true);

  const [bigger] = deaths('contradiction', null, 'part-exceeds-total');
  expect(bigger.severity).toBe('error');
  expect(bigger.message).toBe(
    'People killed by the floods: a part is larger than the total: Wenmouth 12 (River Gazette, Mar 6) > total 11 (Valley Post, Mar 6)',
  );
  const [sum] = deaths('contradiction', null, 'parts-sum');
  expect(sum.severity).toBe('info');
  expect(sum.message).toContain(
    'in Valley Post the parts do not add up to the total: Wenmouth 7 + Harlby 3 vs a total of 11',
  );
  // Northline Radio's 4 + 2 = 6 adds up: no finding for it.
  expect(deaths('contradiction', null, 'parts-sum')).toHaveLength(1);
});

test('a fact that is not running keeps its semantics: any disagreement is a contradiction', () => {
  const f = report.findings.find((x) => x.fact === 'breach-date')!;
  expect(f.status).toBe('contradiction');
  expect(f.running).toBe(false);
  expect(f.message).toBe(
    'Day the river Marrow burst its banks: sources disagree: 2025-03-02 (Sun) (Calder Courier, Mar 3) vs 2025-03-01 (Sat) (Valley Post, Mar 6)',
  );
});

test('summary, articles and the report schema carry the new statuses and fields', () => {
  expect(report.summary).toMatchObject({ updates: 3, stale: 1, contradictions: 5 });
  expect(report.articles.find((a) => a.id === '02-northline-radio.md')!.publishedAt).toBe('2025-03-04T17:40');
  expect(report.articles.find((a) => a.id === '04-valley-post.md')!.publishedAt).toBeNull();
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'schema/report.schema.json'), 'utf8')));
  expect(validate(report)).toBe(true);
  expect(validate.errors ?? []).toEqual([]);
});

test('every format shows updates and stale figures; updates never fail a build', () => {
  const out = tempDir();
  const formats = ['sarif', 'junit', 'github', 'markdown', 'html', 'text'];
  const r = runCli([
    ...args,
    ...formats.flatMap((f) => ['--format', `${f}:${path.join(out, `report.${f}`)}`]),
    '--fail-on',
    'never',
  ]);
  expect(r.code).toBe(0);
  const read = (f: string) => fs.readFileSync(path.join(out, `report.${f}`), 'utf8');

  const sarif = JSON.parse(read('sarif')) as {
    runs: { results: { level: string; properties: { status: string } }[] }[];
  };
  const levels = (status: string) => [
    ...new Set(sarif.runs[0].results.filter((x) => x.properties.status === status).map((x) => x.level)),
  ];
  expect(levels('update')).toEqual(['note']);
  expect(levels('stale')).toEqual(['warning']);

  const junit = read('junit');
  // 5 contradictions, 1 of them info-level (still a failure, as contradictions always were) + 1 stale warning.
  expect(junit).toMatch(/<testsuite name="calder-floods" tests="9" failures="6"/);
  expect(junit).toContain('(update, severity info)');

  expect(read('github')).toMatch(/^::notice file=.*05-river-gazette\.md.*updated over time/m);
  expect(read('github')).toMatch(/^::warning file=.*06-coast-weekly\.md.*still prints 6/m);
  expect(read('markdown')).toContain('<summary>Updates (3)</summary>');
  expect(read('markdown')).toContain('<summary>Stale figures (1)</summary>');
  const html = read('html');
  expect(html).toContain('<ol class="strip" aria-label="People killed by the floods over time">');
  expect(html).toContain('<span class="badge b-update">Update</span>');
  expect(html).toContain('<span class="badge b-stale">Stale figure</span>');
  expect(read('text')).toContain('1 stale figure, 3 updates');

  // Update alone (the stale and contradiction findings ignored): --fail-on warning still passes on info updates.
  const gate = runCli([...args, '--format', 'json', '--fail-on', 'warning']);
  expect(gate.code).toBe(1); // the stale warning and the contradictions fail it
});

test('rules test: the story pack yields each fixture’s claims with their parts and update wording', () => {
  const r = runCli(['rules', 'test', `${dir}/rules/flood.yaml`]);
  expect(r.stdout).toContain('✔ 6 fixtures passed');
  expect(r.code).toBe(0);
});

test('the same sides and timelines whatever the ids (and so the order) of the articles', () => {
  const copy = tempDir();
  const names = fs.readdirSync(path.join(ROOT, dir, 'corpus')).sort();
  // Same articles under ids that sort in the reverse order.
  names.forEach((n, i) =>
    fs.copyFileSync(path.join(ROOT, dir, 'corpus', n), path.join(copy, `${String(names.length - i)}-${n}`)),
  );
  const r = JSON.parse(runCli(['check', copy, '--rules', `${dir}/rules`, '--format', 'json']).stdout) as Report;
  const shape = (rep: Report) =>
    rep.findings
      .map((f) =>
        JSON.stringify([
          f.status,
          f.part,
          f.check,
          f.groups.map((g) => g.display).sort(),
          f.timeline?.map((s) => s.display),
        ]),
      )
      .sort();
  expect(shape(r)).toEqual(shape(report));
});
