/**
 * `factlint suggest`: a rule pack proposed from the coverage itself. The same mention
 * machinery as `extract --all` finds every typed value; values of one kind that several
 * articles state beside words of one meaning become candidate facts; the candidates are
 * written as a pack, and that pack is run through the real binder and aligner, so what the
 * proposal says it saw is what `check` will find with it. Knows no story.
 */
import path from 'node:path';
import type { Article, Mention } from '../model';
import type { Claim } from '../model/claim';
import type { Finding, ReportClaim } from '../model/report';
import { findEntries } from '../mentions/dictionary';
import { parseIsoDay } from '../util/calendar';
import type { Nlp, Analysis } from '../nlp/wink';
import type { CompiledPack, FactSpec, RuleFileSpec, TestSpec } from '../rules/types';

/** An exclusion with a side and window ("said on Thursday"), as the schema types it. */
type ExcludeSpec = Exclude<NonNullable<FactSpec['exclude']>[number], string>;
import { LOOSE_DATE_PHRASES, OFFSET_PHRASES, STATEMENT_VERBS } from '../lexicon/discovery';
import { compileRuleSpecs } from '../rules/compile';
import { bindClaims } from '../claims/bind';
import { align } from '../align/align';
import {
  articleMentions,
  findPlaces,
  keyFrequencies,
  mineArticle,
  NUMBER_WORD,
  placeDictionary,
  slug,
  withPlaces,
  findNames,
  nameDictionary,
  withNames,
  governingVerbs,
  CONTEXT_WINDOW,
  type GoverningVerb,
  type MinedArticle,
  type NameCandidate,
  type PlaceCandidate,
} from './mine';
import { PERSON_NOUNS } from '../lexicon/people';
import { groupCandidates, oneNameApart, type Candidate } from './group';
import { AGE_WINDOW, factSpecOf, gazetteerOf, renderPack } from './pack';

export interface SuggestOptions {
  /** Fewest articles that must state a fact. */
  minArticles: number;
  /** Most facts proposed. */
  maxFacts: number;
  /** The pack's story id. */
  story: string;
  /** Folder the pack will be written to: its tests name the articles relative to it. */
  packDir: string;
  /** Publication date given on the command line, for tests of articles that state none. */
  published?: string;
}

export interface ProposedValue {
  display: string;
  value: string;
  articles: string[];
}

export interface ProposedFact {
  id: string;
  title: string;
  type: FactSpec['type'];
  unit: string | null;
  status: Finding['status'];
  articles: number;
  /** Values in the order the aligner groups them (largest group first). */
  values: ProposedValue[];
  cues: FactSpec['cues'];
  spec: FactSpec;
}

export interface Proposal {
  story: string;
  articles: number;
  facts: ProposedFact[];
  places: PlaceCandidate[];
  /** Why the proposal is empty or small, for a person. */
  notes: string[];
  spec: RuleFileSpec;
  /** The pack as YAML, commented. */
  yaml: string;
}

interface Mined {
  article: Article;
  analysis: Analysis;
}

/** How many fact candidates are tried for each fact proposed: the binder prunes the rest. */
const OVERSHOOT = 2;
const MAX_ROUNDS = 4;

const cueKey = (c: FactSpec['cues'][number]) =>
  typeof c === 'string' ? `p:${c}` : `${c.lemma ? 'l' : 'p'}:${c.lemma ?? c.phrase}`;

/**
 * A name fact also reads the name its articles give most, written in full ("Ann Lee"), where
 * the article writes it with no role noun beside it: each article's spelling of the one
 * person the role names, so an article whose role names "Anne Lee" stands against the rest.
 * A one-word name (a surname alone) is no cue: it names the person's relatives too.
 */
function withFullNames(facts: FactSpec[], candidateOf: Map<string, Candidate>): FactSpec[] {
  return facts.map((f) => {
    const c = candidateOf.get(f.id);
    if (f.type !== 'name' || !c) return f;
    const forms = new Map<string, Set<number>>();
    for (const m of c.members) {
      const form = m.obs.mention.raw.replace(/\s+/g, ' ').trim();
      if (form.split(' ').length >= 2) forms.set(form, (forms.get(form) ?? new Set()).add(m.obs.article));
    }
    const best = [...forms].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))[0];
    if (!best || best[1].size < 2) return f;
    const phrase = best[0].toLowerCase();
    if (f.cues.some((q) => typeof q !== 'string' && q.phrase === phrase)) return f;
    return { ...f, cues: [...f.cues, { phrase, position: 'either' as const, window: 0 }] };
  });
}

