import {
  escapeHtml,
  escapeXmlAttr,
  escapeXmlText,
  isWebUrl,
  replaceInvalidChars,
  toPosixPath,
} from '../../src/report/escape';

describe('escape helpers', () => {
  test('escapeHtml neutralises markup and both quote styles', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
  });

  test('already-escaped text is escaped again, not passed through', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });

  test('XML text and attributes', () => {
    expect(escapeXmlText('a < b && c > d ]]>')).toBe('a &lt; b &amp;&amp; c &gt; d ]]&gt;');
    expect(escapeXmlAttr(`say "hi"\n'there'\tnow\r`)).toBe('say &quot;hi&quot;&#10;&apos;there&apos;&#9;now&#13;');
  });

  test('characters XML cannot carry become U+FFFD; valid astral characters survive', () => {
    expect(replaceInvalidChars('a\u0000b\u0008c\u001Fd\tok\n')).toBe('a\uFFFDb\uFFFDc\uFFFDd\tok\n');
    expect(replaceInvalidChars('lone \uD800 high, lone \uDC00 low, pair 😀')).toBe(
      'lone \uFFFD high, lone \uFFFD low, pair 😀',
    );
    expect(escapeXmlText('\uFFFE')).toBe('\uFFFD');
  });

  test('only http(s) URLs count as links', () => {
    expect(isWebUrl('https://docs.example.org/x#y')).toBe(true);
    expect(isWebUrl('http://example.org')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('JaVaScRiPt:alert(1)')).toBe(false);
    expect(isWebUrl('data:text/html,<b>')).toBe(false);
    expect(isWebUrl('rules/story.md')).toBe(false);
    expect(isWebUrl('https://a b')).toBe(false);
  });

  test('toPosixPath', () => {
    expect(toPosixPath('corpus\\sub\\a.md')).toBe('corpus/sub/a.md');
    expect(toPosixPath('./corpus/a.md')).toBe('corpus/a.md');
    expect(toPosixPath('corpus/a.md')).toBe('corpus/a.md');
  });
});
