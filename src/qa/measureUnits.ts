/** The physical dimension of a measure; values of one dimension convert into each other. */
export type Dimension = 'mass' | 'area' | 'length' | 'power' | 'energy' | 'volume' | 'coal';

/** A unit of measure: its dimension, its size in the dimension's base unit (kg, m², m, W, kWh, m³, tce), and its name as written. */
export interface MeasureUnit {
  readonly dimension: Dimension;
  readonly size: number;
  readonly name: string;
}

/** An English unit: how the text writes it, and the name messages use for it. */
interface EnglishUnit extends MeasureUnit {
  readonly pattern: RegExp;
}

const MU = 10_000 / 15;

/**
 * Chinese units that official English converts or restates, longest first so that 平方公里 is not
 * read as 公里 nor 千瓦时 as 千瓦. 斤 is half a kilogram, 亩 a fifteenth of a hectare, 里 half a
 * kilometre; 度 (of electricity) is a kilowatt-hour. 万 and 亿 before a unit belong to the number.
 */
const CHINESE: ReadonlyArray<readonly [string, Dimension, number]> = [
  ['吨标准煤', 'coal', 1],
  ['吨标煤', 'coal', 1],
  ['平方公里', 'area', 1e6],
  ['平方千米', 'area', 1e6],
  ['平方米', 'area', 1],
  ['千瓦时', 'energy', 1],
  ['兆瓦时', 'energy', 1e3],
  ['千瓦', 'power', 1e3],
  ['兆瓦', 'power', 1e6],
  ['吉瓦', 'power', 1e9],
  ['立方米', 'volume', 1],
  ['公顷', 'area', 1e4],
  ['公里', 'length', 1e3],
  ['千米', 'length', 1e3],
  ['公斤', 'mass', 1],
  ['千克', 'mass', 1],
  ['微克', 'mass', 1e-9],
  ['毫克', 'mass', 1e-6],
  ['亩', 'area', MU],
  ['斤', 'mass', 0.5],
  ['吨', 'mass', 1e3],
  ['里', 'length', 500],
  ['度', 'energy', 1],
];

const CHINESE_PATTERN = new RegExp(`^(?:${CHINESE.map(([name]) => name).join('|')})`);
const CHINESE_UNITS = new Map(CHINESE.map(([name, dimension, size]) => [name, { dimension, size, name }]));

/** The Chinese unit at the start of `after` (the text right after a number), or null. */
export function chineseUnitAt(after: string): MeasureUnit | null {
  const m = CHINESE_PATTERN.exec(after);
  return m ? (CHINESE_UNITS.get(m[0]) ?? null) : null;
}

const unit = (dimension: Dimension, size: number, name: string, pattern: RegExp): EnglishUnit => ({ dimension, size, name, pattern });

/**
 * English units, tried in order at the text right after a number: coal before tons, kilowatt-hours
 * before kilowatts. The Chinese units written in pinyin (mu, jin, li) are here too: official
 * English sometimes keeps the original unit.
 */
