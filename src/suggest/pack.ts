/** A candidate as a rule-pack fact (id, title, type, unit, cues, tolerance), and a proposal as commented YAML. */
import YAML from 'yaml';
import type { FactSpec, PlaceSpec, RuleFileSpec, TestSpec } from '../rules/types';

/** A cue with its side and window, as the schema types it. */
type CueSpec = Exclude<FactSpec['cues'][number], string>;
import type { Candidate, Member } from './group';
import { CONTEXT_WINDOW, slug, type Anchor, type PlaceCandidate } from './mine';
import { COARSE_DATE_WORDS } from '../lexicon/discovery';

const MAX_CUES = 6;
/** Share of a cue's articles its window must reach, at their nearest value. */
const DISTANCE_SHARE = 0.75;
/** Tokens between a name and its age: "Ann Lee III, 38" (a suffix and a comma). */
export const AGE_WINDOW = 3;

const TYPE_WORD: Record<string, string> = {
  date: 'date',
  year: 'year',
  duration: 'duration',
  count: 'count',
  quantity: 'quantity',
  place: 'place',
  name: 'name',
};

function mostCommon<T>(items: T[], key: (t: T) => string): T[] {
  const counts = new Map<string, { item: T; n: number; first: number }>();
  items.forEach((t, i) => {
    const k = key(t);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { item: t, n: 1, first: i });
  });
  return [...counts.entries()]
    .sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, c]) => c.item);
}

/** The cues of a candidate: the phrases its articles wrote, each with the side and distance seen. */
function cuesOf(members: Member[]): CueSpec[] {
  const byPhrase = new Map<string, Member[]>();
  for (const m of members) {
    const k = `${m.anchor.lemma ? 'l' : 'p'}:${m.anchor.phrase}:${m.anchor.undated ? 'u' : ''}`;
    const list = byPhrase.get(k);
    if (list) list.push(m);
    else byPhrase.set(k, [m]);
  }
  const ranked = [...byPhrase.entries()].sort(
    (a, b) =>
      new Set(b[1].map((m) => m.obs.article)).size - new Set(a[1].map((m) => m.obs.article)).size ||
      (a[0] < b[0] ? -1 : 1),
  );
  return ranked.slice(0, MAX_CUES).map(([, list]) => {
    const a = list[0].anchor;
    const sides = new Set(list.map((m) => m.anchor.side));
    // The distance most of its articles write the cue at: one article's far-off word ("injured
    // two others Monday at the firm from which he was fired") must not widen it for all.
    const nearest = new Map<number, Anchor>();
    for (const m of list) {
      const n = nearest.get(m.obs.article);
      if (!n || m.anchor.distance < n.distance) nearest.set(m.obs.article, m.anchor);
    }
    const sorted = [...nearest.values()].sort((x, y) => (x.tokens ?? x.distance) - (y.tokens ?? y.distance));
    const at = sorted[Math.max(0, Math.ceil(DISTANCE_SHARE * sorted.length) - 1)];
    const cue: CueSpec = a.lemma ? { lemma: a.phrase } : { phrase: a.phrase };
    cue.position = sides.size > 1 ? 'either' : [...sides][0];
    // Counted in words, then widened by what the binder also counts between them (the comma
    // and the three tokens of "the suspect, 38-year-old Ann Lee"), so the window reaches it.
    // Never past the words a cue is looked for in (CONTEXT_WINDOW): a far cue is a loose one.
    cue.window = Math.min(CONTEXT_WINDOW, Math.max(3, at.distance + 2) + (at.tokens ?? at.distance) - at.distance);
    if (a.undated) cue.undated = 'published';
    return cue;
  });
}

