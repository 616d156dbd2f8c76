/**
 * Zero counts: "there were no casualties", "no one was killed", "nobody was hurt". The
 * mention is the quantifier ("no", "no one"); what it counts is the noun after it, as for
 * any number (a count fact's `counts` decides whether it is a value).
 */
import type { Mention } from '../model';
import { CHECKING_AUX, CHECKING_VERBS, NOT_A_COUNT_AFTER_NO, ZERO_PRONOUNS } from '../lexicon/zero';

const alt = (words: string[]) => words.map((w) => w.replace(/ /g, '\\s+')).join('|');
const ZERO = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:(${alt(ZERO_PRONOUNS)})|no(?=\\s+(?!(?:${alt(NOT_A_COUNT_AFTER_NO)})\\b)\\p{L}))(?![\\p{L}\\p{N}-])`,
  'giu',
);

/** "none could be confirmed": the pronoun is followed by a verb of checking (sticky, at its end). */
const CHECKED_AT = new RegExp(`(?:\\s+(?:${alt(CHECKING_AUX)})){1,5}\\s+(?:${alt(CHECKING_VERBS)})\\b`, 'iy');

/** Zero quantifiers in text[from, to), as the count 0. */
export function extractZeros(text: string, from = 0, to = text.length): Mention[] {
  const out: Mention[] = [];
  const s = text.slice(0, to);
  ZERO.lastIndex = from;
  for (let m = ZERO.exec(s); m; m = ZERO.exec(s)) {
    if (m[1]) {
      CHECKED_AT.lastIndex = m.index + m[0].length;
      if (CHECKED_AT.test(s)) continue;
    }
    out.push({
      type: 'number',
      start: m.index,
      end: m.index + m[0].length,
      raw: m[0],
      value: '0',
      constraint: { kind: 'interval', lo: 0, hi: 0, loOpen: false, hiOpen: false, unit: '' },
      granularity: 'exact',
      hedge: 'exact',
      unit: '',
    });
  }
  return out;
}
