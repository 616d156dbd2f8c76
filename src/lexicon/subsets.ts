/**
 * Words that make a number a subset of a larger count: "killing 40, including 12 children",
 * "the dead included seven children", "one of them a pregnant woman", "one of my sons".
 * A fact's figure is the whole, so such a number is not its value.
 */
/** Lemmas right before a number that name part of a group already counted. */
export const SUBSET_LEMMAS_BEFORE: ReadonlySet<string> = new Set(['include']);
/** After "one of": a group already named ("one of them", "one of my sons"), not "one of whom died". */
export const MEMBER_OF_DETERMINERS: ReadonlySet<string> = new Set([
  'them',
  'those',
  'these',
  'the',
  'my',
  'his',
  'her',
  'their',
  'our',
  'its',
  'your',
]);
