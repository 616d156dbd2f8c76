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
  /** Somewhere about the place ("near Elmford"): agrees with the place and its neighbours, not another "near". */
  near?: boolean;
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

/** Severities, worst first: the order reports list them in. */
export const SEVERITY_ORDER: readonly FindingSeverity[] = ['error', 'warning', 'info', 'none'];
/** How bad a severity is: none 0, info 1, warning 2, error 3. */
export const severityRank = (s: FindingSeverity): number => SEVERITY_ORDER.length - 1 - SEVERITY_ORDER.indexOf(s);
/** Statuses in the order reports list findings: contradictions first. */
export const STATUS_ORDER: readonly Status[] = ['contradiction', 'stale', 'update', 'agreement', 'single-source'];

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
  /** What copy detection reads (sampled shingle hashes, wire credits), set when extracted for a check. */
  fingerprint?: Fingerprint;
  /** Inline suppression comments found in the article. */
  directives?: Directive[];
}

/** A place or name of a pack's gazetteer, as the mention finders and the rules see it. */
export interface GazetteerEntry {
  id: string;
  name: string;
  kind: string | null;
  category: string | null;
  path: string[]; // ids from the root to this entry
}

/** What copy detection reads of an article (corpus/fingerprint.ts makes it, align/witness.ts compares). */
export interface Fingerprint {
  /** Sorted hashes of a fixed sample of the article's word 5-shingles (unsigned 32-bit). */
  shingles: number[];
  /** Wire agencies the article credits, by id, sorted. */
  credits: string[];
}

/** How copies of one text are found (a rule file's `witnesses:`; align/witness.ts). */
export interface WitnessSettings {
  /** false: every article is its own witness (`--no-witnesses`, `witnesses: { detect: false }`). */
  detect: boolean;
  /** Share of the shorter text's sampled shingles found in the other that makes two articles copies. */
  threshold: number;
  /** Outlet (front matter `source`, lower-case) → the agencies it republishes. */
  syndication: Map<string, string[]>;
}

export const DEFAULT_WITNESS_SETTINGS: WitnessSettings = { detect: true, threshold: 0.3, syndication: new Map() };

export interface Span {
  start: number;
  end: number;
}

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

/** An inline suppression comment of an article (read by corpus/directives.ts, applied by the gate). */
export interface Directive {
  kind: DirectiveKind;
  facts: string[]; // empty = all
  reason: string | null;
  line: number; // line of the comment in the file
  column: number;
  start: number; // body offsets of the whole comment
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
