/**
 * The one wrapper around wink-nlp: sentences and tokens with character spans into the
 * analysed text. wink has no offset API; token values are found from a moving cursor,
 * which survives any whitespace (see field notes).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  start: number;
  end: number;
  value: string;
  normal: string; // lower case
  lemma: string;
  pos: string;
}

export interface Sentence {
  index: number;
  start: number; // trimmed of surrounding whitespace
  end: number;
  /** Index of the first token of the sentence in `Analysis.tokens`, and one past the last. */
  firstToken: number;
  lastToken: number;
  /** Paragraph number: sentences separated by a blank line are in different paragraphs. */
  paragraph: number;
}

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/** Loads the model once per process (about 0.2 s). */
export function getNlp(): Nlp {
  if (!nlp) nlp = winkNLP(model);
  return nlp;
}

const BLANK_LINE = /\n[ \t\r\f\v\u00a0]*\n/;

export function analyse(text: string): Analysis {
  const engine = getNlp();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const normals = doc.tokens().out(its.normal) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let at = text.indexOf(v, cursor);
    // wink normalises some whitespace tokens; fall back to the cursor for those.
    if (at < 0) at = cursor;
    const end = Math.min(text.length, at + v.length);
    tokens[i] = { start: at, end, value: v, normal: normals[i], lemma: lemmas[i], pos: tags[i] };
    cursor = end;
  }
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let prevEnd = 0;
  for (const [first, last] of spans) {
    // Skip leading/trailing whitespace tokens (wink includes newline tokens).
    let a = first;
    let b = last;
    while (a <= b && tokens[a].pos === 'SPACE') a++;
    while (b >= a && tokens[b].pos === 'SPACE') b--;
    if (a > b) continue;
    const start = tokens[a].start;
    if (sentences.length && BLANK_LINE.test(text.slice(prevEnd, start))) paragraph++;
    sentences.push({ index: sentences.length, start, end: tokens[b].end, firstToken: a, lastToken: b + 1, paragraph });
    prevEnd = tokens[b].end;
  }
  return { text, tokens, sentences };
}

/** Index of the sentence holding character offset `at` (binary search). */
export function sentenceAt(analysis: Analysis, at: number): Sentence | undefined {
  const s = analysis.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid].end <= at) lo = mid + 1;
    else if (s[mid].start > at) hi = mid - 1;
    else return s[mid];
  }
  return undefined;
}
