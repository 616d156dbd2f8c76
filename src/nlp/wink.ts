/**
 * The one wrapper around wink-nlp: sentences and tokens with character spans into the
 * analysed text. wink has no offset API; token values are found from a moving cursor,
 * which survives any whitespace (see field notes).
 */
import { partitionPoint } from '../util/search';
import winkNLP, { type ItemCustomEntity } from 'wink-nlp';
import type Model from 'wink-eng-lite-web-model';

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
  /** Matches of learned custom-entity patterns (pattern facts), as token index ranges. */
  customEntities?: { type: string; firstToken: number; lastToken: number }[];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/**
 * The wink pipeline factlint runs: sentence boundaries, parts of speech (lemmas need them)
 * and custom entities (pattern facts). wink's own named entities, sentiment and negation
 * are never read (dates, numbers and places have their own extractors), and skipping them
 * makes readDoc about 1.6x faster than the default pipeline.
 */
export const WINK_PIPE = ['sbd', 'pos', 'cer'];

/**
 * Loads the model once per process, on first use (about 0.2 s): a run whose articles all come
 * from the cache, with cached rules, never needs it.
 */
export function getNlp(): Nlp {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (!nlp)
    nlp = winkNLP(require('wink-eng-lite-web-model') as typeof Model, WINK_PIPE as Parameters<typeof winkNLP>[1]);
  return nlp;
}

let customEntityGroups = 0;

/** Replaces the learned custom-entity patterns (wink keeps one set per instance). Throws on a bad pattern. */
export function learnCustomEntities(groups: { name: string; patterns: string[] }[]): void {
  customEntityGroups = 0;
  getNlp().learnCustomEntities(groups);
  customEntityGroups = groups.length;
}

const LEMMAS = Symbol('lemmas');
const INDEX = Symbol('index');

/**
 * A token whose lemma is computed on first use, for the whole document at once: wink's
 * lemmatizer costs about 5% of a run, and only lemma cues read it. (The lazy parts are
 * symbol-keyed, so a token still serializes as plain data, less the lemma.)
 */
class WinkToken implements Token {
  private readonly [LEMMAS]: () => string[];
  private readonly [INDEX]: number;
  constructor(
    public start: number,
    public end: number,
    public value: string,
    public normal: string,
    public pos: string,
    lemmas: () => string[],
    index: number,
  ) {
    this[LEMMAS] = lemmas;
    this[INDEX] = index;
  }
  get lemma(): string {
    return this[LEMMAS]()[this[INDEX]];
  }
}

const BLANK_LINE = /\n[ \t\r\f\v\u00a0]*\n/;

export function analyse(text: string): Analysis {
  const engine = getNlp();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const normals = doc.tokens().out(its.normal) as string[];
  let lemmas: string[] | null = null;
  const lemmasOf = () => (lemmas ??= doc.tokens().out(its.lemma as never) as string[]);
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let at = text.indexOf(v, cursor);
    // wink normalises some whitespace tokens; fall back to the cursor for those.
    if (at < 0) at = cursor;
    const end = Math.min(text.length, at + v.length);
    tokens[i] = new WinkToken(at, end, v, normals[i], tags[i], lemmasOf, i);
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
    for (const [x, y] of splitHeadlines(tokens, a, b)) {
      const start = tokens[x].start;
      if (sentences.length && BLANK_LINE.test(text.slice(prevEnd, start))) paragraph++;
      sentences.push({
        index: sentences.length,
        start,
        end: tokens[y].end,
        firstToken: x,
        lastToken: y + 1,
        paragraph,
      });
      prevEnd = tokens[y].end;
    }
  }
  if (!customEntityGroups) return { text, tokens, sentences };
  const customEntities: NonNullable<Analysis['customEntities']> = [];
  doc.customEntities().each((e: ItemCustomEntity) => {
    const [firstToken, last] = e.out(its.span) as unknown as [number, number];
    customEntities.push({ type: e.out(its.type) as string, firstToken, lastToken: last + 1 });
  });
  return { text, tokens, sentences, customEntities };
}

const SENTENCE_END = /[.!?:;…"'”’)\]]$/;

/**
 * wink joins a line without final punctuation (a headline, a list item) to the next line;
 * a newline after such a line ends the sentence, so evidence stays one sentence.
 */
function splitHeadlines(tokens: Token[], a: number, b: number): [number, number][] {
  const parts: [number, number][] = [];
  let from = a;
  for (let i = a + 1; i < b; i++) {
    if (tokens[i].pos !== 'SPACE' || !tokens[i].value.includes('\n')) continue;
    let prev = i - 1;
    while (prev > from && tokens[prev].pos === 'SPACE') prev--;
    if (SENTENCE_END.test(tokens[prev].value)) continue;
    let next = i + 1;
    while (next <= b && tokens[next].pos === 'SPACE') next++;
    if (next > b || prev < from) continue;
    parts.push([from, prev]);
    from = next;
  }
  parts.push([from, b]);
  return parts;
}

/** Index of the sentence holding character offset `at` (binary search). */
export function sentenceAt(analysis: Analysis, at: number): Sentence | undefined {
  const s = analysis.sentences;
  const i = partitionPoint(s.length, (k) => s[k].end <= at);
  return i < s.length && s[i].start <= at ? s[i] : undefined;
}
