/** Copy detection: wire credits, near-duplicate articles and sentences, one witness per copy. */
import { fingerprintOf, wireCredits } from '../../src/corpus/fingerprint';
import {
  articleWitnesses,
  claimWitnesses,
  DEFAULT_WITNESS_SETTINGS,
  type WitnessArticle,
} from '../../src/align/witness';
import type { Claim } from '../../src/model/claim';

const STORY =
  'Floodwaters swept through the valley town overnight after the river burst its banks, forcing hundreds of residents onto rooftops. ' +
  'Emergency officials said twelve people were killed when the water rose faster than the sirens could sound. ' +
  'Rescue crews in boats worked through the night to reach families trapped in the low-lying district. ' +
  'The governor declared a state of emergency and asked for army engineers to shore up the levees.';
const OTHER =
  'The coroner said fourteen people died, and farmers upstream want an inquiry into the levee repairs promised after last year. ' +
  'Volunteers from the rowing club ferried elderly neighbours to the church hall on the hill while the bells rang.';

const art = (id: string, body: string, source?: string, meta: Record<string, unknown> = {}): WitnessArticle => ({
  id,
  source,
  fingerprint: fingerprintOf(body, meta),
});

test.each([
  ['HARLOW (AP) — The storm hit at dawn.', ['AP']],
  ['LONDON (Reuters) - Prices rose.', ['Reuters']],
  ['Prices rose again on Monday.\n— AFP', ['AFP']],
  ['By Jane Roe, Associated Press', ['AP']],
  ['By JANE ROE\nAssociated Press Writer', ['AP']],
  ['Copyright 2008 The Associated Press. All rights reserved.', ['AP']],
  ['The mayor told Reuters the figure was wrong.', []],
  ['A Reuters correspondent heard a large explosion.', []],
  ['We went to the shop (ap) and back.', []],
])('wire credits of %j', (text, credits) => {
  expect(wireCredits(text)).toEqual(credits);
});

test('front matter "via" names the agency an article was taken from', () => {
  expect(wireCredits('No credit line here.', { via: 'Agence France-Presse' })).toEqual(['AFP']);
});

test('copies of one text with small edits and trims are one witness; an independent report is its own', () => {
  const trimmed = STORY.split('. ').slice(0, 3).join('. ');
  const edited = STORY.replace('hundreds of residents', 'hundreds of people').replace(
    'worked through the night',
    'worked overnight',
  );
  const w = articleWitnesses(
    [art('a.md', STORY), art('b.md', `${edited} Schools stay closed.`), art('c.md', trimmed), art('d.md', OTHER)],
    DEFAULT_WITNESS_SETTINGS,
  );
  expect(w.get('a.md')!.articles).toEqual(['a.md', 'b.md', 'c.md']);
  expect(w.get('c.md')).toBe(w.get('a.md'));
  expect(w.get('d.md')!.articles).toEqual(['d.md']);
});

test('two articles crediting one agency are one witness even when reworded; detect: false keeps them apart', () => {
  const articles = [art('a.md', `(AP) — ${STORY}`), art('b.md', `(AP) — ${OTHER}`)];
  expect(articleWitnesses(articles, DEFAULT_WITNESS_SETTINGS).get('b.md')!.id).toBe('AP');
  const off = articleWitnesses(articles, { ...DEFAULT_WITNESS_SETTINGS, detect: false });
  expect(off.get('a.md')!.articles).toEqual(['a.md']);
  expect(off.get('b.md')!.articles).toEqual(['b.md']);
});

test('known syndication: an outlet that republishes an agency counts as that agency', () => {
  const settings = { ...DEFAULT_WITNESS_SETTINGS, syndication: new Map([['valley courier', ['AP']]]) };
  const w = articleWitnesses([art('a.md', `(AP) — ${STORY}`), art('b.md', OTHER, 'Valley Courier')], settings);
  expect(w.get('b.md')).toBe(w.get('a.md'));
});

test('the grouping does not depend on the order of the articles', () => {
  const list = [art('a.md', STORY), art('b.md', OTHER), art('c.md', `${STORY} More.`), art('d.md', `(AP) ${OTHER}`)];
  const ids = (ws: ReturnType<typeof articleWitnesses>) => [...ws].map(([id, w]) => `${id}:${w.id}`).sort();
  expect(ids(articleWitnesses([...list].reverse(), DEFAULT_WITNESS_SETTINGS))).toEqual(
    ids(articleWitnesses(list, DEFAULT_WITNESS_SETTINGS)),
  );
});

test('a claim whose evidence sentence is a copy shares its witness, in otherwise independent articles', () => {
  const claim = (article: string, text: string) => ({ article, text }) as Claim;
  const quoted =
    'Emergency officials said twelve people were killed when the water rose faster than the sirens could sound.';
  const claims = [
    claim('a.md', quoted),
    claim('b.md', `As ${quoted.charAt(0).toLowerCase()}${quoted.slice(1)}`),
    claim('c.md', OTHER),
  ];
  const byArticle = articleWitnesses(
    [
      art('a.md', STORY),
      art(
        'b.md',
        'An unrelated report about the harvest festival, the parade and the brass band from the next county.',
      ),
      art('c.md', OTHER),
    ],
    DEFAULT_WITNESS_SETTINGS,
  );
  const w = claimWitnesses(claims, byArticle, DEFAULT_WITNESS_SETTINGS);
  expect(w.get(claims[1])!.id).toBe(w.get(claims[0])!.id);
  expect(w.get(claims[2])!.id).not.toBe(w.get(claims[0])!.id);
});
