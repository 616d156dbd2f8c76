/**
 * HTML articles are analysed as text of the same length: tags, scripts, styles and comments
 * become spaces (a blank line for block elements, so sentences end there) and entities
 * become their character padded with spaces. Every offset thus stays an offset into the file.
 */
const BLOCK =
  /^\/?(p|div|h[1-6]|li|ul|ol|br|hr|tr|td|th|table|section|article|header|footer|blockquote|pre|figure|figcaption|title|main|aside|nav)\b/i;
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  eacute: 'é',
  copy: '©',
};

function blank(s: string, block: boolean): string {
  const spaces = s.replace(/[^\n]/g, ' ');
  if (!block || s.length < 2) return spaces;
  // Keep the file's own newlines; a block boundary needs an empty line for wink to split there.
  return '\n\n' + spaces.slice(2);
}

export function htmlToText(html: string): string {
  let out = html.replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, (m) => blank(m, true));
  out = out.replace(/<!--[\s\S]*?-->/g, (m) => blank(m, false));
  out = out.replace(/<[^>]*>/g, (m) => blank(m, BLOCK.test(m.slice(1))));
  out = out.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, name: string) => {
    let ch: string | undefined;
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      ch = code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
    } else ch = NAMED[name.toLowerCase()];
    if (ch === undefined || ch.length > m.length) return m;
    return ch + ' '.repeat(m.length - ch.length);
  });
  return out;
}

/** The <title> of an HTML document, if any. */
export function htmlTitle(html: string): string | undefined {
  const m = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  return m ? htmlToText(m[1]).replace(/\s+/g, ' ').trim() || undefined : undefined;
}
