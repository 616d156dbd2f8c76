/**
 * A pack's `lexicon:` block: the general English lists of src/lexicon/ adjusted for every fact
 * of one pack (words added, built-in words removed), per-fact settings still winning, and a
 * bad block reported at its place with exit 2. Made-up story: a dam failure at Elmford.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Checker } from '../../src/engine/checker';
import { parseArticle } from '../../src/corpus/article';
import { markUpdates } from '../../src/claims/updates';
import { LEXICON_LISTS } from '../../src/lexicon/lists';
import { ROOT, runCli, writeTree } from '../helpers';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factlint-lexicon-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let packs = 0;
/** A checker of one pack: `head` goes above `facts:` (the lexicon block), `facts` is the list under it. */
function checker(head: string, facts: string): Checker {
  const file = path.join(dir, `pack${++packs}.yaml`);
  fs.writeFileSync(file, `story: elmford-dam\n${head}facts:\n${facts}`);
  return Checker.load([file]);
}

const article = (text: string) => parseArticle(`---\npublished: 2024-05-08\n---\n${text}\n`, 'a.md', 'a.md');

/** fact → values claimed in a one-article text. */
function claims(c: Checker, text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const claim of c.extractClaims(article(text))) (out[claim.fact] ??= []).push(claim.value);
  return out;
}

const BREACH = `  - { id: breach-date, type: date, cues: [{ lemma: break }, { lemma: fail }] }\n`;

describe('reporting verbs', () => {
  // A newsroom's house verb: the Elmford Courier writes "officials relayed on Tuesday".
  const HOUSE = 'Officials relayed on Tuesday that the dam broke.';

  test('without the house verb, its date binds as the breach date', () => {
    expect(claims(checker('', BREACH), HOUSE)).toEqual({ 'breach-date': ['2024-05-07'] });
  });

  test('added to reporting, the verb dates the telling: the side date no longer binds', () => {
    const c = checker('lexicon:\n  reporting: { add: [relay] }\n', BREACH);
    expect(claims(c, HOUSE)).toEqual({});
    // the event's own date in the same sentence still binds
    expect(claims(c, 'The dam broke on Sunday, officials relayed on Tuesday.')).toEqual({
      'breach-date': ['2024-05-05'],
    });
  });

  test('a built-in verb removed from reporting lets its date bind', () => {
    const text = 'Police said on Friday the dam broke.';
    expect(claims(checker('', BREACH), text)).toEqual({}); // "said on Friday" dates the telling
    const c = checker('lexicon:\n  reporting: { remove: [say] }\n', BREACH);
    expect(claims(c, text)).toEqual({ 'breach-date': ['2024-05-03'] });
  });

  test('the fact still wins: reporting: true takes dates of every reporting verb, added ones too', () => {
    const c = checker(
      'lexicon:\n  reporting: { add: [relay] }\n',
      `  - { id: notice, type: date, reporting: true, cues: [{ lemma: break }] }\n`,
    );
    expect(claims(c, 'Officials relayed on Tuesday that the dam broke.')).toEqual({ notice: ['2024-05-07'] });
  });
});

describe('person nouns', () => {
  const DEATHS = `  - { id: deaths, type: count, counts: [people], cues: [{ lemma: kill }] }\n`;

  test('an added noun counts as people; a removed one no longer does', () => {
    const text = 'The flood killed 4 ferrymen.';
    expect(claims(checker('', DEATHS), text)).toEqual({});
    expect(claims(checker('lexicon:\n  people: { add: [ferryman, ferrymen] }\n', DEATHS), text)).toEqual({
      deaths: ['4'],
    });
    const soldiers = 'The flood killed 3 soldiers.';
    expect(claims(checker('', DEATHS), soldiers)).toEqual({ deaths: ['3'] });
    expect(claims(checker('lexicon:\n  people: { remove: [soldier] }\n', DEATHS), soldiers)).toEqual({});
  });

  test("the fact's own counts still take what the pack removed from people", () => {
    const c = checker(
      'lexicon:\n  people: { remove: [soldier] }\n',
      `  - { id: deaths, type: count, counts: [people, soldiers], cues: [{ lemma: kill }] }\n`,
    );
    expect(claims(c, 'The flood killed 3 soldiers.')).toEqual({ deaths: ['3'] });
  });

  test('a time noun ends the noun run: removed, "morning commuters" is what 12 counts', () => {
    const text = 'The flood killed 12 morning commuters.';
    expect(claims(checker('', DEATHS), text)).toEqual({ deaths: ['12'] }); // no head: the cue says
    expect(claims(checker('lexicon:\n  time-nouns: { remove: [morning] }\n', DEATHS), text)).toEqual({});
  });
});

describe('hedges and update wording', () => {
  const MISSING = `  - { id: missing, type: count, running: true, cues: [missing] }\n`;

  test('an added hedge phrase widens the number; a removed one leaves it exact', () => {
    const c = checker("lexicon:\n  hedge-about: { add: ['in the ballpark of'], remove: [some] }\n", MISSING);
    const [ballpark] = c.extractClaims(article('In the ballpark of 40 people are missing.'));
    expect(ballpark.hedge).toBe('about');
    const [some] = c.extractClaims(article('Some 40 people are missing.'));
    expect(some.hedge).toBeUndefined();
    const [builtIn] = checker('', MISSING).extractClaims(article('Some 40 people are missing.'));
    expect(builtIn.hedge).toBe('about');
  });

  test('an added update phrase marks the later figure; it adds to a pack that replaces the list', () => {
    const text = 'The number missing is now put at 31.';
    const pack = (head: string) => {
      const c = checker(head, MISSING);
      return markUpdates(c.extractClaims(article(text)), c.packs[0]).map((x) => x.update);
    };
    expect(pack('')).toEqual([undefined]);
    expect(pack("lexicon:\n  update-later: { add: ['is now put at'] }\n")).toEqual(['later']);
    expect(pack("updates: { later: ['stood at'] }\nlexicon:\n  update-later: { add: ['is now put at'] }\n")).toEqual([
      'later',
    ]);
  });
});

