import { formatValue, isRounding } from './formatValue.js';
import { isNearMiss, oneEdit } from './isNearMiss.js';
import { CONVERSION_TOLERANCE, usualEnglishUnit, withinTolerance, type MeasureUnit } from './measureUnits.js';
import type { QaFinding, Severity } from './qaFinding.js';
import { mayMatch, pairingClass, sameValue, type Quantity, type QuantityKind } from './quantity.js';

/** Options of the numbers check. */
export interface NumberCheckOptions {
  /** The share by which a converted value may differ from the exact conversion; 0.015 (±1.5%) by default. */
  readonly tolerance?: number;
}

const SCALES = [10, 100, 1000, 10_000, 100_000, 1_000_000, 100_000_000];
/** Kinds that are figures of a unit: an English translation adds years and counts, not these. */
const FIGURES: ReadonlySet<QuantityKind> = new Set(['percent', 'points', 'money', 'measure']);
const span = (q: Quantity) => ({ start: q.start, end: q.end });
const fmt = (n: number): string => formatValue(n);
/** A value in a measure's base unit (kilograms, square metres, watts …). */
const base = (q: Quantity): number => q.value * (q.unit?.size ?? 1);
const nameKey = (q: Quantity): string => q.text.toUpperCase().replace(/[\s\-‐–]/g, '');
const significantDigits = (n: number): number => String(+Math.abs(n).toPrecision(12)).replace(/\D/g, '').replace(/^0+/, '').replace(/0+$/, '').length;
/** Written in digits (1244, 5.2), not in words or Chinese numerals. */
const inDigits = (q: Quantity): boolean => /[0-9０-９]/.test(q.text);

/** How closely a pass matches: the same class; any kinds that may match; and, last, a Chinese ordinal stated as an English count. */
type Pass = 'strict' | 'loose' | 'ordinalAsCount';

/** Whether a size ratio is a power of ten: kW and GW convert exactly in decimal figures, 斤 and metric tons do not. */
const decimalRatio = (a: number, b: number): boolean => {
  const exponent = Math.log10(a / b);
  return Math.abs(exponent - Math.round(exponent)) < 1e-9;
};

/**
 * Whether `t` states the measure `q` in the unit `to`: exactly when the units differ by a power of
 * ten (5691万千瓦 is 56.91 GW), within the tolerance when they do not (1亿亩 ≈ 6.67 million hectares).
 */
function statesMeasure(q: Quantity, value: number, to: MeasureUnit, tolerance: number): boolean {
  const from = q.unit as MeasureUnit;
  if (to.dimension !== from.dimension) return false;
  return decimalRatio(from.size, to.size) ? sameValue((q.value * from.size) / to.size, value) : withinTolerance(base(q), value, to, tolerance);
}

/** Whether English `t` states Chinese `q` exactly: the same value in a matching kind, a reading of it, or its conversion. */
function states(q: Quantity, t: Quantity, pass: Pass, tolerance: number): boolean {
  if (q.kind === 'name') return false;
  const strict = pass === 'strict';
  // A count the English writes inside a name: 二十国集团 is the G20.
  if (t.kind === 'name') return !strict && (q.kind === 'number' || q.kind === 'ordinal') && sameValue(q.value, t.value);
  if (q.kind === 'measure' && q.unit) {
    if (t.kind === 'measure' && t.unit) return statesMeasure(q, t.value, t.unit, tolerance);
    // A bare number: the Chinese value as written, or its conversion into the usual unit (the unit stated elsewhere).
    return !strict && t.kind === 'number' && (sameValue(q.value, t.value) || statesMeasure(q, t.value, usualEnglishUnit(q.unit, base(q)), tolerance));
  }
  if (t.kind === 'measure') return !strict && q.kind === 'number' && sameValue(q.value, t.value);
  // A Chinese ordinal is an English count ("No. 1", "one") only when no English ordinal is left to pair it with.
  if (q.kind === 'ordinal' && t.kind !== 'ordinal' && pass !== 'ordinalAsCount') return false;
  const readings = [{ kind: q.kind, value: q.value }, ...(q.readings ?? [])];
  return readings.some((r) => {
    if (!sameValue(r.value, t.value)) return false;
    if (strict) return pairingClass({ ...q, kind: r.kind }) === pairingClass(t) || (r.kind === t.kind && r.kind !== 'ordinal');
    return mayMatch(r.kind, t.kind) && (r.kind !== 'money' || t.kind !== 'money' || r.kind !== q.kind || q.currency === t.currency);
  });
}