/**
 * One cue, one fact: a cue two facts share would hand each value to whichever is nearer, so it
 * stays with the fact it anchors in most articles. A date fact does not read the sentences of
 * a year fact's own phrases ("last hit by a landslide in 1998" is not the landslide's day).
 */
function oneFactPerCue(facts: FactSpec[], candidates: Candidate[]): FactSpec[] {
  // Names and places are values no fact of another type takes: a name fact's "suspect" does
  // not compete with a date fact's "suspect" ("the suspect was arrested Monday").
  const entity = (type: string) => (type === 'name' || type === 'place' ? type : '');
  const owner = new Map<string, { fact: number; articles: number }>();
  candidates.forEach((c, i) => {
    const articles = new Map<string, Set<number>>();
    for (const m of c.members) {
      const k = `${entity(c.kind)}|${m.anchor.lemma ? 'l' : 'p'}:${m.anchor.phrase}`;
      articles.set(k, (articles.get(k) ?? new Set()).add(m.obs.article));
    }
    for (const [k, a] of articles) {
      const o = owner.get(k);
      if (!o || a.size > o.articles) owner.set(k, { fact: i, articles: a.size });
    }
  });
  const kept = facts.map((f, i) => ({
    ...f,
    cues: f.cues.filter((c) => owner.get(`${entity(f.type)}|${cueKey(c)}`)?.fact === i),
  }));
  const yearPhrases = kept
    .filter((f) => f.type === 'year')
    .flatMap((f) => f.cues.filter((c) => typeof c !== 'string' && c.phrase?.includes(' ')))
    .map((c) => (c as { phrase: string }).phrase);
  // "officials said on Thursday" dates the statement: a date right after a verb of saying is no value.
  const saying: ExcludeSpec[] = STATEMENT_VERBS.map((lemma) => ({ lemma, position: 'after', window: 2 }));
  // "on Wednesday, a day after the landslide": a date told as an offset from the event is not its date.
  const offsets: ExcludeSpec[] = OFFSET_PHRASES.map((phrase) => ({ phrase, position: 'before', window: 3 }));
  // "last week", "six months ago": the value itself is loose (window 0: the phrase is in it).
  const loose: ExcludeSpec[] = LOOSE_DATE_PHRASES.map((phrase) => ({ phrase, position: 'either', window: 0 }));
  return kept
    .map((f) =>
      f.type === 'date' || f.type === 'year'
        ? {
            ...f,
            exclude: [
              ...(f.exclude ?? []),
              ...(f.type === 'date' ? [...new Set(yearPhrases), ...offsets, ...loose] : []),
              ...saying,
            ],
          }
        : f,
    )
    .filter((f) => f.cues.length);
}

/** An age as the wording of ages reads it: "38-year-old", "aged 38", "38 years old". */
const AGE_WORDING = /year-old|years old|\bage/i;

const lower = (s: string) => s.toLowerCase();

/** How an age is written, whatever the person: "38-year-old", "aged 38", "38 years old". */
const AGE_CUES: FactSpec['cues'] = [
  { phrase: 'year-old', position: 'either', window: 0 },
  { phrase: 'years old', position: 'either', window: 0 },
  { lemma: 'age', position: 'after', window: 1 },
];

/**
 * Ages by whose they are. The age of the person most articles give one for also takes the
 * ages written with no name beside them ("the 39-year-old Harlby man"), so the fact's cues
 * are its name and the wording of ages; every other name seen beside an age ("Ann Lee, 47")
 * and every noun an age qualifies that is no person ("a 41-year-old case") excludes a value;
 * so, for that person, does every age written out that cannot be theirs ("a 63-year-old
 * woman", "ages 47 and 48").
 */
