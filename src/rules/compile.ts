/** Turns loaded rule files into packs the engine runs: cues tokenized, gazetteers indexed, units resolved. */
import type { Nlp } from '../nlp/wink';
import { DEFAULT_WITNESS_SETTINGS, type WitnessSettings } from '../model';
import { UserError, type Diagnostic } from '../errors';
import { isCurrency, makeUnitRegistry, type UnitDef, type UnitRegistry } from '../mentions/units';
import { DEFAULT_HEDGE_BANDS, UNLISTED_UNITS } from '../lexicon';
import { diagnosticAt } from './yaml-source';
import { levenshtein } from '../util/levenshtein';
import { dayNumber, daysInMonth, parseIsoDay } from '../util/calendar';
import type { DaysConstraint } from '../model';
import { RuleLoader, findRuleFiles, type LoadedFile } from './load';
import { straightQuotes } from '../util/text';
import { patternKey, patternName, patternProblem, type PatternGroup } from './patterns';
import { nearBeforeRegExp } from '../lexicon/relations';
import {
  builtInList,
  LEXICON_LISTS,
  mergeLexicon,
  normalizeEntry,
  type LexiconListName,
  type LexiconSpec,
} from '../lexicon/lists';
import { DEFAULT_HEDGE_TABLE, hedgeTable, type HedgeTable } from '../mentions/numbers';
import type {
  CompiledCue,
  CompiledFact,
  CompiledLexicon,
  CompiledPack,
  CueKeys,
  FactSpec,
  GazetteerEntry,
  NameSpec,
  PlaceSpec,
  RuleFileSpec,
  Alias,
  AliasSpec,
} from './types';

const DEFAULT_WINDOW = 20;

/**
 * What one compile of rule files works with: the wink instance of the rule set being made
 * (phrase tokens, pattern checks) and the tokens of every phrase seen so far, which are kept
 * with the specs so that worker threads and the cache compile without tokenizing again.
 */
class PhraseTable {
  constructor(
    readonly nlp: Nlp,
    readonly known: Map<string, string[]>,
  ) {}

  /** Tokens as wink splits them, lower-cased, so cue phrases match the text's own tokens. */
  tokens(phrase: string): string[] {
    let t = this.known.get(phrase);
    if (!t) this.known.set(phrase, (t = this.nlp.phraseTokens(phrase)));
    return [...t];
  }
}

const lemmasOf = (lemma: string): string[] => lemma.toLowerCase().split(/\s+/);

/** "US", "UN", "U.S.": two to five capital letters, matched with their case by default ("us" is a pronoun). */
export function isShortCapitals(text: string): boolean {
  return /^[A-Z]{2,5}$/.test(text.replace(/[.\s]/g, ''));
}

/** The lower-case tokens of a phrase in the phrase's own case; null when they cannot be mapped back. */
function casedTokens(text: string, tokens: string[]): string[] | null {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return null;
  let cursor = 0;
  const out: string[] = [];
  for (const t of tokens) {
    const at = lower.indexOf(t, cursor);
    if (at < 0) return null;
    out.push(text.slice(at, at + t.length));
    cursor = at + t.length;
  }
  return out;
}

/** Everything a pack sees: its bases first (in order), then itself. */
function flatten(file: LoadedFile, out: LoadedFile[] = [], seen = new Set<LoadedFile>()): LoadedFile[] {
  if (seen.has(file)) return out;
  seen.add(file);
  for (const b of file.bases) flatten(b, out, seen);
  out.push(file);
  return out;
}

interface Origin {
  file: LoadedFile;
  path: (string | number)[];
}

/** A fact of a pack after its layers: later layers override earlier ones by id, keeping its first place. */
interface MergedFact {
  spec: FactSpec;
  origin: Origin;
  defaults: RuleFileSpec['defaults'];
}

/**
 * A pack's facts over its layers (bases first). A second fact of one id within one file is
 * skipped and handed to `duplicate` (an error when compiling; the validated specs have none).
 */
function mergedFacts(
  layers: LoadedFile[],
  duplicate?: (l: LoadedFile, i: number, first: number) => void,
): Map<string, MergedFact> {
  const facts = new Map<string, MergedFact>();
  for (const l of layers) {
    const ids = new Map<string, number>();
    (l.spec.facts ?? []).forEach((f, i) => {
      if (ids.has(f.id)) return duplicate?.(l, i, ids.get(f.id)!);
      ids.set(f.id, i);
      facts.set(f.id, {
        spec: f,
        origin: { file: l, path: ['facts', i] },
        defaults: { ...facts.get(f.id)?.defaults, ...l.spec.defaults },
      });
    });
  }
  return facts;
}

/**
 * One pack. `checked`: its files compiled without a problem before (validated specs), so the
 * patterns are not tried again one by one: each try replaces the rule set's learned patterns.
 */