/**
 * Checks the quantities of a unit's English against its Chinese, by value. The English first
 * matches what it states exactly: the same value in a matching kind (985.2亿元 and "98.52 billion
 * yuan"; 4.8% and "4.8 percent"; 六中全会 and "Sixth Plenary Session"), a reading (增长一倍 and
 * "doubled"), a conversion within the tolerance (1亿亩 and "6.67 million hectares"), the same
 * technical name (PM2.5). Then, for each Chinese quantity left:
 * 1. the same value as percent where the Chinese has percentage points, or the reverse: error;
 * 2. the value rounded to fewer significant figures: info `rounded`;
 * 3. off by a power of ten (亿 read as billion): error `scale` (a warning when the pairing is unsure);
 * 4. a measure whose English, in a unit of its dimension, matches no conversion: error `conversion`
 *    with the expected figure;
 * 5. another value of the same unit, kind or ordinal noun: error `valueDiffers` (`ordinal`);
 * 6. otherwise warning `missing` (`missingMeasure` with the expected figure for a measure).
 * Rules 4 and 5 are errors only when the pairing is sure: one Chinese and one English quantity of
 * that class are left (for plain counts, both written in digits); otherwise the quantity is
 * missing, a warning. Optional quantities (slogans, set phrases, implied years) are never missing.
 * An English quantity left over is a warning: `percentPoints` when it swaps the unit of a Chinese
 * figure; `nearMiss` when it is one edit (or ×10) from a Chinese quantity left over, from a Chinese
 * figure (percent, money, a measure) matched elsewhere, or from a number the Chinese implies (2028
 * for 今年 in a 2024 report); `unmatched` when it is a figure whose value the Chinese has nowhere.
 * Other additions (years, counts, ordinals) are info `extra`.
 */
