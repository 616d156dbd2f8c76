/**
 * Binds mentions to facts. A value becomes a claim of a fact when one of the fact's cues
 * stands within its window (same sentence or paragraph). Facts compete for a value: it goes
 * to the fact whose cue is nearest, so one sentence can feed several facts ("left on Sunday,
 * arrived on Tuesday") without crossing them. Mentions are extracted only where a cue is.
 */
import picomatch from 'picomatch';
import type { Article, Mention } from '../types';
import type { Analysis, Sentence, Token } from '../nlp/wink';
import type { CompiledFact, CompiledPack } from '../rules/types';
import { extractTimes } from '../mentions/time';
import { extractQuantities } from '../mentions/quantities';
import { overlapsAny } from '../mentions';
import { buildDictionary, findEntries, type Dictionary } from '../mentions/dictionary';
import { parseIsoDay } from '../mentions/calendar';
import { articlePosition } from '../corpus/lines';
import { containsPhrase, cueDistance, findCues, type CueMatch } from './cues';
import { factValue, MENTION_TYPES, publishedValue, type FactValue } from './values';
import type { Claim } from './types';

interface Candidate {
  fact: CompiledFact;
  factIndex: number;
  mention: Mention;
  value: FactValue;
  distance: number;
  cue: CueMatch;
  cueSentence: Sentence;
}

const dictionaries = new WeakMap<CompiledPack, { places: Dictionary; names: Dictionary }>();
function dictionariesOf(pack: CompiledPack) {
  let d = dictionaries.get(pack);
  if (!d) {
    d = { places: buildDictionary(pack.placeAliases, pack.places, 'place'), names: buildDictionary(pack.nameAliases, pack.names, 'name') };
    dictionaries.set(pack, d);
  }
  return d;
}

const scopeMatchers = new WeakMap<CompiledPack, (id: string) => boolean>();
/** Is the article in the pack's scope (applies-to paths and story)? */
export function inScope(pack: CompiledPack, article: Article): boolean {
  let match = scopeMatchers.get(pack);
  if (!match) {
    const globs = pack.appliesTo.paths;
    match = globs ? picomatch(globs, { dot: true }) : () => true;
    scopeMatchers.set(pack, match);
  }
  if (!match(article.id)) return false;
  return !pack.appliesTo.story || (article.story !== undefined && pack.appliesTo.story.includes(article.story));
}

/** First token whose end is past `offset`. */
function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Per-article mention cache: each region is analysed once whatever the number of facts. */
class Mentions {
  private cache = new Map<string, Mention[]>();
  constructor(
    private readonly article: Article,
    private readonly analysis: Analysis,
  ) {}

  private memo(key: string, make: () => Mention[]): Mention[] {
    let v = this.cache.get(key);
    if (!v) this.cache.set(key, (v = make()));
    return v;
  }

  times(from: number, to: number): Mention[] {
    return this.memo(`t${from}:${to}`, () => extractTimes(this.article.body, { published: this.article.published ?? null }, from, to));
  }

  numbers(from: number, to: number, pack: CompiledPack, fact: CompiledFact): Mention[] {
    const key = `n${from}:${to}:${fact.hedges.about}:${fact.hedges.nearly}`;
    return this.memo(key, () => {
      const times = this.times(from, to);
      return extractQuantities(this.article.body, from, to, { units: pack.units, bands: fact.hedges }).filter((q) => !overlapsAny(q, times)); // a year or "three-day" is time
    });
  }

  entries(dict: Dictionary, first: number, last: number): Mention[] {
    return this.memo(`${dict.type}${first}:${last}`, () => findEntries(dict, this.article.body, this.analysis.tokens, first, last));
  }
}

function mentionsFor(fact: CompiledFact, pack: CompiledPack, region: Sentence[], cache: Mentions): Mention[] {
  const from = region[0].start;
  const to = region[region.length - 1].end;
  const types = MENTION_TYPES[fact.type];
  if (types.includes('date') || types.includes('duration')) return cache.times(from, to);
  if (types.includes('number') || types.includes('quantity')) return cache.numbers(from, to, pack, fact);
  const dict = dictionariesOf(pack)[fact.type === 'place' ? 'places' : 'names'];
  return cache.entries(dict, region[0].firstToken, region[region.length - 1].lastToken);
}

