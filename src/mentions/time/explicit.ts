/**
 * Calendar dates written out: ISO and numeric dates, and dates with a month name
 * ("4 March 2025", "Sept. 16", "July 2023"). The common month-name shapes are read by an
 * anchored fast path; what it declines (ranges, clock times) goes to chrono-node on a short
 * window around the month name: chrono costs far more per character than a regex and
 * degrades on long input, so it never sees more than a few words.
 */
import type * as Chrono from 'chrono-node';
import type { DayNumber } from '../../model';
import { dayNumber, daysInMonth, fromDayNumber } from '../../util/calendar';
import { markedTenseAt } from './context';
import { MONTH_NAMES, MONTH_NUMBERS, MONTH_SRC } from '../../lexicon';
import {
  type DateValue,
  dayValue,
  days,
  monthValue,
  resolveMonth,
  resolveMonthDay,
  unanchored,
  weekValue,
} from './resolve';
import type { Candidate, Scan } from './scan';

const ISO_RE = /(?<![\w./-])(\d{4})-(\d{2})-(\d{2})(?![\w]|-\d)/g;
const SLASH_RE = /(?<![\w./-])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\w/]|\.\d)/g;
const MONTH_RE = new RegExp(`\\b${MONTH_SRC}\\b\\.?`, 'g');

const pad2 = (n: number) => String(n).padStart(2, '0');
const FULL_MONTHS = new Set(MONTH_NAMES.map((m) => m.toLowerCase()));

function validDay(y: number, m: number, d: number): DayNumber | null {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return dayNumber(y, m, d);
}

export function isoDates(scan: Scan, out: Candidate[]): void {
  for (const m of scan.matches(ISO_RE)) {
    const n = validDay(+m[1], +m[2], +m[3]);
    if (n !== null) scan.push(out, m.index, m.index + m[0].length, dayValue(n), 3);
  }
}

/** m/d/y as US news writes it; d/m/y when the first field cannot be a month. */
export function slashDates(scan: Scan, out: Candidate[]): void {
  for (const m of scan.matches(SLASH_RE)) {
    let [a, b] = [+m[1], +m[2]];
    if (a > 12 && b <= 12) [a, b] = [b, a];
    let y = +m[3];
    if (m[3].length === 2) {
      // Two-digit years: the century that puts the date nearest publication (or 2000s).
      const ref = scan.pub !== null ? fromDayNumber(scan.pub).year : 2000;
      const base = Math.floor(ref / 100) * 100;
      y = [base - 100 + y, base + y, base + 100 + y].reduce((p, c) => (Math.abs(c - ref) < Math.abs(p - ref) ? c : p));
    }
    const n = validDay(y, a, b);
    if (n !== null) scan.push(out, m.index, m.index + m[0].length, dayValue(n), 3);
  }
}

/** Words right before a lone month that say which one: "last September", "next March". */
const MONTH_LEAD_RE = /\b(last|next|this|coming|past)\s+$/i;
/** A lone "May" is a month only after words that introduce a time. */
const MAY_LEAD_RE =
  /\b(?:in|since|until|till|by|of|from|to|through|during|early|late|mid|last|next|this|before|after|between|and|or)[\s-]+$/i;

const MAX_CHRONO_WINDOW = 240;

interface Window {
  start: number;
  end: number;
  anchors: [number, number][];
}

function snapLeft(text: string, i: number, min: number): number {
  while (i > min && !/\s/.test(text[i - 1])) i--;
  return i;
}

function snapRight(text: string, i: number, max: number): number {
  while (i < max && !/\s/.test(text[i])) i++;
  return i;
}

/** The parts of a date read off the text, before resolution. */
interface Parts {
  start: number;
  end: number;
  month: number;
  day: number | null;
  year: number | null;
  /** Last day of a range ("September 12-13"), as chrono read it. */
  endDay?: { month: number | null; day: number; year: number | null };
}

