/**
 * Units of measure: a small exact table (factors from the SI definitions) with the
 * spellings news text uses. Each dimension has a base unit with factor 1;
 * value_in_base = x * factor + (offset ?? 0).
 *
 * Currencies are units too, but each has a dimension of its own (`currency:USD`), so no
 * two currencies are ever converted into or compared with each other.
 */

export interface UnitDef {
  /** Canonical symbol, e.g. 'km/h'. */
  id: string;
  /** speed | length | mass | time | area | volume | temperature | percent | currency:XXX | … */
  dimension: string;
  /** Multiplier to the dimension's base unit. */
  factor: number;
  /** Added after the factor (temperatures only). */
  offset?: number;
  /** Every spelling, matched case-insensitively except one-letter ones ('m', 'g', 'h', 'l', 'L').
   *  The id is not a spelling unless listed ('in', 't', 's' would misfire in text). */
  names: string[];
}

export interface UnitRegistry {
  lookup(spelling: string): UnitDef | undefined;
  get(id: string): UnitDef | undefined;
  all(): UnitDef[];
}

const MILE = 1609.344; // m, international mile
const FOOT = 0.3048; // m
const INCH = 0.0254; // m
const YARD = 0.9144; // m
const NAUTICAL_MILE = 1852; // m
const POUND = 0.45359237; // kg
const OUNCE = POUND / 16; // kg
const US_GALLON = 3.785411784; // L
const BARREL = 42 * US_GALLON; // L, oil barrel
const HOUR = 3600; // s

/** Each name plus its American spelling ('metres' → 'meters'). */
function both(...stems: string[]): string[] {
  const out: string[] = [];
  for (const s of stems) {
    out.push(s, s.replace(/tre\b/g, 'ter').replace(/tres\b/g, 'ters'));
  }
  return [...new Set(out)];
}

function currency(id: string, names: string[]): UnitDef {
  return { id, dimension: `currency:${id}`, factor: 1, names: [id, ...names] };
}

