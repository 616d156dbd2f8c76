/**
 * The lexicon: the general English the extractors read, defined once. One file per topic;
 * each exports its word lists (lower case unless said otherwise), the lookup tables built
 * from them and any regex source made of them, and nothing that knows about a story (names,
 * places, numbers of a story live in rule files).
 *
 *   months.ts      month names, abbreviations, month numbers
 *   weekdays.ts    weekday names and numbers
 *   numbers.ts     number words and scale words
 *   time-units.ts  time units with their lengths, the count words before them, "annual" and the amounts it spans
 *   seasons.ts     seasons with their TIMEX3 codes and bounds, fiscal-year words
 *   hedges.ts      hedge phrases and the interval each hedge allows
 *   updates.ts     update wording of running figures (rose to, initially), overridable per pack
 *   discovery.ts   what `suggest` reads: word classes of one meaning, words too general to be
 *                  cues, place prepositions, page furniture, verbs of saying
 *   unit-dimensions.ts  units of measure with no built-in entry, and what each measures
 *
 * A new topic is a new file here, re-exported below. The lexicon is the first stage: it may
 * import from model/ and util/ only, and every later stage imports words from here.
 */
export * from './discovery';
export * from './hedges';
export * from './months';
export * from './numbers';
export * from './seasons';
export * from './time-units';
export * from './updates';
export * from './unit-dimensions';
export * from './weekdays';
