/**
 * Plain data shared by the pipeline stages (see DESIGN.md):
 * Article → Mention → Claim → Finding → Report.
 */

/** Days since 1970-01-01 (UTC). Calendar arithmetic is done on these integers. */
export type DayNumber = number;

/** Bit mask of allowed weekdays: bit 0 = Sunday … bit 6 = Saturday. */
export const ALL_WEEKDAYS = 0x7f;

/** A set of days: an optional closed range intersected with a weekday mask. */
export interface DaysConstraint {
  kind: 'days';
  from: DayNumber | null; // null = unbounded
  to: DayNumber | null;
  weekdays: number;
}

/** A numeric interval in a canonical unit ('' for plain counts). */
export interface IntervalConstraint {
  kind: 'interval';
  lo: number; // may be -Infinity
  hi: number; // may be Infinity
  loOpen: boolean;
  hiOpen: boolean;
  unit: string;
}

/** A node of a gazetteer tree, as the path of ids from the root to the node. */
export interface PlaceConstraint {
  kind: 'place';
  path: string[];
}

/** A canonical name or category. */
export interface NameConstraint {
  kind: 'name';
  id: string;
}

export type Constraint = DaysConstraint | IntervalConstraint | PlaceConstraint | NameConstraint;

export type Severity = 'error' | 'warning' | 'info';
export type FindingSeverity = Severity | 'none';
/** update: a running figure changed over time; stale: a later article still prints a superseded figure. */
export type Status = 'contradiction' | 'stale' | 'update' | 'agreement' | 'single-source';

/** A source file read into memory. Offsets everywhere are into `body`. */
export interface Article {
  id: string; // path relative to the corpus root, with forward slashes
  path: string; // path as given / relative to cwd
  source?: string;
  published?: string; // YYYY-MM-DD
  /** Publication date and time when the article gives a time: YYYY-MM-DDTHH:MM, as written (no time zone). */
  publishedAt?: string;
  title?: string;
  story?: string;
  /** The text analysed. For HTML it is the file with markup blanked to spaces, so offsets still match. */
  body: string;
  /** Offset of body[0] in the text that `lineStarts` indexes (the file, less a front-matter block). */
  offset: number;
  /** Body offsets before this are a dateline or similar metadata, not article text. */
  textStart: number;
  /** Offsets of each line start in the original file text (for JSON articles: in the body). */
  lineStarts: number[];
  /** Extra front-matter fields, kept for rule scopes. */
  meta: Record<string, unknown>;
  /** Inline suppression comments found in the article. */
  directives?: import('../corpus/directives').Directive[];
}

export interface Span {
  start: number;
  end: number;
}

export type MentionType = 'date' | 'duration' | 'number' | 'quantity' | 'place' | 'name' | 'pattern';

export type Hedge = 'exact' | 'about' | 'at-least' | 'more-than' | 'at-most' | 'less-than' | 'nearly';

/** A typed value found in text; knows nothing of rules. */
export interface Mention extends Span {
  type: MentionType;
  raw: string; // text as written, body.slice(start, end)
  /** Normalized value: TIMEX3 for time (2023-11-09, 2023-07, 2019, XXXX-WXX-7, P3D),
   *  "59 km/h" for quantities, "12" for numbers, gazetteer id for places. */
  value: string;
  constraint: Constraint;
  /** date: day|week|month|year|decade|weekday ; number: the hedge. */
  granularity?: string;
  hedge?: Hedge;
  unit?: string; // canonical unit of a quantity
  dimension?: string; // speed, length, mass, time, …
  /** What a number itself says it counts: 'age' for "36-year-old", "aged 36", "36 years old". */
  counts?: string;
  /** A side of a score ("31-24"): 1 for the first number, 2 for the second. */
  score?: 1 | 2;
}
