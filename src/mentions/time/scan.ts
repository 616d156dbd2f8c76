/** What every time-expression finder shares: the text, the region, the publication day, the hedge bands. */
import type { DayNumber, Mention } from '../../model';
import { DEFAULT_HEDGE_BANDS, type HedgeBands } from '../../lexicon';
import { type DateValue, dateMention } from './resolve';

/** A mention proposed by one finder; overlaps are settled by length, then priority. */
export interface Candidate {
  mention: Mention;
  priority: number;
}

/** Characters of text kept on each side of a window for look-behinds and look-aheads. */
const CONTEXT = 40;

export class Scan {
  constructor(
    readonly text: string,
    readonly from: number,
    readonly to: number,
    readonly pub: DayNumber | null,
    /** The bands of "about" and "nearly" for durations (a fact's `hedges`). */
    readonly bands: HedgeBands = DEFAULT_HEDGE_BANDS,
  ) {}

  /**
   * Every match of a global regex that starts in [from, to), indices into the whole text.
   * The regex runs on a slice (with some context each side for look-arounds), so a window
   * never makes it search the rest of a long text for its next match.
   */
  private sliceCache: string | null = null;
  private get off(): number {
    return Math.max(0, this.from - CONTEXT);
  }
  /** The window with its context, as matches() searches it. */
  get slice(): string {
    if (this.sliceCache === null)
      this.sliceCache = this.text.slice(this.off, Math.min(this.text.length, this.to + CONTEXT));
    return this.sliceCache;
  }

  /** Cheap test for a literal in the window, to skip a finder's regex. */
  has(literal: string): boolean {
    return this.slice.includes(literal);
  }

  matches(re: RegExp): RegExpExecArray[] {
    const off = this.off;
    const s = this.slice;
    re.lastIndex = this.from - off;
    const out: RegExpExecArray[] = [];
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) && m.index + off < this.to) {
      if (m[0].length === 0) re.lastIndex++;
      m.index += off;
      out.push(m);
    }
    return out;
  }

  push(out: Candidate[], start: number, end: number, value: DateValue, priority: number): void {
    if (start < this.from || end > this.to || end <= start) return;
    out.push({ mention: dateMention(this.text, start, end, value), priority });
  }

  pushMention(out: Candidate[], mention: Mention, priority: number): void {
    if (mention.start < this.from || mention.end > this.to || mention.end <= mention.start) return;
    out.push({ mention, priority });
  }
}

/** Keeps the longest candidate of each overlapping cluster (then higher priority), sorted by start. */
export function settle(cands: Candidate[]): Mention[] {
  cands.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
  const out: Mention[] = [];
  let i = 0;
  while (i < cands.length) {
    // Gather a cluster of transitively overlapping candidates.
    let j = i + 1;
    let end = cands[i].mention.end;
    while (j < cands.length && cands[j].mention.start < end) {
      end = Math.max(end, cands[j].mention.end);
      j++;
    }
    const cluster = cands.slice(i, j);
    cluster.sort(
      (a, b) =>
        b.mention.end - b.mention.start - (a.mention.end - a.mention.start) ||
        b.priority - a.priority ||
        a.mention.start - b.mention.start,
    );
    const kept: Mention[] = [];
    for (const c of cluster) {
      if (kept.every((k) => c.mention.end <= k.start || c.mention.start >= k.end)) kept.push(c.mention);
    }
    kept.sort((a, b) => a.start - b.start);
    out.push(...kept);
    i = j;
  }
  return out;
}
