/** Publication dates and times, as real pages print them under the headline (forms seen in news pages). */
import { readPublicationLine } from '../../src/corpus/dateline';
import { parseArticle } from '../../src/corpus/article';

// line under the headline, expected date, expected time
const TABLE: [string, string | null, string | null][] = [
  ['POSTED: 1052 GMT (1852 HKT), April 10, 2007', '2007-04-10', '10:52'],
  ['Apr 12, 2007', '2007-04-12', null],
  ['Updated 4 / 9 / 2007 6: 04 PM', '2007-04-09', '18:04'],
  ['on April 30, 2008 at 4: 31 AM, updated April 30, 2008 at 8: 33 AM', '2008-04-30', '04:31'],
  ['Thu, 10 Nov 2011 02: 45 PM', '2011-11-10', '14:45'],
  ['Published on: 11 November 2011-11: 25am', '2011-11-11', '11:25'],
  ['November 14, 2011|12: 35 pm', '2011-11-14', '12:35'],
  ['7: 00pm UK, Wednesday 05 May 2010', '2010-05-05', '19:00'],
  ['Article posted on 08.07.2012', '2012-07-08', null],
  ['02.29.12 4: 15 PM', '2012-02-29', '16:15'],
  ['Edited on Mon Dec-19-05 03: 49 PM', '2005-12-19', '15:49'],
  ['29th February 2012', '2012-02-29', null],
  // Sentences that start with a date are article text, not a publication line.
  [
    'On Thursday, November 10th at approximately 3: 00 pm, the Yida Refugee Camp in South Sudan was bombed.',
    null,
    null,
  ],
  ['On Feb 29, 2012, AMD announced a deal to buy the start-up for cash.', null, null],
];

test.each(TABLE)('%s', (line, date, time) => {
  const got = readPublicationLine(`A headline of the story\n\n${line}\n\nThe first sentence of the article.`);
  expect(got).toEqual(date ? { published: date, time } : null);
});

test('front matter, HTML meta and JSON-LD times become publishedAt', () => {
  const md = parseArticle('---\npublished: 2025-03-04T17:40\n---\nText.', 'a.md', 'a.md');
  expect([md.published, md.publishedAt]).toEqual(['2025-03-04', '2025-03-04T17:40']);
  const html = parseArticle(
    '<html><head><meta property="article:published_time" content="2025-03-04T09:05:00Z"></head><body><p>Text.</p></body></html>',
    'a.html',
    'a.html',
  );
  expect([html.published, html.publishedAt]).toEqual(['2025-03-04', '2025-03-04T09:05']);
  const ld = parseArticle(
    '<html><head><script type="application/ld+json">{"datePublished": "2025-03-05T10:00:00+01:00"}</script></head><body><p>Text.</p></body></html>',
    'b.html',
    'b.html',
  );
  expect([ld.published, ld.publishedAt]).toEqual(['2025-03-05', '2025-03-05T10:00']);
  const plain = parseArticle('Headline\n\nApr 12, 2007\n\nText.', 'c.txt', 'c.txt');
  expect([plain.published, plain.publishedAt]).toEqual(['2007-04-12', undefined]);
});
