import { englishUnitAt } from './measureUnits.js';
import { ENGLISH_CANDIDATES, parse, parseEnglish, type NumberModels, type RawNumber } from './numberModels.js';
import type { OrdinalNoun, Quantity, QuantityKind } from './quantity.js';
import { shareRangeUnits } from './shareRangeUnits.js';

/**
 * `text` with each hyphen that joins a number to the word after it read as a space ("the
 * 150-million mark", "a 27.3-percent rise", "the 3.3-trillion-yuan mark"), so the models see the
 * scale and the unit. The same length, so offsets into it are offsets into `text`.
 */
export function normalizeEnglishNumbers(text: string): string {
  return text.replace(/(?<=\d)-(?=[A-Za-z])|(?<=\b(?:hundred|thousand|million|billion|trillion|percent))-(?=[A-Za-z])/gi, ' ');
}

/** What follows an English number and makes it a percentage, points, a multiple or money. */
const UNITS: ReadonlyArray<{ readonly pattern: RegExp; readonly kind: QuantityKind; readonly currency?: Quantity['currency'] }> = [
  { pattern: /^\s*(%|per ?cent\b)/i, kind: 'percent' },
  { pattern: /^\s*percentage[ -]points?\b/i, kind: 'points' },
  { pattern: /^\s*(times|-?fold)\b/i, kind: 'multiple' },
  { pattern: /^\s*(US |U\.S\. )?(dollars?|USD)\b/i, kind: 'money', currency: 'USD' },
  { pattern: /^\s*(yuan|RMB|renminbi)\b/i, kind: 'money', currency: 'CNY' },
  { pattern: /^\s*euros?\b/i, kind: 'money', currency: 'EUR' },
];

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const MONTH_BEFORE = new RegExp(`(${MONTHS})\\s*$`);
const MONTH_AFTER = new RegExp(`^\\s*(${MONTHS})\\b`);
const APPROXIMATE = /\b(about|around|approximately|nearly|almost|roughly|over|more than|some|close to|upwards of|at least|under|less than)\s*$/i;

/** Technical names with digits: PM2.5, COVID-19, G20, C919, 5G, M2 (not 22nd, 2020s, 100km or km2). */
const NAME = /(?<![A-Za-z0-9$.])(?:[A-Za-z]{1,8}-?\d+(?:\.\d+)?[A-Za-z]*|\d+(?:\.\d+)?[A-Za-z]{1,4}\d*)(?![A-Za-z0-9])/g;
const NOT_A_NAME = /^\d+(?:\.\d+)?(?:st|nd|rd|th|s|km|kg|mg|mw|gw|kw|kwh|mwh|gwh|twh|ha|mu|bn|mn|m|t|pm|am|m2|m3|km2)$/i;
/** Units written with an exponent (km2, m3); M2 in capitals is broad money, a name. */
const UNIT_POWER = /^(?:km|m|cm|mm)[23]$/;

/** Counted adverbs and verbs of multiplication: "twice" is two times, "doubled" a multiple of 2. */
const ADVERBS: ReadonlyArray<{ readonly pattern: RegExp; readonly kind: QuantityKind; readonly value: number }> = [
  { pattern: /\btwice\b/gi, kind: 'times', value: 2 },
  { pattern: /\bthrice\b/gi, kind: 'times', value: 3 },
  { pattern: /\b(?:doubled|doubling|doubles|twofold|double(?=\s+(?:in|from|by|its|their|the|our)\b))\b/gi, kind: 'multiple', value: 2 },
  { pattern: /\b(?:tripled|tripling|triples|threefold)\b/gi, kind: 'multiple', value: 3 },
  { pattern: /\b(?:quadrupled|quadrupling|quadruples|fourfold)\b/gi, kind: 'multiple', value: 4 },
];

const ORDINAL_WORD = '(?:\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\w+(?:teenth|tieth))';
const MORE_ORDINALS = new RegExp(`^(?:\\s*(?:,|and|or|&)\\s*${ORDINAL_WORD})+`, 'i');

/**
 * The noun an English ordinal counts: the words after it up to a preposition or punctuation, past
 * the further ordinals of a list ("Second, Third and Fourth Plenary Sessions of …").
 */
function nounAfter(after: string): OrdinalNoun {
  const rest = after.replace(MORE_ORDINALS, '');
  const phrase = (/^[^,.;:()]*/.exec(rest)?.[0] ?? '').split(/\s+\b(?:of|in|for|on|at|to|by|with|from|among|since|under|that|which)\b/i)[0] ?? '';
  if (/\b(plenary|plenum)/i.test(phrase)) return 'plenum';
  if (/\bfive[\s-]year\s+plan/i.test(phrase)) return 'plan';
  if (/\bquarters?\b/i.test(phrase)) return 'quarter';
  if (/\b(sessions?|meetings?)\b/i.test(phrase)) return 'session';
  if (/\b(congress|committee|npc|cppcc|term)\b/i.test(phrase)) return 'congress';
  return 'other';
}

