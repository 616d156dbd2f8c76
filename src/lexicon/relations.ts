/**
 * Phrases that make a place a reference point, not the place itself: "near Elmford", "off the
 * coast of Norland", "5 km north of Brae". A claim of such a place is a claim of somewhere
 * about it.
 */
export const NEAR_WORDS = [
  'near',
  'nearby',
  'close to',
  'outside',
  'just outside',
  'off',
  'off the coast of',
  'on the outskirts of',
  'not far from',
];
export const COMPASS_WORDS = [
  'north',
  'south',
  'east',
  'west',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
];
export const DISTANCE_UNITS = [
  'km',
  'kilometres',
  'kilometers',
  'kilometre',
  'kilometer',
  'miles',
  'mile',
  'mi',
  'metres',
  'meters',
  'm',
];