function compilePack(
  root: LoadedFile,
  diagnostics: Diagnostic[],
  patternGroups: PatternGroup[],
  phrases: PhraseTable,
  checked = false,
): CompiledPack | null {
  const phraseTokens = (phrase: string) => phrases.tokens(phrase);
  const aliasOf = (alias: string | AliasSpec, id: string, entryRule: boolean | undefined): Alias => {
    const text = typeof alias === 'string' ? alias : alias.alias;
    const tokens = phraseTokens(text);
    const sensitive =
      (typeof alias === 'string' ? undefined : alias['case-sensitive']) ?? entryRule ?? isShortCapitals(text);
    const cased = sensitive ? casedTokens(text, tokens) : null;
    return cased ? [cased, id, true] : [tokens, id];
  };
  const layers = flatten(root);
  const at = (o: Origin, code: string, message: string, hint: string) =>
    diagnosticAt(o.file.source, o.path, { code, message, hint });
  const before = diagnostics.length;
  // The schema requires a story beside facts, and only files with facts are compiled.
  const story = root.spec.story!;

  // Units: built-in plus every layer's.
  const extraUnits: UnitDef[] = [];
  for (const l of layers)
    for (const u of l.spec.units ?? [])
      extraUnits.push({
        id: u.id,
        dimension: u.dimension,
        factor: u.factor,
        ...(u.offset ? { offset: u.offset } : {}),
        names: u.names,
      });
  const units = makeUnitRegistry(extraUnits);

  // Gazetteer and names, with duplicate-id checks.
  const places = new Map<string, GazetteerEntry>();
  const placeAliases: Alias[] = [];
  const placeOrigin = new Map<string, Origin>();
  const addPlace = (p: PlaceSpec, parent: string[], origin: Origin) => {
    const prev = placeOrigin.get(p.id);
    // A layer may redefine a place it extends; twice within one file is a mistake.
    if (prev && prev.file === origin.file) {
      diagnostics.push(
        at(
          { file: origin.file, path: [...origin.path, 'id'] },
          'duplicate-id',
          `place id "${p.id}" is defined twice in this file`,
          'place ids must be unique; rename one of them',
        ),
      );
    }
    placeOrigin.set(p.id, origin);
    const entryPath = [...parent, p.id];
    const name = p.name ?? p.id;
    places.set(p.id, { id: p.id, name, kind: p.kind ?? null, category: null, path: entryPath });
    for (const alias of [name, ...(p.aliases ?? [])]) placeAliases.push(aliasOf(alias, p.id, p['case-sensitive']));
    (p.children ?? []).forEach((c, i) =>
      addPlace(c, entryPath, { file: origin.file, path: [...origin.path, 'children', i] }),
    );
  };
  for (const l of layers)
    (l.spec.gazetteer ?? []).forEach((p, i) => addPlace(p, [], { file: l, path: ['gazetteer', i] }));

  const names = new Map<string, GazetteerEntry>();
  const nameAliases: Alias[] = [];
  for (const l of layers) {
    (l.spec.names ?? []).forEach((n: NameSpec, i) => {
      if (names.has(n.id) && (l.spec.names ?? []).filter((m) => m.id === n.id).length > 1) {
        diagnostics.push(
          at(
            { file: l, path: ['names', i, 'id'] },
            'duplicate-id',
            `name id "${n.id}" is defined twice`,
            'rename one of them',
          ),
        );
      }
      const name = n.name ?? n.id;
      names.set(n.id, { id: n.id, name, kind: null, category: n.category ?? null, path: [n.id] });
      for (const alias of [name, ...(n.aliases ?? [])]) nameAliases.push(aliasOf(alias, n.id, n['case-sensitive']));
    });
  }

  // Facts: later layers override earlier ones by id; duplicates inside one file are errors.
  const facts = mergedFacts(layers, (l, i, first) => {
    diagnostics.push(
      at(
        { file: l, path: ['facts', i, 'id'] },
        'duplicate-id',
        `fact id "${l.spec.facts![i].id}" is defined twice in this file`,
        `the other is facts[${first}]; fact ids must be unique within a pack`,
      ),
    );
  });

  const compiled: CompiledFact[] = [];
  for (const { spec: f, origin, defaults } of facts.values()) {
    const d = { ...root.spec.defaults, ...defaults };
    let unit: UnitDef | null = null;
    if (f.type === 'quantity') {
      if (!f.unit)
        diagnostics.push(
          at(
            origin,
            'missing-key',
            `quantity fact "${f.id}" needs a unit`,
            'add e.g. "unit: km/h": values are converted to it before comparing',
          ),
        );
      else {
        unit = units.lookup(f.unit) ?? null;
        if (!unit)
          diagnostics.push(
            at(
              { file: origin.file, path: [...origin.path, 'unit'] },
              'unknown-unit',
              `unknown unit "${f.unit}"`,
              suggestUnit(f.unit, units),
            ),
          );
      }
    }
    if (f.kinds && f.type !== 'place')
      diagnostics.push(
        at(
          { file: origin.file, path: [...origin.path, 'kinds'] },
          'field-not-applicable',
          `"kinds" applies only to place facts, and "${f.id}" is a ${f.type} fact`,
          'remove it, or change the type to place',
        ),
      );
    if (f.tolerance && ['place', 'name'].includes(f.type))
      diagnostics.push(
        at(
          { file: origin.file, path: [...origin.path, 'tolerance'] },
          'field-not-applicable',
          `"tolerance" does not apply to ${f.type} facts`,
          'places agree through the gazetteer tree; names through aliases',
        ),
      );
    if (f.reporting !== undefined && f.type !== 'date')
      diagnostics.push(
        at(
          { file: origin.file, path: [...origin.path, 'reporting'] },
          'field-not-applicable',
          `"reporting" applies only to date facts, and "${f.id}" is a ${f.type} fact`,
          'remove it',
        ),
      );
    if (f.when !== undefined && whenDays(String(f.when)) === null)
      diagnostics.push(
        at(
          { file: origin.file, path: [...origin.path, 'when'] },
          'bad-value',
          `"when" is not a date: ${String(f.when)}`,
          'write the day, month or year of the event: 2024-05-02, 2024-05 or 2024',
        ),
      );
    for (const field of ['counts', 'ordinals', 'score'] as const)
      if (f[field] !== undefined && f.type !== 'count')
        diagnostics.push(
          at(
            { file: origin.file, path: [...origin.path, field] },
            'field-not-applicable',
            `"${field}" applies only to count facts, and "${f.id}" is a ${f.type} fact`,
            'remove it, or change the type to count',
          ),
        );
    if (f.granularity && f.type !== 'date')
      diagnostics.push(
        at(
          { file: origin.file, path: [...origin.path, 'granularity'] },
          'field-not-applicable',
          `"granularity" applies only to date facts`,
          'remove it',
        ),
      );
    if (f.type === 'place' && places.size === 0)
      diagnostics.push(
        at(
          origin,
          'no-gazetteer',
          `place fact "${f.id}" but the pack has no gazetteer`,
          'add "gazetteer:" places or extends a shared gazetteer file',
        ),
      );
    const field = (name: string, ...rest: (string | number)[]): Origin => ({
      file: origin.file,
      path: [...origin.path, name, ...rest],
    });
    if (f.within && f.type !== 'place')
      diagnostics.push(
        at(
          field('within'),
          'field-not-applicable',
          `"within" applies only to place facts, and "${f.id}" is a ${f.type} fact`,
          'remove it, or change the type to place',
        ),
      );
    (f.parts ?? []).forEach((id, i) => {
      if (!places.has(id) && !names.has(id))
        diagnostics.push(
          at(
            field('parts', i),
            'unknown-part',
            `"parts": no place or name "${id}" in the pack`,
            suggestId(id, [...places.keys(), ...names.keys()], 'place and name ids'),
          ),
        );
    });
    if (f.running && !['count', 'quantity', 'duration'].includes(f.type))
      diagnostics.push(
        at(
          field('running'),
          'field-not-applicable',
          `"running" applies only to count, quantity and duration facts, and "${f.id}" is a ${f.type} fact`,
          'a date, place or name that differs between articles is a contradiction whatever the dates: remove it',
        ),
      );
    if (f.parts && !['count', 'quantity', 'duration'].includes(f.type))
      diagnostics.push(
        at(
          field('parts'),
          'field-not-applicable',
          `"parts" applies only to count, quantity and duration facts, and "${f.id}" is a ${f.type} fact`,
          'parts are checked against the total by adding them up: remove it',
        ),
      );
    if (f.where !== undefined && !places.has(f.where))
      diagnostics.push(
        at(
          field('where'),
          'unknown-place',
          `"where": no place "${f.where}" in the gazetteer`,
          suggestId(f.where, [...places.keys()], 'place ids'),
        ),
      );
    (f.within ?? []).forEach((id, i) => {
      if (!places.has(id))
        diagnostics.push(
          at(
            field('within', i),
            'unknown-place',
            `"within": no place "${id}" in the gazetteer`,
            suggestId(id, [...places.keys()], 'place ids'),
          ),
        );
    });
    if (
      f.category !== undefined &&
      f.type === 'name' &&
      !f.patterns &&
      ![...names.values()].some((n) => n.category === f.category)
    ) {
      diagnostics.push(
        at(
          field('category'),
          'unknown-category',
          `no name in "names:" has category "${f.category}"`,
          suggestId(
            f.category,
            [...new Set([...names.values()].map((n) => n.category ?? '').filter(Boolean))],
            'categories in use',
          ),
        ),
      );
    }
    if (f.type === 'name' && !f.patterns && names.size === 0)
      diagnostics.push(
        at(
          origin,
          'no-names',
          `name fact "${f.id}" but the pack has no names`,
          'add "names:" entries (or extends a shared file with them), or find values with "patterns:"',
        ),
      );
    if (f.patterns && f.type !== 'name' && f.type !== 'count')
      diagnostics.push(
        at(
          field('patterns'),
          'field-not-applicable',
          `"patterns" applies to name and count facts, and "${f.id}" is a ${f.type} fact`,
          'use type: name (the matched text is the value) or type: count (the number inside the match)',
        ),
      );
    if (f.map && f.patterns && f.type !== 'name')
      diagnostics.push(
        at(
          field('map'),
          'field-not-applicable',
          '"map" applies only to name facts: a count is the number inside the match',
          'remove it',
        ),
      );
    if (f.map && !f.patterns)
      diagnostics.push(
        at(
          field('map'),
          'field-not-applicable',
          '"map" applies only to facts with "patterns"',
          'for gazetteer names use "names:" with aliases',
        ),
      );
    if (!checked)
      (f.patterns ?? []).forEach((p, i) => {
        const problem = patternProblem(p, phrases.nlp);
        if (problem) diagnostics.push(at(field('patterns', i), 'bad-pattern', problem.message, problem.hint));
      });
    for (const k of f.type === 'place' ? (f.kinds ?? []) : []) {
      if (![...places.values()].some((p) => p.kind === k))
        diagnostics.push(
          at(
            { file: origin.file, path: [...origin.path, 'kinds'] },
            'unknown-kind',
            `no place in the gazetteer has kind "${k}"`,
            `kinds in use: ${[...new Set([...places.values()].map((p) => p.kind).filter(Boolean))].join(', ') || 'none'}`,
          ),
        );
    }
    const cues: CompiledCue[] = [];
    const rejectNear: CompiledCue[] = [];
    const exclude: string[][] = [];
    const excludeLemmas: string[][] = [];
    (f.exclude ?? []).forEach((x, i) => {
      if (typeof x === 'string') return exclude.push(phraseTokens(x));
      if (x.scope === 'sentence' && !x.phrase !== !x.lemma)
        return x.phrase ? exclude.push(phraseTokens(x.phrase)) : excludeLemmas.push(lemmasOf(x.lemma!));
      if (!x.phrase === !x.lemma)
        return diagnostics.push(
          at(
            field('exclude', i),
            'bad-cue',
            'an exclusion needs exactly one of "phrase" or "lemma"',
            'write "- { phrase: arrived in, position: after, window: 3 }"',
          ),
        );
      rejectNear.push({
        label: x.phrase ?? x.lemma!,
        words: x.phrase ? phraseTokens(x.phrase) : [],
        lemmas: x.lemma ? lemmasOf(x.lemma) : null,
        position: x.position ?? 'either',
        window: x.window ?? 3,
        undated: null,
      });
    });
    f.cues.forEach((c, i) => {
      const spec = typeof c === 'string' ? { phrase: c } : c;
      if (!spec.phrase === !spec.lemma) {
        diagnostics.push(
          at(
            { file: origin.file, path: [...origin.path, 'cues', i] },
            'bad-cue',
            'a cue needs exactly one of "phrase" or "lemma"',
            'write "- left port" or "- { lemma: leave }"',
          ),
        );
        return;
      }
      if (spec.undated && f.type !== 'date')
        diagnostics.push(
          at(
            { file: origin.file, path: [...origin.path, 'cues', i, 'undated'] },
            'field-not-applicable',
            '"undated" applies only to date facts',
            'remove it',
          ),
        );
      const words = spec.phrase ? phraseTokens(spec.phrase) : [];
      const lemmas = spec.lemma ? spec.lemma.toLowerCase().split(/\s+/) : null;
      if (spec.phrase && !words.length) {
        diagnostics.push(
          at(
            { file: origin.file, path: [...origin.path, 'cues', i] },
            'bad-cue',
            `cue "${spec.phrase}" has no words`,
            'write the words that must appear',
          ),
        );
        return;
      }
      cues.push({
        label: spec.phrase ?? spec.lemma!,
        words,
        lemmas,
        position: spec.position ?? f.position ?? 'either',
        window: spec.window ?? f.window ?? d.window ?? DEFAULT_WINDOW,
        undated: spec.undated ?? null,
      });
    });
    compiled.push({
      id: f.id,
      title: f.title ?? f.id,
      description: f.description ?? null,
      type: f.type,
      unit,
      severity: f.severity ?? d.severity ?? 'error',
      singleSource: f['single-source'] ?? 'info',
      running: f.running
        ? {
            window: (typeof f.running === 'object' && f.running.window) || 0,
            update: (typeof f.running === 'object' && f.running.update) || 'info',
            stale: (typeof f.running === 'object' && f.running.stale) || 'warning',
          }
        : null,
      parts: f.parts ?? null,
      where: (f.where !== undefined && places.get(f.where)?.path) || null,
      cues,
      exclude,
      excludeLemmas,
      rejectNear,
      scope: f.scope ?? d.scope ?? 'sentence',
      kinds: f.kinds ?? null,
      category: f.category ?? null,
      within: f.within ?? null,
      patterns: f.patterns ? [patternName(story, f.id)] : null,
      map: f.map ? new Map(Object.entries(f.map).map(([k, v]) => [patternKey(k), v])) : null,
      tolerance: { absolute: f.tolerance?.absolute ?? 0, relative: f.tolerance?.relative ?? 0 },
      granularity: f.granularity ?? null,
      counts: f.counts ? f.counts.map((w) => w.toLowerCase()) : null,
      ordinals: f.ordinals ?? false,
      score: f.score === 'first' ? 1 : f.score === 'second' ? 2 : null,
      when: f.when === undefined ? null : whenDays(String(f.when)),
      reporting: f.reporting ?? false,
      hedges: { ...DEFAULT_HEDGE_BANDS, ...d.hedges, ...f.hedges },
      message: f.message ?? null,
      docs: f.docs ?? null,
    });
  }
  // The nearest layer that words updates: the pack's own, else the last file it extends.
  const updates = [...layers].reverse().find((l) => l.spec.updates)?.spec.updates;
  checkLexicon(layers, updates, diagnostics);
  if (diagnostics.length > before) return null;
  const lexicon = lexiconOf(layers, updates);
  patternGroups.push(...patternGroupsOf(story, facts));
  const scope = root.spec['applies-to'];
  return {
    story,
    title: root.spec.title ?? story,
    file: root.file,
    appliesTo: { paths: scope?.paths ?? null, story: scope?.story ?? null },
    facts: compiled,
    places,
    names,
    placeAliases,
    nameAliases,
    units,
    updates: lexicon.updates,
    lexicon: lexicon.compiled,
    tests: root.spec.tests ?? [],
    witnesses: witnessSettingsOf(layers),
    cueKeys: { words: new Set(), lemmas: new Set() }, // the rule set's, set once all packs compiled
  };
}

