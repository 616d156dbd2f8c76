/**
 * A fast reader for the plain shape most rule files have: block mappings and sequences, one-line
 * flow collections, one-line plain and quoted scalars, comments. It returns the data the `yaml`
 * package's `parseDocument(text, { uniqueKeys: true }).toJS()` gives for the same text, or
 * `undefined` whenever the text holds anything else (anchors, tags, block scalars, multi-line
 * scalars or flows, escapes, tabs, several documents, duplicate keys, anything `yaml` might
 * call an error): then the caller parses it with `yaml`, which also gives every error its
 * position. So a text read here is one `yaml` reads without an error, to the same data, only
 * quicker: 200 bench packs in 35–85 ms against 200–470 ms (the `yaml` package reads ~1–2 MB/s,
 * and a run with hundreds of rule packs spent most of its serial start there).
 *
 * Why not js-yaml (tried): it reads as fast, but accepts texts `yaml` rejects (lone CR line
 * ends, an indented `---`, extra `...`, a tab line in a block scalar) and reads `%YAML 1.1`
 * files with the 1.2 schema, so a user's YAML error would pass unseen. This reader takes
 * only the narrow shape and leaves every doubt to `yaml`.
 *
 * Scalars resolve as in the YAML 1.2 core schema, with the `yaml` package's own tests and
 * conversions (yaml/dist/schema/core): null, bool, int (decimal, 0o, 0x), float, .inf, .nan.
 */

/**
 * Thrown inside the reader when the text leaves the shape it reads; caught in fastYaml. One
 * instance made once: a fallback costs no stack trace.
 */
const OTHER = new Error('not in the fast shape');

/**
 * Collections nested deeper than this are left to `yaml`: rule files nest a few levels (a
 * gazetteer's children), `yaml` reports deep nesting as an error (from ~1,000 levels), and the
 * readers here recurse.
 */
const MAX_DEPTH = 64;

interface Line {
  indent: number;
  /** The line without its indentation (comment lines and blank lines are dropped). */
  text: string;
}

/**
 * Tabs, carriage returns, control characters, BOMs, non-characters and the other Unicode spaces
 * (which YAML does not count as white space, while String.trim does), and backslashes (escapes):
 * a text with any of them is left to `yaml`. So below, the only white space is ' '.
 */
const SPECIAL_CHARS =
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /[\x00-\x09\x0b-\x1f\x7f-\x9f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\ufffe\uffff\\]/;
/** A plain key: what rule files use (ids, field names), never one that resolves to a non-string. */
const KEY = /^[A-Za-z_][A-Za-z0-9_./-]*(?: [A-Za-z0-9_./-]+)*$/;
const NON_STRING = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
/** The first characters a plain scalar may not start with (YAML indicators), and '-' ':' '?' handled apart. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

/** The rule file's data, or undefined when it must be read by the `yaml` package. */
export function fastYaml(text: string): unknown {
  if (SPECIAL_CHARS.test(text)) return undefined;
  const lines: Line[] = [];
  for (const raw of text.split('\n')) {
    const body = raw.replace(/^ +/, '');
    if (!body || body[0] === '#') continue;
    const indent = raw.length - body.length;
    // Document markers and directives: a second document, or more than one, is `yaml`'s to report.
    if (indent === 0 && (body.startsWith('---') || body.startsWith('...') || body[0] === '%')) return undefined;
    lines.push({ indent, text: body.trimEnd() });
  }
  if (!lines.length) return undefined;
  try {
    const reader = new BlockReader(lines);
    const data = reader.node(lines[0].indent);
    if (reader.at < lines.length) return undefined;
    return data;
  } catch (e) {
    if (e === OTHER) return undefined;
    throw e;
  }
}

class BlockReader {
  at = 0;
  private depth = 0;
  constructor(private readonly lines: Line[]) {}

  /** The block node whose first line is the current one, at `indent`. */
  node(indent: number): unknown {
    if (++this.depth > MAX_DEPTH) throw OTHER;
    try {
      const line = this.lines[this.at];
      if (isSeqItem(line.text)) return this.seq(indent);
      if (keyOf(line.text)) return this.map(indent);
      throw OTHER; // a scalar on its own line(s): not the shape of a rule file
    } finally {
      this.depth--;
    }
  }

