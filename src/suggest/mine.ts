/**
 * What each article states, as `suggest` sees it before any rule exists: every typed value
 * (the `extract --all` mentions, plus the places the coverage names) with the words around it
 * that could become a fact's cues. Nothing here knows a story.
 */
import type { Article, Mention } from '../model';
import type { Analysis, Sentence, Token } from '../nlp/wink';
import { extractMentions } from '../mentions';
import { buildDictionary, findEntries, type Dictionary } from '../mentions/dictionary';
import { partitionPoint } from '../util/search';
import { parseIsoDay } from '../util/calendar';
import { straightQuotes } from '../util/text';
import type { GazetteerEntry } from '../rules/types';
import { levenshtein } from '../util/levenshtein';
import {
  DIRECTION_WORDS,
  FIRST_PERSON,
  FURNITURE_WORDS,
  ORGANISATION_WORDS,
  GENERAL_LEMMAS,
  PERFECT_AUXILIARIES,
  PLACE_PREPOSITIONS,
  REPORTING_VERBS,
  ROLE_ENDINGS,
  ROLE_NOUNS,
  WORD_CLASSES,
} from '../lexicon/discovery';
import { PERSON_NOUNS } from '../lexicon/people';

/** The kinds of value a proposed fact compares; quantities are further split by dimension. */
export type ValueKind = 'date' | 'year' | 'duration' | 'count' | 'quantity' | 'place' | 'name';

/** A word near a value that could be the cue of a fact, as the article wrote it. */
export interface Anchor {
  /** What anchors of different articles must share: a word class ("class:depart") or a lemma. */
  key: string;
  /** The cue as written: lower-case words ("previous encounter"), or one lemma. */
  phrase: string;
  lemma: boolean;
  /** Part of speech of the cue word (VERB, NOUN, ADJ). */
  pos: string;
  /** The words as the article wrote them, for a fact's title ("left", "previous encounter"). */
  surface: string;
  /** Where the value stands relative to the cue. */
  side: 'after' | 'before';
  /** Word tokens between cue and value. */
  distance: number;
  /**
   * All tokens between cue and value, as the binder counts a cue's window: punctuation and
   * each part of a value written in several tokens ("38-year-old") count. Absent: as `distance`.
   */
  tokens?: number;
  /** The cue says "as of publication" ("has set off" with no date near it). */
  undated: boolean;
}

/** Whose age a number is: a name beside it ("Ann Lee, 38,", "38-year-old Ann Lee"), or the noun after it. */
export interface AgeOf {
  /** The surname, lower case ("lee"), or null. */
  name: string | null;
  /** The noun after the age when no name is ("a 38-year-old man": man; "a 41-year-old case": case). */
  noun: string | null;
}

export interface Observation {
  id: number;
  article: number;
  kind: ValueKind;
  /** kind plus what must also match: the dimension of a quantity. */
  group: string;
  mention: Mention;
  sentence: Sentence;
  anchors: Anchor[];
  /** Ages: whose. */
  age?: AgeOf;
}

export interface MinedArticle {
  article: Article;
  analysis: Analysis;
  observations: Observation[];
}

/** A place candidate: a proper-noun phrase the coverage puts after "in", "at", "to"… */
export interface PlaceCandidate {
  id: string;
  name: string;
  aliases: string[];
  /** Places it was written inside of ("Port Ellery, Ostra Province"). */
  parents: string[];
}

/** A person the coverage names: a proper-noun phrase of a first name and a surname. */
export interface NameCandidate {
  id: string;
  name: string;
  aliases: string[];
}

/** Between two places, words that put the first inside the second: " refugee camp in northern ". */
const INSIDE = new RegExp(
  `^(?:\\s+[a-z][\\w-]*){0,3}\\s+in\\s+(?:the\\s+)?(?:(?:${[...DIRECTION_WORDS].join('|')})\\s+)?$`,
);

/** Words between a name and the role or deed that says who the person is. */
export const NAME_WINDOW = 4;

/** Words between a cue and a value that still bind them (the cue window of the fact). */
export const CONTEXT_WINDOW = 10;

const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ']);
const PARTICLES = new Set(['off', 'out', 'down', 'up', 'away', 'over']);
const SKIP_POS = new Set(['SPACE', 'PUNCT', 'SYM']);

/** Prepositions that say the same about a place: "journey to" = "heading towards". */
const PREPOSITION_CLASS: Record<string, string> = { towards: 'to', toward: 'to', into: 'to', at: 'in', near: 'in' };

/** Word class of a lemma or of a two-word phrasal verb, by lemma. */
const CLASS_OF = new Map<string, string>();
for (const [name, words] of Object.entries(WORD_CLASSES))
  for (const w of words) if (!CLASS_OF.has(w)) CLASS_OF.set(w, name);

const isWord = (t: Token) => !SKIP_POS.has(t.pos);
const lower = (s: string) => straightQuotes(s.toLowerCase());