const WD = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
/** "Month D[, YYYY]" and "Month [of] YYYY" right at the anchor. */
const MD_AFTER = /^\.?[ \t\u00a0]+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?[ \t\u00a0]+(\d{4})\b)?/;
const MY_AFTER = /^\.?,?[ \t\u00a0]+(?:of[ \t\u00a0]+)?(\d{4})\b/;
/** "[Weekday, ]D [of ]Month" before the anchor, and the "[,] YYYY" after it. */
const DM_BEFORE = new RegExp(
  `(?:\\b${WD},?[ \\t\\u00a0]+)?(?:the[ \\t\\u00a0]+)?\\b(\\d{1,2})(?:st|nd|rd|th)?[ \\t\\u00a0]+(?:of[ \\t\\u00a0]+)?$`,
);
const WD_BEFORE = new RegExp(`\\b${WD},?[ \\t\\u00a0]+$`);
const YEAR_AFTER = /^\.?,?[ \t\u00a0]+(\d{4})\b/;
/** What follows a date that the fast path does not read: ranges, times, more digits. */
const HARD_AFTER =
  /^[ \t\u00a0]*(?:[-–][ \t\u00a0]*\d|(?:to|through|until|and|at|or)[ \t\u00a0]+\d|\d|:\d|[ \t\u00a0]*(?:a\.m\.|p\.m\.|am\b|pm\b))/i;
const HARD_BEFORE =
  /\d[ \t\u00a0]*(?:[-–]|to|and|through)[ \t\u00a0]+(?:the[ \t\u00a0]+)?\d{1,2}(?:st|nd|rd|th)?[ \t\u00a0]+(?:of[ \t\u00a0]+)?$/i;

/**
 * Reads the common forms with regexes: "4 March 2025", "March 4, 2025", "Sept. 16",
 * "July 2023", "Tuesday, March 4", a lone "March". Returns 'chrono' when something around
 * the anchor (a range, a clock time) needs the full parser.
 */
function fastParts(text: string, anchor: [number, number], month: number): Parts | 'chrono' | null {
  const [a0, a1] = anchor;
  const dot = text[a1 - 1] === '.' ? 1 : 0; // MONTH_RE took an abbreviation's dot
  const after = text.slice(a1 - dot, a1 + 24);
  const before = text.slice(Math.max(0, a0 - 30), a0);
  let p: Parts | null = null;
  const dm = DM_BEFORE.exec(before);
  if (dm) {
    if (HARD_BEFORE.test(before)) return 'chrono';
    const y = YEAR_AFTER.exec(after);
    p = { start: a0 - dm[0].length, end: y ? a1 - dot + y[0].length : a1, month, day: +dm[1], year: y ? +y[1] : null };
  } else {
    const my = MY_AFTER.exec(after);
    const md = my ? null : MD_AFTER.exec(after);
    if (my) p = { start: a0, end: a1 - dot + my[0].length, month, day: null, year: +my[1] };
    else if (md) p = { start: a0, end: a1 - dot + md[0].length, month, day: +md[1], year: md[2] ? +md[2] : null };
    if (p && p.day !== null) {
      const wd = WD_BEFORE.exec(before);
      if (wd) p.start = a0 - wd[0].length;
    }
  }
  if (!p) {
    // A lone month: nothing numeric may follow that we failed to read.
    return /^\.?\s*\d/.test(after) ? 'chrono' : { start: a0, end: a1, month, day: null, year: null };
  }
  if (HARD_AFTER.test(text.slice(p.end, p.end + 12))) return 'chrono';
  return p;
}