/** Words for the fact's id and title: its main cue, and for a count the verb beside its noun ("people killed"). */
function nameWords(c: Candidate): string {
  const main = mostCommon(c.members, (m) => m.anchor.surface)[0].anchor.surface;
  if (!c.anchorKey.startsWith('noun:') || c.anchorKey.includes('+')) return main;
  const others = c.members.flatMap((m) =>
    m.obs.anchors.filter((a) => a.pos === 'VERB' && !a.key.includes('+') && a.key !== c.anchorKey && a.distance <= 4),
  );
  if (!others.length) return main;
  const verb = mostCommon(others, (a) => a.surface)[0].surface;
  return verb === main ? main : `${main} ${verb}`;
}

/** Numbers agreeing within 10% of their median: the tolerance that keeps them together. */
function toleranceOf(values: number[]): { relative: number } | undefined {
  const finite = values.filter((v) => Number.isFinite(v) && v > 0).sort((a, b) => a - b);
  if (finite.length < 2) return undefined;
  const median = finite[Math.floor(finite.length / 2)];
  const spread = Math.max(
    ...finite.filter((v) => Math.abs(v - median) <= 0.02 * median).map((v) => Math.abs(v - median) / median),
  );
  if (!(spread > 0)) return undefined;
  return { relative: Math.ceil(spread * 100) / 100 };
}

function centre(m: Member): number {
  const c = m.obs.mention.constraint;
  if (c.kind !== 'interval') return NaN;
  if (Number.isFinite(c.lo) && Number.isFinite(c.hi)) return (c.lo + c.hi) / 2;
  return NaN;
}

/** Word classes of figures that change as a story unfolds (a toll, the injured, the rescued). */
const RUNNING_CLASSES = ['class:kill', 'class:injure', 'class:rescue'];

/** A running figure: its own words, or the words half its articles' values stand by, are a toll's. */
function isRunning(c: Candidate): boolean {
  if (RUNNING_CLASSES.some((k) => c.anchorKey.includes(k))) return true;
  const articles = new Map<string, Set<number>>();
  for (const m of c.members)
    for (const a of m.obs.anchors)
      for (const k of RUNNING_CLASSES)
        if (a.key.includes(k) && a.distance <= 4) articles.set(k, (articles.get(k) ?? new Set()).add(m.obs.article));
  return [...articles.values()].some((s) => s.size * 2 >= c.articles);
}

export function factSpecOf(c: Candidate, taken: Set<string>): FactSpec {
  const words = nameWords(c);
  const ages = c.group === 'duration:age' || c.group === 'count:age';
  const typeWord = ages
    ? 'age'
    : c.kind === 'quantity'
      ? (c.members[0].obs.mention.dimension ?? 'quantity')
      : TYPE_WORD[c.kind];
  let id = slug(c.kind === 'count' && !ages ? words : `${words}-${typeWord}`);
  for (let n = 2; taken.has(id); n++) id = `${slug(words)}-${typeWord}-${n}`;
  taken.add(id);
  const title = `${words.charAt(0).toUpperCase()}${words.slice(1)} (${typeWord})`;
  // An age's cue is the name it stands beside, before ("Ann Lee, 38") or after ("38-year-old Ann Lee").
  const found =
    c.group === 'count:age'
      ? cuesOf(c.members).map((q) => ({ ...q, position: 'either' as const, window: AGE_WINDOW }))
      : cuesOf(c.members);
  const spec: FactSpec = { id, title, type: c.kind, cues: found };
  if (c.kind === 'quantity') {
    const unit = mostCommon(c.members, (m) => m.obs.mention.unit ?? '')[0].obs.mention.unit;
    if (unit) spec.unit = unit;
  }
  if (c.kind === 'date') {
    // A fact of days ("fired on Saturday"): a year or month "in 1982" is another event's.
    const days = c.members.filter((m) => ['day', 'weekday'].includes(m.obs.mention.granularity ?? '')).length;
    if (days >= 0.8 * c.members.length)
      // Right after the word, or after "a"/"an" ("in an April 2007 shooting"); "in the Monday
      // morning attack" is a day.
      spec.exclude = COARSE_DATE_WORDS.flatMap((phrase) =>
        phrase === 'in'
          ? ['in', 'in a', 'in an'].map((p) => ({ phrase: p, position: 'after' as const, window: 0 }))
          : [{ phrase, position: 'after' as const, window: 1 }],
      );
  }
  if (c.kind === 'count') {
    // What the count counts, as the binder reads it ("14 people", "38-year-old"): a number
    // counting something else in a cue's sentence is another fact's ("30 homes" by "killed").
    const noun = c.group === 'count:age' ? 'age' : /^noun:([^+]+)/.exec(c.anchorKey)?.[1];
    if (noun) spec.counts = [noun];
    // A toll (killed, injured, rescued) rises over a news cycle: a later, larger figure is an
    // update, and only articles as of the same day can contradict.
    if (isRunning(c)) spec.running = true;
  }
  // An age is exact: 38 and 39 are two ages, however close.
  if ((c.kind === 'count' && !ages) || c.kind === 'quantity') {
    // Only values already in the fact's unit are compared here; others are converted by check.
    const unit = spec.unit;
    const t = toleranceOf(c.members.filter((m) => !unit || m.obs.mention.unit === unit).map(centre));
    if (t) spec.tolerance = t;
  }
  // In the order people write a fact: what it is, then how to find it.
  const { cues, exclude, ...what } = spec;
  return { ...what, cues, ...(exclude ? { exclude } : {}) };
}

