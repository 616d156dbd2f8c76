/**
 * Dates told relative to the time of writing: weekdays, "yesterday", "last week",
 * "three years ago", quarters. All resolve against publication; without it a weekday is
 * "any such weekday" and the rest is skipped (a constraint that allows every day says nothing).
 */
import { partitionPoint } from '../../util/search';
import { fromDayNumber, weekdayOf } from '../../util/calendar';
import { markedTenseAt, tenseAt } from './context';
import { unitKey, WEEKDAY_NUMBERS, WEEKDAY_SRC } from '../../lexicon';
import { parseSmallNumber } from '../numbers';
import {
  addMonths,
  type DateValue,
  dayValue,
  days,
  monthValue,
  quarterValue,
  resolveQuarter,
  resolveWeekday,
  unresolvedWeekday,
  weekendValue,
  weekValue,
  yearValue,
} from './resolve';
import type { Mention } from '../../model';
import type { Candidate, Scan } from './scan';

const PART_OF_DAY = '(?:\\s+(?:morning|afternoon|evening|night))';

const WEEKDAY_RE = new RegExp(
  `\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\\s+)?(${WEEKDAY_SRC})(?!s\\b|\\w)(?:'s)?${PART_OF_DAY}?\\b`,
  'g',
);
/** Named days that are not "the most recent such weekday". */
const NAMED_DAY_RE =
  /\b(?:Black|Cyber|Good|Super|Ash|Holy|Easter|Palm|Bloody|Maundy|Fat|Shrove|Blue|Giving|Whit|Low|Plough|Mad|Manic|Freaky)\s+$/;

const DEICTIC_RE =
  /\b(?:(earlier|later)\s+)?(today|tonight|yesterday|tomorrow)(?:'s)?(?:\s+(?:morning|afternoon|evening|night))?\b/gi;
const THIS_PART_RE = /\bthis\s+(?:morning|afternoon|evening)\b/gi;
const PERIOD_RE =
  /\b(?:(?:earlier|later|early|late)\s+)?(?:the\s+)?(this|last|next|previous|coming|following|current|same)\s+(week|weekend|month|year|quarter)\b(?!\s+(?:ago|earlier|later|before))/gi;
const AGO_RE = /\b([a-z]+(?:[- ][a-z]+)?|\d+)\s+(days?|weeks?|months?|years?|decades?)\s+ago\b/gi;
const QUARTER_RE =
  /\b(?:the\s+)?(first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]quarter\b(?:\s+of\s+(?:(\d{4})|(?:the\s+)?(this|last|next|previous|current)\s+year))?|\bQ([1-4])\s+(\d{4})\b|\b(\d{4})\s+Q([1-4])\b/gi;

const QUARTER_ORD: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
};

