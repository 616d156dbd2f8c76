/**
 * `factlint explain` on a made-up article states each binding decision in words a rule author
 * reads: the head noun a count counts (or why it is not counted), the reporting verb whose
 * clause a date is in, the other event a sentence is about, a value returned by the competition
 * and a place named as a reference point. Runs the built CLI.
 */
import { runCli, writeTree } from '../helpers';

const RULES = `story: elmford-flood
lexicon:
  reporting: { add: [relay] }    # the Elmford Courier's house verb
gazetteer:
  - id: norland
    kind: country
    children:
      - { id: elmford, name: Elmford, kind: town }
facts:
  - { id: deaths, type: count, counts: [people], when: 2024-05, cues: [{ lemma: kill }] }
  - { id: injured, type: count, cues: [injured] }
  - { id: flood-date, type: date, when: 2024-05, cues: [{ lemma: burst }] }
  - { id: flood-place, type: place, cues: [{ lemma: burst }] }
`;

const ARTICLE = `---
published: 2024-05-08
---
The river burst its banks near Elmford on Sunday, police said on Monday.

Officials relayed on Tuesday that the river burst its banks.

The flood killed 40 people and two ferries.

Rebels killed 12, 30 people were injured.

The previous flood killed 9 people.

The 1998 floods killed 100 people.
`;

const dir = writeTree({ 'rules.yaml': RULES, 'corpus/a.md': ARTICLE });
const explain = (fact: string) => {
  const r = runCli(['explain', fact, 'corpus', '--rules', 'rules.yaml'], { cwd: dir });
  expect(r.code).toBe(0);
  return r.stdout;
};

test('a count: the head noun counted, the head rejected, a number with no head', () => {
  const out = explain('deaths');
  expect(out).toContain('✔ 40 → 40  8:18, cue "kill", 0 tokens away; head "people" (counted noun; counts: people)');
  expect(out).toContain(`✖ two  8:32: head "ferries" is not in the fact's heads (counts: people)`);
  expect(out).toContain('✔ 12 → 12  10:15, cue "kill", 0 tokens away; no head noun: it counts what its cue says');
});

test('other events: a sentence governed by "previous" or by another year yields no claim', () => {
  const out = explain('deaths');
  expect(out).toMatch(
    /12:1 “The previous flood killed 9 people\.”\n {4}cue: "kill"\n {4}✖ sentence governed by "previous" \(an other-event word\): another event, no claim of this fact here\n/,
  );
  expect(out).toContain(
    '✖ sentence governed by "1998" (a time outside when: May 2024): another event, no claim of this fact here',
  );
  expect(out).not.toMatch(/✔ (9|100) /);
});

test('competition: the value one fact discards is returned to the other, and both sides say so', () => {
  expect(explain('deaths')).toContain(
    '✖ 30  10:19: not the nearest in the sentence: "12" is 0 tokens from a cue, this 2; returned to fact injured',
  );
  const injured = explain('injured');
  expect(injured).toContain(
    '✔ 30 → 30  10:19, cue "injured", 2 tokens away; returned by fact deaths: it took the value first (nearer cue) but keeps "12", nearer to its own cue',
  );
  expect(injured).toContain('✖ 12  10:15: taken by fact deaths, whose cue "kill" is nearer (0 tokens, here 4)');
});

test("dates: a date in a reporting verb's clause is not the event's, the pack's house verb included", () => {
  const out = explain('flood-date');
  expect(out).toMatch(/✔ Sunday → 2024-05-05 .* 4:43, cue "burst", 5 tokens away\n/);
  expect(out).toContain(
    `✖ Monday  4:66: date in the clause of the reporting verb "said": it dates the telling, not the event (reporting: true takes such dates)`,
  );
  expect(out).toContain(`✖ Tuesday  6:22: date in the clause of the reporting verb "relayed"`);
});

test('a place named as a reference point says so', () => {
  expect(explain('flood-place')).toContain(
    '✔ Elmford → elmford (Elmford)  4:32, cue "burst", 3 tokens away; a reference point ("near"): somewhere about Elmford, not the place itself',
  );
});

test('a running figure: the update wording around each value', () => {
  const tree = writeTree({
    'rules.yaml': `story: elmford-flood
lexicon:
  update-earlier: { add: ['first put'] }
facts:
  - { id: deaths, type: count, running: true, cues: [toll] }
`,
    'corpus/a.md': `---
published: 2024-05-08
---
The toll rose from 9 to just over 14 on Tuesday.

The toll was revised down to 12.

Officials first put the toll at 3.
`,
  });
  const r = runCli(['explain', 'deaths', 'corpus', '--rules', 'rules.yaml'], { cwd: tree });
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('✔ 9 → 9  4:20, cue "toll", 2 tokens away; update wording: an earlier figure, superseded');
  expect(r.stdout).toContain(
    '✔ just over 14 → >14 (more than 14)  4:25, cue "toll", 4 tokens away; update wording: the article\'s later figure, from 9',
  );
  expect(r.stdout).toContain('✔ 12 → 12  6:30, cue "toll", 4 tokens away; update wording: a downward revision');
  expect(r.stdout).toMatch(/✔ 3 → 3 {2}8:33, cue "toll", 1 token away; update wording: an earlier figure, superseded/);
});
