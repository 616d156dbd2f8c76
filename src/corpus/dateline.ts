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