/** The pattern facts of a pack, as learned into wink (one group per fact). */
function patternGroupsOf(story: string, facts: Map<string, MergedFact>): PatternGroup[] {
  const out: PatternGroup[] = [];
  for (const { spec: f } of facts.values())
    if (f.patterns) out.push({ name: patternName(story, f.id), patterns: f.patterns });
  return out;
}

let builtInLexicon: CompiledLexicon | null = null;

/**
 * The pack's lexicon: the built-in lists with every layer's `lexicon:` edits (bases first),
 * compiled once here so that binding pays nothing per sentence. Packs without edits share one.
 */
function lexiconOf(layers: LoadedFile[], updates: RuleFileSpec['updates']) {
  const edits = layers.map((l) => l.spec.lexicon).filter((e): e is LexiconSpec => e !== undefined);
  const words = mergeLexicon(edits, updates);
  const compile = (hedges: HedgeTable): CompiledLexicon => ({
    reporting: words.reporting,
    people: words.people,
    timeNouns: words.timeNouns,
    otherEvent: words.otherEvent,
    nearBefore: nearBeforeRegExp(words.near),
    hedges,
  });
  const compiled = edits.length ? compile(hedgeTable(words.hedges)) : (builtInLexicon ??= compile(DEFAULT_HEDGE_TABLE));
  return { updates: words.updates, compiled };
}

