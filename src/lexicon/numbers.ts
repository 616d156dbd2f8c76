/** Number words: the words news text spells numbers with, and the scale words after digits. */

/** "zero" … "nineteen" → value. */
export const SMALL_NUMBERS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

/** "twenty" … "ninety" → value. */
export const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Scale words and their abbreviations, as exponents (so '3.2' + 6 parses exactly). */
export const SCALE_EXPONENTS: Record<string, number> = {
  thousand: 3,
  million: 6,
  billion: 9,
  trillion: 12,
  mn: 6,
  mln: 6,
  bn: 9,
  tn: 12,
  trn: 12,
};

/** Words a number in words can start with, and the words that multiply (lower case). */
export const NUMBER_WORDS_START = [...Object.keys(SMALL_NUMBERS), ...Object.keys(TENS)];
export const NUMBER_WORDS_SCALE = ['hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen'];

/** The words for one to nine, the units that follow a ten ("twenty-one"). */
export const UNIT_NUMBER_WORDS = Object.keys(SMALL_NUMBERS).filter(
  (w) => SMALL_NUMBERS[w] >= 1 && SMALL_NUMBERS[w] <= 9,
);
