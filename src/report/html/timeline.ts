/**
 * An inline SVG number line for facts whose claims carry a numeric `range` (dates as epoch
 * days, years, quantities): one row per claim, groups in distinct colours and marker shapes,
 * open ends drawn as arrows, so disjoint values are visible at a glance.
 */
import { escapeHtml } from '../escape';
import { type Finding, type ReportArticle, type ReportClaim, sourceLabel } from '../../model/report';
import { MONTH_ABBREVIATIONS } from '../../lexicon';
import { dayNumber, fromDayNumber } from '../../util/calendar';
import { GROUP_COLOURS } from './css';

// Narrow viewBox with labels above each row, not beside it: the plot keeps the full width
// and the text stays legible when the figure shrinks to a phone's width.
const W = 360;
const PLOT_L = 12;
const PLOT_R = 348;
const ROW = 38;
const TOP = 4;
const AXIS = 30;

type Ranged = ReportClaim & { range: [number | null, number | null] };

export function groupColour(group: number): string {
  return GROUP_COLOURS[(group - 1) % GROUP_COLOURS.length] ?? '#334155';
}

export function groupLetter(group: number): string {
  return group >= 1 && group <= 26 ? String.fromCharCode(64 + group) : `G${group}`;
}

/** Claims the number line can place: a range with at least one finite bound. */
export function plottable(f: Finding): Ranged[] {
  return f.claims.filter((c): c is Ranged => c.range !== null && c.range.some((v) => v !== null && Number.isFinite(v)));
}

/** The SVG, or '' when fewer than two claims can be placed: one value alone shows no conflict. */
export function timeline(f: Finding, articles: Map<string, ReportArticle>, idBase: string): string {
  const claims = plottable(f);
  if (claims.length < 2) return '';
  const bounds = claims.flatMap((c) => c.range).filter((v): v is number => v !== null && Number.isFinite(v));

  // The finding says what its ranges measure; reports written before `axis` existed had
  // only date and year facts in days.
  const isDate = f.axis ? f.axis === 'days' : f.type === 'date' || (f.type === 'year' && bounds.every((b) => b > 5000));
  let min = Math.min(...bounds);
  let max = Math.max(...bounds);
  const span = max - min;
  // Pad so points do not sit on the frame and open ends have room to point past them.
  const pad = span === 0 ? (isDate ? 3 : Math.max(1, Math.abs(min) * 0.1)) : span * 0.12;
  const openLo = claims.some((c) => c.range[0] === null);
  const openHi = claims.some((c) => c.range[1] === null);
  min -= openLo ? pad * 3 : pad;
  max += openHi ? pad * 3 : pad;
  const x = (v: number): number => PLOT_L + ((v - min) / (max - min)) * (PLOT_R - PLOT_L);

  const height = TOP + claims.length * ROW + AXIS;
  const axisY = TOP + claims.length * ROW + 2;
  const source = (c: ReportClaim): string => sourceLabel(articles, c.article);
  const rows = claims.map((c, i) => row(c, TOP + i * ROW, x, source(c)));
  const ticks = (isDate ? dateTicks(min, max) : numberTicks(min, max, f.type === 'year')).map(
    (t) =>
      `<line x1="${r(x(t.v))}" y1="${axisY}" x2="${r(x(t.v))}" y2="${axisY + 5}" stroke="#57606a"/>` +
      `<text x="${r(x(t.v))}" y="${axisY + 18}" text-anchor="${anchor(x(t.v))}" font-size="11" fill="#57606a">${escapeHtml(t.label)}</text>` +
      `<line x1="${r(x(t.v))}" y1="${TOP}" x2="${r(x(t.v))}" y2="${axisY}" stroke="#d0d7de" stroke-dasharray="2 3"/>`,
  );

  const desc = claims.map((c) => `${groupLetter(c.group)}, ${source(c)}: ${c.display}`).join('; ');
  const unit = f.unit ? ` (${f.unit})` : '';
  return (
    `<svg viewBox="0 0 ${W} ${height}" role="img" aria-labelledby="${idBase}-t ${idBase}-d" ` +
    `xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif">` +
    `<title id="${idBase}-t">${escapeHtml(`Number line of ${f.title}${unit}`)}</title>` +
    `<desc id="${idBase}-d">${escapeHtml(desc)}</desc>` +
    ticks.join('') +
    `<line x1="${PLOT_L}" y1="${axisY}" x2="${PLOT_R}" y2="${axisY}" stroke="#57606a"/>` +
    rows.join('') +
    `</svg>`
  );
}