export function checkNumbers(source: readonly Quantity[], target: readonly Quantity[], options: NumberCheckOptions = {}): QaFinding[] {
  const tolerance = options.tolerance ?? CONVERSION_TOLERANCE;
  const findings: QaFinding[] = [];
  const free = new Set(target.map((_, i) => i));
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
  const ordinalLeft = (q: Quantity): boolean => [...free].some((i) => pairingClass(target[i] as Quantity) === pairingClass(q));
  const pending = source
    .filter((q) => !(q.kind === 'name' && take((t) => t.kind === 'name' && nameKey(t) === nameKey(q))))
    .filter((q) => !take((t) => states(q, t, 'strict', tolerance)))
    .filter((q) => !take((t) => states(q, t, 'loose', tolerance)))
    .filter((q) => q.kind !== 'ordinal' || ordinalLeft(q) || !take((t) => states(q, t, 'ordinalAsCount', tolerance)));

  const count = (list: Iterable<Quantity>, cls: string | null, digitsOnly: boolean): number =>
    [...list].filter((x) => pairingClass(x) === cls && (!digitsOnly || inDigits(x))).length;
  const required = pending.filter((q) => !q.optional && q.kind !== 'name');
  // Sure pairing: one Chinese and one English quantity of the class left; plain counts both in digits.
  const englishLeft = [...free].map((i) => target[i] as Quantity);
  const sure = (q: Quantity, t: Quantity): boolean => {
    const cls = pairingClass(q);
    const plain = cls === 'plain';
    if (plain && (!inDigits(q) || !inDigits(t))) return false;
    return count(required, cls, plain) === 1 && count(englishLeft, cls, plain) === 1;
  };
  const severity = (isSure: boolean): Severity => (isSure ? 'error' : 'warning');

  const unreported: Quantity[] = [];
  for (const q of pending) {
    if (q.optional || q.kind === 'name') {
      unreported.push(q);
      continue;
    }
    const params = { source: q.text, value: fmt(q.value) };
    const cls = pairingClass(q);
    let t: Quantity | null;
    if ((q.kind === 'percent' || q.kind === 'points') && (t = take((x) => (x.kind === 'percent' || x.kind === 'points') && x.kind !== q.kind && sameValue(q.value, x.value)))) {
      findings.push({ code: 'qa.number.percentPoints', severity: 'error', params: { ...params, target: t.text, expected: q.kind }, source: span(q), target: span(t) });
    } else if (q.kind === 'measure' && q.unit) {
      const unit = q.unit;
      if ((t = take((x) => x.kind === 'measure' && x.unit?.dimension === unit.dimension && isRounding(base(q) / (x.unit?.size ?? 1), x.value)))) {
        findings.push({ code: 'qa.number.rounded', severity: 'info', params: { ...params, target: t.text, targetValue: fmt(t.value) }, source: span(q), target: span(t) });
      } else if ((t = take((x) => x.kind === 'measure' && x.unit?.dimension === unit.dimension))) {
        const to = t.unit ?? unit;
        const expected = `${expectedValue(q, to)} ${to.name}`;
        const p = { source: q.text, expected, target: t.text, tolerance: `${+(tolerance * 100).toPrecision(3)}%` };
        findings.push({ code: 'qa.number.conversion', severity: severity(sure(q, t)), params: p, source: span(q), target: span(t) });
      } else {
        const to = usualEnglishUnit(unit, base(q));
        findings.push({ code: 'qa.number.missingMeasure', severity: 'warning', params: { source: q.text, expected: `${expectedValue(q, to)} ${to.name}` }, source: span(q) });
      }
    } else if ((t = take((x) => pairingClass(x) === cls && q.kind !== 'year' && isRounding(q.value, x.value)))) {
      findings.push({ code: 'qa.number.rounded', severity: 'info', params: { ...params, target: t.text, targetValue: fmt(t.value) }, source: span(q), target: span(t) });
    } else if ((t = take((x) => pairingClass(x) === cls && q.value !== 0 && SCALES.some((s) => sameValue(x.value, q.value * s) || sameValue(x.value * s, q.value))))) {
      const factor = t.value > q.value ? t.value / q.value : q.value / t.value;
      findings.push({
        code: 'qa.number.scale',
        severity: severity(sure(q, t) || significantDigits(q.value) >= 2),
        params: { ...params, target: t.text, targetValue: fmt(t.value), factor: fmt(Math.round(factor)), direction: t.value > q.value ? 'larger' : 'smaller' },
        source: span(q),
        target: span(t),
      });
    } else if ((t = take((x) => pairingClass(x) === cls && sure(q, x)))) {
      findings.push({ code: q.kind === 'ordinal' ? 'qa.number.ordinal' : 'qa.number.valueDiffers', severity: 'error', params: { ...params, target: t.text, targetValue: fmt(t.value) }, source: span(q), target: span(t) });
    } else {
      findings.push({ code: params.value === q.text ? 'qa.number.missingPlain' : 'qa.number.missing', severity: 'warning', params, source: span(q) });
      unreported.push(q);
    }
  }
  // An English quantity left over is compared with the Chinese ones left over, and with the matched
  // figures of a unit (percent, money, a measure): the English may state one twice and get it wrong
  // once. Counts and ordinals the English adds ("the 73rd World Health Assembly") are its own.
  const candidates = [...unreported, ...source.filter((q) => !unreported.includes(q) && FIGURES.has(q.kind))];
  for (const i of free) {
    const t = target[i] as Quantity;
    const swapped = (t.kind === 'percent' || t.kind === 'points') && source.find((q) => (q.kind === 'percent' || q.kind === 'points') && q.kind !== t.kind && sameValue(q.value, t.value));
    const near = candidates.find((q) => (q.kind === 'name' ? t.kind === 'name' && nameNearMiss(q, t) : t.kind !== 'name' && mayMatch(q.kind, t.kind) && isNearMiss(t.value, q.value)));
    if (swapped) {
      findings.push({ code: 'qa.number.percentPoints', severity: 'warning', params: { source: swapped.text, value: fmt(swapped.value), target: t.text, expected: swapped.kind }, source: span(swapped), target: span(t) });
    } else if (near) {
      const code = near.kind === 'name' ? 'qa.number.nearMissName' : 'qa.number.nearMiss';
      findings.push({ code, severity: 'warning', params: { target: t.text, value: fmt(t.value), near: near.text, nearValue: fmt(near.value) }, source: span(near), target: span(t) });
    } else if (FIGURES.has(t.kind) && !source.some((q) => sameValue(q.value, t.value))) {
      // A percentage, an amount or a measure that the Chinese has nowhere: an English translation adds
      // years and counts, not figures of its own.
      findings.push({ code: 'qa.number.unmatched', severity: 'warning', params: { target: t.text, value: fmt(t.value) }, target: span(t) });
    } else if (t.kind !== 'name') {
      findings.push({ code: 'qa.number.extra', severity: 'info', params: { target: t.text, value: fmt(t.value) }, target: span(t) });
    }
  }
  return findings;
}

/**
 * The value of measure `q` in unit `to`, as a message gives it: exact when the units differ by a
 * power of ten (56.91 GW), else to as many significant figures as the Chinese, and at least three
 * (1亿亩: 6.67 million hectares; 13908亿斤: 695.4 million metric tons).
 */
function expectedValue(q: Quantity, to: MeasureUnit): string {
  const from = q.unit as MeasureUnit;
  const value = (q.value * from.size) / to.size;
  return decimalRatio(from.size, to.size) ? formatValue(value) : formatValue(value, Math.max(3, significantDigits(q.value)));
}

/** Two technical names with the same letters and digits one edit apart (5G and 6G, C919 and C929). */
function nameNearMiss(a: Quantity, b: Quantity): boolean {
  const letters = (q: Quantity): string => nameKey(q).replace(/[\d.]/g, '');
  const digits = (q: Quantity): string => nameKey(q).replace(/\D/g, '');
  return letters(a) === letters(b) && oneEdit(digits(a), digits(b));
}