export function weekdays(scan: Scan, out: Candidate[]): void {
  const { text, pub } = scan;
  for (const m of scan.matches(WEEKDAY_RE)) {
    const nameStart = m.index + (m[1] ? m[0].indexOf(m[2], m[1].length) : 0);
    if (!m[1] && NAMED_DAY_RE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const wd = WEEKDAY_NUMBERS[m[2].toLowerCase()];
    const end = m.index + m[0].length;
    let v: DateValue;
    if (pub === null) v = unresolvedWeekday(wd);
    else {
      const lead = m[1]?.toLowerCase();
      const mode =
        lead === 'last' || lead === 'past'
          ? 'last'
          : lead === 'next' || lead === 'coming'
            ? 'future'
            : tenseAt(text, nameStart, end);
      v = dayValue(resolveWeekday(pub, wd, mode));
    }
    scan.push(out, m.index, end, v, 1);
  }
}

/** "now": the publication day. */
const presentRef = (pub: number): DateValue => ({ value: 'PRESENT_REF', constraint: days(pub, pub) });
/** "recently": any day up to publication. */
const pastRef = (pub: number): DateValue => ({ value: 'PAST_REF', constraint: days(null, pub) });

export function deictics(scan: Scan, out: Candidate[]): void {
  const { pub } = scan;
  if (pub === null) return;
  for (const m of scan.matches(DEICTIC_RE)) {
    const w = m[2].toLowerCase();
    const shift = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
    const end = m.index + m[0].length;
    // "today's Norland", "today's Elmford Motors": the present-day one, not a day (the same days).
    if (w === 'today' && !m[1] && /'s$/i.test(m[0]) && /^\s+[A-Z]/.test(scan.text.slice(end, end + 3))) {
      scan.push(out, m.index, end, presentRef(pub), 1);
      continue;
    }
    scan.push(out, m.index, end, dayValue(pub + shift), 1);
  }
  for (const m of scan.matches(THIS_PART_RE)) {
    scan.push(out, m.index, m.index + m[0].length, dayValue(pub), 1);
  }
}

export function periods(scan: Scan, out: Candidate[]): void {
  const { text, pub } = scan;
  if (pub === null) return;
  const { year, month } = fromDayNumber(pub);
  for (const m of scan.matches(PERIOD_RE)) {
    const rel = m[1].toLowerCase();
    const unit = m[2].toLowerCase();
    // "the following year", "the same month" refer to another time in the text, not to publication.
    if (rel === 'following' || rel === 'same') continue;
    const hasThe = /\bthe\s/i.test(m[0]);
    if (rel === 'previous' && !hasThe) continue;
    // "in the next month", "the coming year": a span ahead (durations.ts), or in a narrative
    // the month after another one; neither is the calendar month after publication.
    if ((rel === 'next' || rel === 'coming') && hasThe) continue;
    const k = rel === 'last' || rel === 'previous' ? -1 : rel === 'next' || rel === 'coming' ? 1 : 0;
    let v: DateValue;
    switch (unit) {
      case 'week':
        v = weekValue(pub + 7 * k);
        break;
      case 'weekend':
        v = weekend(pub, k, () => tenseAt(text, m.index, m.index + m[0].length));
        break;
      case 'month': {
        const ym = addMonths(year, month, k);
        v = monthValue(ym.year, ym.month);
        break;
      }
      case 'quarter': {
        const qi = year * 4 + Math.floor((month - 1) / 3) + k;
        v = quarterValue(Math.floor(qi / 4), (qi % 4) + 1);
        break;
      }
      default:
        v = yearValue(year + k);
    }
    scan.push(out, m.index, m.index + m[0].length, v, 1);
  }
}

/** The weekend meant by "last/this/next weekend"; "this" goes by tense. */
function weekend(pub: number, k: number, tense: () => 'past' | 'future'): DateValue {
  const SAT = 6;
  if (k < 0) return weekendValue(resolveWeekday(pub - (weekdayOf(pub) === 0 ? 1 : 0), SAT, 'last'));
  if (k > 0 || tense() === 'future')
    return weekendValue(weekdayOf(pub) === SAT ? pub : resolveWeekday(pub, SAT, 'future'));
  return weekendValue(resolveWeekday(pub, SAT, 'past'));
}

const THE_WEEKEND_RE = /\b(?:the|this)\s+weekend\b/gi;

export function weekends(scan: Scan, out: Candidate[]): void {
  if (!scan.has('eekend')) return;
  const { text, pub } = scan;
  if (pub === null) return;
  for (const m of scan.matches(THE_WEEKEND_RE)) {
    const [s, e] = [m.index, m.index + m[0].length];
    scan.push(
      out,
      s,
      e,
      weekend(pub, 0, () => tenseAt(text, s, e)),
      0,
    );
  }
}

/** "three years ago": the point that far back, at the unit's granularity. */
export function agos(scan: Scan, out: Candidate[]): void {
  if (!scan.has('ago')) return;
  const { pub } = scan;
  if (pub === null) return;
  const { year, month } = fromDayNumber(pub);
  for (const m of scan.matches(AGO_RE)) {
    let numText = m[1];
    let n = parseSmallNumber(numText);
    let start = m.index;
    if (n === null) {
      // The regex may have taken a word before the number ("about two"): retry with the last word.
      const parts = numText.split(/[- ]/);
      numText = parts[parts.length - 1];
      n = parseSmallNumber(numText);
      start = m.index + m[0].indexOf(numText, m[1].length - numText.length);
    }
    if (n === null || !Number.isInteger(n) || n <= 0) continue;
    const unit = unitKey(m[2]);
    let v: DateValue;
    if (unit === 'day') v = dayValue(pub - n);
    else if (unit === 'week') {
      // Weeks back are approximate: the day that far back, give or take three days.
      const d = pub - 7 * n;
      v = { ...dayValue(d), constraint: days(d - 3, d + 3) };
    } else if (unit === 'month') {
      const ym = addMonths(year, month, -n);
      v = monthValue(ym.year, ym.month);
    } else if (unit === 'year') v = yearValue(year - n);
    else if (unit === 'decade') v = yearValue(year - 10 * n);
    else continue;
    scan.push(out, start, m.index + m[0].length, v, 1);
  }
}

export function quarters(scan: Scan, out: Candidate[]): void {
  if (!scan.has('uarter') && !scan.has('Q')) return;
  const { text, pub } = scan;
  for (const m of scan.matches(QUARTER_RE)) {
    let q: number;
    let y: number | null = null;
    if (m[4]) [q, y] = [+m[4], +m[5]];
    else if (m[7]) [q, y] = [+m[7], +m[6]];
    else {
      q = QUARTER_ORD[m[1].toLowerCase()];
      if (m[2]) y = +m[2];
      else if (m[3] && pub !== null) {
        const rel = m[3].toLowerCase();
        y = fromDayNumber(pub).year + (rel === 'last' || rel === 'previous' ? -1 : rel === 'next' ? 1 : 0);
      } else if (pub !== null) y = resolveQuarter(pub, q, markedTenseAt(text, m.index, m.index + m[0].length)).year;
    }
    if (y === null || y < 1000 || y > 2100) continue;
    scan.push(out, m.index, m.index + m[0].length, quarterValue(y, q), 2);
  }
}

/** The year of publication when a text says "the end of the year", "the start of the year". */
const THE_YEAR_RE =
  /\b(?:the\s+)?(?:beginning|start|end|middle|rest|remainder|close|turn|first half|second half)\s+of\s+the\s+year\b/gi;

export function theYear(scan: Scan, out: Candidate[]): void {
  if (!scan.has('of the year')) return;
  const { pub } = scan;
  if (pub === null) return;
  for (const m of scan.matches(THE_YEAR_RE)) {
    scan.push(out, m.index, m.index + m[0].length, yearValue(fromDayNumber(pub).year), 0);
  }
}

/**
 * TIMEX3's vague references: "now", "currently" (PRESENT_REF, the publication day),
 * "recently", "in the past" (PAST_REF, up to publication), "soon", "in the future"
 * (FUTURE_REF, from publication on). Wide sets: they never contradict a precise date of the
 * right side.
 */
const REF_RE =
  /\b(?:(now|nowadays|currently|at present|presently|at the moment)|(recently|recent|lately|in the past|the past)|(soon|in the future|the future|the near future|the near term|the long term|the short term|shortly))\b(?!\s*-|\s+(?:after|afterwards?|as)\b)/gi;
/**
 * "the current crisis": the present one. Not "the current account" (a balance), "the current
 * financial quarter" (a period, wider than a day) nor "the current was strong".
 */
const CURRENT_RE =
  /\bthe\s+(current)\s+(?!(?:accounts?|affairs|assets|liabilities|financial|fiscal|calendar|is|was|were|are|has|had|will|would|of|in|and|or|to|that|which|from|through|flows?|flowed|flowing)\b)[a-z]/gi;
/** "the old company is history": it belongs to the past (the idiom, not the subject). */
const IS_HISTORY_RE = /\b(?:is|was|are|were)\s+(?:now\s+)?(history)\b(?=\s*(?:[,.;:!?"'’”)]|``|''|$))/gi;
/** "for the time being": for now (TIMEX3 marks "the time being"). */
const TIME_BEING_RE = /\bthe\s+time\s+being\b/gi;
/** "At one point the index fell 700 points": a moment of the story told, in the past. */
const ONE_POINT_RE = /\bat\s+one\s+point\b(?!\s+(?:on|of)\b)/gi;

export function refs(scan: Scan, out: Candidate[]): void {
  const { text, pub } = scan;
  if (pub === null) return;
  for (const m of scan.matches(REF_RE)) {
    const lead = text.slice(Math.max(0, m.index - 8), m.index);
    // "as soon as", "soon after": a relation between two events, not a time.
    if (m[3] && /\bas\s+$/i.test(lead)) continue;
    // "its most recent model" is its latest one, a rank; "will now arrive in June" says the
    // plan changed, and the time is the one named after it.
    if (m[0].toLowerCase() === 'recent' && /\bmost\s+$/i.test(lead)) continue;
    if (m[0].toLowerCase() === 'now' && /\b(?:will|would|'ll)\s+$/i.test(lead)) continue;
    const v: DateValue = m[1]
      ? presentRef(pub)
      : m[2]
        ? pastRef(pub)
        : { value: 'FUTURE_REF', constraint: days(pub, null) };
    scan.push(out, m.index, m.index + m[0].length, v, 0);
  }
  if (scan.has('urrent'))
    for (const m of scan.matches(CURRENT_RE)) {
      const s = m.index + m[0].toLowerCase().indexOf('current');
      scan.push(out, s, s + m[1].length, presentRef(pub), 0);
    }
  if (scan.has('being'))
    for (const m of scan.matches(TIME_BEING_RE)) scan.push(out, m.index, m.index + m[0].length, presentRef(pub), 0);
  if (scan.has('history'))
    for (const m of scan.matches(IS_HISTORY_RE)) {
      const s = m.index + m[0].length - m[1].length;
      scan.push(out, s, s + m[1].length, pastRef(pub), 0);
    }
  if (scan.has('point'))
    for (const m of scan.matches(ONE_POINT_RE)) {
      if (markedTenseAt(text, m.index, m.index + m[0].length) !== 'past') continue;
      const s = m.index + m[0].toLowerCase().indexOf('one');
      scan.push(out, s, m.index + m[0].length, pastRef(pub), 0);
    }
}

/** "ended the day", "late in the day": the trading or reporting day, told relative to the story. */
const SESSION_DAY_RE =
  /\b(?:(late in|early in|later in|earlier in|the start of|the end of|the close of|the rest of|the remainder of)|(?:end|ended|ending|ends|finish|finished|finishing|close|closed|closing|start|started|for))\s+the\s+day\b/gi;
/** "the same day", "that day": only with a day mentioned shortly before. */
const SAME_DAY_RE = /\b(?:the same day|that same day|that day)\b/gi;
const ANAPHOR_WINDOW = 600;
/**
 * "six days earlier", "a week later", "two days before.", "the next day": a shift from the day
 * told before. "A day after Chrysler did" is a relation to another event, not a date.
 */
const SHIFT_RE =
  /\b(?:(\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(days?|weeks?)\s+(?:(earlier|later)\b(?!\s+than\b)|(before|after)(?=\s*(?:[,.;:)]|$)))|the\s+(next|following|previous)\s+day\b|the\s+day\s+(before|after)(?=\s*(?:[,.;:)]|$)))/gi;

/**
 * Resolves "the day" to the nearest full date mentioned before it (`days`: the settled date
 * mentions of day granularity, sorted); failing that, a session phrase means the day of
 * publication, and "that day" is left alone.
 */
export function anaphoricDays(scan: Scan, out: Candidate[], days: Mention[]): void {
  if (!scan.has(' day') && !scan.has(' week')) return;
  const { pub } = scan;
  const antecedent = (pos: number): number | null => {
    // The last mention ending at or before pos.
    const d = days[partitionPoint(days.length, (i) => days[i].end <= pos) - 1];
    return d && pos - d.end <= ANAPHOR_WINDOW && d.constraint.kind === 'days' ? d.constraint.from : null;
  };
  const run = (re: RegExp, fallback: boolean) => {
    for (const m of scan.matches(re)) {
      const day = antecedent(m.index) ?? (fallback ? pub : null);
      if (day === null) continue;
      const start =
        m[1] !== undefined || re === SAME_DAY_RE ? m.index : m.index + m[0].toLowerCase().lastIndexOf('the day');
      scan.push(out, start, m.index + m[0].length, dayValue(day), 0);
    }
  };
  run(SESSION_DAY_RE, true);
  run(SAME_DAY_RE, false);
  for (const m of scan.matches(SHIFT_RE)) {
    const day = antecedent(m.index);
    if (day === null) continue; // "two days later" with no day told before: left alone
    let shift: number;
    if (m[1]) {
      const n = parseSmallNumber(m[1]);
      if (n === null) continue;
      const back = /earlier|before/i.test(m[3] ?? m[4]);
      shift = (back ? -1 : 1) * n * (/^week/i.test(m[2]) ? 7 : 1);
    } else shift = /previous|before/i.test(m[5] ?? m[6] ?? '') ? -1 : 1;
    scan.push(out, m.index, m.index + m[0].length, dayValue(day + shift), 2); // over "the next day" as a span
  }
}
