/**
 * Units of measure factlint has no built-in entry for, with the dimension each measures: an
 * unknown `unit:` in a rule file is answered with the known units of that dimension, and the
 * factor to add it under `units:`. Lower-case, singular and plural.
 */
export const UNLISTED_UNITS: Record<string, { dimension: string; factor: number; base: string }> = {
  furlong: { dimension: 'length', factor: 201.168, base: 'm' },
  furlongs: { dimension: 'length', factor: 201.168, base: 'm' },
  fathom: { dimension: 'length', factor: 1.8288, base: 'm' },
  fathoms: { dimension: 'length', factor: 1.8288, base: 'm' },
  league: { dimension: 'length', factor: 4828.032, base: 'm' },
  leagues: { dimension: 'length', factor: 4828.032, base: 'm' },
  chain: { dimension: 'length', factor: 20.1168, base: 'm' },
  chains: { dimension: 'length', factor: 20.1168, base: 'm' },
  cable: { dimension: 'length', factor: 185.2, base: 'm' },
  cables: { dimension: 'length', factor: 185.2, base: 'm' },
  stone: { dimension: 'mass', factor: 6.35029318, base: 'kg' },
  stones: { dimension: 'mass', factor: 6.35029318, base: 'kg' },
  carat: { dimension: 'mass', factor: 0.0002, base: 'kg' },
  carats: { dimension: 'mass', factor: 0.0002, base: 'kg' },
  hundredweight: { dimension: 'mass', factor: 50.80234544, base: 'kg' },
  pint: { dimension: 'volume', factor: 0.000568261, base: 'm³' },
  pints: { dimension: 'volume', factor: 0.000568261, base: 'm³' },
  quart: { dimension: 'volume', factor: 0.000946353, base: 'm³' },
  quarts: { dimension: 'volume', factor: 0.000946353, base: 'm³' },
  bushel: { dimension: 'volume', factor: 0.03523907, base: 'm³' },
  bushels: { dimension: 'volume', factor: 0.03523907, base: 'm³' },
  fortnight: { dimension: 'time', factor: 1209600, base: 's' },
  fortnights: { dimension: 'time', factor: 1209600, base: 's' },
  month: { dimension: 'time', factor: 2629746, base: 's' },
  months: { dimension: 'time', factor: 2629746, base: 's' },
  year: { dimension: 'time', factor: 31556952, base: 's' },
  years: { dimension: 'time', factor: 31556952, base: 's' },
};
