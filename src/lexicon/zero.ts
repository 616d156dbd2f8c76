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
