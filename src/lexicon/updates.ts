/**
 * Update wording: how an article tells that a running figure (a toll, a count of injured)
 * changed. General English only; a rule pack may replace any list (`updates:` in its file).
 */

export interface UpdateWords {
  /** Just before a value: the value is the article's current, later figure. */
  later: string[];
  /** Just before a value: the current figure, revised downwards. */
  down: string[];
  /** In the clause before a value (or just after it): the value is an earlier figure. */
  earlier: string[];
}

export const UPDATE_WORDS: UpdateWords = {
  later: [
    'rose to',
    'has risen to',
    'had risen to',
    'risen to',
    'climbed to',
    'has climbed to',
    'increased to',
    'jumped to',
    'grew to',
    'mounted to',
    'soared to',
    'went up to',
    'reached',
    'has reached',
    'now stands at',
    'stands at',
    'stood at',
    'now at',
    'revised up to',
    'revised upwards to',
    'revised upward to',
    'updated to',
    'raised to',
    'later rose to',
  ],
  down: [
    'revised down to',
    'revised downwards to',
    'revised downward to',
    'lowered to',
    'fell to',
    'dropped to',
    'decreased to',
    'cut to',
  ],
  earlier: [
    'initially',
    'earlier reports said',
    'earlier reports',
    'earlier report',
    'an earlier toll',
    'earlier toll',
    'earlier figure',
    'had earlier',
    'said earlier',
    'earlier said',
    'earlier reported',
    'earlier that',
    'had initially',
    'originally',
    'at first',
    'first reported',
    'previously reported',
    'previously',
  ],
};

/** Lower-cased, whitespace folded, straight quotes: how phrases are compared with text. */
export function normalizeUpdatePhrase(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const normalized = (list: string[]) => list.map(normalizeUpdatePhrase).filter(Boolean);
const builtIn: Partial<UpdateWords> = {};

/** The built-in lists with a pack's categories put in their place. */
export function updateWordsOf(spec: Partial<UpdateWords> | undefined): UpdateWords {
  // The built-in lists are normalized once, not once per pack (an archive's rules are thousands of packs).
  const pick = (k: keyof UpdateWords) =>
    spec?.[k] ? spec[k].map(normalizeUpdatePhrase).filter(Boolean) : [...(builtIn[k] ??= normalized(UPDATE_WORDS[k]))];
  return { later: pick('later'), down: pick('down'), earlier: pick('earlier') };
}
