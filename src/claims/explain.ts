/**
 * `factlint explain`: why a fact did (or did not) get its claims in each article. Replays the
 * real binding with a trace collector, then adds the mentions of other types that the fact's
 * extractor never looked at, so every value near a cue gets a reason.
 */
import type { Article, Mention } from '../model';
import type { CompiledFact, CompiledPack } from '../rules/types';
import { UserError } from '../errors';
import { sentenceAt, type Analysis } from '../nlp/wink';
import { articlePosition } from '../corpus/lines';
import { extractMentions } from '../mentions';
import { buildDictionary, findEntries } from '../mentions/dictionary';
import { bindClaims, inScope } from './bind';
import { matchWords } from './cues';
import { updateWording } from './updates';
import type { BindTrace, TraceEvent } from './trace';
import { plural } from '../util/text';

export interface ExplainedValue {
  raw: string;
  line: number;
  column: number;
  value?: string;
  display?: string;
  cue?: string;
  distance?: number;
  reason?: string;
  /** For a value taken: the decisions behind it, in words (its head, a value returned to it, "near"). */
  notes?: string[];
}

export interface ExplainedSentence {
  line: number;
  column: number;
  text: string;
  cues: string[];
  excluded: string | null;
  /** The sentence is about another event: what governs it and how ("previous", another year). */
  otherEvent: { marker: string; why: string } | null;
  taken: ExplainedValue[];
  rejected: ExplainedValue[];
}

/** A phrase cue whose word stands in the text in another form ("collapsed" vs "collapse"). */
export interface NearMiss {
  cue: string;
  found: string;
  lemma: string;
  line: number;
  column: number;
}

export interface ExplainedArticle {
  path: string;
  outOfScope: string | null;
  sentences: ExplainedSentence[];
  /** Phrase cues that would match as lemmas: the hint to write { lemma: … }. */
  nearMisses?: NearMiss[];
}

/**
 * Phrase cues (exact words) that miss a form of their word the text has: "collapsed" does not
 * match "Tuesday's collapse", the lemma "collapse" would. At most one per cue.
 */
function nearMisses(
  article: Article,
  analysis: Analysis,
  fact: CompiledFact,
  analyse: (text: string) => Analysis,
): NearMiss[] {
  const out: NearMiss[] = [];
  for (const cue of fact.cues) {
    if (cue.lemmas) continue;
    const lemmas = analyse(cue.label)
      .tokens.filter((t) => t.pos !== 'SPACE')
      .map((t) => t.lemma.toLowerCase());
    if (!lemmas.length) continue;
    for (let i = 0; i < analysis.tokens.length; i++) {
      const end = matchWords(analysis.tokens, i, analysis.tokens.length, lemmas, true);
      if (end < 0) continue;
      if (matchWords(analysis.tokens, i, analysis.tokens.length, cue.words, false) > 0) continue; // a real match
      const start = analysis.tokens[i].start;
      const p = articlePosition(article, start);
      out.push({
        cue: cue.label,
        found: article.body.slice(start, analysis.tokens[end - 1].end),
        lemma: lemmas.join(' '),
        line: p.line,
        column: p.column,
      });
      break;
    }
  }
  return out;
}

/** The fact named `story/fact` or `fact` (unique among the packs). */
export function findFact(packs: CompiledPack[], ref: string): { pack: CompiledPack; fact: CompiledFact } {
  const [story, id] = ref.includes('/') ? ref.split('/', 2) : [null, ref];
  const hits = packs.flatMap((pack) =>
    story && pack.story !== story ? [] : pack.facts.filter((f) => f.id === id).map((fact) => ({ pack, fact })),
  );
  if (hits.length === 1) return hits[0];
  const all = packs.flatMap((p) => p.facts.map((f) => `${p.story}/${f.id}`));
  if (!hits.length)
    throw new UserError({
      code: 'unknown-fact',
      message: `no fact "${ref}" in the rule packs`,
      hint: `facts: ${all.join(', ')}`,
    });
  throw new UserError({
    code: 'ambiguous-fact',
    message: `"${ref}" is a fact of several packs`,
    hint: `name it with its story: ${hits.map((h) => `${h.pack.story}/${h.fact.id}`).join(', ')}`,
  });
}

function scopeReason(pack: CompiledPack, article: Article): string {
  const parts: string[] = [];
  if (pack.appliesTo.paths) parts.push(`paths ${pack.appliesTo.paths.join(', ')}`);
  if (pack.appliesTo.story)
    parts.push(`story ${pack.appliesTo.story.join(', ')} (article: ${article.story ?? 'none'})`);
  return `out of the pack's scope: applies-to ${parts.join('; ')} does not match ${article.id}`;
}