function withAges(
  facts: FactSpec[],
  candidateOf: Map<string, Candidate>,
  mined: MinedArticle[],
  mentionsOf: Map<string, { mentions: Mention[] }>,
): FactSpec[] {
  const ageFacts = facts.filter((f) => candidateOf.get(f.id)?.group === 'count:age');
  if (!ageFacts.length) return facts;
  const names = new Set<string>();
  const things = new Set<string>();
  const unnamed: number[] = [];
  for (const m of mined)
    for (const o of m.observations) {
      if (o.age?.name) names.add(o.age.name);
      else if (o.age?.noun && !PERSON_NOUNS.has(o.age.noun)) things.add(o.age.noun);
      else if (o.age) unnamed.push(Number(o.mention.value));
    }
  const top = ageFacts.reduce((a, b) => (candidateOf.get(b.id)!.articles > candidateOf.get(a.id)!.articles ? b : a));
  // The wording of ages takes the unnamed ones that could be this person's (a year apart at
  // most: coverage a year on), when there is one; the others are other people's.
  const own = candidateOf.get(top.id)!.members.map((m) => Number(m.obs.mention.value));
  const near = (u: number) => own.some((v) => Math.abs(u - v) <= 1);
  // Ages written out ("a 50-year-old man from Tarnby") that cannot be this person's are
  // excluded as written, so the wording of ages takes only the ones that could be.
  const others = new Set<string>();
  for (const { mentions } of mentionsOf.values())
    for (const m of mentions)
      if (m.counts === 'age' && AGE_WORDING.test(m.raw) && !near(Number(m.value))) others.add(lower(m.raw));
  const main = unnamed.some(near) ? top : null;
  return facts.map((f) => {
    if (!ageFacts.includes(f)) return f;
    const cued = new Set(f.cues.map((c) => (typeof c === 'string' ? c : (c.phrase ?? c.lemma))));
    const exclude: ExcludeSpec[] = [
      ...[...names]
        .filter((n) => !cued.has(n))
        .map((phrase) => ({ phrase, position: 'either' as const, window: AGE_WINDOW })),
      ...[...things].map((phrase) => ({ phrase, position: 'before' as const, window: 2 })),
      ...(f === main
        ? [
            ...[...others].sort().map((phrase) => ({ phrase, position: 'either' as const, window: 0 })),
            // "two men, ages 47 and 48": several people's ages, none of them one person's.
            { phrase: 'ages', position: 'after' as const, window: 3 },
          ]
        : []),
    ];
    return {
      ...f,
      cues: f === main ? [...f.cues, ...AGE_CUES] : f.cues,
      ...(exclude.length ? { exclude: [...(f.exclude ?? []), ...exclude] } : {}),
    };
  });
}

/** Claims per fact; articles stating each. */
function bindAll(mined: Mined[], pack: CompiledPack): Claim[] {
  return mined.flatMap((m) => (m.article.body.trim() ? bindClaims(m.article, m.analysis, pack) : []));
}

function compile(spec: RuleFileSpec, nlp: Nlp, file: string): CompiledPack {
  return compileRuleSpecs({ files: [{ file, spec, bases: [] }], roots: [0], phrases: new Map() }, nlp).packs[0];
}

/** An article's claims of a fact that cannot all hold: most articles listing several values make a list, not a fact. */
function isList(claims: Claim[]): boolean {
  const byArticle = new Map<string, Set<string>>();
  for (const c of claims) {
    const s = byArticle.get(c.article) ?? new Set<string>();
    s.add(c.value);
    byArticle.set(c.article, s);
  }
  let several = 0;
  for (const s of byArticle.values()) if (s.size > 1) several++;
  return several * 2 > byArticle.size;
}

/** Share of the stating articles the largest group of a disagreement must hold. */
const MAJORITY = 0.6;

/** Share of the coverage that must state a disagreement of two lone articles (no side agreed). */
const LONE_SHARE = 0.4;

/** Most of a count's values are one side of a score ("a 31-24 victory"): a result, not a count. */
function isScore(claims: Claim[], articles: Article[]): boolean {
  const body = new Map(articles.map((a) => [a.id, a.body]));
  const sides = claims.filter((c) => {
    const text = body.get(c.article) ?? '';
    return (
      /^\s*[-–]\s*\d/.test(text.slice(c.end, c.end + 4)) ||
      /\d\s*[-–]\s*$/.test(text.slice(Math.max(0, c.start - 4), c.start))
    );
  });
  return sides.length * 2 > claims.length;
}

/** Between two values of a list: a few words, then "and" ("$28m in cash and $5m in stock", "Ardley and Bexmoor"). */
const LISTED = /^(?:\s*[^\s.;:!?]+){0,3}?\s+and\s+(?:(?:a|an|the)\s+)?$/i;

/**
 * A value that is one part of a list of values of its kind: the part of a price paid in
 * stock, one of two counties. Set against the whole, it is no disagreement.
 */
function isListedPart(claim: Claim, body: string, mentions: Mention[]): boolean {
  const kind = (m: Mention) => (m.type === 'place' ? 'place' : m.type === 'date' ? 'days' : 'interval');
  // "crews from Ardley and Bexmoor": a place listed with a name the gazetteer has not seen.
  if (claim.constraint.kind === 'place' && /^\s+and\s+\p{Lu}/u.test(body.slice(claim.end, claim.end + 8))) return true;
  return mentions.some((m) => {
    if (kind(m) !== claim.constraint.kind || (m.start < claim.end && m.end > claim.start)) return false;
    if (m.start >= claim.end) return LISTED.test(body.slice(claim.end, m.start));
    return m.end <= claim.start && LISTED.test(body.slice(m.end, claim.start));
  });
}