  private map(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    while (this.at < this.lines.length) {
      const line = this.lines[this.at];
      if (line.indent < indent) break;
      if (line.indent > indent || isSeqItem(line.text)) throw OTHER;
      const key = keyOf(line.text);
      if (!key) throw OTHER;
      if (Object.prototype.hasOwnProperty.call(out, key.key)) throw OTHER; // duplicate: yaml's error
      this.at++;
      out[key.key] = this.value(key.rest, indent, true);
    }
    return out;
  }

  private seq(indent: number): unknown[] {
    const out: unknown[] = [];
    while (this.at < this.lines.length) {
      const line = this.lines[this.at];
      if (line.indent < indent) break;
      if (line.indent > indent) throw OTHER;
      // A key at the sequence's own indentation: the sequence was that of the key above it.
      if (!isSeqItem(line.text)) break;
      const rest = line.text.slice(1).replace(/^ +/, '');
      if (rest && keyOf(rest)) {
        // "- key: value": a mapping whose keys stand at the column after the dash.
        const column = indent + line.text.length - rest.length;
        this.lines[this.at] = { indent: column, text: rest };
        out.push(this.map(column));
        continue;
      }
      if (isSeqItem(rest)) throw OTHER; // "- - x"
      this.at++;
      out.push(this.value(rest, indent, false));
    }
    return out;
  }

  /**
   * The value after "key:" or "- ": inline, or (when nothing follows) the block below it,
   * more indented, or for a mapping's key a sequence at the key's own indentation.
   */
  private value(rest: string, indent: number, ofKey: boolean): unknown {
    if (!rest || rest[0] === '#') {
      const next = this.lines[this.at];
      if (next && (next.indent > indent || (ofKey && next.indent === indent && isSeqItem(next.text))))
        return this.node(next.indent);
      return null;
    }
    const value = inlineValue(rest);
    // A more indented line after an inline value continues it (a multi-line scalar) or is an error.
    const next = this.lines[this.at];
    if (next && next.indent > indent) throw OTHER;
    return value;
  }
}

const isSeqItem = (text: string): boolean => text[0] === '-' && (text.length === 1 || text[1] === ' ');

/** "key: rest" or "key:" with a plain key; null otherwise. */
function keyOf(text: string): { key: string; rest: string } | null {
  const colon = text.indexOf(':');
  if (colon <= 0 || (colon + 1 < text.length && text[colon + 1] !== ' ')) return null;
  const key = text.slice(0, colon);
  if (key.length > 1024 || !KEY.test(key) || NON_STRING.test(key) || key === '__proto__' || isNumeric(key)) return null;
  return { key, rest: text.slice(colon + 1).replace(/^ +/, '') };
}

/** A value on the rest of a line (comment allowed after it). */
function inlineValue(text: string): unknown {
  const c = text[0];
  if (c === '[' || c === '{' || c === "'" || c === '"') {
    const r = new FlowReader(text);
    const value = r.node();
    r.end();
    return value;
  }
  if (startsBadly(text)) throw OTHER;
  const hash = text.indexOf(' #');
  const plain = (hash < 0 ? text : text.slice(0, hash)).trimEnd();
  // "a: b" inside a value is a nested mapping in yaml's eyes (an error); a trailing ':' too.
  if (plain.includes(': ') || plain.endsWith(':')) throw OTHER;
  return resolvePlain(plain);
}

/** A plain scalar may not start with an indicator; '-' only when a sign or word follows. */
function startsBadly(text: string): boolean {
  if (!INDICATOR.test(text)) return false;
  return !(text[0] === '-' && text.length > 1 && /[0-9A-Za-z.]/.test(text[1]));
}

/** One line's flow collection or quoted scalar, read from `text` at `at`. */
class FlowReader {
  at = 0;
  private depth = 0;
  constructor(private readonly text: string) {}

  node(): unknown {
    if (++this.depth > MAX_DEPTH) throw OTHER;
    try {
      const c = this.text[this.at];
      if (c === '[') return this.seq();
      if (c === '{') return this.map();
      if (c === "'") return this.single();
      if (c === '"') return this.double();
      return this.plain();
    } finally {
      this.depth--;
    }
  }