/**
 * A `lexicon:` entry to remove must be in its list (the built-in words, a replacing `updates:`
 * list, or what a layer adds): a removal that matches nothing is a typo that silently does
 * nothing. The schema has already checked the list names and the entries' form.
 */
function checkLexicon(layers: LoadedFile[], updates: RuleFileSpec['updates'], diagnostics: Diagnostic[]): void {
  const replaced: Partial<Record<LexiconListName, string[]>> = {
    'update-later': updates?.later,
    'update-down': updates?.down,
    'update-earlier': updates?.earlier,
  };
  for (const l of layers) {
    const spec: LexiconSpec | undefined = l.spec.lexicon;
    if (!spec || typeof spec !== 'object') continue;
    for (const [name, edit] of Object.entries(spec) as [LexiconListName, LexiconSpec[LexiconListName]][]) {
      if (!(name in LEXICON_LISTS) || !Array.isArray(edit?.remove)) continue;
      const known = new Set([
        ...(replaced[name] ?? builtInList(name)).map(normalizeEntry),
        ...layers.flatMap((x) => (x.spec.lexicon?.[name]?.add ?? []).map(normalizeEntry)),
      ]);
      edit.remove.forEach((w, i) => {
        if (typeof w !== 'string' || known.has(normalizeEntry(w))) return;
        diagnostics.push(
          diagnosticAt(l.source, ['lexicon', name, 'remove', i], {
            code: 'unknown-entry',
            message: `lexicon.${name}.remove: "${w}" is not in the list, so removing it does nothing`,
            hint: suggestId(normalizeEntry(w), [...known], `the list (${LEXICON_LISTS[name].about}) holds`),
          }),
        );
      });
    }
  }
}