/** The side most articles are on. */
const largestGroup = (finding: Finding) =>
  finding.groups.reduce((a, b) => (b.articles.length > a.articles.length ? b : a));

/**
 * Two sides that no verb ties: values of one kind near one word ("attempt") that different
 * verbs govern ("was acquitted in 1958" / "In 1957, Orvell was charged"; "beat the Harriers on
 * Thursday" / "suffered the injury Sunday") are two events' values, not one fact misreported.
 * Returns the verbs of the articles outside the largest side that share none with it (by
 * word class). Nothing is told against an article whose value no verb governs ("the 2003-04
 * season"), nor one whose cue is what its verb tells of ("the landslide that buried the
 * village on Monday" / "a landslide swept through it on Tuesday").
 */
function unsharedVerbs(
  finding: Finding,
  verbsOf: (c: ReportClaim) => { verbs: GoverningVerb[]; subject: boolean },
): GoverningVerb[] {
  const largest = largestGroup(finding);
  const theirs = new Set(
    finding.claims.filter((c) => c.group === largest.group).flatMap((c) => verbsOf(c).verbs.map((v) => v.key)),
  );
  if (!theirs.size) return [];
  const byArticle = new Map<string, { verbs: GoverningVerb[]; subject: boolean }[]>();
  for (const c of finding.claims)
    if (c.group !== 0 && c.group !== largest.group)
      byArticle.set(c.article, [...(byArticle.get(c.article) ?? []), verbsOf(c)]);
  return [...byArticle.values()]
    .filter((vs) => !vs.some((v) => v.subject) && !vs.some((v) => v.verbs.some((x) => theirs.has(x.key))))
    .flatMap((vs) => vs.flatMap((v) => v.verbs));
}

/**
 * Does the coverage's own reading of a count see it counting what the fact counts? The binder
 * takes a number with no noun beside a cue ("stops Maddox in 6", "winning 21 of 25 bouts");
 * a side made only of such numbers says nothing against the figure of the fact's own noun.
 */
function countsWhat(claim: Claim, fact: FactSpec, mined: MinedArticle | undefined, body: string): boolean {
  const noun = fact.counts?.[0];
  if (!noun) return true;
  const obs = mined?.observations.find((o) => o.mention.start === claim.start);
  // "21 of 25 light-heavyweight bouts": a share of the things named after the second number.
  const share = SHARE.exec(body.slice(claim.end, claim.end + 60));
  if (share)
    return share[1]
      .toLowerCase()
      .split(/\s+/)
      .some((w) => w.startsWith(noun));
  // No reading of it at all (a sentence the miner skips): nothing is told against it.
  if (!obs) return noun !== 'age';
  if (noun === 'age') return !!obs.age;
  return obs.anchors.some((a) => a.key === `noun:${noun}` || a.key.startsWith(`noun:${noun}+`));
}

