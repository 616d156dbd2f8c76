/**
 * How findings name their sources: the outlet (front matter `source`; a URL is shown as its
 * host) and the as-of day, "118 (AP, May 3)"; the article's id where no outlet is known.
 */
import { fromDayNumber, parseIsoDay } from '../util/calendar';
import { MONTH_ABBREVIATIONS } from '../lexicon';

/** What alignment knows of an article: its id, outlet and publication time. */
export interface ArticleInfo {
  id: string;
  source?: string;
  published?: string;
  publishedAt?: string;
}

export class Labels {
  private readonly byId: Map<string, ArticleInfo>;
  /** outlet() and label() per article id: every claim of every finding asks again. */
  private readonly outlets = new Map<string, string | null>();
  private readonly labels = new Map<string, string>();
  constructor(articles: ArticleInfo[]) {
    this.byId = new Map(articles.map((a) => [a.id, a]));
  }

  /** The article's outlet, or null. */
  outlet(id: string): string | null {
    let o = this.outlets.get(id);
    if (o === undefined) this.outlets.set(id, (o = this.outletOf(id)));
    return o;
  }

  private outletOf(id: string): string | null {
    const s = this.byId.get(id)?.source?.trim();
    if (!s) return null;
    const url = /^https?:\/\/(?:www\.)?([^/?#]+)/i.exec(s);
    return url ? url[1].toLowerCase() : s;
  }

  /** As-of time: publication date and time when known, else the date, else null. */
  asOf(id: string): string | null {
    const a = this.byId.get(id);
    return a?.publishedAt ?? a?.published ?? null;
  }

  /** As-of day as a day number, or null for an undated article. */
  day(id: string): number | null {
    const a = this.asOf(id);
    return a ? parseIsoDay(a.slice(0, 10)) : null;
  }

  /** "AP, May 3", "May 3", "AP" or the article id. */
  label(id: string): string {
    let l = this.labels.get(id);
    if (l === undefined) {
      const parts = [this.outlet(id), this.shortDate(id)].filter((x): x is string => !!x);
      this.labels.set(id, (l = parts.length ? parts.join(', ') : id));
    }
    return l;
  }

  /** Whether any of these articles has a known outlet (messages then name outlets, not files). */
  anyOutlet(ids: string[]): boolean {
    return ids.some((id) => this.outlet(id) !== null);
  }

  shortDate(id: string): string | null {
    const a = this.asOf(id);
    return a ? shortDay(a.slice(0, 10)) : null;
  }
}

/** "May 3" for 2011-05-03 (the lexicon's month abbreviations). */
export function shortDay(iso: string): string {
  const d = parseIsoDay(iso);
  if (d === null) return iso;
  const { month, day } = fromDayNumber(d);
  return `${MONTH_ABBREVIATIONS[month - 1]} ${day}`;
}