/** The pack's copy detection: the last layer's `witnesses:` fields over the defaults. */
function witnessSettingsOf(layers: LoadedFile[]): WitnessSettings {
  const spec = Object.assign({}, ...layers.map((l) => l.spec.witnesses ?? {})) as NonNullable<
    RuleFileSpec['witnesses']
  >;
  if (spec.detect === undefined && spec.threshold === undefined && !spec.syndication) return DEFAULT_WITNESS_SETTINGS;
  return {
    detect: spec.detect ?? DEFAULT_WITNESS_SETTINGS.detect,
    threshold: spec.threshold ?? DEFAULT_WITNESS_SETTINGS.threshold,
    syndication: new Map((spec.syndication ?? []).map((s) => [s.outlet.toLowerCase(), s.republishes])),
  };
}

function suggestId(id: string, known: string[], what: string): string {
  const close = known.filter(
    (k) => k.includes(id) || id.includes(k) || k.replace(/[-_.]/g, '') === id.replace(/[-_.]/g, ''),
  );
  const guess = close[0] ?? known.find((k) => levenshtein(k, id) <= Math.max(2, Math.floor(id.length / 3)));
  return guess ? `did you mean "${guess}"?` : `${what}: ${known.slice(0, 12).join(', ') || 'none'}`;
}

