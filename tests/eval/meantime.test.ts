/** The MEANTIME reader and the TempEval-3-style scorer behind `npm run eval:dates`. */
import * as fs from 'fs';
import * as path from 'path';
import {
  align,
  countAlignment,
  joinTokens,
  listMeantime,
  loadMeantime,
  meantimeDir,
  normalizeValue,
  parseMeantime,
  prf,
  scoreDoc,
  type GoldItem,
  type PredItem,
} from '../../src/eval/meantime';
import { testWith } from '../prerequisites';

const REPO = path.resolve(__dirname, '..', '..');

const XML = `<?xml version="1.0" ?><Document doc_id="1" doc_name="x" lang="en" url="u">
<token number="0" sentence="0" t_id="1">Talks</token>
<token number="1" sentence="0" t_id="2">end</token>
<token number="2" sentence="1" t_id="3">March</token>
<token number="3" sentence="1" t_id="4">01</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2008</token>
<token number="6" sentence="2" t_id="7">They</token>
<token number="7" sentence="2" t_id="8">met</token>
<token number="8" sentence="2" t_id="9">on</token>
<token number="9" sentence="2" t_id="10">Tuesday</token>
<token number="10" sentence="2" t_id="11">for</token>
<token number="11" sentence="2" t_id="12">three</token>
<token number="12" sentence="2" t_id="13">hours</token>
<token number="13" sentence="2" t_id="14">(</token>
<token number="14" sentence="2" t_id="15">AT&amp;T</token>
<token number="15" sentence="2" t_id="16">)</token>
<token number="16" sentence="2" t_id="17">.</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="20" type="DATE" value="2008-03-01">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="21" type="DATE" value="2008-02-26">
<token_anchor t_id="10"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="22" type="DURATION" value="PT3H">
<token_anchor t_id="12"/><token_anchor t_id="13"/>
</TIMEX3>
<TIMEX3 TAG_DESCRIPTOR="2058" functionInDocument="NONE" m_id="23" type="DATE" value="2058"/>
</Markables>
</Document>`;

describe('MEANTIME reader', () => {
  const doc = parseMeantime(XML, 'x.xml', 'test');

  test('rebuilds the text: one line per sentence, no space before punctuation or inside brackets', () => {
    expect(doc.text).toBe('Talks end\nMarch 01, 2008\nThey met on Tuesday for three hours (AT&T).');
    expect(joinTokens(['US$', '40', 'billion', "'s"]).text).toBe("US$40 billion's");
  });

  test('every token sits at its offset', () => {
    for (const t of doc.tokens) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });

  test('creation time is the publication date and not a gold mention; non-textual TIMEX3s are dropped', () => {
    expect(doc.dct).toBe('2008-03-01');
    expect(doc.text.slice(doc.dctSpan!.start, doc.dctSpan!.end)).toBe('March 01, 2008');
    expect(doc.timexes.map((t) => [t.type, t.value, t.text])).toEqual([
      ['DATE', '2008-02-26', 'Tuesday'],
      ['DURATION', 'PT3H', 'three hours'],
    ]);
  });
});