/** `analyse`: the checker's analysis (its wink instance has the packs' pattern facts). */
export function explainArticle(
  article: Article,
  pack: CompiledPack,
  fact: CompiledFact,
  analyse: (text: string) => Analysis,
): ExplainedArticle {
  const out: ExplainedArticle = { path: article.path, outOfScope: null, sentences: [] };
  if (!inScope(pack, article)) {
    out.outOfScope = scopeReason(pack, article);
    return out;
  }
  if (!article.body.trim()) return out;
  const analysis = analyse(article.body);
  const misses = nearMisses(article, analysis, fact, analyse);
  if (misses.length) out.nearMisses = misses;
  const trace: BindTrace = { events: [] };
  bindClaims(article, analysis, pack, trace);
  const pos = (m: { start: number }) => articlePosition(article, m.start);
  const mine = trace.events.filter((e) => e.fact === fact.id);
  const bySentence = new Map<number, TraceEvent[]>();
  for (const e of mine) {
    let list = bySentence.get(e.sentence);
    if (!list) bySentence.set(e.sentence, (list = []));
    list.push(e);
  }
  for (const [index, events] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    const s = analysis.sentences[index];
    const p = articlePosition(article, Math.max(s.start, article.textStart)); // after a dateline
    const sentence: ExplainedSentence = {
      line: p.line,
      column: p.column,
      text: article.body.slice(Math.max(s.start, article.textStart), s.end).replace(/\s+/g, ' ').trim(),
      cues: [],
      excluded: null,
      otherEvent: null,
      taken: [],
      rejected: [],
    };
    const seen: Mention[] = [];
    const notesOf = (e: Extract<TraceEvent, { kind: 'claim' }>) => {
      const notes = claimNotes(e, fact, pack, article.body, (e.mention && sentenceAt(analysis, e.mention.start)) || s);
      return notes.length ? { notes } : {};
    };
    const value = (m: Mention, extra: Partial<ExplainedValue>): ExplainedValue => ({ raw: m.raw, ...pos(m), ...extra });
    for (const e of events) {
      switch (e.kind) {
        case 'cue':
          if (!sentence.cues.includes(e.cue)) sentence.cues.push(e.cue);
          break;
        case 'excluded-sentence':
          sentence.excluded = e.phrase;
          break;
        case 'other-event':
          sentence.otherEvent = { marker: e.marker, why: e.why };
          break;
        case 'claim':
          if (e.mention) seen.push(e.mention);
          sentence.taken.push(
            e.mention
              ? value(e.mention, {
                  value: e.value,
                  display: e.display,
                  cue: e.cue,
                  distance: e.distance,
                  ...(e.returnedBy
                    ? {
                        reason:
                          `returned by fact ${e.returnedBy}: it took the value first (nearer cue) ` +
                          `but keeps ${e.returnedKept ? `"${e.returnedKept}"` : 'a value'}, nearer to its own cue`,
                      }
                    : {}),
                  ...notesOf(e),
                })
              : {
                  raw: `(no date near "${e.cue}")`,
                  ...pos(
                    events.find(
                      (x): x is Extract<TraceEvent, { kind: 'cue' }> => x.kind === 'cue' && x.cue === e.cue,
                    ) ?? s,
                  ),
                  value: e.value,
                  display: e.display,
                  cue: e.cue,
                  reason: 'undated cue: the publication date',
                },
          );
          break;
        case 'rejected':
          seen.push(e.mention);
          sentence.rejected.push(value(e.mention, { reason: e.reason }));
          break;
        case 'taken':
          seen.push(e.mention);
          sentence.rejected.push(
            value(e.mention, {
              reason:
                e.tie === undefined
                  ? `taken by fact ${e.by}, whose cue "${e.byCue}" is nearer (${e.distance} tokens, here ${e.ownDistance})`
                  : `taken by fact ${e.by}: both cues ${plural(e.distance, 'token')} away; ${
                      e.tie === 'follows'
                        ? `the value follows its cue "${e.byCue}"`
                        : e.tie === 'listed-first'
                          ? `${e.by} is listed first`
                          : `${e.by} has another cue ${plural(e.tie.otherCue, 'token')} away`
                    }`,
            }),
          );
          break;
        case 'not-nearest':
          seen.push(e.mention);
          sentence.rejected.push(
            value(e.mention, {
              reason:
                `not the nearest in the sentence: "${e.chosen.raw}" is ${e.chosenDistance} tokens from a cue, this ${e.distance}` +
                (e.returnedTo ? `; returned to fact ${e.returnedTo}` : ''),
            }),
          );
          break;
      }
    }
    if (!sentence.excluded && !sentence.otherEvent) {
      // Values of other types in the sentence: never candidates, say so.
      const others = [
        ...extractMentions(article.body, { published: article.published ?? null, units: pack.units }, s.start, s.end),
        ...findEntries(
          buildDictionary(pack.placeAliases, pack.places, 'place'),
          article.body,
          analysis.tokens,
          s.firstToken,
          s.lastToken,
        ),
        ...findEntries(
          buildDictionary(pack.nameAliases, pack.names, 'name'),
          article.body,
          analysis.tokens,
          s.firstToken,
          s.lastToken,
        ),
      ];
      for (const m of others.sort((a, b) => a.start - b.start)) {
        if (m.start < article.textStart || seen.some((x) => x.start < m.end && m.start < x.end)) continue;
        seen.push(m);
        sentence.rejected.push(
          value(m, { reason: `wrong type: a ${m.type}, not a ${fact.type}${fact.patterns ? ' pattern match' : ''}` }),
        );
      }
    }
    sentence.rejected.sort((a, b) => a.line - b.line || a.column - b.column);
    out.sentences.push(sentence);
  }
  return out;
}