export const BUILTIN_UNITS: UnitDef[] = [
  // speed, base m/s
  {
    id: 'km/h',
    dimension: 'speed',
    factor: 1000 / HOUR,
    names: [
      'km/h',
      'km/hr',
      'km/hour',
      'kph',
      'kmph',
      'kmh',
      'km per hour',
      'km an hour',
      'kms per hour',
      ...both('kilometres per hour', 'kilometre per hour', 'kilometres an hour', 'kilometre an hour'),
    ],
  },
  {
    id: 'mph',
    dimension: 'speed',
    factor: MILE / HOUR,
    names: ['mph', 'mi/h', 'miles per hour', 'mile per hour', 'miles an hour', 'mile an hour'],
  },
  {
    id: 'm/s',
    dimension: 'speed',
    factor: 1,
    names: ['m/s', 'm/sec', ...both('metres per second', 'metre per second', 'metres a second')],
  },
  // Not 'kt': in news it is more often kilotonnes (of explosive yield).
  { id: 'kn', dimension: 'speed', factor: NAUTICAL_MILE / HOUR, names: ['kn', 'kts', 'knot', 'knots'] },

  // length, base m
  { id: 'mm', dimension: 'length', factor: 0.001, names: ['mm', ...both('millimetre', 'millimetres')] },
  { id: 'cm', dimension: 'length', factor: 0.01, names: ['cm', ...both('centimetre', 'centimetres')] },
  { id: 'm', dimension: 'length', factor: 1, names: ['m', ...both('metre', 'metres')] },
  { id: 'km', dimension: 'length', factor: 1000, names: ['km', 'kms', ...both('kilometre', 'kilometres')] },
  { id: 'mi', dimension: 'length', factor: MILE, names: ['mi', 'mile', 'miles'] },
  { id: 'nmi', dimension: 'length', factor: NAUTICAL_MILE, names: ['nmi', 'nautical mile', 'nautical miles'] },
  { id: 'ft', dimension: 'length', factor: FOOT, names: ['ft', 'foot', 'feet'] },
  // Bare 'in' is left out: after a number it is nearly always the preposition.
  { id: 'in', dimension: 'length', factor: INCH, names: ['inch', 'inches'] },
  { id: 'yd', dimension: 'length', factor: YARD, names: ['yd', 'yds', 'yard', 'yards'] },

  // mass, base kg
  { id: 'mg', dimension: 'mass', factor: 1e-6, names: ['mg', 'milligram', 'milligrams'] },
  { id: 'g', dimension: 'mass', factor: 0.001, names: ['g', 'gram', 'grams', 'gramme', 'grammes'] },
  {
    id: 'kg',
    dimension: 'mass',
    factor: 1,
    names: ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes'],
  },
  // 'tons' is read as metric: news outside the US mostly means tonnes; see docs/units.md.
  {
    id: 't',
    dimension: 'mass',
    factor: 1000,
    names: ['tonne', 'tonnes', 'ton', 'tons', 'metric ton', 'metric tons', 'metric tonne', 'metric tonnes'],
  },
  { id: 'lb', dimension: 'mass', factor: POUND, names: ['lb', 'lbs', 'pound', 'pounds'] },
  { id: 'oz', dimension: 'mass', factor: OUNCE, names: ['oz', 'ounce', 'ounces'] },

  // time, base s. Months, years and decades vary in length: the date layer owns them.
  { id: 'ms', dimension: 'time', factor: 0.001, names: ['ms', 'millisecond', 'milliseconds'] },
  { id: 's', dimension: 'time', factor: 1, names: ['sec', 'secs', 'second', 'seconds'] },
  { id: 'min', dimension: 'time', factor: 60, names: ['min', 'mins', 'minute', 'minutes'] },
  { id: 'h', dimension: 'time', factor: HOUR, names: ['h', 'hr', 'hrs', 'hour', 'hours'] },
  { id: 'd', dimension: 'time', factor: 24 * HOUR, names: ['day', 'days'] },
  { id: 'wk', dimension: 'time', factor: 7 * 24 * HOUR, names: ['wk', 'wks', 'week', 'weeks'] },

  // area, base m²
  {
    id: 'm²',
    dimension: 'area',
    factor: 1,
    names: ['m²', 'm2', 'sq m', 'sq. m', ...both('square metre', 'square metres')],
  },
  {
    id: 'km²',
    dimension: 'area',
    factor: 1e6,
    names: [
      'km²',
      'km2',
      'sq km',
      'sq. km',
      'sqkm',
      'square km',
      ...both('square kilometre', 'square kilometres', 'sq kilometres'),
    ],
  },
  {
    id: 'mi²',
    dimension: 'area',
    factor: MILE * MILE,
    names: ['mi²', 'sq mi', 'sq. mi', 'sq miles', 'sq. miles', 'square mile', 'square miles'],
  },
  {
    id: 'ft²',
    dimension: 'area',
    factor: FOOT * FOOT,
    names: ['ft²', 'sq ft', 'sq. ft', 'sq feet', 'square foot', 'square feet'],
  },
  { id: 'ha', dimension: 'area', factor: 1e4, names: ['ha', 'hectare', 'hectares'] },
  { id: 'acre', dimension: 'area', factor: 4046.8564224, names: ['acre', 'acres'] },

  // volume, base L
  { id: 'ml', dimension: 'volume', factor: 0.001, names: ['ml', 'mL', ...both('millilitre', 'millilitres')] },
  { id: 'L', dimension: 'volume', factor: 1, names: ['L', 'l', ...both('litre', 'litres')] },
  { id: 'm³', dimension: 'volume', factor: 1000, names: ['m³', 'm3', ...both('cubic metre', 'cubic metres')] },
  { id: 'gal', dimension: 'volume', factor: US_GALLON, names: ['gal', 'gallon', 'gallons'] },
  { id: 'bbl', dimension: 'volume', factor: BARREL, names: ['bbl', 'barrel', 'barrels'] },

  // temperature, base K
  {
    id: '°C',
    dimension: 'temperature',
    factor: 1,
    offset: 273.15,
    names: ['°C', 'ºC', 'degrees Celsius', 'degree Celsius', 'degrees centigrade', 'Celsius'],
  },
  {
    id: '°F',
    dimension: 'temperature',
    factor: 5 / 9,
    offset: 273.15 - (32 * 5) / 9,
    names: ['°F', 'ºF', 'degrees Fahrenheit', 'degree Fahrenheit', 'Fahrenheit'],
  },

  // data, decimal (SI) prefixes
  { id: 'kB', dimension: 'data', factor: 1e3, names: ['kB', 'KB', 'kilobyte', 'kilobytes'] },
  { id: 'MB', dimension: 'data', factor: 1e6, names: ['MB', 'megabyte', 'megabytes'] },
  { id: 'GB', dimension: 'data', factor: 1e9, names: ['GB', 'gigabyte', 'gigabytes'] },
  { id: 'TB', dimension: 'data', factor: 1e12, names: ['TB', 'terabyte', 'terabytes'] },

  // ratios
  { id: '%', dimension: 'percent', factor: 1, names: ['%', 'percent', 'per cent', 'pct'] },
  {
    id: 'pp',
    dimension: 'percentage-point',
    factor: 1,
    names: ['pp', 'percentage point', 'percentage points'],
  },

  // currencies: symbols and ISO codes are written before the number, words after it.
  // 'pounds' alone is mass; sterling needs '£', 'GBP' or an explicit word.
  currency('USD', ['$', 'US$', 'dollar', 'dollars', 'US dollar', 'US dollars', 'U.S. dollars']),
  currency('EUR', ['€', 'euro', 'euros']),
  currency('GBP', ['£', 'pounds sterling', 'pound sterling', 'sterling', 'British pounds']),
  currency('JPY', ['¥', 'yen']),
  currency('CNY', ['yuan', 'renminbi', 'RMB']),
  currency('RUB', ['₽', 'rouble', 'roubles', 'ruble', 'rubles']),
  currency('KRW', ['₩', 'South Korean won']),
  currency('INR', ['₹', 'Indian rupees']),
  currency('CAD', ['C$', 'CA$', 'Canadian dollars']),
  currency('AUD', ['A$', 'AU$', 'Australian dollars']),
  currency('HKD', ['HK$', 'Hong Kong dollars']),
  currency('CHF', ['Swiss francs']),
];