export function monthDates(scan: Scan, out: Candidate[]): void {
  const { text } = scan;
  const windows: Window[] = [];
  for (const m of scan.matches(MONTH_RE)) {
    const a: [number, number] = [m.index, m.index + m[0].length];
    const month = MONTH_NUMBERS[m[0].replace(/\.$/, '').toLowerCase()];
    const fast = fastParts(text, a, month);
    if (fast === null) continue;
    if (fast !== 'chrono') {
      const d = resolveParts(scan, fast, a);
      if (d) scan.push(out, d.start, d.end, d.value, 2);
      continue;
    }
    // Windows stay on the anchor's line: a headline's last word is no part of the dateline.
    // (Searched for within the window's reach only: an unbounded search is quadratic on long lines.)
    const reachStart = Math.max(0, a[0] - 32);
    const nl = text.slice(reachStart, a[0]).lastIndexOf('\n');
    const lineStart = nl < 0 ? reachStart : reachStart + nl + 1;
    const nr = text.slice(a[1], a[1] + 32).indexOf('\n');
    const lineEnd = nr < 0 ? Math.min(text.length, a[1] + 32) : a[1] + nr;
    const ws = snapLeft(text, Math.max(scan.from, lineStart, a[0] - 24), Math.max(scan.from, lineStart));
    const we = snapRight(text, Math.min(scan.to, lineEnd, a[1] + 24), Math.min(scan.to, lineEnd));
    const last = windows[windows.length - 1];
    // Merge close windows, but never into a long one: chrono slows down sharply on long input.
    if (last && ws <= last.end && we - last.start <= MAX_CHRONO_WINDOW) {
      last.end = Math.max(last.end, we);
      last.anchors.push(a);
    } else windows.push({ start: ws, end: we, anchors: [a] });
  }
  if (windows.length === 0) return;
  const chrono = chronoNode();
  const instant = scan.pub !== null ? new Date(scan.pub * 86_400_000 + 43_200_000) : new Date(Date.UTC(2000, 0, 1, 12));
  for (const w of windows) {
    const results: Chrono.ParsedResult[] = chrono.en.parse(text.slice(w.start, w.end), { instant, timezone: 0 });
    for (const r of results) {
      const start = w.start + r.index;
      const end = start + r.text.length;
      const anchor = w.anchors.find(([s, e]) => s < end && e > start);
      if (!anchor) continue;
      const parts = chronoParts(r, start, end);
      const d = parts && resolveParts(scan, parts, anchor);
      if (d) scan.push(out, d.start, d.end, d.value, 2);
    }
  }
}

/** chrono-node, loaded on first use: it takes ~0.1 s to load, and most articles never need it. */
let chronoModule: typeof Chrono | null = null;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const chronoNode = (): typeof Chrono => (chronoModule ??= require('chrono-node') as typeof Chrono);

/** chrono's result as parts: only what it read from the text (isCertain), never what it implied. */
function chronoParts(r: Chrono.ParsedResult, start: number, end: number): Parts | null {
  const c = r.start;
  if (!c.isCertain('month')) return null;
  const get = (k: 'day' | 'month' | 'year', x = c) => (x.isCertain(k) ? (x.get(k) as number) : null);
  const parts: Parts = { start, end, month: c.get('month') as number, day: get('day'), year: get('year') };
  if (r.end && r.end.isCertain('day'))
    parts.endDay = { month: get('month', r.end), day: r.end.get('day') as number, year: get('year', r.end) };
  return parts;
}

