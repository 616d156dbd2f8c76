/** Reading real pages: a tokenizer, not regexes; page furniture skipped; metadata wherever pages put it. */
import path from 'node:path';
import { parseArticle } from '../../src/corpus/article';
import { Checker } from '../../src/engine/checker';
import { writeTree } from '../helpers';

const page = (head: string, body: string) =>
  `<!doctype html>\n<html><head>${head}</head>\n<body>\n${body}\n</body></html>\n`;
const read = (html: string) => parseArticle(html, 'a.html', 'a.html');
const words = (body: string) => body.replace(/\s+/g, ' ').trim();

describe('HTML text', () => {
  test('a ">" inside a quoted attribute is not the end of the tag', () => {
    const a = read(page('', '<p title="a>b">The bridge opened.</p>'));
    expect(words(a.body)).toBe('The bridge opened.');
  });

  test('every HTML5 named entity decodes; a currency sign stays against its number', () => {
    const html = page('', '<p>It cost &euro;5m, then &pound;3bn &ndash; &frac12; &Omega; &notin;</p>');
    const a = read(html);
    expect(a.body.length).toBe(html.length);
    expect(words(a.body)).toBe('It cost €5m, then £3bn – ½ Ω ∉');
  });

  test('the body is the same length as the file and text stays at its file offset', () => {
    const html = page('<title>T</title>', '<nav>Home</nav>\n<p class="x">Caf&eacute; &amp; bar opened on 9 May.</p>');
    const a = read(html);
    expect(a.body.length).toBe(html.length);
    const at = a.body.indexOf('opened');
    expect(html.slice(at, at + 'opened'.length)).toBe('opened');
  });

  test('navigation, header, footer, aside, form, noscript and template are not article text', () => {
    const a = read(
      page(
        '',
        [
          '<header>Site header</header>',
          '<nav>left for Monday edition</nav>',
          '<p>The ferry left on Tuesday.</p>',
          '<aside>Related: more ferries</aside>',
          '<form><label>Subscribe now</label></form>',
          '<noscript>Enable JavaScript</noscript>',
          '<template>Hidden card</template>',
          '<footer>Copyright</footer>',
        ].join('\n'),
      ),
    );
    expect(words(a.body)).toBe('The ferry left on Tuesday.');
  });

  test('<article> is preferred over the rest of the page; the longest article wins over teasers', () => {
    const a = read(
      page(
        '',
        '<div>Breaking: ferry left for Monday edition</div><main><article><p>Teaser.</p></article>' +
          '<article><h1>Ferry story</h1><p>The ferry left on Tuesday with 40 passengers aboard.</p></article></main>',
      ),
    );
    expect(words(a.body)).toBe('Ferry story The ferry left on Tuesday with 40 passengers aboard.');
  });

  test('<main> is preferred when there is no <article>', () => {
    const a = read(page('', '<div>Menu: left for Monday edition</div><main><p>The ferry left on Tuesday.</p></main>'));
    expect(words(a.body)).toBe('The ferry left on Tuesday.');
  });

  test('block elements end sentences', () => {
    const a = read(page('', '<h1>Ferry runs aground</h1><p>The ferry left on Tuesday.</p>'));
    expect(a.body).toMatch(/aground\s*\n\s*\n/);
  });
});

describe('HTML metadata', () => {
  test('article:published_time is read with content before or after property', () => {
    expect(
      read(page('<meta property="article:published_time" content="2023-11-09T08:00:00Z">', '<p>x</p>')).published,
    ).toBe('2023-11-09');
    expect(
      read(page('<meta content="2023-11-09T08:00:00Z" property="article:published_time">', '<p>x</p>')).published,
    ).toBe('2023-11-09');
  });

  test('JSON-LD datePublished and publisher are read (in @graph too)', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'NewsArticle',
          datePublished: '2024-02-29T10:00:00+01:00',
          publisher: { '@type': 'Organization', name: 'Ostra Daily' },
          author: { name: 'A. Writer' },
        },
      ],
    });
    const a = read(page(`<script type="application/ld+json">${ld}</script>`, '<p>x</p>'));
    expect(a.published).toBe('2024-02-29');
    expect(a.source).toBe('Ostra Daily');
  });

  test('<time datetime> in the article dates it when no meta does', () => {
    const a = read(
      page('', '<article><p>By A. Writer, <time datetime="2023-09-12T06:00">12 Sept</time></p><p>Text.</p></article>'),
    );
    expect(a.published).toBe('2023-09-12');
  });

  test('precedence: article:published_time over JSON-LD over other meta over <time>', () => {
    const ld = `<script type="application/ld+json">{"datePublished": "2023-01-02"}</script>`;
    const meta = '<meta name="date" content="2023-01-03">';
    const time = '<article><time datetime="2023-01-04">x</time><p>y</p></article>';
    expect(
      read(page(`<meta content="2023-01-01" property="article:published_time">${ld}${meta}`, time)).published,
    ).toBe('2023-01-01');
    expect(read(page(`${meta}${ld}`, time)).published).toBe('2023-01-02');
    expect(read(page(meta, time)).published).toBe('2023-01-03');
    expect(read(page('', time)).published).toBe('2023-01-04');
  });

  test('og:site_name names the source; the author is the fallback', () => {
    expect(
      read(
        page(
          '<meta content="Coastal Wire" property="og:site_name"><meta name="author" content="A. Writer">',
          '<p>x</p>',
        ),
      ).source,
    ).toBe('Coastal Wire');
    expect(read(page('<meta name="author" content="A. Writer">', '<p>x</p>')).source).toBe('A. Writer');
  });

  test('a broken JSON-LD block is ignored, not fatal', () => {
    const a = read(page('<script type="application/ld+json">{"datePublished": </script><title>T</title>', '<p>x</p>'));
    expect(a.title).toBe('T');
    expect(a.published).toBeUndefined();
  });
});

test('money written with entities becomes claims; a navigation line does not', () => {
  const dir = writeTree({
    'rules/cost.yaml': [
      'story: bridge',
      'facts:',
      '  - id: cost',
      '    type: quantity',
      '    unit: EUR',
      '    cues: [cost]',
      '  - id: reopening-day',
      '    type: date',
      '    cues: [left for]',
      '',
    ].join('\n'),
  });
  const html = page(
    '<meta content="2023-11-09" property="article:published_time">',
    '<nav><a href="/">left for Monday edition</a></nav><article><p>The repairs cost &euro;5m, officials said.</p></article>',
  );
  const claims = Checker.load([path.join(dir, 'rules')]).extractClaims(read(html));
  expect(claims.map((c) => [c.fact, c.value])).toEqual([['cost', '5000000 EUR']]);
});