/** Normalized form of a place name: case, punctuation and a leading "the" do not count. */
export function placeKey(name: string): string {
  return lower(name)
    .replace(/^the\s+/, '')
    .replace(/[.'’`]/g, '')
    .replace(/[-‐‑–\s]+/g, ' ')
    .trim();
}

export function slug(s: string): string {
  return (
    lower(s)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || 'x'
  );
}

function tokenIndexAt(tokens: Token[], offset: number): number {
  return partitionPoint(tokens.length, (i) => tokens[i].end <= offset);
}

/** Proper-noun runs that follow a place preposition, as token ranges. */
function placeRuns(a: Analysis, dates: Mention[]): { first: number; last: number }[] {
  const { tokens } = a;
  const out: { first: number; last: number }[] = [];
  const inDate = (i: number) => {
    const k = partitionPoint(dates.length, (j) => dates[j].end <= tokens[i].start);
    return k < dates.length && dates[k].start <= tokens[i].start;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!PLACE_PREPOSITIONS.has(tokens[i].normal)) continue;
    // "according to Ankit Panda": a source, not a place.
    if (tokens[i].normal === 'to' && i > 1 && tokens[i - 2]?.normal === 'according') continue;
    let j = i + 1;
    while (j < tokens.length && tokens[j].pos === 'SPACE') j++;
    if (j < tokens.length && tokens[j].normal === 'the') j++;
    let k = j;
    while (k < tokens.length && isName(tokens[k]) && !inDate(k)) k++;
    if (k > j && k - j <= 4) out.push({ first: j, last: k });
  }
  return out;
}

/**
 * Places of the whole coverage: a proper-noun phrase that follows a place preposition in at
 * least `minArticles` articles, and does so in a good share of its uses (a person's name
 * follows "to" now and then, a place most of the time).
 */
export function findPlaces(
  analysed: { article: Article; analysis: Analysis; mentions: Mention[] }[],
  minArticles: number,
): PlaceCandidate[] {
  const seen = new Map<string, { forms: Map<string, number>; articles: Set<number>; uses: number }>();
  analysed.forEach(({ analysis, mentions }, n) => {
    const dates = mentions.filter((m) => m.type === 'date');
    for (const r of placeRuns(analysis, dates)) {
      const name = analysis.text.slice(analysis.tokens[r.first].start, analysis.tokens[r.last - 1].end);
      const key = placeKey(name.replace(/['’]s$/, ''));
      if (!key || key.length < 2 || ORGANISATION_WORDS.has(key.split(' ').pop()!)) continue;
      let s = seen.get(key);
      if (!s) seen.set(key, (s = { forms: new Map(), articles: new Set(), uses: 0 }));
      s.forms.set(name, (s.forms.get(name) ?? 0) + 1);
      s.articles.add(n);
      s.uses++;
    }
  });
  // One article may be the only one to name a place (the odd one out): the fact, not each of its
  // values, must be stated by several articles.
  void minArticles;
  const keys = [...seen.keys()];
  if (!keys.length) return [];
  // Every use of the candidates, after a preposition or not: a name mostly used elsewhere is a person's.
  const entries = new Map<string, GazetteerEntry>(
    keys.map((k) => [k, { id: k, name: k, kind: null, category: null, path: [k] }]),
  );
  const dict = buildDictionary(
    keys.map((k) => [k.split(' '), k]),
    entries,
    'place',
  );
  const uses = new Map<string, number>();
  const inside = new Map<string, Map<string, number>>();
  for (const { article, analysis } of analysed) {
    const found = findEntries(dict, article.body, analysis.tokens);
    for (const m of found) uses.set(m.value, (uses.get(m.value) ?? 0) + 1);
    // "X, Y" and "X refugee camp in northern Y": X is written inside Y.
    for (let i = 0; i + 1 < found.length; i++) {
      const between = article.body.slice(found[i].end, found[i + 1].start);
      if (found[i].value !== found[i + 1].value && (/^\s*,\s*$/.test(between) || INSIDE.test(between))) {
        const p = inside.get(found[i].value) ?? new Map<string, number>();
        p.set(found[i + 1].value, (p.get(found[i + 1].value) ?? 0) + 1);
        inside.set(found[i].value, p);
      }
    }
  }
  // Spellings one letter apart are one place ("Jabalya", "Jabaliya"): the commoner spelling names it.
  const kept = keys.filter((k) => seen.get(k)!.uses >= 0.3 * (uses.get(k) ?? seen.get(k)!.uses));
  const byUse = [...kept].sort((a, b) => (uses.get(b) ?? 0) - (uses.get(a) ?? 0) || (a < b ? -1 : 1));
  const canonical = new Map<string, string>();
  const heads = new Map<string, string[]>(); // canonical spellings by first letter
  for (const k of byUse) {
    const bucket = heads.get(k[0]) ?? [];
    const same =
      k.length >= 6 ? bucket.find((o) => Math.abs(o.length - k.length) <= 1 && levenshtein(o, k) === 1) : undefined;
    canonical.set(k, same ?? k);
    if (!same) heads.set(k[0], [...bucket, k]);
  }
  const places = new Map<string, PlaceCandidate>();
  for (const k of byUse) {
    const forms = [...seen.get(k)!.forms.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([f]) => f.replace(/['’]s$/, ''));
    const c = canonical.get(k)!;
    const p = places.get(c);
    if (!p) places.set(c, { id: slug(c), name: forms[0], aliases: [...new Set(forms.slice(1))], parents: [] });
    else p.aliases = [...new Set([...p.aliases, ...forms])].filter((f) => f !== p.name);
  }
  const byKey = (k: string) => places.get(canonical.get(k) ?? k);
  for (const [child, parents] of inside) {
    const c = byKey(child);
    if (!c) continue;
    for (const parent of parents.keys()) {
      const p = byKey(parent);
      // Never both ways round: "A, B" and "B, A" say nothing of which holds which.
      if (p && p !== c && !inside.get(parent)?.has(child) && !c.parents.includes(p.id)) c.parents.push(p.id);
    }
  }
  return [...places.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Titles before a name ("Mr", "Dr."): not part of it. */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'president',
  'chief',
  'judge',
  'officer',
  'sgt',
  'lt',
  'gov',
  'sen',
  'rep',
]);

/**
 * People of the coverage: runs of two to four capitalised proper nouns by wink POS ("Ann
 * Lee", "Ann B. Lee III") that are no place and no organisation. A person is a first name and
 * a surname; the surname alone is an alias when no other person has it. Spellings one letter
 * or more apart stay apart: that two outlets spell a name differently is a disagreement.
 */
export function findNames(
  analysed: { article: Article; analysis: Analysis; mentions: Mention[] }[],
  places: PlaceCandidate[],
): NameCandidate[] {
  const placeKeys = new Set(places.flatMap((p) => [p.name, ...p.aliases].map(placeKey)));
  // Words the coverage also writes in lower case ("heights", "receptionist"): no one's name.
  const common = new Set<string>();
  for (const { analysis } of analysed)
    for (const t of analysis.tokens) if (/^\p{Ll}/u.test(t.value)) common.add(lower(t.value));
  const people = new Map<string, { forms: Map<string, number>; first: string; surname: string; uses: number }>();
  for (const { analysis, mentions, article } of analysed) {
    const { tokens } = analysis;
    const dates = mentions.filter((m) => m.type === 'date');
    const inDate = (t: Token) => dates.some((d) => d.start <= t.start && t.end <= d.end);
    for (let i = 0; i < tokens.length; i++) {
      if (!isName(tokens[i]) || tokens[i].start < article.textStart || (i > 0 && isName(tokens[i - 1]))) continue;
      let j = i;
      while (j + 1 < tokens.length && isName(tokens[j + 1])) j++;
      let first = i;
      const title = (t: Token) => TITLES.has(lower(t.normal).replace(/\.$/, '')) || common.has(lower(t.value));
      // "1B Tom Harle": a letter glued to a number ("1B", "3D") is a position or a kind, no name.
      while (first <= j && (title(tokens[first]) || gluedToNumber(tokens, first))) first++;
      let last = j;
      while (last > first && NAME_SUFFIX.test(tokens[last].value)) last--;
      const words = last - first + 1;
      if (words < 2 || words > 4 || tokens.slice(first, last + 1).some(inDate)) continue;
      if (i > 0 && PLACE_PREPOSITIONS.has(tokens[i - 1].normal)) continue; // "in New Harlby": a place
      const form = analysis.text.slice(tokens[first].start, tokens[j].end);
      const surname = tokens[last].value;
      if (placeKeys.has(placeKey(form)) || placeKeys.has(placeKey(surname)) || common.has(lower(surname))) continue;
      if (ORGANISATION_WORDS.has(lower(surname)) || !/^\p{Lu}[\p{L}'’-]+$/u.test(surname)) continue;
      const key = `${lower(tokens[first].value)} ${lower(surname)}`;
      let p = people.get(key);
      if (!p) people.set(key, (p = { forms: new Map(), first: tokens[first].value, surname, uses: 0 }));
      p.forms.set(form, (p.forms.get(form) ?? 0) + 1);
      p.uses++;
    }
  }
  // The surname alone names the person it names most often (twice as often as anyone else).
  const bySurname = new Map<string, { key: string; uses: number }[]>();
  for (const [k, p] of people) {
    const list = bySurname.get(p.surname) ?? [];
    list.push({ key: k, uses: p.uses });
    bySurname.set(p.surname, list);
  }
  const surnameOwner = new Map<string, string>();
  for (const [surname, list] of bySurname) {
    list.sort((a, b) => b.uses - a.uses);
    if (list.length === 1 || list[0].uses >= 2 * list[1].uses) surnameOwner.set(surname, list[0].key);
  }
  return [...people.entries()]
    .map(([k, p]) => {
      const forms = [...p.forms.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([f]) => f);
      const name = `${p.first} ${p.surname}`;
      const aliases = [...new Set([...forms, ...(surnameOwner.get(p.surname) === k ? [p.surname] : [])])].filter(
        (f) => f !== name,
      );
      return { id: slug(name), name, aliases };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The people of the coverage as one dictionary. */
export function nameDictionary(names: NameCandidate[]): Dictionary {
  // With their case: "Lee" the person is not "lee" the side of a ship.
  return candidateDictionary(names, (a) => a.split(/\s+/), true, 'name');
}

/** Candidates (an id, a name, aliases) as a dictionary, each spelling split into the words matched. */
function candidateDictionary(
  candidates: { id: string; name: string; aliases: string[] }[],
  wordsOf: (spelling: string) => string[],
  withCase: boolean,
  type: 'name' | 'place',
): Dictionary {
  const entries = new Map<string, GazetteerEntry>(
    candidates.map((c) => [c.id, { id: c.id, name: c.name, kind: null, category: null, path: [c.id] }]),
  );
  const aliases = candidates.flatMap((c) =>
    [c.name, ...c.aliases].map((a): [string[], string, boolean] => [wordsOf(a), c.id, withCase]),
  );
  return buildDictionary(aliases, entries, type);
}

/** What `suggest` needs of an article: its mentions (with places when there are candidates). */
export function articleMentions(article: Article): Mention[] {
  return extractMentions(article.body, { published: article.published ?? null }).filter(
    (m) => m.start >= article.textStart,
  );
}

/** The places of the coverage as one dictionary (built once, read for every article). */
export function placeDictionary(places: PlaceCandidate[]): Dictionary {
  return candidateDictionary(places, (n) => placeKey(n).split(' '), false, 'place');
}

/** An article's mentions with its places among them, in text order. */
export const withPlaces = (article: Article, analysis: Analysis, mentions: Mention[], dict: Dictionary): Mention[] =>
  withEntries(article, analysis, mentions, dict, false);

/** An article's mentions with its people among them, where no other value is ("Harlby" the place stays a place). */
export const withNames = (article: Article, analysis: Analysis, mentions: Mention[], dict: Dictionary): Mention[] =>
  withEntries(article, analysis, mentions, dict, true);

/** The dictionary's entries found in the article's text, merged into its mentions in text order. */
function withEntries(
  article: Article,
  analysis: Analysis,
  mentions: Mention[],
  dict: Dictionary,
  onlyWhereFree: boolean,
): Mention[] {
  const found = findEntries(dict, article.body, analysis.tokens).filter(
    (m) => m.start >= article.textStart && !(onlyWhereFree && mentions.some((o) => o.start < m.end && o.end > m.start)),
  );
  if (!found.length) return mentions;
  return [...mentions, ...found].sort((a, b) => a.start - b.start || a.end - b.end);
}

function kindOf(m: Mention): ValueKind | null {
  switch (m.type) {
    case 'date':
      if (m.granularity === 'year') return 'year';
      return m.granularity === 'decade' ? null : 'date';
    case 'duration':
      return 'duration';
    case 'number':
      return 'count';
    case 'quantity':
      return 'quantity';
    case 'place':
      return 'place';
    case 'name':
      return 'name';
    default:
      return null;
  }
}

/** The class of the word at i (two-word phrasal verbs first), else its lemma. */
function keyAt(tokens: Token[], i: number): { key: string; words: number } {
  const lemma = lower(tokens[i].lemma);
  const next = tokens[i + 1];
  if (next && PARTICLES.has(next.normal)) {
    const phrasal = CLASS_OF.get(`${lemma} ${next.normal}`);
    if (phrasal) return { key: `class:${phrasal}`, words: 2 };
  }
  const c = CLASS_OF.get(lemma) ?? CLASS_OF.get(lower(tokens[i].normal));
  return { key: c ? `class:${c}` : lemma, words: 1 };
}

/** Is the token at i a word that can be a cue? */
function isCueWord(t: Token): boolean {
  const l = lower(t.lemma);
  // An adverb only when it is a word of a class ("earlier", "last"): most are manner words.
  if (!CONTENT_POS.has(t.pos) && !(t.pos === 'ADV' && CLASS_OF.has(l))) return false;
  return l.length > 1 && !GENERAL_LEMMAS.has(l) && /^\p{L}[\p{L}'-]*$/u.test(l);
}

/** A sentence that is page furniture: a byline, a timestamp, a caption credit. */
function isFurniture(tokens: Token[], s: Sentence, m: Mention): boolean {
  let words = 0;
  let other = 0;
  for (let i = s.firstToken; i < s.lastToken; i++) {
    const t = tokens[i];
    if (!isWord(t) || (t.start >= m.start && t.end <= m.end)) continue;
    words++;
    if (!FURNITURE_WORDS.has(t.normal) && t.pos !== 'NUM' && t.pos !== 'PROPN') other++;
  }
  return other < 3 || (words > 0 && other / words < 0.4 && words < 10);
}

/** The anchors of a value: each cue word within the window, as the phrase a pack would match. */
function anchorsOf(
  mention: Mention,
  tokens: Token[],
  s: Sentence,
  first: number,
  last: number,
  kind: ValueKind,
  inOtherValue: (t: Token) => boolean,
): Anchor[] {
  const out: Anchor[] = [];
  const seen = new Set<string>();
  const add = (a: Anchor) => {
    const k = `${a.key}|${a.phrase}|${a.side}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push(a);
  };
  // Word tokens of the sentence, so distances count words only.
  const words: number[] = [];
  for (let i = s.firstToken; i < s.lastToken; i++) if (isWord(tokens[i])) words.push(i);
  const firstWord = partitionPoint(words.length, (k) => words[k] < first);
  const lastWord = partitionPoint(words.length, (k) => words[k] < last);
  for (let w = 0; w < words.length; w++) {
    if (w >= firstWord && w < lastWord) continue;
    const distance = w < firstWord ? firstWord - w - 1 : w - lastWord;
    if (distance > CONTEXT_WINDOW) continue;
    const i = words[w];
    const t = tokens[i];
    // "ers" of "76ers": a word glued to a number is part of a name, not a cue.
    if (!isCueWord(t) || inOtherValue(t) || gluedToNumber(tokens, i)) continue;
    const { key, words: span } = keyAt(tokens, i);
    const side = w < firstWord ? 'after' : 'before';
    // An adjective is read with its noun ("previous encounter"), a phrasal verb with its particle.
    const nextWord = words[w + 1];
    let phrase: string;
    let lemma = false;
    let cueEnd = i + 1;
    if (span === 2) {
      phrase = `${t.normal} ${tokens[i + 1].normal}`;
      cueEnd = i + 2;
    } else if (
      (t.pos === 'ADJ' || t.pos === 'ADV') &&
      nextWord !== undefined &&
      (tokens[nextWord].pos === 'NOUN' || (t.pos === 'ADV' && tokens[nextWord].pos === 'VERB')) &&
      w + 1 < firstWord
    ) {
      phrase = `${t.normal} ${tokens[nextWord].normal}`;
      cueEnd = nextWord + 1;
    } else {
      phrase = lower(t.lemma);
      lemma = true;
    }
    const surface = lemma ? t.normal : phrase;
    const between = side === 'after' ? first - cueEnd : i - last;
    add({
      key,
      phrase: lower(phrase),
      lemma,
      pos: t.pos,
      surface: lower(surface),
      side,
      distance,
      tokens: Math.max(distance, between),
      undated: false,
    });
    // A place right after "journey to", "heading towards": the preposition is part of the cue.
    if (kind === 'place' && side === 'after' && distance <= 2) {
      const prep = words[firstWord - 1];
      if (prep !== undefined && PLACE_PREPOSITIONS.has(tokens[prep].normal) && prep > i)
        add({
          key: `${key}>${PREPOSITION_CLASS[tokens[prep].normal] ?? tokens[prep].normal}`,
          pos: t.pos,
          phrase: `${t.normal} ${tokens[prep].normal}`,
          lemma: false,
          surface: `${t.normal} ${tokens[prep].normal}`,
          side,
          distance: 0,
          undated: false,
        });
    }
  }
  // A count's own noun ("40 people", "20 bulletproof cars") is its strongest anchor: the last
  // noun of the words that follow it.
  if (kind === 'count' || kind === 'quantity' || kind === 'duration') {
    let head = -1;
    let seen = 0;
    // The last noun of the nouns and adjectives after the value ("20 bulletproof cars"); an
    // age's is the person it is the age of ("the 61-year-old man").
    for (let i = last; i < s.lastToken && seen < 3; i++) {
      const t = tokens[i];
      if (t.pos === 'SPACE') continue;
      if (inOtherValue(t)) break;
      seen++;
      if (t.pos === 'NOUN' && /^\p{L}{2}/u.test(t.lemma)) head = i;
      else if (t.pos !== 'ADJ') break;
    }
    if (head >= 0 && tokens[head].pos !== 'NOUN') head = -1; // "two Vancouver …": a name, not what is counted
    // "10 years", "three times": a time or a manner of speaking, not what is counted.
    if (head >= 0 && !GENERAL_LEMMAS.has(lower(tokens[head].lemma))) {
      const t = tokens[head];
      const noun = lower(t.lemma);
      // What is counted and what happened to it ("killed … 14 people"): the verb is the cue,
      // so "a village of 400 people" is no value of the people killed.
      for (const v of out.filter((a) => a.pos === 'VERB' && a.distance <= 4 && a.key !== noun))
        add({ ...v, key: `noun:${noun}+${v.key}`, surface: `${lower(t.normal)} ${v.surface}` });
      add({
        key: `noun:${noun}`,
        phrase: noun,
        lemma: true,
        pos: 'NOUN',
        surface: lower(t.normal),
        side: 'before',
        distance: partitionPoint(words.length, (k) => words[k] < head) - lastWord,
        undated: false,
      });
    }
  }
  return out;
}

/** Present-perfect event verbs with no date near them: "has set off" is as of publication. */
function undatedEvents(
  article: Article,
  a: Analysis,
  mentions: Mention[],
): { mention: Mention; sentence: Sentence; anchor: Anchor }[] {
  const day = article.published ? parseIsoDay(article.published) : null;
  if (day === null) return [];
  const out: { mention: Mention; sentence: Sentence; anchor: Anchor }[] = [];
  const { tokens } = a;
  for (const s of a.sentences) {
    if (s.end <= article.textStart) continue;
    if (mentions.some((m) => m.type === 'date' && m.start < s.end && m.end > s.start)) continue;
    for (let i = s.firstToken; i + 1 < s.lastToken; i++) {
      if (tokens[i].start < article.textStart || !PERFECT_AUXILIARIES.has(tokens[i].normal)) continue;
      let j = i + 1;
      while (j < s.lastToken && (tokens[j].pos === 'SPACE' || tokens[j].pos === 'ADV')) j++;
      if (j >= s.lastToken || tokens[j].pos !== 'VERB') continue;
      const { key, words } = keyAt(tokens, j);
      if (!key.startsWith('class:')) continue;
      const end = tokens[j + words - 1].end;
      const raw = article.body.slice(tokens[i].start, end);
      const phrase = lower(
        tokens
          .slice(i, j + words)
          .filter(isWord)
          .map((t) => t.normal)
          .join(' '),
      );
      out.push({
        sentence: s,
        mention: {
          type: 'date',
          start: tokens[i].start,
          end,
          raw,
          value: article.published!,
          constraint: { kind: 'days', from: day, to: day, weekdays: 0x7f },
          granularity: 'day',
        },
        anchor: {
          key,
          phrase,
          lemma: false,
          pos: 'VERB',
          surface: phrase,
          side: 'after',
          distance: 0,
          undated: true,
        },
      });
      break;
    }
  }
  return out;
}

/** A duration with a number in words ("three days"); "a day" or "weeks" is a manner of speaking. */
export const NUMBER_WORD =
  /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen)\b/i;

/** A date with an open end ("from 2025-10-15", "until March"): no value to compare. */
function isVague(m: Mention): boolean {
  const c = m.constraint;
  return c.kind === 'days' && (c.from === null || c.to === null) && (c.weekdays & 0x7f) === 0x7f;
}

/** "dozens", "hundreds of", "thousands": compatible with most figures, so they tell no fact apart. */
const isRoughCount = (m: Mention) =>
  !/\d/.test(m.raw) && m.constraint.kind === 'interval' && m.constraint.lo !== m.constraint.hi && m.hedge !== 'about';

/** "officials said on Thursday": the day of the statement, not of the event. */
function nearReporting(tokens: Token[], s: Sentence, first: number): boolean {
  let seen = 0;
  for (let i = first - 1; i >= s.firstToken && seen < 3; i--) {
    if (!isWord(tokens[i])) continue;
    seen++;
    if (tokens[i].pos === 'VERB' && REPORTING_VERBS.has(lower(tokens[i].lemma))) return true;
    if (tokens[i].pos === 'VERB' || tokens[i].pos === 'NOUN') break;
  }
  return false;
}

/** A duration that is someone's age: "the 37-year-old", "15 years old". */
export const AGE = /\byears?[- ]old\b/i;

/** "9-14", "88-72": a record or a score, not a count. */
const isPair = (m: Mention) => /^\d+\s*[-–]\s*\d+$/.test(m.raw);

/** "1300 GMT", "2045 GMT": a clock time read as a year. */
const isClockTime = (text: string, m: Mention) =>
  /^\s*(?:gmt|utc|[ecmp][sd]t|bst|cet|hrs?)\b/i.test(text.slice(m.end, m.end + 6));

/** Inside a direct quotation ("I dated a million guys"): a speaker's words, rarely the story's facts. */
function inQuote(text: string, s: Sentence, m: Mention): boolean {
  const before = straightQuotes(text.slice(s.start, m.start)).replace(/[“”]/g, '"');
  return (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** "I dated a million guys": a sentence in the first person is someone's words, quoted or not. */
function firstPerson(tokens: Token[], s: Sentence): boolean {
  for (let i = s.firstToken; i < s.lastToken; i++)
    if (tokens[i].pos === 'PRON' && FIRST_PERSON.has(tokens[i].normal)) return true;
  return false;
}

/**
 * Steps from token i (by +1 or -1) over the tokens `skip` passes, within the sentence: the
 * index reached, or -1 past its ends.
 */
function stepper(tokens: Token[], s: Sentence, skip: (t: Token) => boolean): (i: number, step: number) => number {
  return (i, step) => {
    while (i >= s.firstToken && i < s.lastToken && skip(tokens[i])) i += step;
    return i >= s.firstToken && i < s.lastToken ? i : -1;
  };
}

/**
 * A count that is one part of a list of people or things ("two women and a man", "a man and
 * two women"): the list's total is the fact, its parts differ from article to article.
 */
function isPartOfList(tokens: Token[], s: Sentence, first: number, last: number): boolean {
  const word = stepper(tokens, s, (t) => !isWord(t));
  // After: the noun (and its adjectives), then "and" and a number or an article.
  let i = word(last, 1);
  while (i >= 0 && tokens[i].pos === 'ADJ') i = word(i + 1, 1);
  if (i >= 0 && tokens[i].pos === 'NOUN') {
    const and = word(i + 1, 1);
    const next = and >= 0 ? word(and + 1, 1) : -1;
    if (and >= 0 && tokens[and].normal === 'and' && next >= 0 && ['NUM', 'DET'].includes(tokens[next].pos)) return true;
  }
  // Before: "a man and two women".
  const and = word(first - 1, -1);
  const noun = and >= 0 ? word(and - 1, -1) : -1;
  const det = noun >= 0 ? word(noun - 1, -1) : -1;
  return (
    and >= 0 &&
    tokens[and].normal === 'and' &&
    noun >= 0 &&
    tokens[noun].pos === 'NOUN' &&
    det >= 0 &&
    ['NUM', 'DET'].includes(tokens[det].pos)
  );
}

/** Skip numbers that are no facts: "one of", "the two leaders", ordinals written as words. */
function isTrivialCount(m: Mention, tokens: Token[], i: number): boolean {
  const n = Number(m.value);
  if (!Number.isFinite(n)) return false; // a hedged or ranged count ("at least 20") is kept
  if (n < 2) return true;
  let p = i - 1;
  while (p >= 0 && !isWord(tokens[p])) p--;
  return n === 2 && p >= 0 && ['the', 'both', 'these', 'those', 'its', 'their'].includes(tokens[p].normal);
}

/** "III", "Jr.": the end of a name, not a surname. */
const NAME_SUFFIX = /^(?:[IVX]+|Jr|Sr)\.?$/;
/** Words between a name and its age: "Smith, age 61", "Lee, aged 38". */
const AGE_WORDS = new Set(['age', 'aged', 'of']);

/** Does token k stand glued to a number before it ("1B", "76ers")? */
const gluedToNumber = (tokens: Token[], k: number) =>
  k > 0 && tokens[k - 1].end === tokens[k].start && /\d$/.test(tokens[k - 1].value);

const isName = (t: Token | undefined) => !!t && t.pos === 'PROPN' && /^\p{Lu}/u.test(t.value);

/** The surname of the proper-noun run ending at token j (walking back over "III", "Jr."). */
function surnameAt(tokens: Token[], j: number): string {
  let k = j;
  while (k > 0 && NAME_SUFFIX.test(tokens[k].value) && isName(tokens[k - 1])) k--;
  return lower(tokens[k].normal);
}

/**
 * Whose age a number is, or null when it is no age: an age the mention layer read
 * ("38-year-old", "aged 38", "38 years old"), or a number set off by commas right after a
 * name ("Ann Lee, 38, of Harlby"), the way news gives a person's age.
 */
function ageOf(m: Mention, tokens: Token[], s: Sentence, first: number, last: number): AgeOf | null {
  const word = stepper(tokens, s, (t) => t.pos === 'SPACE');
  // Back from the number over "age", "aged" and one comma, to a name.
  let p = word(first - 1, -1);
  while (p >= 0 && AGE_WORDS.has(tokens[p].normal)) p = word(p - 1, -1);
  const comma = p >= 0 && tokens[p].value === ',';
  if (comma) p = word(p - 1, -1);
  const before = p >= 0 && isName(tokens[p]) ? surnameAt(tokens, p) : null;
  const n = Number(m.value);
  if (m.counts !== 'age') {
    const next = word(last, 1);
    const closed = next < 0 || [',', '.', ';', ')'].includes(tokens[next].value);
    if (!(comma && before && closed && Number.isInteger(n) && n >= 1 && n <= 110)) return null;
    return { name: before, noun: null };
  }
  if (before) return { name: before, noun: null };
  // After the age: a name ("38-year-old Ann Lee"), unless it qualifies a noun ("the Harlby man").
  let q = word(last, 1);
  if (q >= 0 && tokens[q].value === ',') q = word(q + 1, 1);
  if (isName(tokens[q])) {
    let r = q;
    while (isName(tokens[word(r + 1, 1)])) r = word(r + 1, 1);
    const after = word(r + 1, 1);
    if (after < 0 || tokens[after].pos !== 'NOUN') return { name: surnameAt(tokens, r), noun: null };
  }
  // The noun it qualifies: the first after adjectives and names ("the 39-year-old Harlby man").
  for (let i = q, seen = 0; i >= 0 && seen < 4; i = word(i + 1, 1), seen++) {
    const t = tokens[i];
    // "a 38-year-old male weighing 180 pounds": a participle after the adjectives ("male") says
    // what the person did or was, so the noun the age qualifies is not written.
    if (t.pos === 'NOUN' && seen > 0 && /\p{L}{3}ing$/u.test(t.normal)) break;
    if (t.pos === 'NOUN') return { name: null, noun: lower(t.lemma) };
    if (t.pos !== 'ADJ' && t.pos !== 'PROPN' && t.value !== ',') break;
  }
  return { name: null, noun: null };
}

/** The observations of one article: each value with its anchors; `ids` numbers them across the coverage. */
export function mineArticle(
  article: Article,
  analysis: Analysis,
  mentions: Mention[],
  index: number,
  ids: { next: number },
): MinedArticle {
  const { tokens } = analysis;
  const observations: Observation[] = [];
  const sentenceOf = (m: Mention) => {
    const s = analysis.sentences;
    const k = partitionPoint(s.length, (j) => s[j].end <= m.start);
    return k < s.length && s[k].start <= m.start ? s[k] : undefined;
  };
  // Words inside another value ("mm" of "152mm") are no cue of this one.
  const inValue = (t: Token, self: Mention) => {
    const k = partitionPoint(mentions.length, (j) => mentions[j].end <= t.start);
    for (let j = k; j < mentions.length && mentions[j].start < t.end; j++) if (mentions[j] !== self) return true;
    return false;
  };
  for (const m of mentions) {
    const kind = kindOf(m);
    if (!kind) continue;
    const sentence = sentenceOf(m);
    if (!sentence) continue;
    const first = tokenIndexAt(tokens, m.start);
    const last = tokenIndexAt(tokens, m.end - 1) + 1;
    if (kind === 'count' && (isTrivialCount(m, tokens, first) || isRoughCount(m) || isPair(m))) continue;
    if (kind === 'count' && isPartOfList(tokens, sentence, first, last)) continue;
    if (kind === 'quantity' && isRoughCount(m)) continue;
    if (kind === 'year' && isClockTime(article.body, m)) continue;
    if (inQuote(article.body, sentence, m) || firstPerson(tokens, sentence)) continue;
    if (kind === 'duration' && !/\d/.test(m.raw) && !NUMBER_WORD.test(m.raw)) continue; // "a day", "weeks"
    if ((kind === 'date' || kind === 'year') && (isVague(m) || nearReporting(tokens, sentence, first))) continue;
    if (kind !== 'place' && kind !== 'name' && isFurniture(tokens, sentence, m)) continue;
    const age = kind === 'count' ? ageOf(m, tokens, sentence, first, last) : null;
    if (age) {
      // An age is a fact of its own, by whose it is: the name beside it in each article.
      const anchors: Anchor[] = age.name
        ? [
            {
              key: `name:${age.name}`,
              phrase: age.name,
              lemma: false,
              pos: 'PROPN',
              surface: age.name,
              side: 'after',
              distance: 0,
              undated: false,
            },
          ]
        : [];
      observations.push({
        id: ids.next++,
        article: index,
        kind,
        group: 'count:age',
        mention: m,
        sentence,
        anchors,
        age,
      });
      continue;
    }
    // A count is a fact only with what it counts ("40 people"); a place only right after
    // "journey to", "arrived in"… (other words near a name are what the place is doing).
    const anchors = anchorsOf(m, tokens, sentence, first, last, kind, (t) => inValue(t, m)).filter((a) =>
      kind === 'place'
        ? a.key.includes('>')
        : kind === 'name'
          ? // A person's role right beside the name ("the suspect, Ann Lee"): what the fact asks (who
            // is the suspect?); a verb beside a name is what the person did, said or was told.
            // "police said Ann Lee…": an organisation's word is who speaks, not who the person is.
            // The role stands before the name ("the suspect, Ann Lee") or right after it ("Ann Lee, a nurse").
            a.pos === 'NOUN' &&
            a.distance <= (a.side === 'after' ? NAME_WINDOW : 2) &&
            !ORGANISATION_WORDS.has(a.phrase) &&
            (ROLE_NOUNS.has(a.phrase) || PERSON_NOUNS.has(a.phrase) || ROLE_ENDINGS.test(a.phrase))
          : kind === 'count'
            ? a.key.startsWith('noun:')
            : // "earlier on Sunday", "last week": such words date a year's event, not a day's.
              kind === 'year' || a.key !== 'class:previous',
    );
    if (!anchors.length) continue;
    observations.push({
      id: ids.next++,
      article: index,
      kind,
      // Ages ("the 61-year-old man") are durations of their own: never a time span of the story.
      group:
        kind === 'quantity'
          ? `quantity:${m.dimension ?? m.unit ?? ''}`
          : kind === 'duration' && AGE.test(m.raw)
            ? 'duration:age'
            : kind,
      mention: m,
      sentence,
      anchors,
    });
  }
  for (const u of undatedEvents(article, analysis, mentions))
    observations.push({
      id: ids.next++,
      article: index,
      kind: 'date',
      group: 'date',
      mention: u.mention,
      sentence: u.sentence,
      anchors: [u.anchor],
    });
  return { article, analysis, observations };
}

/** Sentences of the coverage that hold each anchor key: a key found everywhere tells no fact. */
export function keyFrequencies(mined: MinedArticle[]): { sentences: number; df: Map<string, number> } {
  const df = new Map<string, number>();
  let sentences = 0;
  for (const { analysis } of mined) {
    const { tokens } = analysis;
    for (const s of analysis.sentences) {
      sentences++;
      const keys = new Set<string>();
      for (let i = s.firstToken; i < s.lastToken; i++) if (isCueWord(tokens[i])) keys.add(keyAt(tokens, i).key);
      for (const k of keys) df.set(k, (df.get(k) ?? 0) + 1);
    }
  }
  return { sentences, df };
}

/** A verb governing a value: its class or lemma (what sides must share), its lemma, the words between. */
export interface GoverningVerb {
  key: string;
  lemma: string;
  distance: number;
}

/** Punctuation that ends a clause: a verb beyond it governs another value. */
const CLAUSE_END = new Set([';', ':', '—', '–', '(', ')']);

/**
 * The verbs that govern a value: the nearest verb before it and the nearest after it in its
 * clause ("was acquitted in 1958"; "In 1957, Orvell was charged": past the comma only when no
 * verb stands before), as word classes or lemmas. An auxiliary or light verb ("be", "take")
 * there says nothing ("were taken to hospital" / "were flown to hospital"): none is returned.
 * A value inside the verb itself (the publication date of "has set off") is governed by it.
 * `subject`: the cue word stands before the verb, as what the verb tells of ("the landslide
 * that buried the village on Monday"), so any verb describes the cue's own event.
 */
export function governingVerbs(
  analysis: Analysis,
  start: number,
  end: number,
  cue: string | null,
): { verbs: GoverningVerb[]; subject: boolean } {
  const { tokens } = analysis;
  const first = tokenIndexAt(tokens, start);
  const last = tokenIndexAt(tokens, end - 1) + 1;
  const s = analysis.sentences.find((x) => x.start <= start && start < x.end);
  const verbs: GoverningVerb[] = [];
  if (!s) return { verbs, subject: false };
  // "just like they did on Sunday": "do" stands for another verb, so it governs its value.
  const general = (i: number) => lower(tokens[i].lemma) !== 'do' && GENERAL_LEMMAS.has(lower(tokens[i].lemma));
  const of = (i: number, distance: number): GoverningVerb => ({
    key: keyAt(tokens, i).key,
    lemma: lower(tokens[i].lemma),
    distance,
  });
  for (let i = first; i < last; i++) if (tokens[i].pos === 'VERB' && !general(i)) verbs.push(of(i, 0));
  const cueWord = cue ? lower(cue.split(' ')[0]) : null;
  let subject = false;
  let before = -1;
  for (const step of [-1, 1]) {
    let seen = 0;
    for (let i = step < 0 ? first - 1 : last; i >= s.firstToken && i < s.lastToken; i += step) {
      const t = tokens[i];
      if (CLAUSE_END.has(t.value) || (step > 0 && t.value === ',' && before >= 0)) break;
      if (!isWord(t)) continue;
      if (++seen > CONTEXT_WINDOW) break;
      if (t.pos === 'VERB' || t.pos === 'AUX') {
        if (step < 0) before = i;
        if (!general(i) && (t.pos === 'VERB' || lower(t.lemma) === 'do')) verbs.push(of(i, seen - 1));
        if (step < 0 || !general(i)) break;
      }
    }
    if (step < 0 && before >= 0 && cueWord)
      for (let i = before - 1, seen = 0; i >= s.firstToken && seen < CONTEXT_WINDOW; i--) {
        const t = tokens[i];
        if (CLAUSE_END.has(t.value)) break;
        if (!isWord(t)) continue;
        seen++;
        if (lower(t.lemma) === cueWord || lower(t.normal) === cueWord) {
          subject = t.pos === 'NOUN';
          break;
        }
      }
  }
  return { verbs, subject };
}
