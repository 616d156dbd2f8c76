/**
 * `where:` anchors a fact to its event's place: a sentence that names only other places of the
 * pack's gazetteer is another event's (made-up story: a flood in Elmford, a town of Norland).
 */
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../helpers';
import { claims, onePackCheckers } from './one-pack';

const { dir, checker, lastPack } = onePackCheckers('factlint-where-');

const GAZETTEER = `gazetteer:
  - id: norland
    name: Norland
    kind: country
    children:
      - { id: elmford, name: Elmford, kind: town, children: [{ id: elmford-docks, name: Elmford Docks, kind: district }] }
      - { id: bramford, name: Bramford, kind: town }
`;

describe('where: the event happened in one place of the gazetteer', () => {
  const c = checker(
    `  - { id: deaths, type: count, counts: [people], cues: [{ lemma: kill }], where: elmford }
  - { id: town, type: place, cues: [flood in] , where: elmford }
`,
    GAZETTEER,
  );

  test('a sentence naming only another place of the pack yields no claim', () => {
    expect(claims(c, 'The flood in Bramford killed 9 people last year.').deaths).toBeUndefined();
  });

  test("the event's place, a place inside it, or around it keeps the claim", () => {
    expect(claims(c, 'The flood in Elmford killed 12 people.').deaths).toEqual(['12']);
    expect(claims(c, 'At Elmford Docks the water killed 12 people.').deaths).toEqual(['12']);
    expect(claims(c, 'Across Norland, the flood killed 12 people.').deaths).toEqual(['12']);
    expect(claims(c, 'In Elmford and Bramford the flood killed 12 people.').deaths).toEqual(['12']);
  });

  test("a sentence that names no place is the event's, as before", () => {
    expect(claims(c, 'The flood killed 12 people.').deaths).toEqual(['12']);
  });

  test('a place fact still reads other places (where anchors the other facts)', () => {
    expect(claims(c, 'The flood in Bramford was the worst.').town).toEqual(['bramford']); // its gazetteer id
  });

  test('explain says which place made it another event', () => {
    const file = path.join(dir, 'bramford.md');
    fs.writeFileSync(file, '---\npublished: 2024-05-02\n---\nThe flood in Bramford killed 9 people.\n');
    const r = runCli(['explain', 'deaths', file, '--rules', lastPack()]);
    expect(r.stdout).toContain('"Bramford" (a place outside where: Elmford)');
  });
});

test('an unknown where id is exit 2 at its position, with the ids it may mean', () => {
  expect(() =>
    checker('  - { id: deaths, type: count, cues: [{ lemma: kill }], where: elmfrod }\n', GAZETTEER),
  ).toThrow(/unknown-place/);
  const r = runCli(['rules', 'validate', lastPack()]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/pack\d+\.yaml:\d+:\d+: error unknown-place: "where": no place "elmfrod" in the gazetteer/);
  expect(r.stderr).toContain('elmford');
});
