/** Rule files as written (after schema validation), and compiled for the engine. */
import type { DaysConstraint, Severity, WitnessSettings } from '../model';
import type { UnitDef, UnitRegistry } from '../mentions/units';
import type { UpdateWords } from '../lexicon/updates';
import type { HedgeTable } from '../mentions/numbers';
import type { FactSpec, Position, RuleFileSpec } from './spec.generated';

/**
 * The rule file as written is typed by src/rules/spec.generated.ts, which the build
 * generates from schema/rules.schema.json: the schema is the only statement of the format.
 * The names below pick parts of it out for the code that reads them.
 */
export type {
  AbsentSpec,
  Expected,
  ExpectSpec,
  FactSpec,
  NameSpec,
  PlaceSpec,
  Position,
  RuleFileSpec,
  AliasSpec,
} from './spec.generated';

export type FactType = FactSpec['type'];
/** A sidecar rule test: a fixture and its expectations (see docs/rules.md#rule-tests). */
export type TestSpec = Exclude<NonNullable<RuleFileSpec['tests']>[number], string>;

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
  /** `where`: the gazetteer path (root to the place) of the event's place, or null. */
  where: string[] | null;
  cues: CompiledCue[];
  exclude: string[][]; // token sequences: the whole sentence yields no claim
  /** Lemma sequences: a sentence holding any form of them yields no claim ("aftershock", "aftershocks"). */
  excludeLemmas: string[][];
  /** Local exclusions: values within the window on the given side of these are rejected. */
  rejectNear: CompiledCue[];
  scope: NonNullable<FactSpec['scope']>;
  kinds: string[] | null;
  category: string | null;
  within: string[] | null;
  /** Custom-entity type names (see src/rules/patterns.ts) whose matches are this fact's values. */
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
  /** The days the fact's event happened in (`when:`); dates of other times are other events. */
  when: DaysConstraint | null;
  /** date: dates attached to reporting verbs ("said on Friday") are values too. */
  reporting: boolean;
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

import type { GazetteerEntry } from '../model';
export type { GazetteerEntry };

/** An alias as matched: its tokens, the entry id, and whether case must match (tokens then keep theirs). */
export type Alias = [tokens: string[], id: string, caseSensitive?: boolean];

export interface CompiledPack {
  story: string;
  title: string;
  file: string;
  appliesTo: { paths: string[] | null; story: string[] | null };
  facts: CompiledFact[];
  places: Map<string, GazetteerEntry>;
  names: Map<string, GazetteerEntry>;
  /** Lower-case token sequences → entry id, for places and names. */
  placeAliases: Alias[];
  nameAliases: Alias[];
  units: UnitRegistry;
  /** Update wording (lower case) for running facts: the built-in lists with the pack's `updates:` and `lexicon:`. */
  updates: UpdateWords;
  /** The general English binding reads, with the pack's `lexicon:` edits: compiled once per pack. */
  lexicon: CompiledLexicon;
  /** Rule tests declared by the pack's own file (paths relative to it). */
  tests: (string | TestSpec)[];
  /** How copies of one text are found for this pack's facts (`witnesses:`). */
  witnesses: WitnessSettings;
  /** The first words and lemmas of the cues of every pack compiled with this one. */
  cueKeys: CueKeys;
}

/**
 * The lexicon lists of src/lexicon/lists.ts as one pack uses them, ready for binding: packs
 * without a `lexicon:` block share one built-in instance.
 */
export interface CompiledLexicon {
  /** Reporting verbs, lemmas (claims/clauses.ts). */
  reporting: ReadonlySet<string>;
  /** Person nouns that `counts: [people]` accepts (claims/heads.ts). */
  people: ReadonlySet<string>;
  /** Nouns that end a noun run after a number (claims/heads.ts). */
  timeNouns: ReadonlySet<string>;
  /** Words that make the event a sentence opens on another one ("the previous flood"; claims/clauses.ts). */
  otherEvent: ReadonlySet<string>;
  /** Text that ends in a relation before a place ("near", "5 km north of"; claims/values.ts). */
  nearBefore: RegExp;
  /** Hedge phrases of counts and quantities (mentions/numbers.ts). */
  hedges: HedgeTable;
}

/** First words (and lemmas) of cues, straight-quoted: a text's cue index records only these. */
export interface CueKeys {
  words: Set<string>;
  lemmas: Set<string>;
}
