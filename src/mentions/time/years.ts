/**
 * Bare years ("in 2019", "(2019)", "2009-2011"), decades ("the 1990s", "the '80s") and
 * clipped years ("'82"). A hand-written fast path: chrono does not take bare years, and
 * most digits in news are counts, money or measures, so the context decides.
 */
import { MONTH_NAMES } from '../../lexicon';
import { fromDayNumber } from '../../util/calendar';
import { decadeValue, yearValue } from './resolve';
import type { Candidate, Scan } from './scan';

/** 1000–2100, not glued to letters, digits, money signs, decimals, or a path/ID. */
const YEAR_RE =
  /(?<![\w$£€¥#@/\\.,:'’])((?:1\d|20)\d\d|2100)(s|'s|’s)?(?:\s*[-–]\s*((?:1\d|20)\d\d|\d\d)(?!s))?(?![\w%°'’/]|[.,:]\d|[-–]\d|\s*%)/g;
/** Two-digit decades ("80s"); the words before decide: "the '80s", "the 70s", "the 70s and 80s"
 *  are decades, "in their 70s" is an age. */
const DECADE2_RE = /(?<![\w$£€#@/.,-])(\d)0s\b/g;
const DECADE2_LEAD_RE = /(?:['’]|\bthe\s+['’]?|(?:\bthe\s+|['’])\d0s,?\s+(?:and|or|to|through)\s+['’]?)$/i;
const CLIPPED_RE = /(?<![\w'’])(['’])(\d\d)(?![\w'’%]|[.,]\d)/g;

/** Words after a number that make it a count or a measure, not a year. */
const COUNT_AFTER = new Set(
  (
    'people persons residents inhabitants workers employees jobs staff members passengers students children kids ' +
    'women men soldiers troops police officers deaths dead casualties victims injured cases patients homes houses ' +
    'households families buildings vehicles cars trucks buses planes aircraft jets ships boats units copies shares ' +
    'votes voters seats points runs goals games metres meters m km kms kilometres kilometers miles mi feet ft foot ' +
    'yards yd inches in cm mm kg kgs kilograms grams g tonnes tons t lb lbs pounds dollars euros yen yuan rupees ' +
    'francs usd eur gbp hours hrs h minutes mins min seconds secs sec days weeks months years hp bhp mph kph kmh ' +
    'mw gw kw kwh acres hectares ha sq square cubic degrees calories rpm mb gb tb pixels words pages species times ' +
    'items barrels bpd ounces oz litres liters gallons cc ml sites stores branches locations outlets flights ' +
    'customers users subscribers visitors tourists fans spectators delegates protesters demonstrators refugees ' +
    'migrants prisoners hostages pupils teachers doctors nurses firefighters rescuers animals cattle sheep birds ' +
    'trees hits rooms beds calls messages emails signatures names applications arrests tests doses kilometre ' +
    'kilometer metre meter mile percent per cent strong'
  ).split(' '),
);

/** Words before a number that make it an ID, a quantity or a count. */
const ID_BEFORE = new Set(
  (
    'page pages p pp no nos number flight room route highway interstate model version v ticket code bus line ' +
    'platform gate item section article chapter paragraph rule order resolution patent serial id tel phone ' +
    'exit unit apartment suite box po zip channel episode issue vol volume ref usd eur gbp jpy rs inr chf cad aud ' +
    'us$ a$ c$ hk$ rmb yuan rupees dollars euros than least estimated approximately roughly nearly almost ' +
    'some total minus plus times x'
  ).split(' '),
);
/** Capitalized words before a year that do not make it part of a name. */
const NAME_OK_BEFORE = new RegExp(
  `(?:^|[.!?:;"“(]\\s*|\\b(?:In|Since|By|From|Until|Before|After|During|Of|Early|Late|Mid|${MONTH_NAMES.join('|')}|` +
    'Spring|Summer|Autumn|Fall|Winter))\\s+$',
);
/** Right after a sentence's first word: "Since '82" is no product name. */
const SENTENCE_START_RE = /(?:^|[.!?:;"“(\n])[ \t]*[\w-]+[ \t]+$/;
/** Except these, which make the following number a year: "earlier than 2019", "no later than 2020". */
const YEAR_THAN_RE = /\b(?:earlier|later|before|after|sooner)\s+than\s+$/i;
const MANY_RE = /\b(?:as many as|up to|more than|fewer than|less than)\s+$/i;

function wordBefore(text: string, i: number): string {
  const m = /([\w$.]+)[\s(]*$/.exec(text.slice(Math.max(0, i - 24), i));
  return m ? m[1].toLowerCase().replace(/\.$/, '') : '';
}

function wordAfter(text: string, i: number): string {
  const m = /^\s*([A-Za-z%]+)/.exec(text.slice(i, i + 24));
  return m ? m[1] : '';
}

/** Whether a 4-digit number at text[s, e) reads as a year. */
function yearContext(text: string, s: number, e: number): boolean {
  const before = text.slice(Math.max(0, s - 24), s);
  const wb = wordBefore(text, s);
  if (ID_BEFORE.has(wb) && !YEAR_THAN_RE.test(before)) return false;
  if (MANY_RE.test(before)) return false;
  const wa = wordAfter(text, e);
  if (wa && COUNT_AFTER.has(wa.toLowerCase()) && wa !== 'In') return false;
  // "Russell 2000 Index", "Windows 2000 Server": a number inside a name.
  if (/[A-Z][a-z]+\s+$/.test(before) && /^[ \t]+[A-Z]/.test(text.slice(e, e + 3)) && !NAME_OK_BEFORE.test(before))
    return false;
  // "1,200 and 2000": a list of counts — a number just before, separated by "and"/"or"/"to"/"-".
  if (/\d[\d,.]*\s*(?:and|or|to|-|–)\s*$/.test(before) && !/(?:1\d|20)\d\d\s*(?:and|or|to|-|–)\s*$/.test(before))
    return false;
  return true;
}

export function years(scan: Scan, out: Candidate[]): void {
  const { text } = scan;
  for (const m of scan.matches(YEAR_RE)) {
    const s = m.index;
    const y = +m[1];
    const yEnd = s + m[1].length;
    if (m[2]) {
      // "the 1990s" (or "the 1990's") is a decade; "2010's budget" a possessive year.
      const decade = y % 10 === 0 && (m[2] === 's' || /\bthe\s+$/i.test(text.slice(Math.max(0, s - 5), s)));
      if (decade) {
        scan.push(out, s, yEnd + m[2].length, decadeValue(y), 2);
        continue;
      }
      if (m[2] === 's') continue;
    }
    const end = s + m[0].length;
    // "2019-nCoV" is a name; "a 2008-era plan" still a year.
    if (
      /^[-–][A-Za-z]/.test(text.slice(end, end + 2)) &&
      !/^[-–](?:era|style|model|season|level|vintage|born|built|present|onwards?)\b/i.test(text.slice(end, end + 12))
    )
      continue;
    // After a hyphen only "mid-2011", "pre-2008" and the like are years; "A-1995" is an ID.
    if (text[s - 1] === '-' && !/\b(?:mid|early|late|pre|post|end|start)-$/i.test(text.slice(Math.max(0, s - 7), s)))
      continue;
    if (!yearContext(text, s, end)) continue;
    scan.push(out, s, yEnd, yearValue(y), 1);
    if (m[3]) {
      // A range "2009-2011" or "2009-10": the second year, when it follows the first.
      const y2 = m[3].length === 2 ? Math.floor(y / 100) * 100 + +m[3] : +m[3];
      if (y2 > y && y2 - y < 100) {
        const s2 = s + m[0].lastIndexOf(m[3]);
        scan.push(out, s2, s2 + m[3].length, yearValue(y2), 1);
      }
    }
  }
}

/** The century that puts a two-digit year closest to, and not far after, publication. */
function century(two: number, pubYear: number): number {
  const y20 = 2000 + two;
  return y20 <= pubYear + 10 ? y20 : 1900 + two;
}

export function shortYears(scan: Scan, out: Candidate[]): void {
  const { text, pub } = scan;
  const pubYear = pub !== null ? fromDayNumber(pub).year : 2000;
  for (const m of scan.matches(DECADE2_RE)) {
    const lead = DECADE2_LEAD_RE.exec(text.slice(Math.max(0, m.index - 24), m.index));
    if (!lead) continue;
    const start = /['’]$/.test(lead[0]) ? m.index - 1 : m.index;
    scan.push(out, start, m.index + m[0].length, decadeValue(century(+m[1] * 10, pubYear)), 1);
  }
  for (const m of scan.matches(CLIPPED_RE)) {
    // An apostrophe right after a word is a quote or possessive, not a clipped year.
    if (m.index > 0 && /\w/.test(text[m.index - 1])) continue;
    // "PhotoKit '11": a version in a product's name, as in "Windows 2000 Server".
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (
      /(?:^|[\s(])[\w-]*[A-Z][\w-]*[ \t]+$/.test(before) &&
      !NAME_OK_BEFORE.test(before) &&
      !SENTENCE_START_RE.test(before)
    )
      continue;
    scan.push(out, m.index, m.index + 3, yearValue(century(+m[2], pubYear)), 1);
  }
}