  /** After the value: spaces, then the end or a comment. */
  end(): void {
    const rest = this.text.slice(this.at);
    if (rest && !/^ +(#.*)?$/.test(rest)) throw OTHER;
  }

  private spaces(): void {
    while (this.text[this.at] === ' ') this.at++;
  }

  private seq(): unknown[] {
    const out: unknown[] = [];
    this.at++;
    this.spaces();
    if (this.text[this.at] === ']') {
      this.at++;
      return out;
    }
    for (;;) {
      out.push(this.node());
      this.spaces();
      const c = this.text[this.at++];
      if (c === ']') return out;
      if (c !== ',') throw OTHER;
      this.spaces();
      if (this.text[this.at] === ']' || this.text[this.at] === ',') throw OTHER; // trailing or empty entry
    }
  }

  private map(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.at++;
    this.spaces();
    if (this.text[this.at] === '}') {
      this.at++;
      return out;
    }
    for (;;) {
      const m = /^[A-Za-z_][A-Za-z0-9_./-]*(?: [A-Za-z0-9_./-]+)*/.exec(this.text.slice(this.at));
      if (!m || this.text[this.at + m[0].length] !== ':' || this.text[this.at + m[0].length + 1] !== ' ') throw OTHER;
      const key = m[0];
      if (NON_STRING.test(key) || key === '__proto__' || isNumeric(key)) throw OTHER;
      if (Object.prototype.hasOwnProperty.call(out, key)) throw OTHER;
      this.at += key.length + 1;
      this.spaces();
      const c0 = this.text[this.at];
      if (c0 === ',' || c0 === '}') throw OTHER; // a key with no value
      out[key] = this.node();
      this.spaces();
      const c = this.text[this.at++];
      if (c === '}') return out;
      if (c !== ',') throw OTHER;
      this.spaces();
      if (this.text[this.at] === '}' || this.text[this.at] === ',') throw OTHER;
    }
  }

  private single(): string {
    let out = '';
    let i = this.at + 1;
    for (;;) {
      const q = this.text.indexOf("'", i);
      if (q < 0) throw OTHER; // runs on to another line
      out += this.text.slice(i, q);
      if (this.text[q + 1] === "'") {
        out += "'";
        i = q + 2;
        continue;
      }
      this.at = q + 1;
      this.afterQuote();
      return out;
    }
  }

  private double(): string {
    // No escapes here (a backslash sends the whole text to yaml): the text up to the next quote.
    const q = this.text.indexOf('"', this.at + 1);
    if (q < 0) throw OTHER;
    const out = this.text.slice(this.at + 1, q);
    this.at = q + 1;
    this.afterQuote();
    return out;
  }

  /** A quoted scalar is followed by a space, a flow indicator or the end, never by more text or ':'. */
  private afterQuote(): void {
    const c = this.text[this.at];
    if (c !== undefined && c !== ' ' && c !== ',' && c !== ']' && c !== '}') throw OTHER;
  }

  /** A plain scalar inside a flow collection: up to ',', ']' or '}'. */
  private plain(): unknown {
    const rest = this.text.slice(this.at);
    if (startsBadly(rest)) throw OTHER;
    const m = /^[^,[\]{}]*/.exec(rest)!;
    // ':' (a key, or not) and '#' (a comment, or not): yaml's rules there are subtle.
    if (/[:#]/.test(m[0])) throw OTHER;
    const plain = m[0].trimEnd();
    if (!plain) throw OTHER;
    this.at += m[0].length;
    return resolvePlain(plain);
  }
}

function isNumeric(s: string): boolean {
  return typeof resolvePlain(s) !== 'string';
}

/** A plain scalar's value in the YAML 1.2 core schema, as the `yaml` package resolves it (its tests, in its order). */
function resolvePlain(s: string): unknown {
  const c = s[0];
  // Every non-string form starts with one of these (or is a null or bool word).
  if (!/[-+.0-9~nNtTfF]/.test(c)) return s;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return s[0] === 't' || s[0] === 'T';
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s))
    return s.slice(-3).toLowerCase() === 'nan'
      ? NaN
      : s[0] === '-'
        ? Number.NEGATIVE_INFINITY
        : Number.POSITIVE_INFINITY;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}
