/**
 * Binds mentions to facts. A value becomes a claim of a fact when one of the fact's cues
 * stands within its window (same sentence or paragraph). Facts compete for a value: it goes
 * to the fact whose cue is nearest, so one sentence can feed several facts ("left on Sunday,
 * arrived on Tuesday") without crossing them. Mentions are extracted only where a cue is.
 */
import { partitionPoint } from '../util/search';
import picomatch from 'picomatch';
import type { Article, Mention } from '../model';
import { DEFAULT_HEDGE_BANDS, type HedgeBands } from '../lexicon';
import { sentenceAt, type Analysis, type Sentence, type Token } from '../nlp/wink';
import type { CompiledFact, CompiledPack } from '../rules/types';
import { extractTimes } from '../mentions/time';
import { extractQuantities } from '../mentions/quantities';
import { extractScores } from '../mentions/scores';
import { extractOrdinals } from '../mentions/ordinals';
import { extractZeros } from '../mentions/zero';
import { overlapsAny } from '../mentions';
import { buildDictionary, findEntries, type Dictionary } from '../mentions/dictionary';
import { parseIsoDay } from '../util/calendar';
import { articlePosition } from '../corpus/lines';
import { containsPhrase, cueDistance, cueFinder, findCues, inCues, type CueMatch } from './cues';
import { evidenceQuote } from '../util/quote';
import { countsOneOf, headOf, kinAfter, subsetWord } from './heads';
import { otherEventWord, otherTime, overlaps, reportingVerbOf } from './clauses';
import { describeDays, factValue, MENTION_TYPES, nearValue, publishedValue, type FactValue } from './values';
import type { Claim } from '../model/claim';
import { countedNote, notCounted, whyFar, whyNotValue, type BindTrace } from './trace';
import { patternKey } from '../rules/patterns';
import { valueSlot } from './slots';

interface Candidate {
  fact: CompiledFact;
  factIndex: number;
  mention: Mention;
  value: FactValue;
  distance: number;
  cue: CueMatch;
  cueSentence: Sentence;
  follows: boolean; // the value stands after its cue
  /** Figures of one cue sentence that do not compete: an earlier figure, a part's (see slots.ts). */
  slot: string;
  /** Distance of the fact's nearest cue on other words than `cue` (Infinity: none reaches the value). */
  next: number;
  /** For `explain` (set only with a trace): what the number counts, in words. */
  head?: string;
}

const dictionaries = new WeakMap<CompiledPack, { places: Dictionary; names: Dictionary }>();
function dictionariesOf(pack: CompiledPack) {
  let d = dictionaries.get(pack);
  if (!d) {
    d = {
      places: buildDictionary(pack.placeAliases, pack.places, 'place'),
      names: buildDictionary(pack.nameAliases, pack.names, 'name'),
    };
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
  return partitionPoint(tokens.length, (i) => tokens[i].end <= offset);
}

/** Characters after a region that time extraction may read (the tense test scans up to 400). */
const TIME_CONTEXT = 512;

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

  /** `bands` widen the durations' "about" and "nearly"; dates do not depend on them. */
  times(from: number, to: number, bands: HedgeBands = DEFAULT_HEDGE_BANDS): Mention[] {
    // The finders' regexes run from `from` until their next match, which may be far past
    // `to`: bound the text (keeping the context the tense test reads after a match).
    return this.memo(`t${from}:${to}:${bands.about}:${bands.nearly}`, () =>
      extractTimes(
        this.article.body.slice(0, to + TIME_CONTEXT),
        { published: this.article.published ?? null, bands },
        from,
        to,
      ),
    );
  }

  numbers(from: number, to: number, pack: CompiledPack, fact: CompiledFact): Mention[] {
    const key = `n${from}:${to}:${fact.hedges.about}:${fact.hedges.nearly}`;
    return this.memo(key, () => {
      const times = this.times(from, to);
      const options = { units: pack.units, bands: fact.hedges, hedges: pack.lexicon.hedges };
      // a year or "three-day" is time
      return extractQuantities(this.article.body, from, to, options).filter((q) => !overlapsAny(q, times));
    });
  }

  zeros(from: number, to: number): Mention[] {
    return this.memo(`z${from}:${to}`, () => extractZeros(this.article.body, from, to));
  }

  ordinals(from: number, to: number): Mention[] {
    return this.memo(`o${from}:${to}`, () => extractOrdinals(this.article.body, from, to));
  }

  scores(from: number, to: number): Mention[] {
    return this.memo(`s${from}:${to}`, () => extractScores(this.article.body, from, to));
  }

  entries(dict: Dictionary, first: number, last: number): Mention[] {
    return this.memo(`${dict.type}${first}:${last}`, () =>
      findEntries(dict, this.article.body, this.analysis.tokens, first, last),
    );
  }

  /** Matches of a pattern fact's custom entities; a count's value is the number inside the match. */
  patterns(fact: CompiledFact, pack: CompiledPack, first: number, last: number): Mention[] {
    return this.memo(`p${fact.patterns!.join('|')}:${first}:${last}`, () => {
      const { tokens, customEntities = [] } = this.analysis;
      const out: Mention[] = [];
      for (const e of customEntities) {
        if (e.firstToken < first || e.lastToken > last || !fact.patterns!.includes(e.type)) continue;
        const start = tokens[e.firstToken].start;
        const end = tokens[e.lastToken - 1].end;
        const raw = this.article.body.slice(start, end);
        if (fact.type === 'count') {
          const options = { units: pack.units, bands: fact.hedges, hedges: pack.lexicon.hedges };
          const n = extractQuantities(this.article.body, start, end, options).find((q) => q.type === 'number');
          if (n) out.push({ ...n, type: 'pattern', start, end, raw });
        } else
          out.push({
            type: 'pattern',
            start,
            end,
            raw,
            value: patternKey(raw),
            constraint: { kind: 'name', id: patternKey(raw) },
          });
      }
      return out;
    });
  }
}

