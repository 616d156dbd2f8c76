import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatMarkdown, mdCode, mdText } from '../../src/report/markdown';
import type { Report } from '../../src/model/report';

const load = (name: string): Report =>
  JSON.parse(readFileSync(join(__dirname, '../fixtures/reports', `${name}.json`), 'utf8')) as Report;
const options = { color: false, outDir: null };

/** Cells of a GFM table row: split on pipes that are not backslash-escaped. */
const cells = (row: string): string[] =>
  row
    .replace(/^\| | \|$/g, '')
    .split(/(?<!\\)\| ?/)
    .map((c) => c.trim());

describe('markdown formatter', () => {
  const story = formatMarkdown(load('story'), options);

  test('headline and counts', () => {
    const [headline, , counts] = story.split('\n');
    expect(headline).toBe('### factlint: 3 contradictions across 5 articles');
    expect(counts).toBe(
      '**3** contradictions · **1** agreement · **1** single-source · 5 facts · 5 articles · 1 problem',
    );
  });

  test('suppressed and baselined counts show only when there are some', () => {
    const report = load('story');
    report.summary.suppressed = 2;
    report.summary.baselined = 1;
    expect(formatMarkdown(report, options).split('\n')[2]).toBe(
      '**3** contradictions · **1** agreement · **1** single-source · 5 facts · 5 articles · 1 problem · 2 claims suppressed · 1 finding baselined',
    );
  });

  test('a table row per contradiction: fact, values, sources, locations', () => {
    const rows = story.split('\n').filter((l) => l.startsWith('| **'));
    const contradictionRows = rows.slice(0, 3);
    expect(contradictionRows.map((r) => cells(r).length)).toEqual([4, 4, 4]);
    expect(cells(contradictionRows[1])).toEqual([
      '**Top speed of the train**<br>`summit-2023/train-speed` · warning',
      '**1.** 54–64.9 km/h<br>**2.** ≥80 km/h _(odd one out)_',
      '**1.** Wire Service, Coastal Times<br>**2.** Harbour Daily',
      '**1.** `corpus/002.md:14:58`, `corpus/004.md:11:30`<br>**2.** `corpus/000.md:9:27`',
    ]);
  });

  test('agreements, single-source facts, evidence and problems fold into <details>', () => {
    expect(story.match(/<details>/g)).toHaveLength(4);
    expect(story).toContain('<summary>Agreements (1)</summary>');
    expect(story).toContain('<summary>Single-source facts (1)</summary>');
    expect(story).toContain(
      '| **Place of arrival in Russia** | Khasan | Coastal Times, Harbour Daily | `corpus/004.md:9:33`, `corpus/000.md:12:24` |',
    );
    expect(story).toContain('“Kim left Pyongyang for Russia on **Sunday** on his private train');
  });

  test('hostile text can neither inject HTML, break the table nor ping anyone', () => {
    const md = formatMarkdown(load('hostile'), options);
    expect(md).not.toMatch(/<script|<img|<b>|<!--/);
    expect(md).not.toContain('\u0000');
    expect(md).toContain('@&#8203;someone');
    expect(md).toContain('\\[link\\](javascript:alert(1))');
    const row = md.split('\n').find((l) => l.startsWith('| **Casualties'));
    expect(cells(row as string)).toHaveLength(4);
    expect(row).toContain('12 \\| 13 \\]\\]&gt; \\`tick\\`');
    expect(row).toContain('`corpus/sub dir/plain 100%.md:2:1`');
  });

  test('mdText and mdCode', () => {
    expect(mdText('a|b *c* _d_ `e` [f](g) <h> & i\nj')).toBe(
      'a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) &lt;h&gt; &amp; i j',
    );
    expect(mdCode('a`b')).toBe('`` a`b ``');
    expect(mdCode('a|b')).toBe('`a\\|b`');
    expect(mdCode('a|b', false)).toBe('`a|b`');
  });

  test('an empty report says so', () => {
    expect(formatMarkdown(load('empty'), options)).toBe(
      '### factlint: no contradictions across 0 articles\n\n**0** contradictions · **0** agreements · **0** single-source · 0 facts · 0 articles · 0 problems\n',
    );
  });
});
