/**
 * Nouns that name a time, not a thing counted: "killed three people today" counts people,
 * and a noun run after a number ends before these.
 */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  'today',
  'yesterday',
  'tomorrow',
  'tonight',
  'morning',
  'afternoon',
  'evening',
  'night',
  'overnight',
  'weekend',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'now',
]);