/** Undoes the model's merging of two numbers joined by "and" ("one million and three million" is not 4 million; "one hundred and five" is 105). */
function splitJoined(model: NumberModels['english'], r: RawNumber): RawNumber[] {
  const m = /\s+and\s+/i.exec(r.text);
  if (!m) return [r];
  const left = parse(model, r.text.slice(0, m.index));
  const right = parse(model, r.text.slice(m.index + m[0].length));
  const [a, b] = [left[0], right[0]];
  if (left.length !== 1 || right.length !== 1 || !a || !b || b.value < a.value) return [r];
  const offset = m.index + m[0].length;
  return [
    { ...a, start: r.start + a.start, end: r.start + a.end },
    { ...b, start: r.start + offset + b.start, end: r.start + offset + b.end },
  ];
}

/**
 * Quantities of an English text: digits (with separators), spelled numbers and scales (million,
 * billion, trillion, bn, mn), hyphenated compounds ("the 150-million mark"), then percent and %,
 * percentage points, times/fold, yuan, RMB, dollars and $, units of measure (hectares, metric tons,
 * gigawatts, kWh …), ordinals with the noun they count, four-digit years, counted adverbs (twice,
 * doubled), and technical names (PM2.5, 5G). Days of the month next to a month name are not
 * quantities; a number after "about", "nearly", "over" and the like is approximate.
 */
export function englishQuantities(input: string, models: NumberModels): Quantity[] {
  const text = normalizeEnglishNumbers(input);
  const out: Quantity[] = [];
  const taken: Array<readonly [number, number]> = [];
  const free = (start: number, end: number): boolean => !taken.some(([s, e]) => start < e && s < end);
  const take = (q: Quantity): void => {
    out.push(q);
    taken.push([q.start, q.end]);
  };
  for (const m of text.matchAll(NAME)) {
    if (NOT_A_NAME.test(m[0]) || UNIT_POWER.test(m[0])) continue;
    const start = m.index ?? 0;
    take({ kind: 'name', value: Number(/\d+(\.\d+)?/.exec(m[0])?.[0]), start, end: start + m[0].length, text: input.slice(start, start + m[0].length) });
  }
  const numbers = parseEnglish(models.english, text, ENGLISH_CANDIDATES.number).flatMap((r) => splitJoined(models.english, r));
  for (const r of parseEnglish(models.englishOrdinal, text, ENGLISH_CANDIDATES.ordinal)) {
    if (!free(r.start, r.end)) continue;
    // "the current", "next", "last": relative ordinals, not numbers.
    if (/\b(next|previous|current|last|(ante)?penultimate)\b/i.test(r.text)) continue;
    // "one third", "a third of": a fraction, which the number model reads; "a third round" stays an ordinal.
    const fraction = numbers.find((n) => n.start <= r.start && n.end >= r.end && n.end - n.start > r.end - r.start && !Number.isInteger(n.value));
    if (fraction && (!/^an?\s/i.test(fraction.text) || /^\s*(of\b|[,.;:)]|$)/.test(text.slice(fraction.end)))) continue;
    take({ kind: 'ordinal', value: r.value, start: r.start, end: r.end, text: input.slice(r.start, r.end), noun: nounAfter(text.slice(r.end, r.end + 80)) });
  }
  for (const m of text.matchAll(/\b(centenary|centennial)\b/gi)) {
    const start = m.index ?? 0;
    if (free(start, start + m[0].length)) take({ kind: 'ordinal', value: 100, start, end: start + m[0].length, text: m[0], noun: 'other' });
  }
  for (const { pattern, kind, value } of ADVERBS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      if (free(start, start + m[0].length)) take({ kind, value, start, end: start + m[0].length, text: input.slice(start, start + m[0].length) });
    }
  }
  for (const r of numbers) {
    if (!free(r.start, r.end)) continue;
    // "Five-Year Plan" is a name, its number part of it.
    if (/^-Year Plan/i.test(text.slice(r.end, r.end + 10))) continue;
    const after = text.slice(r.end, r.end + 48);
    const before = text.slice(Math.max(0, r.start - 24), r.start);
    if ((MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) && r.value <= 31) continue;
    let value = r.value;
    // "the first three quarters" are three quarters of a year, not three fourths.
    if (value < 1 && /^\S+\s+quarters$/i.test(r.text) && /\b(first|last|past|next|the)\s*$/i.test(before)) value = Math.round(value * 4);
    let kind: QuantityKind = 'number';
    let start = r.start;
    let end = r.end;
    let extra: Partial<Pick<Quantity, 'currency' | 'unit'>> = {};
    const unit = UNITS.find((u) => u.pattern.test(after));
    const measure = unit ? null : englishUnitAt(after);
    const prefix = /(US\$|HK\$|\$|RMB|CNY|¥)\s*$/.exec(before);
    if (unit) {
      kind = unit.kind;
      end += unit.pattern.exec(after)?.[0].length ?? 0;
      if (unit.currency) extra = { currency: unit.currency };
    } else if (measure) {
      kind = 'measure';
      end += measure.length;
      extra = { unit: measure.unit };
    } else if (prefix) {
      kind = 'money';
      extra = { currency: prefix[1] === 'HK$' ? 'HKD' : prefix[1]?.includes('$') ? 'USD' : 'CNY' };
      start = r.start - prefix[0].length;
    } else if (/^\d{4}$/.test(r.text) && value >= 1900 && value <= 2100) kind = 'year';
    const approximate = APPROXIMATE.test(before);
    out.push({ kind, value, start, end, text: input.slice(start, end), ...extra, ...(approximate ? { approximate } : {}) });
  }
  return shareRangeUnits(out, text, /^\s*(-|–|—|to|and|,|, and)\s*$/i);
}