/** A flat gazetteer of the places seen; a place written "X, Y" is nested in Y. */
export function gazetteerOf(places: PlaceCandidate[]): PlaceSpec[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const parentOf = new Map<string, string>();
  for (const p of places) {
    const parent = p.parents.find((q) => byId.has(q));
    if (!parent) continue;
    // No cycles: a parent must not already sit below the child.
    let up: string | undefined = parent;
    const seen = new Set([p.id]);
    while (up && !seen.has(up)) {
      seen.add(up);
      up = parentOf.get(up);
    }
    if (!up) parentOf.set(p.id, parent);
  }
  const node = (p: PlaceCandidate): PlaceSpec => {
    const children = places.filter((c) => parentOf.get(c.id) === p.id).map(node);
    return {
      id: p.id,
      name: p.name,
      ...(p.aliases.length ? { aliases: p.aliases } : {}),
      ...(children.length ? { children } : {}),
    };
  };
  return places.filter((p) => !parentOf.has(p.id)).map(node);
}

export interface PackText {
  spec: RuleFileSpec;
  header: string[];
  /** Comment lines above each fact, by fact id. */
  notes: Map<string, string[]>;
}

/** The pack as YAML: a header, a comment above each fact (what was seen), the tests. */
export function renderPack({ spec, header, notes }: PackText): string {
  const doc = new YAML.Document(spec, { aliasDuplicateObjects: false });
  doc.commentBefore = header.map((l) => ` ${l}`).join('\n');
  const facts = doc.get('facts', true) as YAML.YAMLSeq | undefined;
  facts?.items.forEach((item, i) => {
    // Cues and exclusions one per line, as people write them: "- { lemma: leave, position: after }".
    for (const key of ['cues', 'exclude']) {
      const seq = (item as YAML.YAMLMap).get(key, true) as YAML.YAMLSeq | undefined;
      for (const c of seq?.items ?? []) if (YAML.isMap(c)) c.flow = true;
    }
    const lines = notes.get(spec.facts![i].id);
    if (lines?.length) (item as YAML.Node).commentBefore = lines.map((l) => ` ${l}`).join('\n');
  });
  const tests = doc.get('tests', true) as YAML.YAMLSeq | undefined;
  if (tests)
    (doc.getIn(['tests'], true) as YAML.Node).commentBefore =
      ' Rule tests: the claims this pack yields on these articles (factlint rules test).';
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}

export type { TestSpec };
