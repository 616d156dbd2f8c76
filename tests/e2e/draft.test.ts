/** Draft mode as an editor uses it: every finding told from the draft's side. */
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { ROOT, runCli, writeTree } from '../helpers';
import type { Report } from '../../src/model/report';

const RULES = `story: s
facts:
  - id: crowd
    title: Crowd size
    type: count
    cues: [people attended]
  - id: met
    title: Year they last met
    type: year
    cues: [last met]
  - id: injured
    title: People injured
    type: count
    cues: [were injured]
`;

/** Two outlets agree on the year and disagree on the crowd; the drafts take sides. */
const project = () =>
  writeTree({
    'rules/p.yaml': RULES,
    'corpus/a.md':
      '---\nsource: Alpha\n---\nAbout 300 people attended the rally.\n\nThe two leaders last met in 2019.\n',
    'corpus/b.md': '---\nsource: Beta\n---\nSome 900 people attended the rally.\n\nThe two leaders last met in 2019.\n',
    'draft.md':
      'At least 200 people attended the rally.\n\nThe two leaders last met in 2017.\n\nFour people were injured.\n',
    'agreeing.md': 'The two leaders last met in 2019.\n',
  });

const check = (dir: string, draft: string, ...args: string[]) =>
  runCli(['check', draft, '--against', 'corpus', ...args], { cwd: dir });
const json = (dir: string, draft: string) => JSON.parse(check(dir, draft, '--format', 'json').stdout) as Report;

describe('draft mode speaks to the draft', () => {
  const dir = project();

  test('the JSON report lists the drafts and marks their claims', () => {
    const report = json(dir, 'draft.md');
    expect(report.drafts).toEqual(['draft.md']);
    for (const f of report.findings) {
      for (const c of f.claims) expect(c.draft).toBe(c.article === 'draft.md');
      expect(f.draft!.articles).toEqual(['draft.md']);
    }
  });

  test('the draft report validates against schema/report.schema.json', () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'schema/report.schema.json'), 'utf8')));
    validate(json(dir, 'draft.md'));
    expect(validate.errors ?? []).toEqual([]); // the errors themselves, should there be any
  });

  test('a value no source supports contradicts the coverage, told from the draft side', () => {
    const r = check(dir, 'draft.md');
    expect(r.code).toBe(1);
    const met = json(dir, 'draft.md').findings.find((f) => f.fact === 'met')!;
    expect(met.draft!.status).toBe('contradicts');
    expect(met.severity).toBe('error');
    expect(met.message).toBe(
      'Year they last met: draft.md says 2017; the coverage says 2019 (Alpha, a.md; Beta, b.md)',
    );
    const mine = met.claims.find((c) => c.draft)!;
    expect(mine.conflicts!.map((i) => met.claims[i].article).sort()).toEqual(['a.md', 'b.md']);
    expect(r.stdout).toMatch(/your draft\s+2017\s+draft\.md:3:29/);
  });

  test("a disagreement inside the coverage that the draft's value fits is context and does not fail", () => {
    const crowd = json(dir, 'draft.md').findings.find((f) => f.fact === 'crowd')!;
    expect(crowd.status).toBe('contradiction'); // 300 vs 900 among the outlets
    expect(crowd.draft).toEqual({ status: 'agrees', articles: ['draft.md'], coverageDisagrees: true });
    expect(crowd.severity).toBe('none');
    expect(crowd.message).toMatch(
      /draft\.md says at least 200, which every source allows; the coverage itself disagrees: about 300 \(Alpha, a\.md\) vs about 900 \(Beta, b\.md\)/,
    );
    // The year, where the draft is wrong, is what fails; without it nothing does.
    const report = json(dir, 'draft.md');
    expect(report.summary.draft).toEqual({ drafts: 1, contradicts: 1, agrees: 1, unconfirmed: 1, context: 1 });
    expect(report.summary.errors).toBe(1);
  });

  test('a claim only the draft makes is unconfirmed, at the fact’s single-source severity', () => {
    const injured = json(dir, 'draft.md').findings.find((f) => f.fact === 'injured')!;
    expect(injured.draft!.status).toBe('unconfirmed');
    expect(injured.severity).toBe('info');
    expect(injured.message).toBe('People injured: draft.md says 4; no other source states it (unconfirmed)');
  });

  test('agreements collapse into one line and exit 0', () => {
    const r = check(dir, 'agreeing.md');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ 1 fact agrees with the coverage: Year they last met (2019)');
    expect(r.stdout).not.toMatch(/coverage\s+2019/); // no evidence listing for an agreement
    expect(r.stdout).toMatch(/^Your draft: agreeing\.md$/m);
  });

  test('SARIF and GitHub annotations point at the draft’s lines only', () => {
    type Location = { physicalLocation: { artifactLocation: { uri: string }; region: object } };
    type Sarif = { runs: { results: { locations: Location[]; relatedLocations: Location[] }[] }[] };
    const sarif = JSON.parse(check(dir, 'draft.md', '--format', 'sarif').stdout) as Sarif;
    const results = sarif.runs[0].results;
    expect(results).toHaveLength(1);
    expect(results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('draft.md');
    expect(results[0].locations[0].physicalLocation.region).toMatchObject({ startLine: 3, startColumn: 29 });
    expect(results[0].relatedLocations.map((l) => l.physicalLocation.artifactLocation.uri).sort()).toEqual([
      'corpus/a.md',
      'corpus/b.md',
    ]);
    const github = check(dir, 'draft.md', '--format', 'github').stdout.trim().split('\n');
    expect(github).toEqual([
      '::error file=draft.md,line=3,col=29,endLine=3,endColumn=33,title=Year they last met (s/met)::Year they last met: draft.md says 2017; the coverage says 2019 (Alpha, a.md; Beta, b.md)',
    ]);
  });

  test('the HTML report labels the draft and its claims', () => {
    const html = check(dir, 'draft.md', '--format', 'html').stdout;
    expect(html).toContain('<span class="badge b-draft">Your draft</span> <code>draft.md</code>');
    expect(html).toContain('<dt>Contradicts the coverage</dt><dd>1</dd>');
    expect(html).toContain('<dt>Context: the coverage disagrees</dt><dd>1</dd>');
    expect(html).toContain('Your draft contradicts the coverage on: <a href=');
    expect((html.match(/<li class="draft-claim">/g) ?? []).length).toBe(3);
    const agreeing = check(dir, 'agreeing.md', '--format', 'html').stdout;
    expect(agreeing).toContain('<p class="agrees">✔ 1 fact agrees with the coverage: Year they last met (2019)</p>');
    expect(agreeing).not.toContain('class="card status-agreement"');
  });

  test('the Markdown comment counts the draft’s findings', () => {
    const md = check(dir, 'draft.md', '--format', 'markdown').stdout;
    expect(md.split('\n').slice(0, 3)).toEqual([
      '### factlint: your draft contradicts the coverage on 1 fact',
      '',
      '**1** contradiction with the coverage · **1** agreeing · **1** unconfirmed · 1 disagreement inside the coverage (context) · 1 draft against 2 articles',
    ]);
    // Only the draft's contradiction is in the table; the outlets' crowd dispute is folded away.
    const table = md.slice(0, md.indexOf('<details>'));
    expect(table).toContain('| **Year they last met**');
    expect(table).not.toContain('Crowd size');
  });

  test('outside draft mode the report has none of the draft fields', () => {
    const report = JSON.parse(runCli(['check', 'corpus', '--format', 'json'], { cwd: dir }).stdout) as Report;
    expect(report.drafts).toBeUndefined();
    expect(report.summary.draft).toBeUndefined();
    for (const f of report.findings) {
      expect(f.draft).toBeUndefined();
      for (const c of f.claims) expect(c.draft).toBeUndefined();
    }
  });
});

