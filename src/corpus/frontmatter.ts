/** YAML front matter (`---` … `---`) at the top of a Markdown or text article. */
import type * as Yaml from 'yaml';
import type { YAMLParseError } from 'yaml';
import { UserError } from '../errors';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Offset in the file where the body starts (after the closing fence). */
  bodyStart: number;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

export function readFrontMatter(text: string, file: string): FrontMatter | null {
  const open = OPEN.exec(text);
  if (!open) return null;
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) {
    throw new UserError({
      code: 'front-matter-unclosed',
      message: 'front matter opened with --- is never closed',
      file,
      line: 1,
      column: 1,
      hint: 'add a line with --- after the last front-matter field',
    });
  }
  const yamlText = rest.slice(0, close.index);
  let data: unknown = simpleFrontMatter(yamlText); // the common case, without the YAML parser
  try {
    // The YAML parser is loaded only for front matter the simple reader leaves to it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    data ??= (require('yaml') as typeof Yaml).parse(yamlText) ?? {};
  } catch (e) {
    const err = e as YAMLParseError;
    const pos = err.linePos?.[0];
    throw new UserError({
      code: 'front-matter-syntax',
      message: `front matter is not valid YAML: ${err.message.split('\n')[0]}`,
      file,
      line: pos ? pos.line + 1 : 1,
      column: pos?.col ?? 1,
      hint: 'front matter is YAML between two --- lines, e.g. "published: 2023-09-12"',
    });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UserError({
      code: 'front-matter-shape',
      message: 'front matter must be a mapping of fields (title:, source:, published:)',
      file,
      line: 2,
      column: 1,
      hint: 'write one "key: value" per line',
    });
  }
  return { data: data as Record<string, unknown>, bodyStart: open[0].length + close.index + close[0].length };
}

const SIMPLE_LINE = /^([A-Za-z_][\w-]*):[ \t]+(.*?)[ \t]*$/;
const DOUBLE_QUOTED = /^"([^"\\]*)"$/;
const SINGLE_QUOTED = /^'([^']*)'$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Plain words that YAML reads as themselves: starts with a letter, no ": ", " #" or flow characters. */
const PLAIN_TEXT = /^[A-Za-z][^:#{}[\],&*!|>%@`"]*$/;
const CORE_KEYWORD = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL|y|n|yes|no|on|off)$/;

/**
 * The common front matter (`key: value` lines of plain words, quoted strings without escapes
 * and ISO dates) read without the YAML parser, which costs about a millisecond per article.
 * Returns null for anything else, and the caller parses it as YAML: same result either way.
 */
export function simpleFrontMatter(text: string): Record<string, unknown> | null {
  const data: Record<string, unknown> = {};
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const m = SIMPLE_LINE.exec(line);
    if (!m || Object.prototype.hasOwnProperty.call(data, m[1]) || m[1] === '__proto__') return null;
    const v = m[2];
    const q = DOUBLE_QUOTED.exec(v) ?? SINGLE_QUOTED.exec(v);
    if (q) data[m[1]] = q[1];
    else if (ISO_DATE.test(v) || (PLAIN_TEXT.test(v) && !CORE_KEYWORD.test(v) && !/\s$/.test(v))) data[m[1]] = v;
    else return null;
  }
  return data;
}
