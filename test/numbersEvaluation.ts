import { readFileSync } from 'node:fs';
import { chineseQuantities } from '../src/qa/chineseQuantities.js';
import { englishQuantities } from '../src/qa/englishQuantities.js';
import { withinTolerance } from '../src/qa/measureUnits.js';
import type { NumberModels } from '../src/qa/numberModels.js';
import type { QaFinding } from '../src/qa/qaFinding.js';
import type { Quantity } from '../src/qa/quantity.js';
import { checkUnitNumbers } from '../src/qa/runQa.js';
import { fixturePath, gr2021Pairs } from './corpus.js';

/** A parallel set for measuring the numbers check: its Chinese–English pairs and the year of its reports. */
export interface ParallelSet {
  readonly name: string;
  readonly pairs: ReadonlyArray<readonly [string, string]>;
  readonly reportYear: number;
}

/** GR2021, the tuning set: the 2021 national work report with its official English, 654 pairs. */
export function gr2021Set(): ParallelSet {
  return { name: 'GR2021', pairs: gr2021Pairs(), reportYear: 2021 };
}

/** The second set, not tuned on: 233 Chinese sentences of 2024 reports (and composed ones) with an English written in the official style. */
export function eval2024Set(): ParallelSet {
  const pairs = readFileSync(fixturePath('parallel/eval2024_zh-CN_en.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [, zh = '', en = ''] = line.split('\t');
      return [zh, en] as const;
    });
  return { name: 'EVAL2024', pairs, reportYear: 2024 };
}

/** The kinds of change made to one quantity of an official English sentence. */
export const MUTATION_KINDS = ['tenfold', 'digit', 'percentPoints', 'ordinal', 'conversion', 'unconverted', 'nearMissYear'] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

/** The figures of the numbers check on one set. */
export interface NumbersEvaluation {
  readonly units: number;
  /** Units with an error or a warning of the numbers check (what a user sees by default). */
  readonly flagged: number;
  /** Units with an error. */
  readonly errors: number;
  readonly mutated: number;
  /** Mutated sentences with an error or a warning. */
  readonly caught: number;
  readonly byKind: Readonly<Record<MutationKind, { readonly mutated: number; readonly caught: number }>>;
  /** Some mutated sentences that were not caught, to read. */
  readonly missed: readonly string[];
}

const visible = (findings: readonly QaFinding[]): QaFinding[] => findings.filter((f) => f.severity !== 'info');
const NEXT_ORDINAL: Readonly<Record<string, string>> = { first: 'second', second: 'third', third: 'fourth', fourth: 'fifth', fifth: 'sixth', sixth: 'seventh' };

/** `en` with the first run of digits inside [start, end) rewritten by `change`, or null when there is none. */
function digitsIn(en: string, q: Quantity, change: (digits: string) => string): string | null {
  const part = en.slice(q.start, q.end);
  const m = /\d+(?:,\d{3})*(?:\.\d+)?/.exec(part);
  if (!m) return null;
  return en.slice(0, q.start) + part.slice(0, m.index) + change(m[0]) + part.slice(m.index + m[0].length) + en.slice(q.end);
}

const replaceIn = (en: string, q: Quantity, from: RegExp, to: string): string | null => {
  const part = en.slice(q.start, q.end);
  return from.test(part) ? en.slice(0, q.start) + part.replace(from, to) + en.slice(q.end) : null;
};

type Mutation = (en: string, q: Quantity, chinese: readonly Quantity[]) => string | null;

/** Whether English measure `q` converts a Chinese one by a factor that is not a power of ten (亩 into hectares, 斤 into tons). */
function converted(q: Quantity, chinese: readonly Quantity[]): boolean {
  const unit = q.unit;
  if (q.kind !== 'measure' || !unit) return false;
  return chinese.some((c) => c.unit?.dimension === unit.dimension && !Number.isInteger(Math.log10(c.unit.size / unit.size)) && withinTolerance(c.value * c.unit.size, q.value, unit));
}

/**
 * One way to change a quantity for each kind: ten times the digits; the last digit changed (the first
 * for a measure converted by a factor that is not a power of ten: a last digit there may stay
 * within the tolerance of ±1.5%, which the check accepts by design); percent
 * and percentage points swapped; an ordinal moved on; a converted measure's scale word changed
 * (million ↔ billion); a converted measure replaced by the Chinese figure left unconverted (1.8
 * billion hectares for 18亿亩); a year the Chinese only implies (今年) changed by one digit or ten times.
 */