export function bindClaims(article: Article, analysis: Analysis, pack: CompiledPack): Claim[] {
  const { sentences, tokens } = analysis;
  const cache = new Mentions(article, analysis);
  const candidates: Candidate[] = [];
  const undated: { fact: CompiledFact; cue: CueMatch; sentence: Sentence }[] = [];

  for (const sentence of sentences) {
    if (sentence.end <= article.textStart) continue;
    pack.facts.forEach((fact, factIndex) => {
      const cues = findCues(tokens, sentence.firstToken, sentence.lastToken, fact.cues);
      if (!cues.length) return;
      if (fact.exclude.length && containsPhrase(tokens, sentence.firstToken, sentence.lastToken, fact.exclude)) return;
      const region = fact.scope === 'paragraph' ? sentences.filter((s) => s.paragraph === sentence.paragraph) : [sentence];
      let found = false;
      for (const mention of mentionsFor(fact, pack, region, cache)) {
        if (mention.start < article.textStart) continue;
        const value = factValue(mention, fact, pack);
        if (!value) continue;
        const first = tokenAt(tokens, mention.start);
        const last = tokenAt(tokens, mention.end - 1) + 1;
        let best: { d: number; cue: CueMatch } | null = null;
        for (const cue of cues) {
          const d = cueDistance(cue, first, last);
          if (d !== null && (!best || d < best.d)) best = { d, cue };
        }
        if (best) {
          candidates.push({ fact, factIndex, mention, value, distance: best.d, cue: best.cue, cueSentence: sentence });
          found = true;
        }
      }
      if (!found && fact.type === 'date') {
        const cue = cues.find((c) => c.cue.undated === 'published');
        if (cue) undated.push({ fact, cue, sentence });
      }
    });
  }

  // Roles: a value belongs to the fact whose cue is nearest (ties: the fact listed first).
  const owner = new Map<string, Candidate>();
  for (const c of candidates) {
    const key = `${c.mention.start}:${c.mention.end}`;
    const prev = owner.get(key);
    if (!prev || c.distance < prev.distance || (c.distance === prev.distance && c.factIndex < prev.factIndex)) owner.set(key, c);
  }
  // One claim per fact and cue sentence: the nearest value.
  const chosen = new Map<string, Candidate>();
  for (const c of owner.values()) {
    const key = `${c.fact.id}:${c.cueSentence.index}`;
    const prev = chosen.get(key);
    if (!prev || c.distance < prev.distance || (c.distance === prev.distance && c.mention.start < prev.mention.start)) chosen.set(key, c);
  }

  const claims = new Map<string, Claim>();
  const sentenceOf = (offset: number) => sentences.find((s) => s.start <= offset && offset < s.end) ?? sentences[0];
  const add = (fact: CompiledFact, start: number, end: number, raw: string, value: FactValue, cue: string, hedge?: Mention['hedge']) => {
    const key = `${fact.id}:${start}:${end}`;
    if (claims.has(key)) return;
    const s = sentenceOf(start);
    const a = articlePosition(article, start);
    const b = articlePosition(article, end);
    claims.set(key, {
      story: pack.story, fact: fact.id, article: article.id, path: article.path, start, end,
      line: a.line, column: a.column, endLine: b.line, endColumn: b.column,
      raw, value: value.value, display: value.display, text: article.body.slice(s.start, s.end).replace(/\s+/g, ' '),
      cue, constraint: value.constraint, ...(hedge && hedge !== 'exact' ? { hedge } : {}),
    });
  };
  for (const c of chosen.values()) add(c.fact, c.mention.start, c.mention.end, c.mention.raw, c.value, c.cue.cue.label, c.mention.hedge);
  const published = article.published ? parseIsoDay(article.published) : null;
  for (const u of undated) {
    if (published === null || [...chosen.values()].some((c) => c.fact === u.fact && c.cueSentence === u.sentence)) continue;
    const start = tokens[u.cue.first].start;
    const end = tokens[u.cue.last - 1].end;
    add(u.fact, start, end, article.body.slice(start, end), publishedValue(article.published!, published), u.cue.cue.label);
  }
  return [...claims.values()].sort((x, y) => x.start - y.start || x.fact.localeCompare(y.fact));
}