/** The hint for an unknown `unit:`: a close spelling, else the known units of the dimension it measures. */
function suggestUnit(unit: string, units: UnitRegistry): string {
  const lower = unit.toLowerCase();
  const unlisted = UNLISTED_UNITS[lower];
  // A real unit we lack ("months") is not a typo of a close spelling ("mins").
  if (!unlisted) {
    const spelled = units.all().flatMap((u) => [u.id, ...u.names].map((n) => [n, u.id] as const));
    const best = spelled
      .map(([n, id]) => ({ n, id, d: levenshtein(n.toLowerCase(), lower) }))
      .sort((a, b) => a.d - b.d)[0];
    if (best && best.d <= Math.max(1, Math.floor(unit.length / 3)))
      return `did you mean "${best.n}"${best.n === best.id ? '' : ` (${best.id})`}? Or add your own under "units:" (see docs/units.md)`;
  }
  const byDimension = new Map<string, string[]>();
  const currencies: string[] = [];
  for (const u of units.all()) {
    if (isCurrency(u)) currencies.push(u.id);
    else byDimension.set(u.dimension, [...(byDimension.get(u.dimension) ?? []), u.id]);
  }
  if (unlisted) {
    const { dimension, factor, base } = unlisted;
    const same = (byDimension.get(dimension) ?? []).join(', ');
    const durations = dimension === 'time' ? '; for spans of months or years use a duration fact' : '';
    return (
      `"${unit}" measures ${dimension}, whose units are ${same}${durations}; ` +
      `or add it: units: [{ id: ${lower}, dimension: ${dimension}, factor: ${factor}, names: [${lower}] }] ` +
      `(factor: how many ${base} one is; see docs/units.md)`
    );
  }
  const list = [...byDimension].map(([d, ids]) => `${d}: ${ids.join(', ')}`);
  if (currencies.length) list.push(`currencies: ${currencies.slice(0, 6).join(', ')}, …`);
  return `known units by dimension: ${list.join('; ')}; add your own under "units:" (see docs/units.md)`;
}

/**
 * Compiled packs with the validated rule files behind them; their patterns are learned into the
 * Nlp they were compiled with.
 */
export interface RuleSet {
  packs: CompiledPack[];
  specs: RuleSpecs;
}

/**
 * Loads and compiles the packs among `paths` (files with facts), tokenizing phrases and
 * learning pattern facts with `nlp` (the instance that will analyse articles for them).
 * Throws one UserError listing every problem.
 */
export function loadRules(paths: string[], nlp: Nlp, options: { allowNoPacks?: boolean } = {}): RuleSet {
  const files = findRuleFiles(paths);
  const loader = new RuleLoader();
  const loaded = files.map((f) => loader.load(f));
  const phrases = new PhraseTable(nlp, new Map());
  const packs = compileLoaded(loaded, loader.diagnostics, paths, options, phrases);
  return { packs, specs: toSpecs(loaded, phrases.known) };
}

/**
 * The rule files behind a RuleSet, as plain data (structured-clone safe): each file's name
 * and parsed, validated spec, with what it extends as indices into `files` (bases come
 * first); `roots` are the files loadRules compiled, in order. A worker thread or the cache
 * compiles these instead of parsing and validating the files again.
 */
export interface RuleSpecs {
  files: { file: string; spec: RuleFileSpec; bases: number[] }[];
  roots: number[];
  /** The tokens of every phrase the packs use. */
  phrases: Map<string, string[]>;
}

function toSpecs(loaded: (LoadedFile | null)[], tokens: Map<string, string[]>): RuleSpecs {
  const index = new Map<LoadedFile, number>();
  const files: RuleSpecs['files'] = [];
  const add = (l: LoadedFile): number => {
    let i = index.get(l);
    if (i !== undefined) return i;
    const bases = l.bases.map(add);
    i = files.push({ file: l.file, spec: l.spec, bases }) - 1;
    index.set(l, i);
    return i;
  };
  return { files, roots: loaded.filter((l): l is LoadedFile => l !== null).map(add), phrases: tokens };
}

/**
 * The RuleSet of specs from a loadRules call that succeeded: the same packs, without reading,
 * parsing or validating files.
 */