describe('near words', () => {
  const gazetteer = `gazetteer:
  - id: norland
    kind: country
    children:
      - { id: elmford, kind: town }
`;
  const PLACE = `  - { id: dam-place, type: place, cues: [dam] }\n`;

  test('an added relation makes the place a reference point; a removed one names the place', () => {
    const relation = (head: string, text: string) =>
      checker(gazetteer + head, PLACE)
        .extractClaims(article(text))
        .map((c) => c.relation ?? 'at');
    expect(relation('', 'The dam upstream of Elmford broke.')).toEqual(['at']);
    expect(relation("lexicon:\n  near: { add: ['upstream of'] }\n", 'The dam upstream of Elmford broke.')).toEqual([
      'near',
    ]);
    expect(relation('', 'The dam outside Elmford broke.')).toEqual(['near']);
    expect(relation('lexicon:\n  near: { remove: [outside] }\n', 'The dam outside Elmford broke.')).toEqual(['at']);
  });
});

test('a pack sees the lexicon of the files it extends, then its own edits', () => {
  const tree = writeTree({
    'house.yaml': 'lexicon:\n  reporting: { add: [relay, recount] }\n',
    'pack.yaml': `story: elmford-dam\nextends: [house.yaml]\nlexicon:\n  reporting: { remove: [recount] }\nfacts:\n${BREACH}`,
  });
  const c = Checker.load([path.join(tree, 'pack.yaml')]);
  expect(claims(c, 'Officials relayed on Tuesday that the dam broke.')).toEqual({});
  expect(claims(c, 'Officials recounted on Tuesday that the dam broke.')).toEqual({ 'breach-date': ['2024-05-07'] });
});

test('the schema names exactly the lists the lexicon has', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'rules.schema.json'), 'utf8')) as {
    properties: { lexicon: { properties: Record<string, unknown> } };
  };
  expect(Object.keys(schema.properties.lexicon.properties).sort()).toEqual(Object.keys(LEXICON_LISTS).sort());
});

describe('a bad lexicon block: file:line:col, a hint, exit 2', () => {
  const validate = (lexicon: string) => {
    const tree = writeTree({ 'pack.yaml': `story: elmford-dam\nlexicon:\n${lexicon}facts:\n${BREACH}` });
    return runCli(['rules', 'validate', tree]);
  };

  test('an unknown list name', () => {
    const r = validate('  reportin: { add: [relay] }\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pack\.yaml:3:3: error unknown-key: unknown key "reportin" in lexicon/);
    expect(r.stderr).toContain('did you mean "reporting"?');
  });

  test('an entry of two words in a list of lemmas', () => {
    const r = validate("  reporting: { add: ['said quickly'] }\n");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pack\.yaml:3:\d+: error bad-value: lexicon\.reporting\.add\.0: "said quickly"/);
    expect(r.stderr).toContain('one word per entry, as a lemma');
  });

  test('a removal of a word the list does not hold', () => {
    const r = validate('  reporting: { remove: [sya] }\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /pack\.yaml:3:\d+: error unknown-entry: lexicon\.reporting\.remove: "sya" is not in the list/,
    );
    expect(r.stderr).toContain('did you mean "say"?');
  });

  test('an edit that is neither add nor remove', () => {
    const r = validate('  people: { replace: [crew] }\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pack\.yaml:3:\d+: error unknown-key: unknown key "replace" in lexicon\.people/);
  });
});

describe('other-event words: a sentence that opens on another event yields no claim of a fact with when:', () => {
  const FACTS = `  - { id: deaths, type: count, when: 2024-05, cues: [{ lemma: kill }] }
  - { id: all-deaths, type: count, cues: [{ lemma: kill }] }
`;
  const c = checker('', FACTS);

  test('"The previous flood killed 9", "In an earlier flood, …": another event', () => {
    expect(claims(c, 'The previous flood killed 9 people.')).toEqual({ 'all-deaths': ['9'] });
    expect(claims(c, 'In an earlier flood, the river killed 5 people.')).toEqual({ 'all-deaths': ['5'] });
  });

  test('a time ("last week"), a person ("the last survivors") or update wording ("earlier reports") is not another event', () => {
    expect(claims(c, 'Last week the flood killed 12 people.').deaths).toEqual(['12']);
    expect(claims(c, 'The last survivors said the flood killed 12 people.').deaths).toEqual(['12']);
    expect(claims(c, 'Earlier reports said the flood killed 9 people.').deaths).toEqual(['9']);
  });

  test('the word in a cue of the fact is no other event; removed from the lexicon, neither is it', () => {
    const cued = checker('', `  - { id: before, type: count, when: 2024-05, cues: [previous flood] }\n`);
    expect(claims(cued, 'The previous flood killed 9 people.')).toEqual({ before: ['9'] });
    const removed = checker('lexicon:\n  other-event: { remove: [previous] }\n', FACTS);
    expect(claims(removed, 'The previous flood killed 9 people.').deaths).toEqual(['9']);
    const added = checker('lexicon:\n  other-event: { add: [former] }\n', FACTS);
    expect(claims(added, 'The former flood killed 9 people.').deaths).toBeUndefined();
  });
});
