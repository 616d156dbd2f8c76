/**
 * Zero as news writes it: "no casualties", "no one was killed", "nobody", "none". After "no",
 * these words make a hedge or an idiom, not a count ("no more than 40", "no later than").
 */
export const ZERO_PRONOUNS = ['no one', 'no-one', 'nobody', 'none'];
export const NOT_A_COUNT_AFTER_NO = [
  'more',
  'less',
  'fewer',
  'longer',
  'later',
  'earlier',
  'sooner',
  'further',
  'matter',
  'doubt',
  'way',
  'comment',
];

/**
 * "Reports of casualties, but none could be confirmed": after a zero pronoun, a verb of
 * checking says that none of the reports held, not that the count is zero.
 */
export const CHECKING_VERBS = ['confirmed', 'verified', 'substantiated', 'corroborated'];
/** What may stand between the pronoun and the verb of checking: "could be", "has yet to be", "was independently". */
export const CHECKING_AUX = [
  'could',
  'can',
  'would',
  'might',
  'may',
  'be',
  'been',
  'was',
  'were',
  'is',
  'are',
  'has',
  'have',
  'had',
  'yet',
  'to',
  'not',
  'immediately',
  'independently',
  'officially',
];