function resolveParts(
  scan: Scan,
  p: Parts,
  anchor: [number, number],
): { start: number; end: number; value: DateValue } | null {
  const { text, pub } = scan;
  const { start, end, month, day, year } = p;
  const word = text.slice(anchor[0], anchor[1]).replace(/\.$/, '');
  const isAbbrev = !FULL_MONTHS.has(word.toLowerCase());
  if (year !== null && (year < 1000 || year > 2100)) return null;

  if (day !== null && year !== null) {
    const n = validDay(year, month, day);
    return n === null ? null : { start, end, value: withEnd(p, dayValue(n)) };
  }
  if (day !== null) {
    if (day < 1 || day > 31) return null;
    if (pub === null) return { start, end, value: unanchored(`XXXX-${pad2(month)}-${pad2(day)}`, 'day') };
    const n = resolveMonthDay(pub, month, day, markedTenseAt(text, start, end));
    return n === null ? null : { start, end, value: withEnd(p, dayValue(n)) };
  }
  if (year !== null) return { start, end, value: monthValue(year, month) };
  // A month on its own: only full names, and "May" only where a time is introduced.
  if (isAbbrev) return null;
  const before = text.slice(Math.max(0, anchor[0] - 20), anchor[0]);
  if (word === 'May' && !MAY_LEAD_RE.test(before)) return null;
  const lead = MONTH_LEAD_RE.exec(before);
  const s = lead ? anchor[0] - lead[0].length : anchor[0];
  const monthEnd = anchor[0] + word.length; // "in March." ends a sentence: the stop is no part of it
  if (pub === null) return { start: s, end: monthEnd, value: unanchored(`XXXX-${pad2(month)}`, 'month') };
  // "October of next year", "March last year".
  const rel = /^\s+(?:of\s+)?(next|last|this)\s+year\b/i.exec(text.slice(monthEnd, monthEnd + 20));
  if (rel) {
    // The year phrase is left to its own mention, as TIMEX3 annotates the two apart.
    const k = rel[1].toLowerCase() === 'next' ? 1 : rel[1].toLowerCase() === 'last' ? -1 : 0;
    return { start: s, end: monthEnd, value: monthValue(fromDayNumber(pub).year + k, month) };
  }
  const l = lead?.[1].toLowerCase();
  const mode = l === 'last' || l === 'past' ? 'last' : l === 'this' || !l ? markedTenseAt(text, s, monthEnd) : 'next';
  const ym = resolveMonth(pub, month, mode);
  return { start: s, end: monthEnd, value: monthValue(ym.year, ym.month) };
}

/** "September 12-13": one mention whose constraint spans both days; the value is the first. */
function withEnd(p: Parts, v: DateValue): DateValue {
  const e = p.endDay;
  if (!e || v.constraint.from === null) return v;
  const first = fromDayNumber(v.constraint.from);
  const n = validDay(e.year ?? first.year, e.month ?? first.month, e.day);
  if (n === null || n < v.constraint.from || n - v.constraint.from > 62) return v;
  return { ...v, constraint: days(v.constraint.from, n) };
}

/** "the last week of March", "the first week of May 2009": seven days of a month. */
const MONTH_WEEK_RE = new RegExp(
  `\\b(?:[Tt]he[ \\t]+)?(first|second|third|fourth|last|final)[ \\t]+week[ \\t]+of[ \\t]+(${MONTH_SRC})\\b(?:\\.?,?[ \\t]+(\\d{4})\\b)?`,
  'gi',
);
const WEEK_ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

/**
 * The week is the month's days 1–7, 8–14, 15–21, 22–28, or its last seven; the value is the
 * ISO week that holds the middle one of them.
 */
export function monthWeeks(scan: Scan, out: Candidate[]): void {
  if (!scan.has('eek of')) return;
  const { text, pub } = scan;
  for (const m of scan.matches(MONTH_WEEK_RE)) {
    const month = MONTH_NUMBERS[m[2].toLowerCase()];
    if (!month || !/^[A-Z]/.test(m[2])) continue;
    let year: number;
    if (m[3]) year = +m[3];
    else if (pub === null) continue;
    else year = resolveMonth(pub, month, markedTenseAt(text, m.index, m.index + m[0].length)).year;
    if (year < 1000 || year > 2100) continue;
    const k = WEEK_ORDINALS[m[1].toLowerCase()];
    const first = k ? dayNumber(year, month, 7 * (k - 1) + 1) : dayNumber(year, month, daysInMonth(year, month) - 6);
    scan.push(out, m.index, m.index + m[0].length, { ...weekValue(first + 3), constraint: days(first, first + 6) }, 3);
  }
}
