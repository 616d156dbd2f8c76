/**
 * The one wrapper around wink-nlp: sentences and tokens with character spans into the
 * analysed text. wink has no offset API, and summing its `precedingSpaces` goes wrong on some
 * whitespace (\u3000, \u2028, \f, leading space); each token value is found in the text from
 * a moving cursor instead, which survives any whitespace.
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

type Wink = ReturnType<typeof winkNLP>;

/**
 * The wink pipeline factlint runs: sentence boundaries, parts of speech (lemmas need them)
 * and custom entities (pattern facts). wink's own named entities, sentiment and negation
 * are never read (dates, numbers and places have their own extractors), and skipping them
 * makes readDoc about 1.6x faster than the default pipeline.
 */
export const WINK_PIPE = ['sbd', 'pos', 'cer'];

let sharedModel: typeof Model | null = null;

/**
 * The lite model, safe for several wink instances. wink-eng-lite-web-model 1.8.1 overwrites
 * its custom-entity meta model with that model's JSON text on the first `metaCER()` call, so
 * every later instance gets doubly encoded JSON and silently matches no pattern (its core
 * model had the same bug, fixed upstream by copying). Every instance here is handed the
 * meta model as the first call returns it, checked to parse to an object.
 */
function model(): typeof Model {
  if (sharedModel) return sharedModel;
  // Required on first use, not imported: a run served wholly from the cache never loads the model.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lite = require('wink-eng-lite-web-model') as typeof Model & { metaCER(): { machines: unknown } };
  let meta = lite.metaCER();
  if (typeof meta.machines !== 'string' || typeof JSON.parse(meta.machines) !== 'object') {
    // Someone in this process called it first: rebuild it from the package's own JSON file.
    const machines = JSON.stringify(
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a JSON file in the package, read only here
      require('wink-eng-lite-web-model/dist/languages/cur/models/eng-cer-meta-model.json'),
    );
    meta = { ...meta, machines };
  }
  sharedModel = { ...lite, metaCER: () => meta };
  return sharedModel;
}

/** A custom-entity type and its wink patterns (pattern facts). */
export interface CustomEntityGroup {
  name: string;
  patterns: string[];
}

/**
 * One wink instance and the custom-entity patterns learned into it. Each checker owns one,
 * so learning one pack set's patterns never changes another's (wink keeps one set per
 * instance, and every learn call replaces it). The instance is made on first use (about
 * 0.1 s, plus 0.1 s for the model's first require in a process): a run whose articles and
 * rules all come from the cache never needs it.
 */
export class Nlp {
  private wink: Wink | null = null;
  private customEntityGroups = 0;

  private get engine(): Wink {
    this.wink ??= winkNLP(model(), WINK_PIPE);
    return this.wink;
  }

  /** Loads the model now (worker threads do, while the main thread reads the rules). */
  warm(): void {
    void this.engine;
  }

  /** Replaces the learned custom-entity patterns. Throws on a bad pattern. */
  learnCustomEntities(groups: CustomEntityGroup[]): void {
    if (!groups.length && !this.customEntityGroups) return; // nothing learned, nothing to clear
    this.customEntityGroups = 0;
    this.engine.learnCustomEntities(groups.map((g) => ({ name: g.name, patterns: g.patterns })));
    this.customEntityGroups = groups.length;
  }

  /** The lower-case tokens of a phrase as wink splits them (cue phrases match the text's own tokens). */
  phraseTokens(phrase: string): string[] {
    const nlp = this.engine;
    return nlp
      .readDoc(phrase)
      .tokens()
      .out(itsOf(nlp).normal)
      .filter((t) => t.trim() !== '');
  }

  analyse(text: string): Analysis {
    return analyseWith(this.engine, text, this.customEntityGroups > 0);
  }
}

/**
 * The `its` accessors factlint reads. wink calls them as plain functions (never bound to
 * `its`), though its typings declare them as methods.
 */
function itsOf(engine: Wink) {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- wink's accessors never read `this`
  const { value, normal, pos, lemma, span, type } = engine.its;
  return { value, normal, pos, lemma, span, type };
}

const LEMMA_OF = Symbol('lemmaOf');
const LEMMA = Symbol('lemma');
const INDEX = Symbol('index');

/**
 * A token whose lemma is computed on first use, token by token: wink's lemmatizer over a
 * whole document cost about 5% of a run, and only lemma cues and the reporting-verb test
 * (verbs next to a date) read any. (The lazy parts are symbol-keyed, so a token still
 * serializes as plain data, less the lemma.)
 */
class WinkToken implements Token {
  private readonly [LEMMA_OF]: (index: number) => string;
  private readonly [INDEX]: number;
  private [LEMMA]: string | undefined;
  constructor(
    public start: number,
    public end: number,
    public value: string,
    public normal: string,
    public pos: string,
    lemmaOf: (index: number) => string,
    index: number,
  ) {
    this[LEMMA_OF] = lemmaOf;
    this[INDEX] = index;
  }
  get lemma(): string {
    return (this[LEMMA] ??= this[LEMMA_OF](this[INDEX]));
  }
}

const BLANK_LINE = /\n[ \t\r\f\v\u00a0]*\n/;

function analyseWith(engine: Wink, text: string, customEntities: boolean): Analysis {
  const its = itsOf(engine);
  const doc = engine.readDoc(text);
  const all = doc.tokens();
  const values = all.out(its.value);
  const normals = all.out(its.normal);
  // wink types `lemma` with its addons argument, which out() does not name
  const lemmaOf = (i: number) => all.itemAt(i).out<string>(its.lemma as never);
  const tags = all.out(its.pos) as string[];
  const tokens: Token[] = new Array<Token>(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    // The token usually stands right after the spaces wink drops: skip them and compare there.
    // A skipped character differs from the token's first one, so no earlier match is missed;
    // otherwise search (a whitespace token, a value wink changed).
    const first = v.charCodeAt(0);
    let p = cursor;
    let c = text.charCodeAt(p);
    while (c !== first && (c === 32 || c === 10 || c === 9 || c === 13)) c = text.charCodeAt(++p);
    let at = v !== '' && text.startsWith(v, p) ? p : text.indexOf(v, cursor);
    // wink normalises some whitespace tokens; fall back to the cursor for those.
    if (at < 0) at = cursor;
    const end = Math.min(text.length, at + v.length);
    tokens[i] = new WinkToken(at, end, v, normals[i], tags[i], lemmaOf, i);
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
      const prev = sentences[sentences.length - 1];
      if (prev && splitsNumber(text, prev.end, start)) {
        // wink ends a sentence inside "magnitude-5.4": the decimal stays one sentence
        prev.end = tokens[y].end;
        prev.lastToken = y + 1;
        prevEnd = prev.end;
        continue;
      }
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
  if (!customEntities) return { text, tokens, sentences };
  const entities: NonNullable<Analysis['customEntities']> = [];
  doc.customEntities().each((e: ItemCustomEntity) => {
    const [firstToken, last] = e.out(its.span) as unknown as [number, number];
    entities.push({ type: e.out(its.type), firstToken, lastToken: last + 1 });
  });
  return { text, tokens, sentences, customEntities: entities };
}

const SENTENCE_END = /[.!?:;…"'”’)\]]$/;

/** Does a sentence boundary at [end, start) fall inside a decimal number ("5.|4")? */
function splitsNumber(text: string, end: number, start: number): boolean {
  return end === start && text[end - 1] === '.' && /\d/.test(text[end - 2] ?? '') && /\d/.test(text[start] ?? '');
}

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
