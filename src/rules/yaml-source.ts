/** A rule file parsed with source positions, so every error can name line and column. */
import type * as Yaml from 'yaml';
import type { Document, LineCounter, Node as YamlNode } from 'yaml';
import type { Diagnostic } from '../errors';
import { fastYaml } from './yaml-fast';

let yamlModule: typeof Yaml | null = null;
/** Loaded with the first file parsed: a run from cached rules and no config file parses no YAML. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml = (): typeof Yaml => (yamlModule ??= require('yaml') as typeof Yaml);

export interface SourceFile {
  file: string;
  text: string;
  /** The parsed document with its nodes' ranges: parsed on first use when the fast reader read the text. */
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
  /** The file's data (`doc.toJS()`). */
  data(): unknown;
}

/** A text `yaml` parses (now, or when a diagnostic first needs positions), with the same options either way. */
class Source implements SourceFile {
  private parsed: { doc: Document.Parsed; lines: LineCounter } | null = null;
  constructor(
    readonly file: string,
    readonly text: string,
    /** The fast reader's data; undefined when it left the text to `yaml`. */
    private readonly fast: unknown,
  ) {}

  private parse() {
    if (!this.parsed) {
      const { LineCounter, parseDocument } = yaml();
      const lines = new LineCounter();
      const doc = parseDocument(this.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
      this.parsed = { doc, lines };
    }
    return this.parsed;
  }

  get doc(): Document.Parsed {
    return this.parse().doc;
  }

  get lines(): LineCounter {
    return this.parse().lines;
  }

  data(): unknown {
    return this.fast !== undefined ? this.fast : this.doc.toJS();
  }
}

/**
 * A rule (or config) file read: most through the fast reader (rules/yaml-fast.ts: the data
 * `yaml` gives, for the plain shape rule files have), the rest, and any file with an error,
 * by `yaml`, whose errors come with their positions. The positions of later diagnostics
 * (schema, compile) come from `doc`, parsed then.
 */
export function parseSource(file: string, text: string): { source: SourceFile; errors: Diagnostic[] } {
  const fast = fastYaml(text);
  const source = new Source(file, text, fast);
  if (fast !== undefined) return { source, errors: [] }; // yaml reads it to the same data, without an error
  const { doc, lines } = source;
  const errors = doc.errors.map((e): Diagnostic => {
    const pos = lines.linePos(e.pos[0]);
    if (e.code === 'MULTIPLE_DOCS')
      return {
        code: 'yaml-syntax',
        message: 'the file holds more than one YAML document (a second "---" line): a rule file is one document',
        file,
        line: pos.line,
        column: pos.col,
        excerpt: excerpt(source, pos.line, pos.col),
        hint: 'remove the "---" line, or split the file into one rule file per document',
      };
    return {
      code: 'yaml-syntax',
      message: e.message.split('\n')[0],
      file,
      line: pos.line,
      column: pos.col,
      excerpt: excerpt(source, pos.line, pos.col),
      hint:
        e.code === 'DUPLICATE_KEY'
          ? 'each key may appear once in a mapping'
          : 'check indentation, colons and quotes around this place',
    };
  });
  return { source, errors };
}

/** The node at a JSON-pointer-like path of keys/indices; with `key`, the key node of the last step. */
export function nodeAt(source: SourceFile, path: (string | number)[], key = false): YamlNode | null {
  const { isMap, isPair, isScalar, isSeq } = yaml();
  let node: unknown = source.doc.contents;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return node;
      if (key && i === path.length - 1) return pair.key as YamlNode;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(step)];
      if (!item) return node;
      node = item;
    } else return (node as YamlNode) ?? null;
  }
  return (node as YamlNode) ?? null;
}

export function positionOf(
  source: SourceFile,
  path: (string | number)[],
  key = false,
): { line: number; column: number } {
  const node = nodeAt(source, path, key);
  const offset = node?.range?.[0] ?? 0;
  const pos = source.lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/** The offending line with a caret under the column, as Vale and compilers show it. */
export function excerpt(source: SourceFile, line: number, column: number): string {
  const text = source.text.split(/\r?\n/)[line - 1] ?? '';
  const gutter = `${line} | `;
  return `  ${gutter}${text}\n  ${' '.repeat(gutter.length + Math.max(0, column - 1))}^`;
}

export function diagnosticAt(
  source: SourceFile,
  path: (string | number)[],
  d: Omit<Diagnostic, 'file' | 'line' | 'column' | 'excerpt'>,
  key = false,
): Diagnostic {
  const { line, column } = positionOf(source, path, key);
  return { ...d, file: source.file, line, column, excerpt: excerpt(source, line, column) };
}