describe('a draft report follows the draft, not the size of the coverage', () => {
  // Four more coverage files: one that speaks to the fact, one that speaks to another fact
  // (with a stale suppression: a warning of its own), one with nothing to say, and one that
  // cannot be read (broken front matter).
  const dir = writeTree({
    'rules/p.yaml': RULES,
    'corpus/a.md': '---\nsource: Alpha\n---\nThe two leaders last met in 2019.\n',
    'corpus/b.md': '---\nsource: Beta\n---\nThe two leaders last met in 2019.\n',
    'corpus/c.md':
      '---\nsource: Gamma\n---\n<!-- factlint-disable-next-line met -->\nSome 900 people attended the rally.\n',
    'corpus/d.md': '---\nsource: Delta\n---\nIt rained all day.\n',
    'draft.md': 'The two leaders last met in 2017.\n',
  });
  const report = (args: string[] = []) => {
    const r = check(dir, 'draft.md', '--format', 'json', ...args);
    return { code: r.code, report: JSON.parse(r.stdout) as Report };
  };

  test('it lists the draft and the articles of its findings; summary.articles counts them all', () => {
    const { code, report: r } = report();
    expect(code).toBe(1); // the draft's 2017 against the coverage's 2019
    expect(r.articles.map((a) => a.id)).toEqual(['a.md', 'b.md', 'draft.md']);
    expect(r.summary.articles).toBe(5);
    expect(r.drafts).toEqual(['draft.md']);
    // c.md's unused suppression is about c.md, which takes no part: not the draft's problem.
    expect(r.problems).toEqual([]);
  });

  test('an archive file that cannot be read is still an error of the run (exit 2), whatever the draft says', () => {
    fs.writeFileSync(path.join(dir, 'corpus/e.md'), '---\nsource: [unclosed\n---\nThe two leaders last met in 2019.\n');
    try {
      const { code, report: r } = report();
      expect(code).toBe(2);
      expect(r.problems.map((p) => [p.file, p.severity])).toEqual([['corpus/e.md', 'error']]);
      expect(r.summary.articles).toBe(5); // an unreadable file is no article
    } finally {
      fs.rmSync(path.join(dir, 'corpus/e.md'));
    }
  });

  test('the claims index gives the same report, byte for byte', () => {
    const cache = path.join(dir, 'cache');
    expect(runCli(['index', 'corpus', '--rules', 'rules', '--cache-location', cache], { cwd: dir }).code).toBe(0);
    const plain = check(dir, 'draft.md', '--format', 'json', '--cache-location', path.join(dir, 'none')).stdout;
    const indexed = check(dir, 'draft.md', '--format', 'json', '--cache-location', cache);
    expect(indexed.stdout).toBe(plain);
    expect((JSON.parse(indexed.stdout) as Report).articles.map((a) => a.id)).toEqual(['a.md', 'b.md', 'draft.md']);
  });
});