export function compileRuleSpecs(specs: RuleSpecs, nlp: Nlp): RuleSet {
  const files = loadedOf(specs);
  const packs = compileLoaded(
    specs.roots.map((i) => files[i]),
    [],
    specs.roots.map((i) => files[i].file),
    { allowNoPacks: true },
    new PhraseTable(nlp, new Map(specs.phrases)),
  );
  return { packs, specs };
}

/** The files of specs as loaded files, without their source (diagnostics need one: these compiled without any). */
function loadedOf(specs: RuleSpecs): LoadedFile[] {
  const files: LoadedFile[] = [];
  for (const f of specs.files)
    files.push({
      file: f.file,
      spec: f.spec,
      source: undefined as unknown as LoadedFile['source'],
      bases: f.bases.map((i) => files[i]),
    });
  return files;
}

/**
 * The packs of a rule set as the engine asks for them. A draft check of one story against
 * an archive of thousands needs that story's packs only, so a set made from validated specs
 * compiles a pack when it is first asked for (`lazyPackSet`); its claims are the same as with
 * every pack compiled: the patterns of all packs are learned at once, up front, and the cue
 * keys of the packs compiled so far hold every key their cues need.
 */
export interface PackSet {
  /** Every pack, in the order of the rule files. */
  all(): CompiledPack[];
  /** The packs an article of `story` may be in the scope of (limited to that story, or to none), in order. */
  forStory(story: string | undefined): CompiledPack[];
  /** The packs compiled so far, in order (every pack whose claims an article can hold). */
  compiled(): CompiledPack[];
  /** Facts in all packs. */
  readonly factCount: number;
}

/**
 * Places (in pack order) of the packs an article of each story may be in the scope of, and of
 * those limited to no story (an article of another story, or of none). One pass: thousands of
 * story packs, not one filter of all packs per story.
 */
function storyLists(stories: (string[] | null)[]): { byStory: Map<string, number[]>; anyStory: number[] } {
  const byStory = new Map<string, number[]>();
  const anyStory: number[] = [];
  stories.forEach((limit, p) => {
    if (!limit) {
      anyStory.push(p);
      for (const list of byStory.values()) list.push(p);
      return;
    }
    for (const s of limit) {
      let list = byStory.get(s);
      if (!list) byStory.set(s, (list = [...anyStory]));
      if (list[list.length - 1] !== p) list.push(p);
    }
  });
  return { byStory, anyStory };
}

/** The set of packs already compiled. */
export function packSetOf(packs: CompiledPack[]): PackSet {
  const { byStory, anyStory } = storyLists(packs.map((p) => p.appliesTo.story));
  const lists = new Map([...byStory].map(([s, list]) => [s, list.map((p) => packs[p])]));
  const any = anyStory.map((p) => packs[p]);
  const factCount = packs.reduce((n, p) => n + p.facts.length, 0);
  return {
    all: () => packs,
    forStory: (story) => (story !== undefined && lists.get(story)) || any,
    compiled: () => packs,
    factCount,
  };
}

/**
 * The packs of specs from a loadRules call that succeeded (a worker's, the cache's), each
 * compiled when first asked for. Their patterns are learned into `nlp` now, all at once, as
 * compileRuleSpecs does (throws when they do not compile together).
 */
export function lazyPackSet(specs: RuleSpecs, nlp: Nlp): PackSet {
  const files = loadedOf(specs);
  const roots = specs.roots.map((i) => files[i]).filter(isPack);
  const groups: PatternGroup[] = [];
  let factCount = 0;
  for (const r of roots) {
    const facts = mergedFacts(flatten(r));
    factCount += facts.size;
    groups.push(...patternGroupsOf(r.spec.story!, facts));
  }
  nlp.learnCustomEntities(groups);
  const phrases = new PhraseTable(nlp, new Map(specs.phrases));
  const { byStory, anyStory } = storyLists(roots.map((r) => r.spec['applies-to']?.story ?? null));
  const made = new Array<CompiledPack | undefined>(roots.length);
  let compiled: CompiledPack[] = [];
  const ready = new Map<string | undefined, CompiledPack[]>();
  let keys: CueKeys | undefined;
  const make = (places: number[]) => {
    const fresh: CompiledPack[] = [];
    for (const p of places) {
      if (made[p]) continue;
      const diagnostics: Diagnostic[] = [];
      const pack = compilePack(roots[p], diagnostics, [], phrases, true);
      if (!pack || diagnostics.length)
        throw new Error(`rule pack ${roots[p].file} no longer compiles from its validated specs`);
      made[p] = pack;
      fresh.push(pack);
    }
    if (!fresh.length) return;
    compiled = made.filter((p): p is CompiledPack => p !== undefined);
    // New keys make a new object, so a text indexed for the old keys is indexed again
    // (claims/cues.ts); only the new packs' cues are read (all of them per new story was
    // quadratic: 4.2 s of CPU for 2,000 story packs).
    const before = keys;
    keys = cueKeysOf(fresh, keys);
    for (const p of keys === before ? fresh : compiled) p.cueKeys = keys;
  };
  return {
    all() {
      if (compiled.length < roots.length) make(roots.map((_, p) => p));
      return compiled;
    },
    forStory(story) {
      let packs = ready.get(story);
      if (!packs) {
        const places = (story !== undefined && byStory.get(story)) || anyStory;
        make(places);
        ready.set(story, (packs = places.map((p) => made[p]!)));
      }
      return packs;
    },
    compiled: () => compiled,
    factCount,
  };
}

