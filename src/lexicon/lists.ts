/**
 * The lexicon lists a rule pack may adjust (`lexicon:` in its file): each name, the built-in
 * words, and how a pack's additions and removals are merged into them. The words stay in
 * their topic files; this file only names them for packs.
 */
import type { Hedge } from '../model';
import { OTHER_EVENT_WORDS } from './events';
import { HEDGE_PHRASES } from './hedges';
import { PERSON_NOUNS } from './people';
import { NEAR_WORDS } from './relations';
import { REPORTING_VERBS } from './reporting';
import { TIME_NOUNS } from './time-nouns';
import { normalizeUpdatePhrase, UPDATE_WORDS, updateWordsOf, type UpdateWords } from './updates';

/** A list's entries are lemmas or words (one each: the schema checks) or phrases ("close to"). */
interface ListInfo {
  /** What the list is for, as a rule author reads it (hints, docs). */
  about: string;
  words: () => Iterable<string>;
}

const HEDGES: Hedge[] = ['exact', 'about', 'at-least', 'more-than', 'nearly', 'at-most', 'less-than'];

const HEDGE_LISTS = Object.fromEntries(
  HEDGES.map((h): [string, ListInfo] => [
    `hedge-${h}`,
    {
      about: `hedge phrases before a count or quantity that make it "${h}"`,
      words: () => HEDGE_PHRASES[h],
    },
  ]),
) as Record<`hedge-${Hedge}`, ListInfo>;

/** Every list a pack's `lexicon:` may name, in the order docs/rules.md lists them. */
export const LEXICON_LISTS: Record<LexiconListName, ListInfo> = {
  reporting: {
    about: 'reporting verbs: a date attached to one dates the telling, not the event',
    words: () => REPORTING_VERBS,
  },
  people: {
    about: 'person nouns: what `counts: [people]` accepts as the head of a number',
    words: () => PERSON_NOUNS,
  },
  'time-nouns': {
    about: 'time nouns: they end the noun run after a number ("40 people today")',
    words: () => TIME_NOUNS,
  },
  'other-event': {
    about: 'other-event words: a sentence opening on "the previous flood" is about another event',
    words: () => OTHER_EVENT_WORDS,
  },
  near: {
    about: 'relation words: a place right after one is a reference point ("near Elmford")',
    words: () => NEAR_WORDS,
  },
  'update-later': {
    about: 'update wording before the current figure of a running fact ("rose to")',
    words: () => UPDATE_WORDS.later,
  },
  'update-down': {
    about: 'update wording before a downward revision ("revised down to")',
    words: () => UPDATE_WORDS.down,
  },
  'update-earlier': {
    about: 'update wording that makes a figure an earlier one ("initially")',
    words: () => UPDATE_WORDS.earlier,
  },
  ...HEDGE_LISTS,
};

export type LexiconListName =
  | 'reporting'
  | 'people'
  | 'time-nouns'
  | 'other-event'
  | 'near'
  | 'update-later'
  | 'update-down'
  | 'update-earlier'
  | `hedge-${Hedge}`;

/** One list's adjustment: words added, built-in words removed. */
export interface LexiconEdit {
  add?: string[];
  remove?: string[];
}
export type LexiconSpec = Partial<Record<LexiconListName, LexiconEdit>>;

/** The merged word lists of one pack. */
export interface LexiconWords {
  reporting: ReadonlySet<string>;
  people: ReadonlySet<string>;
  timeNouns: ReadonlySet<string>;
  otherEvent: ReadonlySet<string>;
  near: string[];
  updates: UpdateWords;
  hedges: Record<Hedge, string[]>;
}

/** How an entry of a list is compared with text: lower case, whitespace folded, straight quotes. */
export function normalizeEntry(entry: string): string {
  return normalizeUpdatePhrase(entry);
}

/** The list as built in, normalized (for hints and the check of `remove`). */
export function builtInList(name: LexiconListName): string[] {
  return [...LEXICON_LISTS[name].words()].map(normalizeEntry);
}

/**
 * The lists after a pack's edits, applied in order (the files a pack extends first, then its
 * own): each edit removes, then adds. `updates` are the pack's `updates:` replacements, which
 * stand in for the built-in update lists before the edits.
 */
export function mergeLexicon(edits: LexiconSpec[], updates?: Partial<UpdateWords>): LexiconWords {
  // Most packs edit nothing: they share the built-in lists, merged once (an archive has thousands of packs).
  if (!edits.length) return { ...(builtInWords ??= merge([], undefined)), updates: updateWordsOf(updates) };
  return merge(edits, updates);
}

let builtInWords: LexiconWords | null = null;

function merge(edits: LexiconSpec[], updates: Partial<UpdateWords> | undefined): LexiconWords {
  const list = (name: LexiconListName, base: Iterable<string>): string[] => {
    const out = new Set([...base].map(normalizeEntry));
    for (const e of edits) {
      for (const w of e[name]?.remove ?? []) out.delete(normalizeEntry(w));
      for (const w of e[name]?.add ?? []) out.add(normalizeEntry(w));
    }
    out.delete('');
    return [...out];
  };
  const builtIn = (name: LexiconListName) => list(name, LEXICON_LISTS[name].words());
  const base = updateWordsOf(updates);
  return {
    reporting: new Set(builtIn('reporting')),
    people: new Set(builtIn('people')),
    timeNouns: new Set(builtIn('time-nouns')),
    otherEvent: new Set(builtIn('other-event')),
    near: builtIn('near'),
    updates: {
      later: list('update-later', base.later),
      down: list('update-down', base.down),
      earlier: list('update-earlier', base.earlier),
    },
    hedges: Object.fromEntries(HEDGES.map((h) => [h, builtIn(`hedge-${h}`)])) as Record<Hedge, string[]>,
  };
}
