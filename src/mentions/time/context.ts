/** The sentence around a mention and the tense it is told in: enough to anchor "on Sunday". */

export type Tense = 'past' | 'future';

const MAX_SCAN = 400;

/** \n . ! ? — the only characters a sentence can end on. */
const maybeEnd = (c: number) => c === 10 || c === 46 || c === 33 || c === 63;

/** Whether a sentence ends at `i` (text[i] is punctuation or a newline). */
function endsSentenceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10 /* \n */) {
    // A line that ends mid-sentence (lower-case word or comma) is a hard wrap, not a break.
    let j = i - 1;
    while (j >= 0 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j--;
    if (j < 0 || text[j] === '\n') return true;
    return !/[a-z,;:]/.test(text[j]);
  }
  if (c !== 46 && c !== 33 && c !== 63) return false; // . ! ?
  const next = text.charCodeAt(i + 1);
  if (!(next === 32 || next === 10 || next === 9 || next === 13 || Number.isNaN(next))) return false;
  if (c === 46) {
    // "Sept. 16", "Mr. Smith", "U.S. officials": an abbreviation, not a sentence end.
    let k = i - 1;
    while (k >= 0 && /[A-Za-z]/.test(text[k])) k--;
    const word = text.slice(k + 1, i);
    if (word.length <= 4 && /^[A-Z]/.test(word)) return false;
    if (text[k] === '.') return false;
  }
  return true;
}

/** [start, end) of the sentence holding text[pos], found by a bounded scan each way. */
export function sentenceAround(text: string, pos: number, endPos = pos): [number, number] {
  let s = pos - 1;
  const sMin = Math.max(0, pos - MAX_SCAN);
  for (; s >= sMin; s--) if (maybeEnd(text.charCodeAt(s)) && endsSentenceAt(text, s)) break;
  let e = endPos;
  const eMax = Math.min(text.length, endPos + MAX_SCAN);
  for (; e < eMax; e++) if (maybeEnd(text.charCodeAt(e)) && endsSentenceAt(text, e)) break;
  return [s + 1, e];
}

/** Words that put the event they govern after the time of writing. */
const FUTURE_RE = new RegExp(
  "\\b(?:will|won't|shall|'ll|(?:is|are|was|were) (?:due|set|scheduled|expected|slated|poised|planned|going) to|" +
    '(?:is|are) to|(?:plans?|planning|intends?|aims?|hopes?|wants?|seeks?|expects?|agreed|agrees?|promised|promises?|vowed|pledged|threatens?|threatened) to|next|upcoming|coming|later this|would|' +
    'may|might|could|should|until|deadline|scheduled|slated|to (?:be|remain|stay|resume|reopen|open|close|start|begin|end|' +
    'hold|meet|visit|launch|release|announce|sign|vote|decide|take place|arrive|leave|return))\\b',
  'gi',
);
/** Past-tense markers: auxiliaries, common irregular verbs and -ed forms. */
const PAST_RE = new RegExp(
  '\\b(?:was|were|had|did|said|told|took|made|came|went|began|left|met|held|gave|got|saw|fell|rose|won|lost|sold|' +
    'bought|paid|flew|grew|drew|threw|knew|wrote|spoke|broke|chose|drove|ran|struck|stood|sat|led|fled|sent|spent|' +
    'built|felt|kept|brought|thought|fought|caught|taught|sought|found|shot|hid|rode|arose|froze|shook|stole|became|' +
    'withdrew|undertook|forgave|ate|heard|understood|laid|lay|swore|wore|tore|bore|sank|sprang|rang|sang|swam|ago|' +
    'last|earlier|yesterday|[a-z]{3,}ed)\\b',
  'gi',
);
const SINCE_RE = /\bsince\s+$/i;
/** -ed words that mark a future event rather than a past one. */
const FUTURE_ED = new Set(['scheduled', 'expected', 'planned', 'slated', 'proposed', 'intended']);

/** Positions of the markers `re` finds in s that `keep` accepts. */
function markers(re: RegExp, s: string, keep: (s: string, index: number, word: string) => boolean): number[] {
  re.lastIndex = 0;
  const out: number[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) if (keep(s, m.index, m[0])) out.push(m.index);
  return out;
}

/** "May" is the month, not the modal. */
const isFuture = (_s: string, _i: number, w: string) => w !== 'May';

/** A participle after "be"/"being" is passive ("will be signed", "to be held"), not a past tense. */
function isPast(s: string, index: number, word: string): boolean {
  if (FUTURE_ED.has(word.toLowerCase())) return false;
  return !/\b(?:be|being)\s+$/i.test(s.slice(Math.max(0, index - 8), index));
}

/**
 * The tense of the clause around text[start, end), or null when nothing marks it: the
 * nearest tense marker before the expression decides; when there is none, the first after it.
 */
export function markedTenseAt(text: string, start: number, end: number): Tense | null {
  // "since March": whatever the verb, the time named lies before the writing.
  if (SINCE_RE.test(text.slice(Math.max(0, start - 12), start))) return 'past';
  const [s, e] = sentenceAround(text, start, end);
  const before = text.slice(s, start);
  const f = markers(FUTURE_RE, before, isFuture).pop();
  const p = markers(PAST_RE, before, isPast).pop();
  if (f !== undefined && (p === undefined || f > p)) return 'future';
  if (p !== undefined) return 'past';
  const after = text.slice(end, e);
  const f2 = markers(FUTURE_RE, after, isFuture)[0];
  const p2 = markers(PAST_RE, after, isPast)[0];
  if (f2 !== undefined && (p2 === undefined || f2 < p2)) return 'future';
  return p2 !== undefined ? 'past' : null;
}

/**
 * The tense of the clause that follows text[pos] ("a day when I could…"), up to the next comma
 * or quote: its first marker, or null.
 */
export function tenseAfter(text: string, pos: number): Tense | null {
  const [, e] = sentenceAround(text, pos);
  const rest = text.slice(pos, e);
  const cut = rest.search(/[,;:"“”—–]|''|``/);
  const after = cut < 0 ? rest : rest.slice(0, cut);
  const f = markers(FUTURE_RE, after, isFuture)[0];
  const p = markers(PAST_RE, after, isPast)[0];
  if (f !== undefined && (p === undefined || f < p)) return 'future';
  return p !== undefined ? 'past' : null;
}

/** The tense, defaulting to the past: news is told in the past. */
export function tenseAt(text: string, start: number, end: number): Tense {
  return markedTenseAt(text, start, end) ?? 'past';
}
