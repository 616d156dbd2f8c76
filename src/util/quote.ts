/**
 * The evidence sentence as a reader sees it: on one line, without the Markdown markup an
 * article may carry (`**bold**`, `# heading`, `> quote`, `[link](url)`), with the value's
 * place in it. The value itself is kept as written, so reports can find and highlight it.
 */

/** Whitespace that oneLine changes: a run of two or more, or any but a plain space. */
const NOT_ONE_LINE = /[^\S ]|\s\s/;
// Most evidence is one line of single spaces already: tested first, no new string made.
const oneLine = (s: string) => (NOT_ONE_LINE.test(s) ? s.replace(/\s+/g, ' ') : s);

/** Characters every markup pattern of unmark() needs: without them, nothing to strip. */
const MARKUP_CHAR = /[[*_~`]/;

/** Markup that stands at the start of a Markdown block: headings, quotes, list bullets. */
const BLOCK_MARK = /^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+|\d{1,3}[.)]\s+)+/;

function unmark(s: string): string {
  if (!MARKUP_CHAR.test(s)) return s;
  return (
    s
      .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1') // [text](url), ![alt](src) → the text
      .replace(/\*\*|__|~~|`+/g, '')
      // Single * or _ of emphasis: at the edge of a word, never inside one (snake_case stays).
      .replace(/(^|[\s("'“‘])[*_](?=\S)/g, '$1')
      .replace(/(\S)[*_](?=[\s)"'”’.,;:!?]|$)/g, '$1')
  );
}

export function evidenceQuote(
  body: string,
  from: number,
  start: number,
  end: number,
  to: number,
): { text: string; textOffset: number } {
  let before = body.slice(from, start).replace(BLOCK_MARK, '');
  let after = body.slice(end, to);
  // A value that is itself a link's text: "[2019](https://…)".
  const linkEnd = /^\]\([^)\n]*\)/.exec(after);
  if (linkEnd && before.endsWith('[')) {
    before = before.slice(0, -1);
    after = after.slice(linkEnd[0].length);
  }
  const pre = oneLine(unmark(before)).trimStart();
  const text = `${pre}${oneLine(body.slice(start, end))}${oneLine(unmark(after))}`.trimEnd();
  return { text, textOffset: pre.length };
}
