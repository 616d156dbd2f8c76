/**
 * A check does each file's share of its end as extraction delivers the file (engine/finish.ts):
 * the report must be the one Checker.finish gives over all files at once, byte for byte, with
 * copies grouped into witnesses, claims suppressed and unused suppressions reported.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Checker } from '../../src/engine/checker';
import { IncrementalFinish } from '../../src/engine/finish';
import { findArticleFiles } from '../../src/corpus/files';
import { articleOf, type FileResult } from '../../src/ndjson/records';
import { isFailure } from '../../src/engine/checker';
import { formatJson } from '../../src/report/json';
import type { Report } from '../../src/model/report';
import { ROOT, tempDir } from '../helpers';

/** The JSON report as written to a file. */
const PLAIN = { color: false, outDir: null };
const WIRE = path.join(ROOT, 'tests', 'fixtures', 'wire-story');

/** The wire story's corpus, with one claim suppressed and one suppression that covers nothing. */
function corpus(): string {
  const dir = tempDir();
  fs.cpSync(path.join(WIRE, 'corpus'), dir, { recursive: true });
  const herald = path.join(dir, 'orrin-herald.md');
  const text = fs
    .readFileSync(herald, 'utf8')
    .replace('The Kessel River flood', '<!-- factlint-disable-next-line deaths -->\nThe Kessel River flood');
  fs.writeFileSync(herald, text);
  const radio = path.join(dir, 'tessmark-radio.md');
  fs.writeFileSync(
    radio,
    `${fs.readFileSync(radio, 'utf8')}\n<!-- factlint-disable-next-line no-such-fact -->\nNothing here.\n`,
  );
  return dir;
}

const checker = Checker.load([path.join(WIRE, 'rules')]);
const dir = corpus();
const results: FileResult[] = findArticleFiles([dir]).map((f) => {
  const r = checker.extractFile(f, {});
  if (isFailure(r)) throw new Error(r.error.map((d) => d.message).join('; '));
  return r;
});

/** Checker.finish over every file at once, as `factlint align` runs it, the files in `order`. */
function atOnce(order: FileResult[] = results, by: Checker = checker): string {
  const articles = order.filter((r) => r.article).map((r) => articleOf(r.article!));
  return formatJson(
    by.finish(
      articles,
      order.flatMap((r) => r.claims),
      order.flatMap((r) => r.problems),
    ).report,
    PLAIN,
  );
}

function fileByFile(order: FileResult[]): string {
  const finish = new IncrementalFinish(checker);
  for (const r of order) finish.add(r.article && articleOf(r.article), r.claims, r.problems);
  return formatJson(finish.finish().report, PLAIN);
}

test('fed file by file in corpus order, the report is the all-at-once one, byte for byte', () => {
  const expected = atOnce();
  const report = JSON.parse(expected) as Report;
  // What the comparison covers: a copy group, a suppressed claim and an unused suppression.
  expect(report.summary.suppressed).toBe(1);
  expect(report.problems.map((p) => p.code)).toContain('unused-suppression');
  expect(report.findings.some((f) => f.groups.some((g) => g.witnesses.some((w) => w.articles.length > 1)))).toBe(true);
  expect(fileByFile(results)).toBe(expected);
});

test('files out of id order give the same report (copy detection then waits for the end)', () => {
  // Not corpus order: the problems' order follows the feed, as it does in Checker.finish.
  const reversed = [...results].reverse();
  expect(fileByFile(reversed)).toBe(atOnce(reversed));
});

describe('facts aligned ahead, while the other files are still coming', () => {
  // Three made-up stories in one run, and at the end a late article of the first story (a
  // copy of one of its articles with another death toll): the first story's facts are
  // aligned ahead, then get a claim more, and must be aligned again at the end.
  const FIX = path.join(ROOT, 'tests', 'fixtures');
  const stories = ['flood-story', 'wire-story', 'ferry-story'];
  const three = Checker.load(stories.map((s) => path.join(FIX, s, 'rules')));
  const root = tempDir();
  stories.forEach((s, k) => fs.cpSync(path.join(FIX, s, 'corpus'), path.join(root, `${k}-${s}`), { recursive: true }));
  const flood = path.join(FIX, 'flood-story', 'corpus', '01-calder-courier.md');
  fs.mkdirSync(path.join(root, '9-late'));
  fs.writeFileSync(
    path.join(root, '9-late', 'late-courier.md'),
    fs.readFileSync(flood, 'utf8').replace('Two people died', 'Five people died'),
  );
  const all: FileResult[] = findArticleFiles([root]).map((f) => {
    const r = three.extractFile(f, {});
    if (isFailure(r)) throw new Error(r.error.map((d) => d.message).join('; '));
    return r;
  });

  const atOnceOf = (order: FileResult[]) => atOnce(order, three);
  const aheadOf = (order: FileResult[]) => {
    // A checkpoint after every file, so every still fact is aligned ahead.
    const finish = new IncrementalFinish(three, {}, true, null, order.length, 1);
    for (const r of order) finish.add(r.article && articleOf(r.article), r.claims, r.problems);
    return { json: formatJson(finish.finish().report, PLAIN), ahead: finish.ahead };
  };

  test('the report is the all-at-once one, byte for byte, with findings both taken and aligned again', () => {
    const expected = atOnceOf(all);
    // The late article's claim is in the first story's findings (so those were aligned again).
    const report = JSON.parse(expected) as Report;
    const late = report.findings.filter((f) => f.groups.some((g) => g.articles.some((a) => a.includes('late'))));
    expect(late.length).toBeGreaterThan(0);
    const { json, ahead } = aheadOf(all);
    expect(json).toBe(expected);
    expect(ahead.used).toBeGreaterThan(0); // the other stories' findings came from ahead
    // Without the late article, more of the findings aligned ahead are taken: the late
    // claim's facts were aligned ahead too, and then again at the end.
    const early = all.filter((r) => !r.file.includes('late'));
    const without = aheadOf(early);
    expect(without.json).toBe(atOnceOf(early));
    expect(without.ahead.used).toBeGreaterThan(ahead.used);
  });

  test('with files out of id order (grouped again at the end), the findings taken ahead still match', () => {
    const shuffled = [...all.slice(3), ...all.slice(0, 3)];
    expect(aheadOf(shuffled).json).toBe(atOnceOf(shuffled));
  });
});