/** After a count, "of 25 light-heavyweight bouts": the number is a share; the words after the total. */
const SHARE = /^\s+of\s+(?:(?:his|her|its|their|the)\s+)?(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+((?:[\w-]+\s*){1,3})/i;

/** "three of his eight children": the number before "of" is a part of the one after. */
const PARTITIVE = /(?:^|\s)of\s+(?:(?:his|her|its|their|the|our|your|these|those)\s+)?$/i;

/**
 * An article on the largest side writes the other side's figure as a part of its own
 * ("the mother of three of his eight children" against "had three children"): part and
 * total, not a disagreement.
 */
function writtenAsPart(
  finding: Finding,
  claimOf: (c: ReportClaim) => Claim | undefined,
  textOf: Map<string, { body: string; mentions: Mention[] }>,
): boolean {
  const largest = largestGroup(finding);
  const others = new Set(finding.claims.filter((c) => c.group !== largest.group && c.group !== 0).map((c) => c.value));
  return finding.claims.some((c) => {
    if (c.group !== largest.group) return false;
    const claim = claimOf(c);
    const t = textOf.get(c.article);
    if (!claim || !t) return false;
    const before = t.body.slice(Math.max(0, claim.start - 30), claim.start);
    const of = PARTITIVE.exec(before);
    if (!of) return false;
    const at = claim.start - before.length + of.index;
    return t.mentions.some((m) => m.end <= at && at - m.end <= 1 && m.type === 'number' && others.has(m.value));
  });
}

/**
 * "€110 billion ($158 billion)": a figure in brackets right after another is the writer's
 * conversion of it; outlets convert at different rates, and that is no disagreement on the fact.
 */
function isConversion(claim: Claim, body: string): boolean {
  return (
    claim.constraint.kind === 'interval' &&
    /\d[\p{L}\s.,]{0,12}\(\s*$/u.test(body.slice(Math.max(0, claim.start - 16), claim.start)) &&
    /^\s*\)/.test(body.slice(claim.end, claim.end + 3))
  );
}

/** A figure with no number in it ("dozens", "years", "a few days"): it tells no value apart. */
const isLoose = (c: ReportClaim) => !/\d/.test(c.raw) && !NUMBER_WORD.test(c.raw);

/**
 * Values that disagree like a mixture of several things, not like one fact some outlets got
 * wrong. A misreported fact is a majority against an odd one out: a disagreement with three
 * or more groups, or with no group that at least two articles and most of them share (one
 * article, for words of a known class, "last trip" / "previous encounter", stated in a good
 * share of the coverage), is words that stand near several events' values ("sold in 2012",
 * "sold the unit in 2015"); so is one where an article gives both values. A side made only of
 * loose figures ("dozens"), or of one part of a list, says nothing against the other; nor
 * does a place the majority's own articles also name (the country of the city, the camp a
 * town holds: a flat gazetteer cannot tell them apart).
 */
function isMixture(
  finding: Finding,
  stating: number,
  coverage: number,
  classed: boolean,
  placesOf: (article: string) => Set<string>,
  publishedOf: (article: string) => number | null,
  isPart: (c: ReportClaim) => boolean,
): boolean {
  if (finding.status !== 'contradiction') return false;
  // A time after the article's publication is a plan or a forecast ("servers as early as
  // next year", "due in court on 19 August"): plans change, and outlets report different ones.
  if (
    finding.axis === 'days' &&
    finding.claims.some((c) => {
      const day = publishedOf(c.article);
      return day !== null && c.range !== null && c.range[0] !== null && c.range[0] > day;
    })
  )
    return true;
  const largest = largestGroup(finding);
  if (
    finding.groups.length > 2 ||
    (largest.articles.length < 2 && !(classed && stating >= LONE_SHARE * coverage)) ||
    (stating > 2 && largest.articles.length < MAJORITY * stating) ||
    finding.selfContradictions.length > 0
  )
    return true;
  const others = finding.claims.filter((c) => c.group !== largest.group);
  if (others.every(isPart)) return true;
  // "has died" in an article of the 20th, "died on Monday" the 19th: news in the present perfect
  // is of the day of publication or the day before (it went to press overnight, across time zones).
  if (finding.axis === 'days') {
    const sides = [...new Set(finding.claims.map((c) => c.group))].filter((g) => g !== 0);
    for (const g of sides) {
      const side = finding.claims.filter((c) => c.group === g);
      const rest = finding.claims.filter((c) => c.group !== g && c.group !== 0);
      if (
        side.every(
          (c) =>
            c.fromPublished &&
            c.range?.[0] != null &&
            rest.some(
              (o) =>
                o.range?.[0] != null &&
                o.range[1] != null &&
                o.range[0] <= c.range![0]! &&
                o.range[1] >= c.range![0]! - 1,
            ),
        )
      )
        return true;
    }
  }
  // A month against a day ("since June" / "on Thursday"): two events' times, not one misdated.
  if (finding.type === 'date') {
    const fine = (c: ReportClaim) =>
      !c.range || c.range[0] === null || c.range[1] === null || c.range[0] === c.range[1];
    const sides = [...new Set(finding.claims.map((c) => c.group))].map((g) =>
      finding.claims.filter((c) => c.group === g),
    );
    if (sides.some((s) => s.every(fine)) && sides.some((s) => !s.some(fine))) return true;
  }
  // Loose figures are of numbers: a name or a place is never one.
  if (['count', 'quantity', 'money', 'duration'].includes(finding.type)) {
    const sides = new Set(finding.claims.map((c) => c.group));
    for (const g of sides) if (finding.claims.filter((c) => c.group === g).every(isLoose)) return true;
  }
  // Two people, not one misspelt ("Ann Lee" / "Tom Reed" beside "the victim"): a name fact
  // disagrees only when its sides are spellings of one name, a letter or two apart.
  if (finding.type === 'name') {
    const theirs = finding.claims.filter((c) => c.group === largest.group).map((c) => c.value);
    return !others.every((c) => theirs.some((v) => oneNameApart(v, c.value)));
  }
  if (finding.type === 'place') {
    // Either way round: the odd article also naming the majority's place tells two places apart.
    const theirs = new Set(finding.claims.filter((c) => c.group === largest.group).map((c) => c.value));
    return (
      others.every((c) => largest.articles.some((a) => placesOf(a).has(c.value))) ||
      others.every((c) => [...theirs].some((v) => placesOf(c.article).has(v)))
    );
  }
  return false;
}

function specOf(
  story: string,
  facts: FactSpec[],
  places: PlaceCandidate[],
  tests: TestSpec[],
  people: NameCandidate[],
): RuleFileSpec {
  const spec: RuleFileSpec = { factlint: 1, story, title: `Facts proposed by factlint suggest for ${story}` };
  if (facts.some((f) => f.type === 'place') && places.length) spec.gazetteer = gazetteerOf(places);
  if (facts.some((f) => f.type === 'name') && people.length)
    spec.names = people.map((n) => ({
      id: n.id,
      name: n.name,
      ...(n.aliases.length ? { aliases: n.aliases } : {}),
      'case-sensitive': true,
    }));
  spec.facts = facts;
  if (tests.length) spec.tests = tests;
  return spec;
}

function listArticles(ids: string[], max = 4): string {
  return ids.length <= max ? ids.join(', ') : `${ids.slice(0, max).join(', ')} and ${ids.length - max} more`;
}

/** The tests: a few articles that together state every fact, with every claim the pack yields on them. */
function testsOf(mined: Mined[], claims: Claim[], facts: FactSpec[], options: SuggestOptions): TestSpec[] {
  const byArticle = new Map<string, Claim[]>();
  for (const c of claims) byArticle.set(c.article, [...(byArticle.get(c.article) ?? []), c]);
  const need = new Set(facts.map((f) => f.id));
  const chosen: string[] = [];
  // Greedy cover: the article stating the most facts still untested first (ties: corpus order).
  while (need.size) {
    let best: string | null = null;
    let bestN = 0;
    for (const m of mined) {
      const n = new Set((byArticle.get(m.article.id) ?? []).map((c) => c.fact).filter((f) => need.has(f))).size;
      if (n > bestN) {
        best = m.article.id;
        bestN = n;
      }
    }
    if (!best) break;
    chosen.push(best);
    for (const c of byArticle.get(best)!) need.delete(c.fact);
  }
  const order = new Map(mined.map((m, i) => [m.article.id, i]));
  chosen.sort((a, b) => order.get(a)! - order.get(b)!);
  return chosen.map((id) => {
    const article = mined[order.get(id)!].article;
    const expect: Record<string, string | string[]> = {};
    for (const f of facts) {
      const values = byArticle
        .get(id)!
        .filter((c) => c.fact === f.id)
        .map((c) => c.value);
      if (values.length) expect[f.id] = values.length === 1 ? values[0] : values;
    }
    const test: TestSpec = { file: path.relative(options.packDir, article.path).split(path.sep).join('/') };
    if (!article.published && options.published) test.published = options.published;
    test.expect = expect;
    return test;
  });
}

/** Values of a finding grouped by what they say, with the articles saying it. */
function valuesOf(finding: Finding): ProposedValue[] {
  const out = new Map<string, ProposedValue>();
  for (const c of finding.claims) {
    const key = `${c.group}\u0000${c.display}`;
    const v = out.get(key) ?? { display: c.display, value: c.value, articles: [] };
    if (!v.articles.includes(c.article)) v.articles.push(c.article);
    out.set(key, v);
  }
  return [...out.values()];
}

/**
 * Proposes a pack for the articles (already read). `nlp`: the wink instance that analyses
 * the articles and compiles the proposal (a Checker's, so nothing is loaded twice).
 */
export function suggest(articles: Article[], nlp: Nlp, options: SuggestOptions): Proposal {
  const story = slug(options.story);
  const notes: string[] = [];
  const withText = articles.filter((a) => a.body.trim());
  const analysed = withText.map((article) => {
    const analysis = nlp.analyse(article.body);
    return { article, analysis, mentions: articleMentions(article) };
  });
  const places = findPlaces(analysed, options.minArticles);
  const dict = places.length ? placeDictionary(places) : null;
  const ids = { next: 0 };
  const allPeople = findNames(analysed, places);
  let people = allPeople;
  const names = people.length ? nameDictionary(people) : null;
  const mentionsOf = new Map<string, { body: string; mentions: Mention[] }>();
  const mined = analysed.map(({ article, analysis, mentions }, i) => {
    const placed = dict ? withPlaces(article, analysis, mentions, dict) : mentions;
    const all = names ? withNames(article, analysis, placed, names) : placed;
    mentionsOf.set(article.id, { body: article.body, mentions: all });
    return mineArticle(article, analysis, all, i, ids);
  });
  const minedOf = new Map(mined.map((m) => [m.article.id, m]));
  // The places each article names anywhere, for telling a disagreement from a place and its region.
  const named = new Map<string, Set<string>>();
  const placesOf = (id: string) => {
    let set = named.get(id);
    if (!set) {
      const m = minedOf.get(id);
      set = new Set(m && dict ? findEntries(dict, m.article.body, m.analysis.tokens).map((e) => e.value) : []);
      named.set(id, set);
    }
    return set;
  };
  const published = new Map(
    withText.map((a) => [a.id, a.published ? parseIsoDay(a.published.slice(0, 10)) : null] as const),
  );
  const publishedOf = (id: string) => published.get(id) ?? null;
  const file = path.join(options.packDir, `${story}.yaml`);
  let facts: FactSpec[] = [];
  let claims: Claim[] = [];
  let findings: Finding[] = [];
  if (withText.length < options.minArticles) {
    notes.push(
      `${withText.length} article${withText.length === 1 ? '' : 's'} with text: a fact must be stated by at least ${options.minArticles} (--min-articles), so there is nothing to compare`,
    );
  } else {
    const candidates = groupCandidates(mined, keyFrequencies(mined), options.minArticles, options.maxFacts * OVERSHOOT);
    const taken = new Set<string>();
    const specs = candidates.map((c) => factSpecOf(c, taken));
    // Whether each fact's words are of a known class ("left", "departed"; "killed 14 people").
    const classed = new Set(specs.filter((_, i) => candidates[i].anchorKey.includes('class:')).map((f) => f.id));
    // Fact ids are unique (`taken`): the candidate each fact was proposed from, by id.
    const candidateOf = new Map(specs.map((f, i) => [f.id, candidates[i]]));
    facts = withAges(withFullNames(oneFactPerCue(specs, candidates), candidateOf), candidateOf, mined, mentionsOf);
    // The binder decides what each fact really gets (facts compete for values); prune and rebind.
    for (let round = 0; round < MAX_ROUNDS && facts.length; round++) {
      const pack = compile(specOf(story, facts, places, [], people), nlp, file);
      claims = bindAll(mined, pack);
      findings = align([pack], claims);
      const byFact = new Map(findings.map((f) => [f.fact, f]));
      // A finding's claim (as the report shows it) as the binder made it.
      const claimAt = new Map(claims.map((c) => [`${c.fact}\t${c.article}\t${c.line}\t${c.column}`, c]));
      const claimOf = (fact: string, c: ReportClaim) => claimAt.get(`${fact}\t${c.article}\t${c.line}\t${c.column}`);
      // Values the agreeing side's verbs never govern are excluded, and the fact rebound.
      const tightened = new Map<FactSpec, ExcludeSpec[]>();
      const kept = facts.filter((f) => {
        const finding = byFact.get(f.id);
        if (!finding) return false;
        const odd =
          finding.groups.length > 1 && f.type !== 'name' && f.counts?.[0] !== 'age'
            ? unsharedVerbs(finding, (c) => {
                const claim = claimOf(f.id, c);
                const m = minedOf.get(c.article);
                return claim && m
                  ? governingVerbs(m.analysis, claim.start, claim.end, c.cue)
                  : { verbs: [], subject: false };
              })
            : [];
        if (odd.length)
          tightened.set(
            f,
            odd.map((v) => ({ lemma: v.lemma, position: 'either', window: Math.min(CONTEXT_WINDOW, v.distance + 1) })),
          );
        const stating = new Set(finding.claims.map((c) => c.article)).size;
        // Values scattered over more groups than half the articles: several things, not one fact.
        const scattered = finding.groups.length > 1 + stating / 2;
        // No two articles agree: only words of one known meaning say they speak of one thing
        // ("last trip" / "previous encounter"), not a noun that stands near two dates.
        const unsupported = !finding.groups.some((g) => g.articles.length > 1) && !classed.has(f.id);
        return (
          stating >= options.minArticles &&
          !scattered &&
          !unsupported &&
          !isMixture(finding, stating, withText.length, classed.has(f.id), placesOf, publishedOf, (c) => {
            const claim = claimOf(f.id, c);
            const m = mentionsOf.get(c.article);
            if (!claim || !m) return false;
            return (
              isListedPart(claim, m.body, m.mentions) ||
              isConversion(claim, m.body) ||
              (f.type === 'count' && !countsWhat(claim, f, minedOf.get(c.article), m.body))
            );
          }) &&
          !(
            finding.status === 'contradiction' &&
            f.type === 'count' &&
            writtenAsPart(finding, (c) => claimOf(f.id, c), mentionsOf)
          ) &&
          !(odd.length && round === MAX_ROUNDS - 1) &&
          !isScore(
            claims.filter((c) => c.fact === f.id),
            withText,
          ) &&
          !isList(claims.filter((c) => c.fact === f.id))
        );
      });
      // Disagreements first, then the facts most articles state, then the candidates' own order.
      const rank = (f: FactSpec) => {
        const finding = byFact.get(f.id)!;
        return [finding.status === 'contradiction' ? 0 : 1, -new Set(finding.claims.map((c) => c.article)).size];
      };
      const order = new Map(facts.map((f, i) => [f, i]));
      kept.sort((a, b) => {
        const [sa, na] = rank(a);
        const [sb, nb] = rank(b);
        return sa - sb || na - nb || order.get(a)! - order.get(b)!;
      });
      const next = kept.slice(0, options.maxFacts).map((f) => {
        const more = tightened.get(f);
        return more ? { ...f, exclude: [...(f.exclude ?? []), ...more] } : f;
      });
      if (next.length === facts.length && next.every((f, i) => f === facts[i])) break;
      facts = next;
      if (round === MAX_ROUNDS - 1 || !facts.length) {
        const pack = compile(specOf(story, facts, places, [], people), nlp, file);
        claims = bindAll(mined, pack);
        findings = align([pack], claims);
      }
    }
    if (!facts.length)
      notes.push(
        `no fact is stated by ${options.minArticles} or more of the ${withText.length} articles: they have no value of one kind beside words of one meaning in common`,
      );
  }
  // The gazetteer keeps the places a fact took (and the places holding them): the rest of the
  // names after "in" or "to" are an editor's noise. Values are the same without them.
  let gazetteer = places;
  // Likewise the names: the people a name fact took.
  if (people.length && facts.length) {
    const used = new Set(claims.filter((c) => c.constraint.kind === 'name').map((c) => c.value));
    people = people.filter((n) => used.has(n.id));
  }
  if (places.length && facts.length) {
    const used = new Set(claims.filter((c) => c.constraint.kind === 'place').map((c) => c.value));
    const byId = new Map(places.map((p) => [p.id, p]));
    const keep = new Set<string>();
    const up = (id: string) => {
      if (keep.has(id)) return;
      keep.add(id);
      for (const parent of byId.get(id)?.parents ?? []) up(parent);
    };
    used.forEach(up);
    gazetteer = places.filter((p) => keep.has(p.id));
  }
  if (gazetteer.length !== places.length || people.length !== allPeople.length) {
    const pack = compile(specOf(story, facts, gazetteer, [], people), nlp, file);
    claims = bindAll(mined, pack);
    findings = align([pack], claims);
  }
  const byFact = new Map(findings.map((f) => [f.fact, f]));
  // A fact whose last rebind left it short is still shown, as the binder saw it.
  facts = facts.filter((f) => byFact.has(f.id));
  const tests = testsOf(mined, claims, facts, options);
  const spec = specOf(story, facts, gazetteer, tests, people);
  const proposed: ProposedFact[] = facts.map((f) => {
    const finding = byFact.get(f.id)!;
    return {
      id: f.id,
      title: f.title!,
      type: f.type,
      unit: f.unit ?? null,
      status: finding.status,
      articles: new Set(finding.claims.map((c) => c.article)).size,
      values: valuesOf(finding),
      cues: f.cues,
      spec: f,
    };
  });
  const factNotes = new Map(
    proposed.map((p) => [
      p.id,
      [
        `${p.status === 'contradiction' ? 'DISAGREE' : p.status}: ${p.values
          .map((v) => `${v.display} in ${listArticles(v.articles)}`)
          .join('; ')}`,
      ],
    ]),
  );
  const header = [
    `Proposed by \`factlint suggest\` from ${withText.length} article${withText.length === 1 ? '' : 's'}: review before use.`,
    'Each fact lists the values seen; rename, merge or drop facts, tighten cues, and arrange the',
    'gazetteer (nest a town inside its region so the two agree). Then: factlint rules test <this file>.',
    ...notes,
  ];
  const yaml = renderPack({ spec, header, notes: factNotes });
  return {
    story,
    articles: withText.length,
    facts: proposed,
    places: spec.gazetteer ? gazetteer : [],
    notes,
    spec,
    yaml,
  };
}
