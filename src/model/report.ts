/**
 * The report every formatter renders. Its JSON form is a contract (docs/reports.md,
 * schema/report.schema.json): fields may be added, none renamed.
 */
import type { FindingSeverity, Status } from './';

export interface ReportArticle {
  id: string;
  path: string;
  source: string | null;
  published: string | null;
  /** Publication date and time (YYYY-MM-DDTHH:MM) when the article gives a time, else null. */
  publishedAt: string | null;
  title: string | null;
}

/** How reports name an article: by its source ("Brae Courier"), else by its id. */
export const articleLabel = (article: { source?: string | null } | undefined, id: string): string =>
  article?.source ?? id;
/** The label of the article `id` among a report's articles. */
export const sourceLabel = (articles: ReadonlyMap<string, ReportArticle>, id: string): string =>
  articleLabel(articles.get(id), id);

export interface ReportClaim {
  article: string; // article id
  path: string;
  line: number; // 1-based, in the original file
  column: number; // 1-based
  endLine: number;
  endColumn: number; // exclusive: the column just past the value, as SARIF counts
  raw: string; // as written
  value: string; // normalized (TIMEX3, "59 km/h", place id…)
  display: string; // human form of the value ("Sun", "2023-11-09 (Thu)", "Paris")
  text: string; // evidence sentence, on one line
  textOffset: number; // where the value (raw, whitespace folded) starts inside `text`
  /** 1-based side of the finding; 0: on no side (a loose claim compatible with several sides, see compatibleWith). */
  group: number;
  /** Id of the claim's witness (see ReportGroup.witnesses): claims with one id are copies of one text. */
  witness: string;
  cue: string | null; // the cue phrase that bound it
  /**
   * Numeric extent for plots: epoch days for date and year facts (see Finding.axis), numbers in
   * the fact's unit otherwise. null = unbounded.
   */
  range: [number | null, number | null] | null;
  /** Draft mode only: whether the claim is a draft's. */
  draft?: boolean;
  /** Draft mode, on a draft's claims: indices (in the finding's `claims`) of the claims it cannot hold with. */
  conflicts?: number[];
  /** Present (true) when the value is the article's publication date, taken for an undated cue. */
  fromPublished?: true;
  /** Sides (groups) a claim on no side is compatible with; [] for claims on a side. */
  compatibleWith: number[];
  /** The part of the event the claim is about (a part id of the fact), or null for the total. */
  part: string | null;
  /** As-of time: the article's publication date (and time, when known), or null. */
  asOf: string | null;
  /** Update wording around the value: later ("rose to"), down ("revised down to"), earlier ("initially"), or null. */
  update: 'later' | 'down' | 'earlier' | null;
  /** The earlier figure the same words give ("rose from 9 to 14": "9"), or null. */
  earlier: string | null;
  /** A later article printing a figure an earlier one had superseded (running facts). */
  stale: boolean;
}

/** One step of a running figure's timeline: a value, as of when, and who printed it. */
export interface TimelineStep {
  display: string;
  /** As-of date (YYYY-MM-DD, or with a time), null for undated articles (listed last, unordered). */
  asOf: string | null;
  articles: string[];
  sources: string[];
  /** Compared with the step before: up, down, or null for the first (and undated) steps. */
  direction: 'up' | 'down' | null;
  /** Printed after a later figure had superseded it. */
  stale: boolean;
}

export interface ReportGroup {
  group: number;
  display: string; // the group's joint value
  articles: string[];
  /** Independent witnesses among the group's articles: copies of one text count once. */
  witnesses: ReportWitness[];
}

/** One witness: an original text and the outlets that printed it (one article when independent). */
export interface ReportWitness {
  id: string; // the wire credit ("AP") or the first article id of the copies
  label: string; // "AP wire", or the article's outlet
  articles: string[];
}

export interface Finding {
  id: string; // stable fingerprint
  story: string; // rule pack id
  fact: string;
  title: string;
  /** The fact's description from the rule file, if any. */
  description: string | null;
  type: string; // fact type: date, year, quantity, count, duration, place, name
  unit: string | null;
  /** What `range` of the claims measures: 'days' (since 1970-01-01), 'number' (in `unit`), or null (places, names). */
  axis: 'days' | 'number' | null;
  status: Status;
  severity: FindingSeverity;
  message: string;
  docs: string | null;
  groups: ReportGroup[];
  claims: ReportClaim[];
  /** The claims' group that stands alone against a majority, if any. */
  oddOneOut: number | null;
  /** The part of the event the finding is about (a part id of the fact), or null for the total. */
  part: string | null;
  /** Whether the fact is a running figure (ordered by as-of time). */
  running: boolean;
  /** Running facts: the figure value by value over time (update and agreement findings); else null. */
  timeline: TimelineStep[] | null;
  /** Contradictions of running figures: the as-of day the conflicting claims share; else null. */
  asOf: string | null;
  /** Claims that cannot both hold: pairs of claim lists (indexes into claims), one per two values in conflict. */
  conflicts: [number[], number[]][];
  /** Articles whose own claims conflict (an article contradicting itself). */
  selfContradictions: string[];
  /** A check across parts and total: part-exceeds-total (a contradiction) or parts-sum (info); else null. */
  check: 'part-exceeds-total' | 'parts-sum' | null;
  /** Draft mode only: the finding as the draft sees it (severity and message are then the draft's). */
  draft?: DraftView;
}

/**
 * A finding from the draft's side: `contradicts` (a draft claim cannot hold with a claim of the
 * coverage, or of another draft), `agrees` (every claim of the coverage allows the draft's
 * value) or `unconfirmed` (the coverage says nothing on the fact).
 */
export interface DraftView {
  status: 'contradicts' | 'agrees' | 'unconfirmed';
  /** The drafts that make claims on the fact. */
  articles: string[];
  /** Claims of the coverage conflict with each other: context for the draft, never its error. */
  coverageDisagrees: boolean;
}

export interface DraftSummary {
  drafts: number;
  contradicts: number;
  agrees: number;
  unconfirmed: number;
  /** Findings the draft does not contradict where the coverage disagrees within itself. */
  context: number;
}

export interface Problem {
  code: string;
  /** 'info': something the reader should know that changes no result of the run (e.g. `undated-relative-dates`). */
  severity: 'error' | 'warning' | 'info';
  message: string;
  file: string;
  line: number | null;
  column: number | null;
  hint: string | null;
}

export interface Summary {
  articles: number;
  facts: number;
  findings: number;
  contradictions: number;
  agreements: number;
  singleSource: number;
  updates: number;
  stale: number;
  errors: number;
  warnings: number;
  infos: number;
  problems: number;
  /** Claims dropped by inline factlint-disable comments. */
  suppressed?: number;
  /** Findings ignored because the baseline records them. */
  baselined?: number;
  /** Draft mode only: the draft's findings by their status from the draft's side. */
  draft?: DraftSummary;
}

export interface Report {
  version: 1;
  tool: { name: 'factlint'; version: string };
  articles: ReportArticle[];
  /** Draft mode only: the ids of the drafts checked against the other articles. */
  drafts?: string[];
  findings: Finding[];
  problems: Problem[];
  summary: Summary;
}

/** A formatter is a pure function from a report to the text of one output. */
export type Formatter = (report: Report, options: FormatOptions) => string;

export interface FormatOptions {
  color: boolean;
  /** Directory the output file is written to (for relative links), or null for stdout. */
  outDir: string | null;
  /** The exit code the run ends with, when known: the text summary's mark follows it. */
  exitCode?: number;
  /** Columns the text report wraps to (default 80). */
  width?: number;
}
