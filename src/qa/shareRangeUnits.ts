import type { Quantity, QuantityKind } from './quantity.js';

/** Kinds a bare number takes from the number that ends its range: 5—6% and "5 to 6 percent" are both percentages. */
const RANGE_UNITS = new Set<QuantityKind>(['percent', 'points', 'money', 'multiple', 'measure', 'year']);

/**
 * In a range or a list (5%—6%, 5—6%, 2亿至3亿元, "5 to 6 percent", "between one million and three
 * million yuan", "4.8, 3.7 and 5.8 percent"), a bare number takes the kind, currency and unit of the
 * number after it. `joiner` is what may stand between them. Returns the quantities sorted by start.
 */
export function shareRangeUnits(quantities: readonly Quantity[], text: string, joiner: RegExp): Quantity[] {
  const sorted = [...quantities].sort((a, b) => a.start - b.start);
  for (let i = sorted.length - 2; i >= 0; i--) {
    const a = sorted[i] as Quantity;
    const b = sorted[i + 1] as Quantity;
    if (a.kind !== 'number' || !RANGE_UNITS.has(b.kind) || a.end > b.start || !joiner.test(text.slice(a.end, b.start))) continue;
    sorted[i] = { ...a, kind: b.kind, ...(b.currency ? { currency: b.currency } : {}), ...(b.unit ? { unit: b.unit } : {}) };
  }
  return sorted;
}