/**
 * Why a sentence is about another event than the fact's (its `when`, its `where`), as the
 * word that says so and the reason `explain` gives; null when it may be the fact's event.
 */
function otherEvent(
  fact: CompiledFact,
  pack: CompiledPack,
  sentence: Sentence,
  tokens: Token[],
  cues: CueMatch[],
  cache: Mentions,
  text: string,
): { marker: string; why: string } | null {
  if (fact.when) {
    // "The previous flood killed 40": the sentence opens on another event
    const dates = () => cache.times(sentence.start, sentence.end);
    const word = otherEventWord(tokens, sentence.firstToken, sentence.lastToken, pack, cues, dates);
    if (word) return { marker: word.value, why: 'an other-event word' };
    if (fact.type !== 'date' && fact.type !== 'year') {
      // "the 2006 war killed 100": a sentence placed only in another time is about another event
      const time = otherTime(cache.times(sentence.start, sentence.end), fact.when, text);
      if (time) return { marker: time.raw, why: `a time outside when: ${describeDays(fact.when)}` };
    }
  }
  if (fact.where && fact.type !== 'place') {
    // "The flood in Bramford killed 9", for a fact of Elmford's flood: another place's event
    const named = cache.entries(dictionariesOf(pack).places, sentence.firstToken, sentence.lastToken);
    const elsewhere = otherPlace(named, fact.where);
    if (elsewhere) {
      const place = pack.places.get(fact.where[fact.where.length - 1])?.name ?? fact.where.join('/');
      return { marker: elsewhere.raw, why: `a place outside where: ${place}` };
    }
  }
  return null;
}

/**
 * The first of a sentence's places when every one lies outside `where` (a gazetteer path):
 * neither the event's place, nor inside it, nor around it ("Norland" for a flood in one of its
 * towns). Null when the sentence names no place of the pack or names the event's.
 */
function otherPlace(named: Mention[], where: string[]): Mention | null {
  const related = (path: string[]) => {
    const n = Math.min(path.length, where.length);
    for (let i = 0; i < n; i++) if (path[i] !== where[i]) return false;
    return true; // one path is a prefix of the other
  };
  const places = named.filter((m) => m.constraint.kind === 'place');
  if (!places.length) return null;
  return places.some((m) => m.constraint.kind === 'place' && related(m.constraint.path)) ? null : places[0];
}