const MUTATIONS: Readonly<Record<MutationKind, Mutation>> = {
  tenfold: (en, q) => (q.kind === 'name' ? null : digitsIn(en, q, (n) => String(+(Number(n.replace(/,/g, '')) * 10).toPrecision(12)))),
  digit: (en, q, chinese) =>
    q.kind === 'name'
      ? null
      : converted(q, chinese)
        ? // A converted measure is accepted within ±1.5%, where a last digit often falls: change its first digit.
          digitsIn(en, q, (n) => String((Number(n[0]) % 9) + 1) + n.slice(1))
        : digitsIn(en, q, (n) => n.slice(0, -1) + String((Number(n.slice(-1)) + 1) % 10)),
  percentPoints: (en, q) =>
    q.kind === 'percent' ? replaceIn(en, q, /\s*(%|per ?cent)$/i, ' percentage points') : q.kind === 'points' ? replaceIn(en, q, /\s*percentage[ -]points?$/i, ' percent') : null,
  ordinal: (en, q) => {
    const next = NEXT_ORDINAL[q.text.toLowerCase()];
    return q.kind === 'ordinal' && next ? en.slice(0, q.start) + next + en.slice(q.end) : null;
  },
  conversion: (en, q) => (q.kind === 'measure' ? (replaceIn(en, q, /\bmillion\b/, 'billion') ?? replaceIn(en, q, /\bbillion\b/, 'million') ?? digitsIn(en, q, (n) => `${n},000`)) : null),
  unconverted: (en, q, chinese) => {
    if (q.kind !== 'measure' || !q.unit) return null;
    const unit = q.unit;
    const source = chinese.find((c) => c.kind === 'measure' && c.unit && c.unit.size !== unit.size && c.unit.dimension === unit.dimension && withinTolerance(c.value * c.unit.size, q.value, unit));
    if (!source) return null;
    const unitText = en.slice(q.start, q.end).replace(/^[\d.,\s]+(?:(?:thousand|million|billion|trillion)\s+)?/i, '');
    return `${en.slice(0, q.start)}${String(source.value)} ${unitText}${en.slice(q.end)}`;
  },
  nearMissYear: (en, q, chinese) => {
    const implied = q.kind === 'year' && chinese.every((c) => c.kind !== 'year' || c.value !== q.value);
    return implied ? digitsIn(en, q, (n) => (Number(n.slice(-1)) % 2 === 0 ? n.slice(0, -1) + String((Number(n.slice(-1)) + 3) % 10) : `${n}0`)) : null;
  },
};

/**
 * Measures the numbers check on a set: the share of units with a visible finding (errors and
 * warnings) on the official English, the units with an error, and the mutation recall: for each
 * unit with no visible finding and a quantity the check matched, one mutation of each kind (on the
 * first quantity it applies to), caught when the mutated English gets an error or a warning.
 */
export function evaluateNumbers(set: ParallelSet, models: NumberModels): NumbersEvaluation {
  let flagged = 0;
  let errors = 0;
  let mutated = 0;
  let caught = 0;
  const byKind = Object.fromEntries(MUTATION_KINDS.map((k) => [k, { mutated: 0, caught: 0 }])) as Record<MutationKind, { mutated: number; caught: number }>;
  const missed: string[] = [];
  for (const [zh, en] of set.pairs) {
    const base = checkUnitNumbers(zh, en, models, set.reportYear);
    if (visible(base).length > 0) flagged++;
    if (base.some((f) => f.severity === 'error')) errors++;
    if (visible(base).length > 0) continue;
    // The English quantities the check matched to the Chinese: not reported as extra.
    const extra = new Set(base.filter((f) => f.code === 'qa.number.extra').map((f) => f.target?.start));
    const matched = englishQuantities(en, models).filter((q) => !extra.has(q.start));
    const chinese = chineseQuantities(zh, models);
    for (const kind of MUTATION_KINDS) {
      const changed = matched.map((q) => MUTATIONS[kind](en, q, chinese)).find((s): s is string => s !== null && s !== en);
      if (!changed) continue;
      mutated++;
      byKind[kind].mutated++;
      if (visible(checkUnitNumbers(zh, changed, models, set.reportYear)).length > 0) {
        caught++;
        byKind[kind].caught++;
      } else missed.push(`${kind}: ${changed}`);
    }
  }
  return { units: set.pairs.length, flagged, errors, mutated, caught, byKind, missed };
}