describe('scorer', () => {
  const g = (start: number, end: number, value: string, type = 'DATE'): GoldItem => ({
    start,
    end,
    value,
    type,
    text: '',
  });
  const p = (start: number, end: number, value: string): PredItem => ({ start, end, value, type: 'date', text: '' });

  test('relaxed one-to-one matching and hand-computed P/R/F1', () => {
    // Gold: A[0,10) 2019, B[20,30) P3D, C[40,50) 2020-01-01, D[60,70) 2021.
    const gold = [g(0, 10, '2019'), g(20, 30, 'P3D', 'DURATION'), g(40, 50, '2020-01-01'), g(60, 70, '2021')];
    // Predictions: overlaps A with the right value, overlaps B with a wrong one, exact C right,
    // one spurious at [80,90), and two both overlapping D (only one may match it).
    const pred = [
      p(5, 12, '2019'),
      p(22, 28, 'P4D'),
      p(40, 50, '2020-01-01'),
      p(80, 90, '2022'),
      p(60, 65, '2021'),
      p(64, 70, '2021'),
    ];
    const a = align(gold, pred);
    const c = countAlignment(gold, pred, a);
    expect(c).toEqual({ gold: 4, pred: 6, spanMatched: 4, strictMatched: 1, valueMatched: 3 });
    // D goes to [64,70), which covers 6 of its 10 characters; [60,65) covers 5 and is spurious.
    expect(a.spurious.map((x) => x.start).sort((x, y) => x - y)).toEqual([60, 80]);
    // Span: P = 4/6, R = 4/4, F1 = 2·(2/3)·1 / (2/3 + 1) = 0.8.
    const span = prf(c.spanMatched, c.pred, c.gold);
    expect(span.p).toBeCloseTo(4 / 6, 10);
    expect(span.r).toBeCloseTo(1, 10);
    expect(span.f1).toBeCloseTo(0.8, 10);
    // Value: P = 3/6, R = 3/4, F1 = 2·0.5·0.75 / 1.25 = 0.6.
    const value = prf(c.valueMatched, c.pred, c.gold);
    expect(value.p).toBeCloseTo(0.5, 10);
    expect(value.r).toBeCloseTo(0.75, 10);
    expect(value.f1).toBeCloseTo(0.6, 10);
  });

  test('a prediction pairs with the gold expression it covers best', () => {
    // Nested gold: a duration "from 2009 to 2011" and the year "2009" inside it.
    const gold = [g(0, 17, 'P2Y', 'DURATION'), g(5, 9, '2009')];
    const a = align(gold, [p(5, 9, '2009')]);
    expect(a.pairs.map((x) => x.gold.value)).toEqual(['2009']);
  });

  test('values: times of day compare at day level, TIMEX2 decades as TIMEX3', () => {
    expect(normalizeValue('2009-12-15T18:00Z')).toBe('2009-12-15');
    expect(normalizeValue('2010-07-16TMO')).toBe('2010-07-16');
    expect(normalizeValue('197')).toBe('197X');
    expect(normalizeValue('PT30M')).toBe('PT30M');
  });

  test('predictions on the dateline or on unscored TIME/SET gold are set aside', () => {
    const doc = {
      dctSpan: { start: 0, end: 10 },
      timexes: [
        { id: '1', type: 'DATE', value: '2019', start: 20, end: 24, text: '2019' },
        { id: '2', type: 'SET', value: 'P1Y', start: 30, end: 36, text: 'annual' },
      ],
    };
    const r = scoreDoc(doc, [p(0, 10, '2008-03-01'), p(20, 24, '2019'), p(30, 36, 'P1Y'), p(40, 44, '2020')], {
      types: ['DATE', 'DURATION'],
    });
    expect(r.counts).toEqual({ gold: 1, pred: 2, spanMatched: 1, strictMatched: 1, valueMatched: 1 });
  });
});

const dir = meantimeDir(REPO);
const shown = path.relative(REPO, dir).startsWith('../..') ? dir : path.relative(REPO, dir);
const onCorpus = testWith({
  what: `MEANTIME (${shown})`,
  present: listMeantime(dir) !== null,
  hint: 'shared/data/meantime beside the repository, or set MEANTIME_DIR',
});

describe('MEANTIME corpus', () => {
  onCorpus('120 documents whose gold spans equal the annotated token strings', () => {
    const docs = loadMeantime(dir)!;
    expect(docs).toHaveLength(120);
    expect(new Set(docs.map((d) => d.cluster))).toEqual(new Set(['airbus', 'apple', 'gm', 'stock']));
    let checked = 0;
    for (const d of docs) {
      const xml = fs.readFileSync(d.file, 'utf8');
      expect(d.dct).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const t of d.tokens) expect(d.text.slice(t.start, t.end)).toBe(t.text);
      for (const t of d.timexes) {
        // The gold span's text is its anchored tokens joined as the reader joins them.
        const block = new RegExp(`<TIMEX3\\b[^>]*\\bm_id="${t.id}"[^>]*>([\\s\\S]*?)</TIMEX3>`).exec(xml)![1];
        const ids = [...block.matchAll(/t_id="(\d+)"/g)].map((m) => m[1]);
        const toks = ids.map((id) => d.tokens.find((x) => x.id === id)!.text);
        expect(t.text).toBe(joinTokens(toks).text);
        expect(t.start).toBeLessThan(d.annotatedEnd);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(350);
  });
});