function mentionsFor(fact: CompiledFact, pack: CompiledPack, region: Sentence[], cache: Mentions): Mention[] {
  const from = region[0].start;
  const to = region[region.length - 1].end;
  if (fact.patterns) return cache.patterns(fact, pack, region[0].firstToken, region[region.length - 1].lastToken);
  const types = MENTION_TYPES[fact.type];
  if (types.includes('duration')) return cache.times(from, to, fact.hedges);
  if (types.includes('date')) return cache.times(from, to);
  if (fact.score) return cache.scores(from, to).filter((m) => m.score === fact.score);
  if (types.includes('number') || types.includes('quantity')) {
    const numbers = cache.numbers(from, to, pack, fact);
    if (fact.type !== 'count') return numbers;
    // a count is also "no casualties" (0) and, for facts that count by rank, "the sixth round"
    const extra = [...cache.zeros(from, to), ...(fact.ordinals ? cache.ordinals(from, to) : [])].filter(
      (o) => !overlapsAny(o, numbers),
    );
    return extra.length ? [...numbers, ...extra].sort((a, b) => a.start - b.start) : numbers;
  }
  const dict = dictionariesOf(pack)[fact.type === 'place' ? 'places' : 'names'];
  return cache.entries(dict, region[0].firstToken, region[region.length - 1].lastToken);
}

/**
 * Why a date is not a value of a date fact's event: outside its `when`, or dating the telling
 * ("police said on Friday") rather than the event; null when it may be.
 */
function otherDate(
  fact: CompiledFact,
  value: FactValue,
  tokens: Token[],
  first: number,
  last: number,
  sentence: Sentence,
  cues: CueMatch[],
  reporting: ReadonlySet<string>,
): string | null {
  if (fact.when && value.constraint.kind === 'days' && !overlaps(value.constraint, fact.when))
    return `another event: ${value.display} is outside the event's time (when: ${describeDays(fact.when)})`;
  if (fact.type === 'date' && !fact.reporting) {
    const verb = reportingVerbOf(
      tokens,
      first,
      last,
      sentence.firstToken,
      sentence.lastToken,
      (i) => inCues(cues, i),
      reporting,
    );
    if (verb)
      return `date in the clause of the reporting verb "${verb.value}": it dates the telling, not the event (reporting: true takes such dates)`;
  }
  return null;
}

/** How explain's trace records the rule that broke a tie (with the winner's other cue's distance). */
function tieNote(rule: 'other-cue' | 'follows' | 'listed-first', next: number) {
  return rule === 'other-cue' ? { otherCue: next } : rule;
}