/** One-letter spellings are case-sensitive: 'm' is metres, 'M' is not. */
function caseSensitive(name: string): boolean {
  return name.length === 1 && /\p{L}/u.test(name);
}

function normalizeSpelling(s: string): string {
  return s.trim().replace(/\s+/g, ' ');
}

/** The built-in units alone, shared: most packs add none, and a registry is never changed. */
let builtinRegistry: UnitRegistry | null = null;

export function makeUnitRegistry(extra: UnitDef[] = []): UnitRegistry {
  if (!extra.length) return (builtinRegistry ??= buildUnitRegistry([]));
  return buildUnitRegistry(extra);
}

function buildUnitRegistry(extra: UnitDef[]): UnitRegistry {
  const byId = new Map<string, UnitDef>();
  for (const u of BUILTIN_UNITS) byId.set(u.id, u);
  for (const u of extra) byId.set(u.id, u); // rule files override built-ins by id
  const exact = new Map<string, UnitDef>();
  const folded = new Map<string, UnitDef>();
  for (const u of byId.values()) {
    for (const name of u.names) {
      const n = normalizeSpelling(name);
      exact.set(n, u);
      if (!caseSensitive(n)) folded.set(n.toLowerCase(), u);
    }
  }
  const list = [...byId.values()];
  return {
    // Ids are a fallback so that rule files may name any unit by id ('t', 'in'); text
    // extraction matches only `names`.
    lookup(spelling) {
      const n = normalizeSpelling(spelling);
      return exact.get(n) ?? (caseSensitive(n) ? undefined : folded.get(n.toLowerCase())) ?? byId.get(n);
    },
    get: (id) => byId.get(id),
    all: () => list,
  };
}

export function isCurrency(u: UnitDef): boolean {
  return u.dimension.startsWith('currency:');
}

/** Converts x from one unit to another of the same dimension; throws otherwise. */
export function convertValue(x: number, from: UnitDef, to: UnitDef): number {
  if (from.dimension !== to.dimension) {
    throw new Error(`cannot convert ${from.id} (${from.dimension}) to ${to.id} (${to.dimension})`);
  }
  if (from === to || from.id === to.id) return x;
  const base = x * from.factor + (from.offset ?? 0);
  return (base - (to.offset ?? 0)) / to.factor;
}
