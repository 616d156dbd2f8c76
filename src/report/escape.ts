/**
 * Escaping shared by the markup formatters. Article text is untrusted input: every string
 * from a report goes through one of these before it reaches HTML or XML.
 */

// Characters XML 1.0 forbids even as references: C0 controls other than tab/LF/CR,
// U+FFFE/U+FFFF and unpaired surrogates. HTML tolerates most of them, but a NUL or a lone
// surrogate in a report is never meaningful, so both formats replace them with U+FFFD.
const INVALID_CHARS =
  // eslint-disable-next-line no-control-regex -- matching control characters is this regex's job
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function replaceInvalidChars(text: string): string {
  return text.replace(INVALID_CHARS, '\uFFFD');
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return replaceInvalidChars(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

const XML_ATTR_ENTITIES: Record<string, string> = {
  ...HTML_ENTITIES,
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Escapes text for XML element content. */
export function escapeXmlText(text: string): string {
  return replaceInvalidChars(text).replace(/[&<>]/g, (c) => HTML_ENTITIES[c] ?? c);
}

/**
 * Escapes text for a double-quoted XML attribute value. Tab, LF and CR become character
 * references because a parser would otherwise normalize them to spaces.
 */
export function escapeXmlAttr(text: string): string {
  return replaceInvalidChars(text).replace(/[&<>"'\t\n\r]/g, (c) => XML_ATTR_ENTITIES[c] ?? c);
}

/** True for an absolute http(s) URL: the only links a report may render as clickable. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url);
}

/** A report path as output formats want it: forward slashes, no leading "./". */
export function toPosixPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
