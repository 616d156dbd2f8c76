/* Generated from schema/rules.schema.json by scripts/generate-rule-types.mjs (run by `npm run build`).
 * Do not edit: change the schema and build. */

export type SeveritySpec = 'error' | 'warning' | 'info';
/**
 * How far from a cue a value may stand: the same sentence or the same paragraph.
 */
export type ScopeSpec = 'sentence' | 'paragraph';
/**
 * Most tokens between a cue and its value.
 */
export type WindowSpec = number;
export type IdSpec = string;
/**
 * Another spelling matched in text, or an object with its own case rule.
 */
export type AliasSpec =
  | string
  | {
      alias: string;
      /**
       * Match this alias only with its case (true) or in any case (false).
       */
      'case-sensitive'?: boolean;
    };
/**
 * Phrases just before a value that give the current figure ("rose to", "now stands at").
 */
export type Phrases = string[];
/**
 * Phrases just before a value that give a downward revision ("revised down to").
 */
export type Phrases1 = string[];
/**
 * Phrases in the clause of a value that make it an earlier figure ("initially", "earlier reports said").
 */
export type Phrases2 = string[];
export type Expected =
  | (string | number)
  | {
      value?: string | number;
      raw?: string;
      /**
       * The part the claim must be of (a part id of the fact; null: the total).
       */
      part?: string | null;
      /**
       * The update wording the claim must have (later, down, earlier; null: none).
       */
      update?: 'later' | 'down' | 'earlier' | null;
    };
/**
 * Facts (or fact values) the fixture must not yield: a fact id, or { fact, value, raw }.
 */
export type AbsentSpec = (
  | string
  | {
      fact: string;
      value?: string | number;
      raw?: string;
    }
)[];
/**
 * A phrase (exact words, case-insensitive) or an object with more control.
 */
export type CueSpec =
  | string
  | {
      /**
       * Exact words, case-insensitive.
       */
      phrase?: string;
      /**
       * Words matched by dictionary form: 'leave' matches left, leaves, leaving.
       */
      lemma?: string;
      position?: Position;
      window?: WindowSpec;
      /**
       * For date facts: with no date near the cue, the claim is the article's publication date (for 'has set off').
       */
      undated?: 'published';
    };
/**
 * Where the value stands relative to the cue.
 */
export type Position = 'after' | 'before' | 'either';

/**
 * A rule pack names the facts of one story to compare across articles.
 */
