/** Rule files as written (after schema validation), and compiled for the engine. */
import type { Severity } from '../model';
import type { UnitDef, UnitRegistry } from '../mentions/units';
import type { UpdateWords } from '../lexicon/updates';

export type FactType = 'date' | 'year' | 'duration' | 'count' | 'quantity' | 'place' | 'name';
export type Position = 'after' | 'before' | 'either';

export interface CueSpec {
  phrase?: string;
  lemma?: string;
  position?: Position;
  window?: number;
  undated?: 'published';
}

/** An exclusion: a string rejects a whole sentence; an object only values within its window. */
export interface ExcludeSpec {
  phrase?: string;
  lemma?: string;
  position?: Position;
  window?: number;
}

/** Rule tests: expected claims per fact (see docs/rules.md#rule-tests). */
export type Expected =
  | string
  | number
  | { value?: string | number; raw?: string; part?: string | null; update?: 'later' | 'down' | 'earlier' | null };
export type ExpectSpec = Record<string, Expected | Expected[]>;
export type AbsentSpec = (string | { fact: string; value?: string | number; raw?: string })[];
export interface TestSpec {
  file: string;
  published?: string;
  expect?: ExpectSpec;
  absent?: AbsentSpec;
}

export interface PlaceSpec {
  id: string;
  name?: string;
  kind?: string;
  aliases?: string[];
  children?: PlaceSpec[];
}

export interface NameSpec {
  id: string;
  name?: string;
  category?: string;
  aliases?: string[];
}

/** Update wording per category; a category given replaces the built-in list. */
export interface UpdateWordsSpec {
  later?: string[];
  down?: string[];
  earlier?: string[];
}

export interface HedgeSpec {
  about?: number;
  nearly?: number;
}

export interface FactSpec {
  id: string;
  title?: string;
  description?: string;
  type: FactType;
  unit?: string;
  severity?: Severity;
  'single-source'?: Severity | 'off';
  /** A running figure: true, or its settings (see docs/rules.md#running-figures). */
  running?: boolean | { window?: number; update?: Severity | 'off'; stale?: Severity | 'off' };
  /** Parts of the event: gazetteer place ids or names ids of the pack. */
  parts?: string[];
  cues: (string | CueSpec)[];
  exclude?: (string | ExcludeSpec)[];
  scope?: 'sentence' | 'paragraph';
  window?: number;
  position?: Position;
  kinds?: string[];
  category?: string;
  within?: string[];
  patterns?: string[];
  map?: Record<string, string>;
  tolerance?: { absolute?: number; relative?: number };
  granularity?: 'day' | 'month' | 'year';
  counts?: string[];
  ordinals?: boolean;
  score?: 'first' | 'second';
  hedges?: HedgeSpec;
  message?: string;
  docs?: string;
}

export interface RuleFileSpec {
  factlint?: 1;
  story: string;
  title?: string;
  description?: string;
  extends?: string[];
  'applies-to'?: { paths?: string[]; story?: string[] };
  defaults?: { severity?: Severity; scope?: 'sentence' | 'paragraph'; window?: number; hedges?: HedgeSpec };
  units?: { id: string; dimension: string; factor: number; offset?: number; names: string[] }[];
  gazetteer?: PlaceSpec[];
  names?: NameSpec[];
  updates?: UpdateWordsSpec;
  tests?: (string | TestSpec)[];
  facts?: FactSpec[];
}

/** A cue as a sequence of token tests. */
export interface CompiledCue {
  label: string; // as written, for reports
  words: string[]; // lower-case token normals to match (phrase) …
  lemmas: string[] | null; // … or lemmas (lemma cue)
  position: Position;
  window: number;
  undated: 'published' | null;
}

export interface CompiledFact {
  id: string;
  title: string;
  description: string | null;
  type: FactType;
  unit: UnitDef | null; // quantity: canonical unit
  severity: Severity;
  singleSource: Severity | 'off';
  /** Running figure settings, or null for a fact whose every disagreement is a contradiction. */
  running: RunningSettings | null;
  /** Part ids (places or names of the pack), or null. */
  parts: string[] | null;
  cues: CompiledCue[];
  exclude: string[][]; // token sequences: the whole sentence yields no claim
  /** Local exclusions: values within the window on the given side of these are rejected. */
  rejectNear: CompiledCue[];
  scope: 'sentence' | 'paragraph';
  kinds: string[] | null;
  category: string | null;
  within: string[] | null;
  /** Custom-entity type names (see rules/patterns.ts) whose matches are this fact's values. */
  patterns: string[] | null;
  /** Normalized matched text → canonical value, for pattern facts. */
  map: Map<string, string> | null;
  tolerance: { absolute: number; relative: number };
  granularity: 'day' | 'month' | 'year' | null;
  /** count: the nouns (words or lemmas, lower case) a value may count; `age` for ages; null = any. */
  counts: string[] | null;
  /** count: ordinals ("sixth round", "8th straight win") are values too. */
  ordinals: boolean;
  /** count: only this side of a score ("31-24": first 31, second 24); null = plain numbers. */
  score: 1 | 2 | null;
  hedges: { about: number; nearly: number };
  message: string | null;
  docs: string | null;
}

export interface RunningSettings {
  /** Days apart at most for two claims to be as of the same time. */
  window: number;
  update: Severity | 'off';
  stale: Severity | 'off';
}

export interface GazetteerEntry {
  id: string;
  name: string;
  kind: string | null;
  category: string | null;
  path: string[]; // ids from the root to this entry
}

export interface CompiledPack {
  story: string;
  title: string;
  file: string;
  appliesTo: { paths: string[] | null; story: string[] | null };
  facts: CompiledFact[];
  places: Map<string, GazetteerEntry>;
  names: Map<string, GazetteerEntry>;
  /** Lower-case token sequences → entry id, for places and names. */
  placeAliases: [string[], string][];
  nameAliases: [string[], string][];
  units: UnitRegistry;
  /** Update wording (lower case) for running facts: the built-in lists, or the pack's. */
  updates: UpdateWords;
  /** Rule tests declared by the pack's own file (paths relative to it). */
  tests: (string | TestSpec)[];
  /** The first words and lemmas of the cues of every pack compiled with this one. */
  cueKeys: CueKeys;
}

/** First words (and lemmas) of cues, straight-quoted: a text's cue index records only these. */
export interface CueKeys {
  words: Set<string>;
  lemmas: Set<string>;
}