/** One claim: "A · Source: value" on top, its point or interval below. */
function row(c: Ranged, top: number, x: (v: number) => number, source: string): string {
  const colour = groupColour(c.group);
  const y = top + 26;
  const [lo, hi] = c.range;
  let mark: string;
  if (lo !== null && hi !== null && lo === hi) {
    mark = shape(c.group, x(lo), y, colour);
  } else {
    const a = lo === null ? PLOT_L + 9 : x(lo);
    const b = hi === null ? PLOT_R - 9 : x(hi);
    const cap = (at: number): string =>
      `<line x1="${r(at)}" y1="${y - 7}" x2="${r(at)}" y2="${y + 7}" stroke="${colour}" stroke-width="2"/>`;
    mark =
      `<rect x="${r(a)}" y="${y - 4}" width="${r(Math.max(b - a, 2))}" height="8" rx="2" fill="${colour}"/>` +
      (lo === null ? arrow(PLOT_L, y, -1, colour) : cap(a)) +
      (hi === null ? arrow(PLOT_R, y, 1, colour) : cap(b));
  }
  const who = `${groupLetter(c.group)} · ${truncate(source, 20)}: `;
  return (
    `<g>` +
    `<text x="${PLOT_L}" y="${top + 13}" font-size="13" fill="#1f2328">${escapeHtml(who)}` +
    `<tspan font-weight="700">${escapeHtml(truncate(c.display, Math.max(8, 42 - who.length)))}</tspan></text>` +
    `<line x1="${PLOT_L}" y1="${y}" x2="${PLOT_R}" y2="${y}" stroke="#eaeef2"/>` +
    mark +
    `</g>`
  );
}

/** Marker shapes differ per group so the plot does not rely on colour alone. */
function shape(group: number, cx: number, cy: number, colour: string): string {
  const fill = `fill="${colour}" stroke="#fff" stroke-width="1.5"`;
  switch ((group - 1) % 4) {
    case 0:
      return `<circle cx="${r(cx)}" cy="${cy}" r="6" ${fill}/>`;
    case 1:
      return `<rect x="${r(cx - 5.5)}" y="${cy - 5.5}" width="11" height="11" ${fill}/>`;
    case 2:
      return `<polygon points="${r(cx)},${cy - 7} ${r(cx + 7)},${cy} ${r(cx)},${cy + 7} ${r(cx - 7)},${cy}" ${fill}/>`;
    default:
      return `<polygon points="${r(cx)},${cy - 7} ${r(cx + 7)},${cy + 6} ${r(cx - 7)},${cy + 6}" ${fill}/>`;
  }
}

function arrow(tipX: number, y: number, dir: 1 | -1, colour: string): string {
  const base = tipX - dir * 10;
  return `<polygon points="${r(tipX)},${y} ${r(base)},${y - 7} ${r(base)},${y + 7}" fill="${colour}"/>`;
}

interface Tick {
  v: number;
  label: string;
}

function numberTicks(min: number, max: number, integer: boolean): Tick[] {
  let step = niceStep((max - min) / 4);
  if (integer) step = Math.max(1, Math.round(step));
  const ticks: Tick[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max; v += step) {
    const clean = Number(v.toPrecision(12));
    ticks.push({ v: clean, label: integer ? String(Math.round(clean)) : formatNumber(clean) });
  }
  return ticks;
}

function niceStep(raw: number): number {
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

function formatNumber(v: number): string {
  return Math.abs(v) >= 1e6 || (Math.abs(v) < 1e-3 && v !== 0) ? v.toExponential(2) : String(Number(v.toFixed(3)));
}

/** Calendar ticks: days, month starts or years, whichever gives a handful of labels. */
function dateTicks(min: number, max: number): Tick[] {
  const span = max - min;
  const ticks: Tick[] = [];
  if (span <= 45) {
    const step = [1, 2, 7, 14].find((s) => span / s <= 6) ?? 14;
    for (let d = Math.ceil(min / step) * step; d <= max; d += step) {
      const { month, day } = fromDayNumber(d);
      ticks.push({ v: d, label: `${day} ${MONTH_ABBREVIATIONS[month - 1]}` });
    }
  } else if (span <= 3 * 366) {
    const step = [1, 2, 3, 6, 12].find((s) => span / 30.4 / s <= 5) ?? 12;
    const start = fromDayNumber(Math.ceil(min));
    let y = start.year;
    let m = start.month + (start.day > 1 ? 1 : 0);
    for (;;) {
      if (m > 12) {
        y += Math.floor((m - 1) / 12);
        m = ((m - 1) % 12) + 1;
      }
      const d = dayNumber(y, m, 1);
      if (d > max) break;
      if ((m - 1) % step === 0) ticks.push({ v: d, label: `${MONTH_ABBREVIATIONS[m - 1]} ${y}` });
      m += 1;
    }
  } else {
    const first = fromDayNumber(Math.ceil(min)).year;
    const last = fromDayNumber(Math.floor(max)).year;
    const step = Math.max(1, niceStep((last - first) / 4));
    for (let y = Math.ceil(first / step) * step; y <= last + 1; y += step) {
      const d = dayNumber(y, 1, 1);
      if (d >= min && d <= max) ticks.push({ v: d, label: String(y) });
    }
  }
  return ticks;
}

/** Tick labels near the frame are anchored inwards so they are not clipped. */
function anchor(at: number): string {
  return at < PLOT_L + 30 ? 'start' : at > PLOT_R - 30 ? 'end' : 'middle';
}

function truncate(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

/** Coordinates with two decimals keep the output small and byte-stable. */
function r(v: number): string {
  return String(Math.round(v * 100) / 100);
}