/**
 * What a taken value's trace says beyond its cue: what it counts, a place as a reference
 * point, and for a running fact the update wording around it (read as markUpdates reads it).
 */
function claimNotes(
  e: Extract<TraceEvent, { kind: 'claim' }>,
  fact: CompiledFact,
  pack: CompiledPack,
  body: string,
  s: { start: number; end: number },
): string[] {
  const notes: string[] = [];
  if (e.head) notes.push(e.head);
  if (e.relation === 'near')
    notes.push(`a reference point ("near"): somewhere about ${e.display}, not the place itself`);
  if (fact.running && e.mention) {
    const m = e.mention;
    const w = updateWording(
      body.slice(s.start, s.end),
      m.start - s.start,
      m.end - m.start,
      pack.updates,
      pack.lexicon.hedges,
    );
    const from = w.earlier ? `, from ${w.earlier}` : '';
    if (w.update === 'later') notes.push(`update wording: the article's later figure${from}`);
    else if (w.update === 'down') notes.push(`update wording: a downward revision${from}`);
    else if (w.update === 'earlier') notes.push('update wording: an earlier figure, superseded');
  }
  return notes;
}

export function formatExplanation(
  ref: string,
  pack: CompiledPack,
  fact: CompiledFact,
  articles: ExplainedArticle[],
): string {
  const lines = [
    `${pack.story}/${fact.id} (${fact.type}${fact.unit ? `, ${fact.unit.id}` : ''}): ${fact.title}`,
    `  cues: ${fact.cues.map((c) => `${c.lemmas ? 'lemma ' : ''}"${c.label}" (${c.position}, window ${c.window})`).join(', ')}`,
    '',
  ];
  void ref;
  for (const a of articles) {
    lines.push(a.path);
    if (a.outOfScope) {
      lines.push(`  – ${a.outOfScope}`, '');
      continue;
    }
    if (!a.sentences.length) lines.push('  – no cue of this fact in the article');
    for (const m of a.nearMisses ?? [])
      lines.push(
        `  hint: cue "${m.cue}" is a phrase (exact words) and misses "${m.found}" at ${m.line}:${m.column}, ` +
          `another form of the same word: write { lemma: ${m.lemma} } to match every form`,
      );
    for (const s of a.sentences) {
      lines.push(`  ${s.line}:${s.column} “${s.text.length > 110 ? `${s.text.slice(0, 107)}…` : s.text}”`);
      lines.push(`    cue: ${s.cues.map((c) => `"${c}"`).join(', ')}`);
      if (s.excluded) lines.push(`    ✖ sentence excluded by phrase "${s.excluded}": no claim of this fact here`);
      if (s.otherEvent)
        lines.push(
          `    ✖ sentence governed by "${s.otherEvent.marker}" (${s.otherEvent.why}): another event, no claim of this fact here`,
        );
      for (const t of s.taken) {
        const why = [
          ...(t.distance !== undefined ? [`${plural(t.distance, 'token')} away`] : []),
          ...(t.notes ?? []),
          ...(t.reason ? [t.reason] : []),
        ];
        lines.push(
          `    ✔ ${t.raw} → ${t.value}${t.display && t.display !== t.value ? ` (${t.display})` : ''}  ${t.line}:${t.column}, cue "${t.cue}"${why.length ? `, ${why.join('; ')}` : ''}`,
        );
      }
      for (const r of s.rejected) lines.push(`    ✖ ${r.raw}  ${r.line}:${r.column}: ${r.reason}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
