/**
 * A leading dateline gives the publication date of a plain article:
 * "date 2023-11-09 …", "Published: 2023-11-09", "Dated 9 November 2023 —", "Nov. 9, 2023 –".
 */
import { dayNumber, isoDay, parseIsoDay } from '../util/calendar';
import { MONTH_NUMBERS, MONTH_SRC } from '../lexicon';
const MONTH = `(${MONTH_SRC})\\.?`; // the regexes below take any case
const LABEL = '(?:(?:date[d]?|published|posted|updated)\\s*:?\\s*)?';
const ISO = new RegExp(`^\\s*${LABEL}(\\d{4}-\\d{2}-\\d{2})\\b`, 'i');
const MDY = new RegExp(`^\\s*${LABEL}${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i');
const DMY = new RegExp(`^\\s*${LABEL}(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'i');

export interface Dateline {
  published: string;
  end: number; // offset just past the date
}

export function readDateline(body: string): Dateline | null {
  const head = body.slice(0, 120);
  let m = ISO.exec(head);
  if (m) {
    const day = parseIsoDay(m[1]);
    return day === null ? null : { published: m[1], end: m[0].length };
  }
  m = MDY.exec(head);
  if (m) return make(Number(m[3]), month(m[1]), Number(m[2]), m[0].length);
  m = DMY.exec(head);
  if (m) return make(Number(m[3]), month(m[2]), Number(m[1]), m[0].length);
  return null;
}

/** Datelines may be in capitals ("NOV. 9, 2023"); the shared month table is lower case. */
const month = (name: string): number => MONTH_NUMBERS[name.toLowerCase().replace(/\.$/, '')];

function make(year: number, month: number, day: number, end: number): Dateline | null {
  const iso = isoDay(dayNumber(year, month, day));
  return parseIsoDay(iso) !== null && iso.endsWith(`-${String(day).padStart(2, '0')}`) ? { published: iso, end } : null;
}

/** A publication date, and time when one is given (HH:MM, 24-hour, as written: no time zone). */
export interface PublicationLine {
  published: string;
  time: string | null;
}

const MONTH_WORD = MONTH; // one capture group: the month name
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
/** "April 10, 2007", "Dec-19-05" comes later; "10 Nov 2011", "29th February 2012". */
const WORDY_MDY = new RegExp(`\\b${MONTH_WORD}[\\s-]+${DAY}(?:,|\\s|-)+${YEAR}\\b`, 'i');
const WORDY_DMY = new RegExp(`\\b${DAY}\\s+${MONTH_WORD},?\\s+${YEAR}\\b`, 'i');
const WORDY_SHORT_YEAR = new RegExp(`\\b${MONTH_WORD}-(\\d{1,2})-(\\d{2})\\b`, 'i');
/** "4 / 9 / 2007", "11 / 10 / 11" (month first), "08.07.2012" (day first), "02.29.12". */
const NUMERIC = /\b(\d{1,2})\s*([/.])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})\b/;
const TIME = /\b(\d{1,2})\s*:\s*(\d{2})(?:\s*:\s*\d{2})?(?:\s*([ap])\.?\s*(?:m\b\.?)?)?/i;
const MILITARY = /\b([01]\d|2[0-3])([0-5]\d)\s+(?:GMT|UTC)\b/;
/** What may stand on a publication line besides the date and time. */
const LINE_WORDS =
  /\b(?:first|last|published|posted|updated|edited|modified|date[d]?|on|at|by|and|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\b/gi;
/** Time zones and their like, in capitals: GMT, BST, HKT, ET, UK. */
const ZONES = /\b[A-Z]{2,4}\b/g;

function dateOn(line: string): { published: string; at: number; end: number } | null {
  const found: { published: string; at: number; end: number }[] = [];
  const push = (m: RegExpExecArray | null, y: number, mo: number, d: number) => {
    if (!m || !mo) return;
    const made = make(y, mo, d, 0);
    if (made) found.push({ published: made.published, at: m.index, end: m.index + m[0].length });
  };
  let m = WORDY_MDY.exec(line);
  if (m) push(m, Number(m[3]), month(m[1]), Number(m[2]));
  m = WORDY_DMY.exec(line);
  if (m) push(m, Number(m[3]), month(m[2]), Number(m[1]));
  m = WORDY_SHORT_YEAR.exec(line);
  if (m) push(m, 2000 + Number(m[3]), month(m[1]), Number(m[2]));
  m = NUMERIC.exec(line);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const y = m[4].length === 2 ? (Number(m[4]) >= 70 ? 1900 : 2000) + Number(m[4]) : Number(m[4]);
    // Slashes are American (month first), dots European (day first); a number above 12 settles it.
    const monthFirst = m[2] === '/' ? a <= 12 : b > 12;
    if (monthFirst) push(m, y, a, b);
    else push(m, y, b, a);
  }
  return found.sort((x, y) => x.at - y.at)[0] ?? null;
}

function timeOn(line: string): string | null {
  const m = TIME.exec(line);
  if (m) {
    let h = Number(m[1]);
    const min = Number(m[2]);
    const half = m[3]?.toLowerCase();
    if (half === 'p' && h < 12) h += 12;
    if (half === 'a' && h === 12) h = 0;
    if (h < 24 && min < 60) return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
  }
  const mil = MILITARY.exec(line);
  return mil ? `${mil[1]}:${mil[2]}` : null;
}

/**
 * A publication line near the top of a plain article, after its headline: "POSTED: 1052 GMT,
 * April 10, 2007", "Thu, 10 Nov 2011 02: 45 PM", "Updated 4 / 9 / 2007 6: 04 PM". Only a
 * short line that holds little besides a date and a time counts, so a sentence that starts
 * with a date is never taken for one. The first date on the line wins ("posted …, updated …").
 */
export function readPublicationLine(body: string): PublicationLine | null {
  const lines = body
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 4);
  for (const line of lines) {
    if (line.length > 90) continue;
    const date = dateOn(line);
    if (!date) continue;
    const time =
      timeOn(line.slice(0, date.at)) ?? timeOn(line.slice(date.end).replace(/\b(?:updated|modified)\b[\s\S]*$/i, ''));
    const rest = line
      .slice(0, date.at)
      .concat(' ', line.slice(date.end))
      .replace(TIME, ' ')
      .replace(MILITARY, ' ')
      .replace(LINE_WORDS, ' ')
      .replace(ZONES, ' ')
      .replace(/\b[ap]\.?\s*m\b\.?/gi, ' ')
      .replace(/[^\p{L}]/gu, '');
    if (rest.length <= 16) return { published: date.published, time };
  }
  return null;
}

/** A time of day at the start of text that follows a dateline ("2023-11-09 14:30 —"), as HH:MM. */
export function timeAfterDateline(body: string, end: number): string | null {
  const after = body.slice(end, end + 30);
  return /^[\s,T|-]*\d/.test(after) ? timeOn(after) : null;
}
