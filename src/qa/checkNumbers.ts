import type { QaFinding } from './qaFinding.js';
import type { Quantity, QuantityKind } from './quantities.js';

const SCALES = [10, 100, 1000, 10_000, 100_000, 1_000_000, 100_000_000];

const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const PLAIN = new Set<QuantityKind>(['number', 'year', 'money', 'multiple']);

/** Kinds that may stand for each other: a bare number for a year or an amount ("98.52 billion" in a list of yuan). */
function compatible(a: QuantityKind, b: QuantityKind): boolean {
  return a === b || (PLAIN.has(a) && PLAIN.has(b));
}

/** Kinds that match when their values are equal: also an ordinal for a number ("十三五" is the 13th plan, 75周年 the 75th). */
function matches(a: QuantityKind, b: QuantityKind): boolean {
  return compatible(a, b) || ((a === 'ordinal' || PLAIN.has(a)) && (b === 'ordinal' || PLAIN.has(b)));
}

const span = (q: Quantity) => ({ start: q.start, end: q.end });

/** True when `rounded` is `exact` rounded to fewer significant figures (98,520,000,000 → 98,500,000,000), and not equal to it. */
export function isRounding(exact: number, rounded: number): boolean {
  if (same(exact, rounded) || exact === 0) return false;
  for (let digits = 1; digits <= 12; digits++) if (same(Number(exact.toPrecision(digits)), rounded)) return true;
  return false;
}
const LARGE = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
] as const;

/** A value as an English reader says it: 98.52 billion, 52.18 million, 51,000, 4.8. */
export function formatValue(n: number): string {
  const clean = (x: number): number => +x.toPrecision(12);
  for (const [size, word] of LARGE) if (Math.abs(n) >= size) return `${clean(n / size).toLocaleString('en-US', { maximumFractionDigits: 6 })} ${word}`;
  return clean(n).toLocaleString('en-US', { maximumFractionDigits: 6, useGrouping: Math.abs(n) >= 1e4 });
}
const fmt = formatValue;

/**
 * Checks the quantities of a unit's English against its Chinese, by value. The rules, in order:
 * 1. a Chinese quantity is matched by an English one of a compatible kind and the same value
 *    (985.2亿元 by "98.52 billion yuan"; 5.1万元 by "51,000 yuan"; 4.8% by "4.8 percent");
 * 2. the same value as percent for percentage points, or the reverse: error `percentPoints`;
 * 3. the value rounded to fewer significant figures: info `rounded` ("about 98.5 billion" for 985.2亿);
 * 4. off by a power of ten (10×, 10,000× …), as when 亿 is read as billion: error `scale`;
 * 5. a remaining Chinese quantity and English quantity of a compatible kind, in order: error
 *    `valueDiffers` (`ordinal` for ordinals);
 * 6. a traditional unit (亩, 斤) converted in English (hectares, tonnes): info `converted`;
 * 7. a Chinese quantity left over: warning `missing` (`missingPlain` when it is written as its
 *    value); an English one: info `extra` (an English sentence often adds a year or a count that
 *    the Chinese leaves implicit).
 */
export function checkNumbers(source: readonly Quantity[], target: readonly Quantity[]): QaFinding[] {
  const findings: QaFinding[] = [];
  const free = new Set(target.map((_, i) => i));
  const pending: Quantity[] = [];
  const take = (predicate: (t: Quantity) => boolean): Quantity | null => {
    for (const i of free) {
      const t = target[i] as Quantity;
      if (predicate(t)) {
        free.delete(i);
        return t;
      }
    }
    return null;
  };

  for (const q of source) {
    if (!take((t) => matches(q.kind, t.kind) && same(q.value, t.value))) pending.push(q);
  }
  // A value that differs is reported only where the pairing is clear: the same unit (percent, money,
  // ordinal…), or the one bare number left on each side; otherwise the quantity is missing.
  const strong = new Set<QuantityKind>(['percent', 'points', 'money', 'ordinal', 'multiple']);
  const leftBare = (list: Iterable<Quantity>): number => [...list].filter((x) => !strong.has(x.kind)).length;
  const differs = (q: Quantity, x: Quantity): boolean =>
    strong.has(q.kind)
      ? x.kind === q.kind && (q.kind !== 'money' || x.currency === q.currency)
      : !strong.has(x.kind) && leftBare(pending) === 1 && leftBare([...free].map((i) => target[i] as Quantity)) === 1;
  for (const q of pending) {
    const params = { source: q.text, value: fmt(q.value) };
    let t: Quantity | null;
    if (q.kind === 'measure') {
      t = take((x) => x.kind === 'number');
      findings.push({ code: 'qa.number.converted', severity: 'info', params: { ...params, target: t?.text ?? '' }, source: span(q), ...(t ? { target: span(t) } : {}) });
    } else if ((q.kind === 'percent' || q.kind === 'points') && (t = take((x) => (x.kind === 'percent' || x.kind === 'points') && x.kind !== q.kind && same(q.value, x.value)))) {
      findings.push({ code: 'qa.number.percentPoints', severity: 'error', params: { ...params, target: t.text, expected: q.kind }, source: span(q), target: span(t) });
    } else if ((t = take((x) => compatible(q.kind, x.kind) && q.kind !== 'year' && isRounding(q.value, x.value)))) {
      findings.push({ code: 'qa.number.rounded', severity: 'info', params: { ...params, target: t.text, targetValue: fmt(t.value) }, source: span(q), target: span(t) });
    } else if ((t = take((x) => compatible(q.kind, x.kind) && q.value !== 0 && SCALES.some((s) => same(x.value, q.value * s) || same(x.value * s, q.value))))) {
      const factor = t.value > q.value ? t.value / q.value : q.value / t.value;
      findings.push({
        code: 'qa.number.scale',
        severity: 'error',
        params: { ...params, target: t.text, targetValue: fmt(t.value), factor: fmt(Math.round(factor)), direction: t.value > q.value ? 'larger' : 'smaller' },
        source: span(q),
        target: span(t),
      });
    } else if ((t = take((x) => differs(q, x)))) {
      const ordinal = q.kind === 'ordinal' || t.kind === 'ordinal';
      findings.push({ code: ordinal ? 'qa.number.ordinal' : 'qa.number.valueDiffers', severity: 'error', params: { ...params, target: t.text, targetValue: fmt(t.value) }, source: span(q), target: span(t) });
    } else {
      // A slogan's count is often spelled out rather than given ("the Two Upholds" or what they are).
      findings.push({ code: params.value === q.text ? 'qa.number.missingPlain' : 'qa.number.missing', severity: q.slogan ? 'info' : 'warning', params, source: span(q) });
    }
  }
  for (const i of free) {
    const t = target[i] as Quantity;
    findings.push({ code: 'qa.number.extra', severity: 'info', params: { target: t.text, value: fmt(t.value) }, target: span(t) });
  }
  return findings;
}
