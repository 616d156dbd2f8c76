/**
 * Ordinals as numbers, for count facts that count by rank: "the sixth round" is round 6,
 * "their eighth straight win" a streak of 8, "his 58th victory" 58. Only facts with
 * `ordinals: true` read them: "first" is far more often an order than a count.
 */
import type { Mention } from '../model';
import { ORDINAL_TEENS, ORDINAL_TENS, ORDINAL_UNITS } from '../lexicon/ordinals';
import { TENS } from '../lexicon/numbers'; // the first half of "twenty-first"

const SIMPLE = { ...ORDINAL_UNITS, ...ORDINAL_TEENS, ...ORDINAL_TENS };
const words = (o: object) => Object.keys(o).join('|');
const ORDINAL = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(\\d{1,4})(?:st|nd|rd|th)|(?:(${words(TENS)})[- ])?(${words(ORDINAL_UNITS)})|(${words(SIMPLE)}))(?![\\p{L}\\p{N}])`,
  'giu',
);

function ordinalValue(m: RegExpExecArray): number | null {
  if (m[1]) return Number(m[1]);
  if (m[3]) return (m[2] ? TENS[m[2].toLowerCase()] : 0) + ORDINAL_UNITS[m[3].toLowerCase()];
  return SIMPLE[m[4].toLowerCase() as keyof typeof SIMPLE] ?? null;
}

/** Ordinals in text[from, to) as exact numbers. */
export function extractOrdinals(text: string, from = 0, to = text.length): Mention[] {
  const out: Mention[] = [];
  const s = text.slice(0, to);
  ORDINAL.lastIndex = from;
  for (let m = ORDINAL.exec(s); m; m = ORDINAL.exec(s)) {
    const n = ordinalValue(m);
    if (n === null) continue;
    out.push({
      type: 'number',
      start: m.index,
      end: m.index + m[0].length,
      raw: m[0],
      value: String(n),
      constraint: { kind: 'interval', lo: n, hi: n, loOpen: false, hiOpen: false, unit: '' },
      granularity: 'exact',
      hedge: 'exact',
      unit: '',
    });
  }
  return out;
}