export interface RuleFileSpec {
  /**
   * Rule format version.
   */
  factlint?: 1;
  /**
   * Id of the story (the rule pack); required when the file has facts. A file without facts is a library, used only through extends.
   */
  story?: string;
  /**
   * Human title of the story.
   */
  title?: string;
  /**
   * Free text for rule authors.
   */
  description?: string;
  /**
   * Other rule files (paths relative to this one) whose units, gazetteer, names and facts this pack reuses; facts here override facts with the same id.
   */
  extends?: string[];
  /**
   * Which articles the pack checks. Without it, every article.
   */
  'applies-to'?: {
    /**
     * Globs matched against article ids (paths relative to the corpus folder).
     */
    paths?: string[];
    /**
     * Front-matter story: values an article may carry to be in scope.
     */
    story?: string[];
  };
  /**
   * Defaults for every fact of the pack.
   */
  defaults?: {
    severity?: SeveritySpec;
    scope?: ScopeSpec;
    window?: WindowSpec;
    hedges?: HedgeSpec;
  };
  /**
   * Extra units, added to the built-in ones.
   */
  units?: {
    /**
     * Canonical symbol, e.g. li.
     */
    id: string;
    /**
     * speed, length, mass, time, … or a new dimension.
     */
    dimension: string;
    /**
     * How many of the dimension's base unit one of this unit is (m/s, m, kg, s, …).
     */
    factor: number;
    /**
     * Every spelling of the unit.
     *
     * @minItems 1
     */
    names: string[];
    /**
     * Added after scaling: value in the base unit = x × factor + offset, for scales whose zero differs (°C to kelvin: factor 1, offset 273.15). Default 0.
     */
    offset?: number;
  }[];
  /**
   * Places as a tree: a place agrees with its ancestors and descendants, not with its siblings.
   */
  gazetteer?: PlaceSpec[];
  /**
   * Canonical names with aliases, for facts of type name.
   */
  names?: NameSpec[];
  /**
   * Update wording for running facts (replaces the built-in list of each category given): phrases before a value that make it the article's later figure, a downward revision, or an earlier figure the article supersedes.
   */
  updates?: {
    later?: Phrases;
    down?: Phrases1;
    earlier?: Phrases2;
  };
  /**
   * Adjusts the general English lists of src/lexicon/ for every fact of this pack (and packs that extend it): add words to a list, remove built-in ones. Per-fact settings (reporting, counts, hedges) still win. See docs/rules.md#lexicon.
   */
  lexicon?: {
    reporting?: LemmaEditSpec;
    people?: LemmaEditSpec1;
    'time-nouns'?: LemmaEditSpec2;
    'other-event'?: LemmaEditSpec3;
    near?: PhraseEditSpec;
    'update-later'?: PhraseEditSpec1;
    'update-down'?: PhraseEditSpec2;
    'update-earlier'?: PhraseEditSpec3;
    'hedge-exact'?: PhraseEditSpec4;
    'hedge-about'?: PhraseEditSpec5;
    'hedge-at-least'?: PhraseEditSpec6;
    'hedge-more-than'?: PhraseEditSpec7;
    'hedge-nearly'?: PhraseEditSpec8;
    'hedge-at-most'?: PhraseEditSpec9;
    'hedge-less-than'?: PhraseEditSpec10;
  };
  /**
   * Rule tests: fixture articles (paths or globs relative to this file) whose front matter carries expect:/absent:, or sidecar entries naming an article and its expectations. Run them with factlint rules test.
   */
  tests?: (
    | string
    | {
        /**
         * The fixture article, relative to this file.
         */
        file: string;
        /**
         * Publication date (YYYY-MM-DD) for a fixture that states none.
         */
        published?: string;
        expect?: ExpectSpec;
        absent?: AbsentSpec;
      }
  )[];
  /**
   * The facts to compare across articles.
   */
  facts?: FactSpec[];
  /**
   * Copy detection: articles that print one text (wire copy, republication) count as one witness. See docs/rules.md#witnesses.
   */
  witnesses?: {
    /**
     * false: every article is its own witness.
     */
    detect?: boolean;
    /**
     * Share (0–1) of the shorter article's sampled word 5-shingles found in the other that makes two articles copies (default 0.3).
     */
    threshold?: number;
    /**
     * Known syndication: the outlet (front matter source) republishes these agencies, so its articles count as their witness.
     */
    syndication?: {
      outlet: string;
      /**
       * @minItems 1
       */
      republishes: string[];
    }[];
  };
}
/**
 * Relative width of the band that hedged numbers allow: about 40 with about: 0.1 is [36, 44].
 */
export interface HedgeSpec {
  about?: number;
  nearly?: number;
}
export interface PlaceSpec {
  id: IdSpec;
  /**
   * Display name; also matched in text. Defaults to the id.
   */
  name?: string;
  /**
   * country, region, city, town, venue, … (facts can restrict to kinds).
   */
  kind?: string;
  /**
   * Other spellings matched in text (punctuation insensitive; case insensitive unless case-sensitive).
   */
  aliases?: AliasSpec[];
  /**
   * Match the name and every alias with their case. Default: only aliases of two to five capital letters (US, UN).
   */
  'case-sensitive'?: boolean;
  /**
   * Places inside this one.
   */
  children?: PlaceSpec[];
}
export interface NameSpec {
  id: IdSpec;
  /**
   * Display name; also matched in text.
   */
  name?: string;
  /**
   * Which name facts may use it (e.g. person, organisation, vessel).
   */
  category?: string;
  aliases?: AliasSpec[];
  /**
   * Match the name and every alias with their case. Default: only aliases of two to five capital letters.
   */
  'case-sensitive'?: boolean;
}
/**
 * Reporting verbs, as lemmas (say, tell, describe…): a date attached to one dates the telling, not the event, unless the date fact says reporting: true.
 */
export interface LemmaEditSpec {
  /**
   * words added to the list.
   */
  add?: string[];
  /**
   * Built-in words taken out of the list.
   */
  remove?: string[];
}
/**
 * Person nouns, as lemmas (people, man, victim…): the heads that counts: [people] accepts.
 */
