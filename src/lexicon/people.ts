/**
 * Nouns that count people, as lemmas (wink's lemma of "men" is "man"). A count fact's
 * `counts: [people]` accepts a number whose head is any of these; a pack lists other nouns
 * ("fishermen", "Palestinians") beside it.
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'people',
  'person',
  'persons',
  'man',
  'woman',
  'child',
  'children',
  'boy',
  'girl',
  'baby',
  'adult',
  'teenager',
  'student',
  'pupil',
  'resident',
  'civilian',
  'citizen',
  'worker',
  'employee',
  'staff',
  'passenger',
  'tourist',
  'visitor',
  'victim',
  'casualty',
  'dead',
  'survivor',
  'soldier',
  'officer',
  'policeman',
  'firefighter',
  'fighter',
  'militant',
  'refugee',
  'patient',
  'member',
  'bystander',
  'colleague',
  'customer',
  'individual',
]);

/** The `counts` word that stands for every noun of PERSON_NOUNS. */
export const PEOPLE_CLASS = 'people';