/** With `trace`, every decision (cue, rejection and its reason, claim) is recorded for `explain`. */
export function bindClaims(article: Article, analysis: Analysis, pack: CompiledPack, trace?: BindTrace): Claim[] {
  const { sentences, tokens } = analysis;
  const cache = new Mentions(article, analysis);
  const candidates: Candidate[] = [];
  const slotOf = (fact: CompiledFact, mention: Mention) => {
    const s = sentenceAt(analysis, mention.start);
    return s
      ? valueSlot(article.body.slice(s.start, s.end), mention.start - s.start, mention.end - mention.start, fact, pack)
      : '';
  };
  const undated: { fact: CompiledFact; cue: CueMatch; sentence: Sentence }[] = [];
  let paragraphs: Map<number, Sentence[]> | null = null;
  const paragraphOf = (sentence: Sentence): Sentence[] => {
    if (!paragraphs) {
      paragraphs = new Map();
      for (const s of sentences) {
        const list = paragraphs.get(s.paragraph);
        if (list) list.push(s);
        else paragraphs.set(s.paragraph, [s]);
      }
    }
    return paragraphs.get(sentence.paragraph)!;
  };

  const cuesOf = pack.facts.map((fact) => cueFinder(tokens, fact.cues, pack.cueKeys));
  for (const sentence of sentences) {
    if (sentence.end <= article.textStart) continue;
    pack.facts.forEach((fact, factIndex) => {
      const cues = cuesOf[factIndex](sentence.firstToken, sentence.lastToken);
      if (!cues.length) return;
      for (const c of cues)
        trace?.events.push({
          kind: 'cue',
          fact: fact.id,
          sentence: sentence.index,
          cue: c.cue.label,
          start: tokens[c.first].start,
          end: tokens[c.last - 1].end,
        });
      const within = (p: string[], lemmas: boolean) =>
        containsPhrase(tokens, sentence.firstToken, sentence.lastToken, [p], lemmas);
      const excludedBy =
        (fact.exclude.length ? fact.exclude.find((p) => within(p, false)) : undefined) ??
        (fact.excludeLemmas?.length ? fact.excludeLemmas.find((p) => within(p, true)) : undefined);
      if (excludedBy) {
        if (trace)
          trace.events.push({
            kind: 'excluded-sentence',
            fact: fact.id,
            sentence: sentence.index,
            phrase: excludedBy.join(' '),
          });
        return;
      }
      const other = otherEvent(fact, pack, sentence, tokens, cues, cache, article.body);
      if (other) {
        trace?.events.push({ kind: 'other-event', fact: fact.id, sentence: sentence.index, ...other });
        return;
      }
      const region = fact.scope === 'paragraph' ? paragraphOf(sentence) : [sentence];
      const rejecters = fact.rejectNear.length
        ? findCues(tokens, region[0].firstToken, region[region.length - 1].lastToken, fact.rejectNear, pack.cueKeys)
        : [];
      let found = false;
      for (const mention of mentionsFor(fact, pack, region, cache)) {
        if (mention.start < article.textStart) continue;
        const read = factValue(mention, fact, pack);
        const value =
          read && fact.type === 'place'
            ? nearValue(
                read,
                article.body.slice(Math.max(0, mention.start - 40), mention.start),
                pack.lexicon.nearBefore,
              )
            : read;
        if (!value) {
          trace?.events.push({
            kind: 'rejected',
            fact: fact.id,
            sentence: sentence.index,
            mention,
            reason: whyNotValue(mention, fact, pack),
          });
          continue;
        }
        const first = tokenAt(tokens, mention.start);
        const last = tokenAt(tokens, mention.end - 1) + 1;
        const notEvent =
          fact.type === 'date' || fact.type === 'year'
            ? otherDate(fact, value, tokens, first, last, sentence, cues, pack.lexicon.reporting)
            : null;
        if (notEvent) {
          trace?.events.push({ kind: 'rejected', fact: fact.id, sentence: sentence.index, mention, reason: notEvent });
          continue;
        }
        if (mention.counts === 'age') {
          const kin = kinAfter(tokens, last, region[region.length - 1].lastToken);
          if (kin >= 0 && !inCues(cues, kin)) {
            trace?.events.push({
              kind: 'rejected',
              fact: fact.id,
              sentence: sentence.index,
              mention,
              reason: `the age of a relative: it stands with "${tokens[kin].value}"`,
            });
            continue;
          }
        }
        if (fact.type === 'count' && !fact.score) {
          const subset = subsetWord(tokens, first, last, sentence.firstToken, region[region.length - 1].lastToken);
          if (subset) {
            trace?.events.push({
              kind: 'rejected',
              fact: fact.id,
              sentence: sentence.index,
              mention,
              reason: `part of a group counted elsewhere ("${subset}"), not the whole`,
            });
            continue;
          }
        }
        let head: string | undefined;
        if (fact.counts) {
          const counted = headOf(mention, tokens, last, region[region.length - 1].lastToken, pack.lexicon.timeNouns);
          // "2 hurt", "3 dead": a head that is the fact's own cue counts what the cue says
          const headIsCue =
            counted !== null &&
            counted.index >= 0 &&
            tokens[counted.index].pos !== 'PROPN' && // "round three Harlow": a name is no counted noun
            // "2 hurt", not "12 bodies" (counts decides)
            tokens[counted.index].normal === tokens[counted.index].lemma &&
            inCues(cues, counted.index);
          if (!headIsCue && !countsOneOf(counted, fact.counts, pack.lexicon.people)) {
            trace?.events.push({
              kind: 'rejected',
              fact: fact.id,
              sentence: sentence.index,
              mention,
              reason: notCounted(counted!, tokens, fact.counts),
            });
            continue;
          }
          if (trace) head = countedNote(counted, tokens, fact.counts, pack.lexicon.people);
        }
        let best: { d: number; cue: CueMatch } | null = null;
        for (const cue of cues) {
          const d = cueDistance(cue, first, last);
          if (d !== null && (!best || d < best.d)) best = { d, cue };
        }
        let next = Infinity;
        if (best)
          for (const cue of cues) {
            if (cue.first === best.cue.first && cue.last === best.cue.last) continue;
            const d = cueDistance(cue, first, last);
            if (d !== null && d < next) next = d;
          }
        const rejecter = best && rejecters.find((r) => cueDistance(r, first, last) !== null);
        if (best && rejecter) {
          trace?.events.push({
            kind: 'rejected',
            fact: fact.id,
            sentence: sentence.index,
            mention,
            reason: `excluded by phrase "${rejecter.cue.label}" (exclude, ${rejecter.cue.position}, window ${rejecter.cue.window})`,
          });
        } else if (best) {
          candidates.push({
            fact,
            factIndex,
            mention,
            value,
            distance: best.d,
            cue: best.cue,
            cueSentence: sentence,
            follows: first >= best.cue.last,
            slot: fact.running || fact.parts ? slotOf(fact, mention) : '',
            next,
            ...(head ? { head } : {}),
          });
          found = true;
        } else if (trace) {
          trace.events.push({
            kind: 'rejected',
            fact: fact.id,
            sentence: sentence.index,
            mention,
            reason: cues.map((c) => whyFar(c, first, last)).join('; '),
          });
        }
      }
      if (!found && fact.type === 'date') {
        const cue = cues.find((c) => c.cue.undated === 'published');
        if (cue) undated.push({ fact, cue, sentence });
      }
    });
  }

  // Roles: a value belongs to the fact whose cue is nearest; on a tie of one word that is a cue
  // of both ("year-old"), to the fact with another cue nearer ("52-year-old Ann Kell": Kell);
  // on a tie of two cues, to the cue it follows ("left on Sunday and arrived": Sunday follows
  // "left"); then to the fact listed first.
  // A fact keeps one value per cue sentence, the nearest; a value its owner so discards
  // returns to its next candidate fact, until every owner keeps what it owns or has no
  // candidate left (each round retires one candidate, so this ends).
  const sameCue = (a: Candidate, b: Candidate) => a.cue.first === b.cue.first && a.cue.last === b.cue.last;
  /** Which rule decides between two candidates at one distance (explain names it). */
  const tieRule = (a: Candidate, b: Candidate) =>
    sameCue(a, b) && a.next !== b.next ? 'other-cue' : a.follows !== b.follows ? 'follows' : 'listed-first';
  const winsTie = (c: Candidate, prev: Candidate) => {
    const rule = tieRule(c, prev);
    return rule === 'other-cue' ? c.next < prev.next : rule === 'follows' ? c.follows : c.factIndex < prev.factIndex;
  };
  const beats = (c: Candidate, prev: Candidate) =>
    c.distance < prev.distance || (c.distance === prev.distance && winsTie(c, prev));
  const mentionKey = (c: Candidate) => `${c.mention.start}:${c.mention.end}`;
  // One slot of one fact in one cue sentence: it keeps one value.
  const slotKey = (c: Candidate) => `${c.fact.id}:${c.cueSentence.index}:${c.slot}`;
  const ranked = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = ranked.get(mentionKey(c));
    if (list) list.push(c);
    else ranked.set(mentionKey(c), [c]);
  }
  for (const list of ranked.values()) list.sort((a, b) => (beats(a, b) ? -1 : beats(b, a) ? 1 : 0));
  const rank = new Map<string, number>();
  /** A candidate that got its value back → the candidate whose fact discarded it. */
  const returnedBy = new Map<Candidate, Candidate>();
  let owner: Map<string, Candidate>;
  let chosen: Map<string, Candidate>;
  for (;;) {
    owner = new Map();
    for (const [key, list] of ranked) {
      const r = rank.get(key) ?? 0;
      if (r < list.length) owner.set(key, list[r]);
    }
    chosen = new Map();
    for (const c of owner.values()) {
      const key = slotKey(c);
      const prev = chosen.get(key);
      if (!prev || c.distance < prev.distance || (c.distance === prev.distance && c.mention.start < prev.mention.start))
        chosen.set(key, c);
    }
    let returned = false;
    for (const [key, c] of owner) {
      if (chosen.get(slotKey(c)) === c) continue;
      const list = ranked.get(key)!;
      const r = (rank.get(key) ?? 0) + 1;
      if (r >= list.length) continue; // no other fact wants it: it stays discarded
      rank.set(key, r);
      returnedBy.set(list[r], c);
      returned = true;
    }
    if (!returned) break;
  }

  if (trace) {
    const keptBy = (x: Candidate) => chosen.get(slotKey(x));
    for (const c of candidates) {
      const o = owner.get(mentionKey(c));
      const ch = keptBy(c);
      const base = { fact: c.fact.id, sentence: c.cueSentence.index, mention: c.mention };
      const list = ranked.get(mentionKey(c))!;
      const holder = o ?? list[list.length - 1];
      const from = returnedBy.get(c);
      if (ch === c)
        trace.events.push({
          kind: 'claim',
          ...base,
          cue: c.cue.cue.label,
          distance: c.distance,
          value: c.value.value,
          display: c.value.display,
          ...(from ? { returnedBy: from.fact.id, returnedKept: keptBy(from)?.mention.raw } : {}),
          ...(c.head ? { head: c.head } : {}),
          ...(c.value.relation ? { relation: c.value.relation } : {}),
        });
      else if (holder !== c && list.indexOf(c) > list.indexOf(holder))
        trace.events.push({
          kind: 'taken',
          ...base,
          by: holder.fact.id,
          byCue: holder.cue.cue.label,
          distance: holder.distance,
          ownDistance: c.distance,
          ...(holder.distance === c.distance ? { tie: tieNote(tieRule(holder, c), holder.next) } : {}),
        });
      else {
        const kept = keptBy(c);
        if (kept)
          trace.events.push({
            kind: 'not-nearest',
            ...base,
            distance: c.distance,
            chosen: kept.mention,
            chosenDistance: kept.distance,
            ...(holder !== c && keptBy(holder) === holder ? { returnedTo: holder.fact.id } : {}),
          });
      }
    }
  }

  const claims = new Map<string, Claim>();
  const sentenceOf = (offset: number) => sentenceAt(analysis, offset) ?? sentences[0];
  const add = (
    fact: CompiledFact,
    start: number,
    end: number,
    raw: string,
    value: FactValue,
    cue: string,
    hedge?: Mention['hedge'],
  ) => {
    const key = `${fact.id}:${start}:${end}`;
    if (claims.has(key)) return;
    const s = sentenceOf(start);
    const a = articlePosition(article, start);
    const b = articlePosition(article, end);
    const from = Math.max(s.start, article.textStart);
    const quote = evidenceQuote(article.body, from, start, end, s.end);
    claims.set(key, {
      story: pack.story,
      fact: fact.id,
      article: article.id,
      path: article.path,
      start,
      end,
      line: a.line,
      column: a.column,
      endLine: b.line,
      endColumn: b.column,
      raw,
      value: value.value,
      display: value.display,
      text: quote.text,
      // Where the value stands in `text`: a report highlights this one, not the first lookalike.
      textOffset: quote.textOffset,
      cue,
      constraint: value.constraint,
      ...(hedge && hedge !== 'exact' ? { hedge } : {}),
      ...(value.relation ? { relation: value.relation } : {}),
      ...(value.fromPublished ? { fromPublished: true as const } : {}),
    });
  };
  for (const c of chosen.values())
    add(c.fact, c.mention.start, c.mention.end, c.mention.raw, c.value, c.cue.cue.label, c.mention.hedge);
  const published = article.published ? parseIsoDay(article.published) : null;
  for (const u of undated) {
    if (published === null || [...chosen.values()].some((c) => c.fact === u.fact && c.cueSentence === u.sentence))
      continue;
    const start = tokens[u.cue.first].start;
    const end = tokens[u.cue.last - 1].end;
    const value = publishedValue(article.published!, published);
    add(u.fact, start, end, article.body.slice(start, end), value, u.cue.cue.label);
    trace?.events.push({
      kind: 'claim',
      fact: u.fact.id,
      sentence: u.sentence.index,
      mention: null,
      cue: u.cue.cue.label,
      distance: 0,
      value: value.value,
      display: value.display,
      undated: true,
    });
  }
  return [...claims.values()].sort((x, y) => x.start - y.start || x.fact.localeCompare(y.fact));
}
