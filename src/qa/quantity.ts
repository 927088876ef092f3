import type { MeasureUnit } from './measureUnits.js';

/**
 * What a quantity measures, which decides what it may be compared with: `times` is a count of
 * occasions (两次, "twice"); `measure` has a unit of a physical dimension (亩, hectares); `name` is a
 * technical name with digits (PM2.5, 5G, C919), compared as a name, never as a value.
 */
export type QuantityKind = 'number' | 'percent' | 'points' | 'money' | 'ordinal' | 'year' | 'multiple' | 'times' | 'measure' | 'name';

/** What an ordinal counts, so that two ordinals of one sentence pair by their noun (十九届 with "19th … Committee", 六中全会 with "Sixth Plenary Session"). */
export type OrdinalNoun = 'congress' | 'plenum' | 'session' | 'plan' | 'quarter' | 'other';

/** Another way the English may state a quantity: 增长一倍 is "doubled" (a multiple of 2) or "up 100 percent". */
export interface Reading {
  readonly kind: QuantityKind;
  readonly value: number;
}

/** A quantity found in a text: its value resolved (985.2亿 is 98,520,000,000), its kind, its UTF-16 span (half-open). */
export interface Quantity {
  readonly kind: QuantityKind;
  readonly value: number;
  /** ISO 4217 code for money. */
  readonly currency?: 'CNY' | 'USD' | 'EUR' | 'HKD';
  /** The unit of a measure. */
  readonly unit?: MeasureUnit;
  /** The noun an ordinal counts. */
  readonly noun?: OrdinalNoun;
  /** Other readings the English may use instead of kind and value. */
  readonly readings?: readonly Reading[];
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The text says it is approximate (约, 左右, 多; "about", "nearly", "over"). */
  readonly approximate?: boolean;
  /**
   * A number the English may leave out without error: a slogan's count (“两个维护”), a set phrase
   * (三百六十行), or a year the Chinese only implies (今年 in a 2024 report is 2024).
   */
  readonly optional?: boolean;
  /** The number is implied by a word (今年, 去年, “十四五”), not written. */
  readonly implied?: boolean;
}

/** Kinds that are plain counts or amounts and may stand for each other when their values are equal. */
const PLAIN = new Set<QuantityKind>(['number', 'year', 'money', 'multiple', 'times', 'measure']);

/**
 * Whether two quantities may match when their values are equal: the same kind, two plain kinds
 * (a year or an amount stated as a bare number), or an ordinal and a plain number ("十三五" is the
 * 13th plan, 75周年 the 75th anniversary). Names only match names, and percent only percent.
 */
export function mayMatch(a: QuantityKind, b: QuantityKind): boolean {
  if (a === b) return true;
  const plainOrOrdinal = (k: QuantityKind): boolean => PLAIN.has(k) || k === 'ordinal';
  return plainOrOrdinal(a) && plainOrOrdinal(b) && !(a === 'measure' && b === 'measure');
}

/**
 * The class in which leftover quantities are paired with each other when their values differ: the
 * same unit (percent, points, a currency, a dimension, an ordinal's noun), years with years, and
 * the remaining plain counts together. Names are never paired by value.
 */
export function pairingClass(q: Quantity): string | null {
  switch (q.kind) {
    case 'name':
      return null;
    case 'money':
      return `money:${q.currency ?? ''}`;
    case 'measure':
      return `measure:${q.unit?.dimension ?? ''}`;
    case 'ordinal':
      return `ordinal:${q.noun ?? 'other'}`;
    case 'number':
    case 'times':
    case 'multiple':
      return 'plain';
    default:
      return q.kind;
  }
}

/** Equal within floating-point noise. */
export const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
