/**
 * Scores: "won 31-24", "a 31–24 victory", "beat them 31 - 24". Each side is a number of its
 * own (score 1 and 2), so that a count fact may take the first or second side of a result
 * (`score: first`). A pair in brackets is a season record ("the Harriers (11-4)"), a pair
 * glued to a clock or date ("18-11:14") is not a score.
 */
import type { Mention } from '../model';

const SCORE = /(?<![\p{L}\p{N}.,:/(-])(\d{1,3})[ \t]?[-–][ \t]?(\d{1,3})(?![\p{L}\p{N}:/-]|[.,]\d)/gu;

function side(text: string, start: number, raw: string, score: 1 | 2): Mention {
  const n = Number(raw);
  return {
    type: 'number',
    start,
    end: start + raw.length,
    raw,
    value: String(n),
    constraint: { kind: 'interval', lo: n, hi: n, loOpen: false, hiOpen: false, unit: '' },
    granularity: 'exact',
    hedge: 'exact',
    unit: '',
    score,
  };
}

/** Both sides of every score in text[from, to), in text order. */
export function extractScores(text: string, from = 0, to = text.length): Mention[] {
  const out: Mention[] = [];
  const s = text.slice(0, to);
  SCORE.lastIndex = from;
  for (let m = SCORE.exec(s); m; m = SCORE.exec(s)) {
    if (/\(\s*$/.test(s.slice(Math.max(0, m.index - 2), m.index)) && /^\s*\)/.test(s.slice(SCORE.lastIndex))) continue;
    out.push(side(s, m.index, m[1], 1));
    out.push(side(s, m.index + m[0].length - m[2].length, m[2], 2));
  }
  return out;
}