export interface LemmaEditSpec1 {
  /**
   * words added to the list.
   */
  add?: string[];
  /**
   * Built-in words taken out of the list.
   */
  remove?: string[];
}
/**
 * Time nouns (today, morning, weekend…): a noun run after a number ends before them ("40 people today").
 */
export interface LemmaEditSpec2 {
  /**
   * words added to the list.
   */
  add?: string[];
  /**
   * Built-in words taken out of the list.
   */
  remove?: string[];
}
/**
 * Words that make the event a sentence opens on another one (previous, prior, earlier, last): "The previous flood killed 40" yields no claim of a fact with when:.
 */
export interface LemmaEditSpec3 {
  /**
   * words added to the list.
   */
  add?: string[];
  /**
   * Built-in words taken out of the list.
   */
  remove?: string[];
}
/**
 * Relation words before a place (near, off the coast of…): the place is a reference point, not the place itself.
 */
export interface PhraseEditSpec {
  /**
   * phrases added to the list.
   */
  add?: string[];
  /**
   * Built-in phrases taken out of the list.
   */
  remove?: string[];
}
/**
 * Update wording just before the current figure of a running fact (rose to, now stands at…).
 */
export interface PhraseEditSpec1 {
  /**
   * phrases added to the list.
   */
  add?: string[];
  /**
   * Built-in phrases taken out of the list.
   */
  remove?: string[];
}
/**
 * Update wording just before a downward revision (revised down to, fell to…).
 */
export interface PhraseEditSpec2 {
  /**
   * phrases added to the list.
   */
  add?: string[];
  /**
   * Built-in phrases taken out of the list.
   */
  remove?: string[];
}
/**
 * Update wording that makes a figure an earlier one (initially, earlier reports said…).
 */
export interface PhraseEditSpec3 {
  /**
   * phrases added to the list.
   */
  add?: string[];
  /**
   * Built-in phrases taken out of the list.
   */
  remove?: string[];
}
/**
 * Hedge phrases before a count or quantity that make it "exact".
 */
export interface PhraseEditSpec4 {
  /**
   * phrases added to the list.
   */
  add?: string[];
  /**
   * Built-in phrases taken out of the list.
   */
  remove?: string[];
}
/**
 * Hedge phrases before a count or quantity that make it "about".
 */
export interface PhraseEditSpec5 {
  /**
   * phrases added to the list.
   */
  add?: string[];
  /**
   * Built-in phrases taken out of the list.
   */
  remove?: string[];
}
/**
 * Hedge phrases before a count or quantity that make it "at-least".
 */
export interface PhraseEditSpec6 {
  /**
   * phrases added to the list.
   */
  add?: string[];
  /**
   * Built-in phrases taken out of the list.
   */
  remove?: string[];
}
/**
 * Hedge phrases before a count or quantity that make it "more-than".
 */
export interface PhraseEditSpec7 {
  /**
   * phrases added to the list.
   */
  add?: string[];
  /**
   * Built-in phrases taken out of the list.
   */
  remove?: string[];
}
/**
 * Hedge phrases before a count or quantity that make it "nearly".
 */
export interface PhraseEditSpec8 {
  /**
   * phrases added to the list.
   */
  add?: string[];
  /**
   * Built-in phrases taken out of the list.
   */
  remove?: string[];
}
/**
 * Hedge phrases before a count or quantity that make it "at-most".
 */
export interface PhraseEditSpec9 {
  /**
   * phrases added to the list.
   */
  add?: string[];
  /**
   * Built-in phrases taken out of the list.
   */
  remove?: string[];
}
/**
 * Hedge phrases before a count or quantity that make it "less-than".
 */
export interface PhraseEditSpec10 {
  /**
   * phrases added to the list.
   */
  add?: string[];
  /**
   * Built-in phrases taken out of the list.
   */
  remove?: string[];
}
/**
 * Claims the fixture must yield: fact id → a value (normalized value, display or raw text), { value, raw }, or a list of them. Every claim not expected is a false positive.
 */