const ENGLISH: readonly EnglishUnit[] = [
  unit('coal', 1, 'tons of standard coal equivalent', /^\s*(?:metric\s+)?(?:tons?|tonnes?)\s+of\s+(?:standard\s+)?coal(?:\s+equivalent)?\b/i),
  unit('coal', 1, 'tons of standard coal equivalent', /^\s*(?:tce|tsce)\b/i),
  unit('energy', 1, 'kilowatt-hours', /^\s*(?:kilowatt[\s-]?hours?\b|kWh\b|kW·h)/i),
  unit('energy', 1e3, 'megawatt-hours', /^\s*(?:megawatt[\s-]?hours?|MWh)\b/i),
  unit('energy', 1e6, 'gigawatt-hours', /^\s*(?:gigawatt[\s-]?hours?|GWh)\b/i),
  unit('energy', 1e9, 'terawatt-hours', /^\s*(?:terawatt[\s-]?hours?|TWh)\b/i),
  unit('power', 1e3, 'kilowatts', /^\s*(?:kilowatts?|kW)\b/i),
  unit('power', 1e6, 'megawatts', /^\s*(?:megawatts?|MW)\b/i),
  unit('power', 1e9, 'gigawatts', /^\s*(?:gigawatts?|GW)\b/i),
  unit('mass', 1e3, 'metric tons', /^\s*(?:metric\s+)?(?:tons?|tonnes?)\b/i),
  unit('mass', 1, 'kilograms', /^\s*(?:kilograms?|kilos|kg)\b/i),
  unit('mass', 1e-9, 'micrograms', /^\s*(?:micrograms?|μg|µg)\b/i),
  unit('mass', 1e-6, 'milligrams', /^\s*(?:milligrams?|mg)\b/i),
  unit('mass', 0.5, 'jin', /^\s*jin\b/i),
  unit('area', 1e6, 'square kilometers', /^\s*(?:square\s+kilomet(?:er|re)s?\b|sq\.?\s*km\b|km2\b|km²)/i),
  unit('area', 1, 'square meters', /^\s*(?:square\s+met(?:er|re)s?\b|sq\.?\s*m\b|m2\b|m²)/i),
  unit('area', 1e4, 'hectares', /^\s*(?:hectares?|ha)\b/i),
  unit('area', MU, 'mu', /^\s*mu\b/i),
  unit('area', 4046.8564224, 'acres', /^\s*acres?\b/i),
  unit('length', 1e3, 'kilometers', /^\s*(?:kilomet(?:er|re)s?|km)\b/i),
  unit('length', 1, 'meters', /^\s*met(?:er|re)s?\b/i),
  unit('length', 1609.344, 'miles', /^\s*miles?\b/i),
  unit('length', 500, 'li', /^\s*li\b/i),
  unit('volume', 1, 'cubic meters', /^\s*(?:cubic\s+met(?:er|re)s?\b|m3\b|m³)/i),
];

/** The English unit at the start of `after` and the length it covers, or null. */
export function englishUnitAt(after: string): { readonly unit: MeasureUnit; readonly length: number } | null {
  for (const u of ENGLISH) {
    const m = u.pattern.exec(after);
    if (m) return { unit: { dimension: u.dimension, size: u.size, name: u.name }, length: m[0].length };
  }
  return null;
}

/** The English unit named by `name` (as in the table above). */
function englishUnit(name: string): MeasureUnit {
  const u = ENGLISH.find((e) => e.name === name) as EnglishUnit;
  return { dimension: u.dimension, size: u.size, name: u.name };
}

/**
 * The English unit a message suggests for a Chinese quantity, as official English writes it: 亩
 * and 公顷 in hectares, 斤 in metric tons (kilograms for small amounts such as yields), 千瓦 in
 * gigawatts, megawatts or kilowatts by size. `base` is the value in the dimension's base unit.
 */
export function usualEnglishUnit(chinese: MeasureUnit, base: number): MeasureUnit {
  const size = Math.abs(base);
  switch (chinese.name) {
    case '亩':
    case '公顷':
      return englishUnit('hectares');
    case '平方公里':
    case '平方千米':
      return englishUnit('square kilometers');
    case '斤':
    case '公斤':
    case '千克':
      return englishUnit(size >= 1e5 ? 'metric tons' : 'kilograms');
    case '千瓦':
    case '兆瓦':
    case '吉瓦':
      return englishUnit(size >= 1e9 ? 'gigawatts' : size >= 1e6 ? 'megawatts' : 'kilowatts');
  }
  switch (chinese.dimension) {
    case 'mass':
      return englishUnit(chinese.size >= 1e3 ? 'metric tons' : chinese.size >= 1 ? 'kilograms' : chinese.size >= 1e-6 ? 'milligrams' : 'micrograms');
    case 'area':
      return englishUnit('square meters');
    case 'length':
      return englishUnit(chinese.size >= 500 ? 'kilometers' : 'meters');
    case 'power':
      return englishUnit('kilowatts');
    case 'energy':
      return englishUnit(chinese.size >= 1e3 ? 'megawatt-hours' : 'kilowatt-hours');
    case 'volume':
      return englishUnit('cubic meters');
    case 'coal':
      return englishUnit('tons of standard coal equivalent');
  }
}

/** The share by which a converted value may differ from the exact conversion: official English rounds (1亿亩 ≈ 6.67 million hectares). */
export const CONVERSION_TOLERANCE = 0.015;

/** Whether `value` in `to` is `base` (a value in the dimension's base unit) within `tolerance`, as a share. */
export function withinTolerance(base: number, value: number, to: MeasureUnit, tolerance = CONVERSION_TOLERANCE): boolean {
  const expected = base / to.size;
  return Math.abs(value - expected) <= tolerance * Math.abs(expected) * (1 + 1e-9);
}