/** A pack names a story and has facts, its own or all from the files it extends. */
function isPack(l: LoadedFile): boolean {
  if (l.spec.facts) return true;
  return (
    typeof l.spec.story === 'string' && flatten(l).some((x) => Array.isArray(x.spec.facts) && x.spec.facts.length > 0)
  );
}

/**
 * compilePack, also on a file that failed schema validation (to report its other problems in
 * the same run): such a file may hold anything, and a crash on it adds nothing to the schema
 * errors already reported.
 */
function compileChecked(
  l: LoadedFile,
  diagnostics: Diagnostic[],
  patternGroups: PatternGroup[],
  phrases: PhraseTable,
): CompiledPack | null {
  const invalid = flatten(l).some((x) => x.invalid);
  if (!invalid) return compilePack(l, diagnostics, patternGroups, phrases);
  const found: Diagnostic[] = [];
  try {
    compilePack(l, found, [], phrases);
  } catch {
    /* the schema errors already say what is wrong */
  }
  // Keep only what the schema did not already report at the same place.
  const seen = new Set(diagnostics.map((d) => `${d.file}:${d.line}:${d.column}`));
  diagnostics.push(...found.filter((d) => !seen.has(`${d.file}:${d.line}:${d.column}`)));
  return null;
}

function compileLoaded(
  loaded: (LoadedFile | null)[],
  diagnostics: Diagnostic[],
  paths: string[],
  options: { allowNoPacks?: boolean },
  phrases: PhraseTable,
): CompiledPack[] {
  const packs: CompiledPack[] = [];
  const stories = new Map<string, string>();
  const patternGroups: PatternGroup[] = [];
  for (const l of loaded) {
    if (!l || !isPack(l)) continue; // a library: used through extends only
    const pack = compileChecked(l, diagnostics, patternGroups, phrases);
    if (!pack) continue;
    if (stories.has(pack.story)) {
      diagnostics.push(
        diagnosticAt(l.source, ['story'], {
          code: 'duplicate-story',
          message: `story "${pack.story}" is also defined in ${stories.get(pack.story)}`,
          hint: 'give each pack its own story id, or merge them with extends',
        }),
      );
      continue;
    }
    stories.set(pack.story, l.file);
    packs.push(pack);
  }
  if (diagnostics.length) throw new UserError(diagnostics);
  // Once for all packs: each learnCustomEntities call replaces the previous set.
  try {
    phrases.nlp.learnCustomEntities(patternGroups);
  } catch (e) {
    // Each pattern compiled alone above; a failure of the whole set is still the rules' fault.
    throw new UserError({
      code: 'bad-pattern',
      message: `the patterns of ${patternGroups.map((g) => g.name).join(', ')} do not compile together: ${(e as Error).message.split('\n')[0]}`,
      hint: 'see the pattern pitfalls in docs/rules.md#patterns',
    });
  }
  if (!packs.length && !options.allowNoPacks)
    throw new UserError({
      code: 'rules-no-facts',
      message: `no rule pack with facts in ${paths.join(', ')}`,
      file: paths[0],
      hint: 'a rule pack has "story:" and "facts:"; files without facts are libraries for extends',
    });
  const keys = cueKeysOf(packs);
  for (const p of packs) p.cueKeys = keys;
  return packs;
}

/**
 * The first words and lemmas of every cue of a rule set: the only words a text's cue index
 * records. With `known`, the union of those and the packs' keys: `known` itself when the
 * packs add none, else a new object.
 */
function cueKeysOf(packs: CompiledPack[], known?: CueKeys): CueKeys {
  let keys = known;
  for (const p of packs)
    for (const f of p.facts)
      for (const cue of [...f.cues, ...f.rejectNear]) {
        const first = straightQuotes((cue.lemmas ? cue.lemmas[0] : cue.words[0]) ?? '');
        const kind = cue.lemmas ? 'lemmas' : 'words';
        if (keys?.[kind].has(first)) continue;
        if (keys === known) keys = { words: new Set(known?.words), lemmas: new Set(known?.lemmas) };
        keys![kind].add(first);
      }
  return keys ?? { words: new Set(), lemmas: new Set() };
}

/** The days of a `when:` value: an ISO day, month or year; null when it is none of these. */
export function whenDays(v: string): DaysConstraint | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : null;
  if (mo !== null && (mo < 1 || mo > 12)) return null;
  if (m[3]) {
    const d = parseIsoDay(v.trim());
    return d === null ? null : { kind: 'days', from: d, to: d, weekdays: 0x7f };
  }
  const from = dayNumber(y, mo ?? 1, 1);
  const to = mo ? dayNumber(y, mo, daysInMonth(y, mo)) : dayNumber(y, 12, 31);
  return { kind: 'days', from, to, weekdays: 0x7f };
}