export interface ExpectSpec {
  [k: string]: Expected | Expected[];
}
export interface FactSpec {
  id: IdSpec;
  /**
   * Human title, shown in reports.
   */
  title?: string;
  description?: string;
  /**
   * What kind of value the fact holds.
   */
  type: 'date' | 'year' | 'duration' | 'count' | 'quantity' | 'place' | 'name';
  /**
   * quantity: the canonical unit values are compared and shown in (km/h); duration: the unit shown (days, years).
   */
  unit?: string;
  /**
   * Severity of a contradiction on this fact.
   */
  severity?: 'error' | 'warning' | 'info';
  /**
   * Severity of a claim only one article makes (default info; off hides it).
   */
  'single-source'?: 'error' | 'warning' | 'info' | 'off';
  /**
   * A running figure (a toll, a count of injured, an estimate) that changes over the news cycle: claims are ordered by as-of time; a later different figure is an update, not a contradiction. true, or settings.
   */
  running?:
    | boolean
    | {
        /**
         * Claims whose articles were published at most this many days apart are as of the same time and can contradict (default 0: the same day).
         */
        window?: number;
        /**
         * Severity of an update finding (default info; off: severity none).
         */
        update?: 'error' | 'warning' | 'info' | 'off';
        /**
         * Severity of a stale finding: a later article still printing a figure an earlier one had superseded (default warning).
         */
        stale?: 'error' | 'warning' | 'info' | 'off';
      };
  /**
   * Parts of the event (gazetteer place ids or names ids of the pack): a claim whose clause, sentence or section heading names a part is a claim of that part; parts align apart from the total and are checked against it.
   *
   * @minItems 1
   */
  parts?: string[];
  /**
   * Words that must stand near a value for it to be a claim of this fact.
   *
   * @minItems 1
   */
  cues: CueSpec[];
  /**
   * Phrases that stop a claim of this fact: a string (or an object with scope: sentence) rejects every value of a sentence that contains it; an object rejects only values within its window on its side ({ phrase: arrived in, position: after, window: 3 }). A lemma matches every form of the word.
   */
  exclude?: (
    | string
    | {
        phrase?: string;
        lemma?: string;
        position?: Position;
        window?: WindowSpec;
        /**
         * sentence: the whole sentence yields no claim of this fact (like a string, but a lemma may be given: { lemma: aftershock, scope: sentence }).
         */
        scope?: 'sentence';
      }
  )[];
  scope?: ScopeSpec;
  window?: WindowSpec;
  position?: Position;
  /**
   * place: only places of these kinds count (e.g. [city, town]).
   */
  kinds?: string[];
  /**
   * name: only names of this category count.
   */
  category?: string;
  /**
   * place: only places inside these gazetteer ids count (the ids themselves included).
   *
   * @minItems 1
   */
  within?: string[];
  /**
   * name or count: wink-nlp custom-entity patterns that find the values instead of the built-in extractor ([CARDINAL|NUM] carriages, PROPN train).
   *
   * @minItems 1
   */
  patterns?: string[];
  /**
   * name facts with patterns: matched text (case and punctuation insensitive) → canonical value.
   */
  map?: {
    [k: string]: string;
  };
  /**
   * How far apart two values may be and still agree.
   */
  tolerance?: {
    /**
     * In the fact's unit (days for dates).
     */
    absolute?: number;
    /**
     * A fraction of the value, e.g. 0.05.
     */
    relative?: number;
  };
  /**
   * date: compare at this precision (month: any two days of one month agree).
   */
  granularity?: 'day' | 'month' | 'year';
  /**
   * count: what a value may count: the head nouns (words or lemmas) a number stands with, `age` for ages ("36-year-old"). A number with no head noun always may.
   *
   * @minItems 1
   */
  counts?: string[];
  /**
   * count: values are this side of a score ("won 31-24": first 31, second 24), never plain numbers.
   */
  score?: 'first' | 'second';
  /**
   * When the fact's event happened (2024-05-02, 2024-05 or 2024): a sentence whose dates all lie outside it is about another event, and a date value outside it is rejected.
   */
  when?: string | number;
  /**
   * Where the fact's event happened (a gazetteer place id of the pack): a sentence that names places of the gazetteer, none of them this place, inside it or around it, is about another event.
   */
  where?: string;
  /**
   * date: dates attached to reporting verbs ("said on Friday") are values too: the fact is about the telling (an announcement).
   */
  reporting?: boolean;
  /**
   * count: ordinals are values too ("the sixth round" is 6, "their 8th straight win" 8).
   */
  ordinals?: boolean;
  hedges?: HedgeSpec;
  /**
   * Template of the finding's message: {title}, {fact}, {status}, {values}, {articles}.
   */
  message?: string;
  /**
   * A documentation URL shown with findings.
   */
  docs?: string;
}
