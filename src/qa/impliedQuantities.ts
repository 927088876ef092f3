import type { Quantity } from './quantity.js';

/** Words that name a year relative to the report's: 今年 is the report's year, 去年 the year before. */
const RELATIVE_YEARS: ReadonlyArray<readonly [RegExp, number]> = [
  [/今年|本年/g, 0],
  [/去年|上年|上一年|过去一年|一年来/g, -1],
  [/明年|下一年/g, 1],
  [/前年/g, -2],
];

/** The first year of the Nth five-year plan, from the third on (1966–1970); the 14th is 2021–2025. */
const planStart = (n: number): number => 1966 + 5 * (n - 3);

/**
 * The numbers a Chinese text implies without writing them, which an English translation often
 * states: the year of 今年, 去年, 明年 in a report of `reportYear`, and the first and last years of
 * a five-year plan (“十四五” is 2021–2025). All are optional: the English may leave them out.
 * `quantities` are the text's own (for the plans); `reportYear` is null when it is not known.
 */
export function impliedQuantities(text: string, quantities: readonly Quantity[], reportYear: number | null): Quantity[] {
  const out: Quantity[] = [];
  const add = (value: number, start: number, end: number): void => {
    out.push({ kind: 'year', value, start, end, text: text.slice(start, end), optional: true, implied: true });
  };
  if (reportYear !== null) {
    for (const [pattern, offset] of RELATIVE_YEARS) {
      for (const m of text.matchAll(pattern)) add(reportYear + offset, m.index ?? 0, (m.index ?? 0) + m[0].length);
    }
  }
  for (const q of quantities) {
    if (q.kind !== 'ordinal' || q.noun !== 'plan' || !Number.isInteger(q.value) || q.value < 3) continue;
    add(planStart(q.value), q.start, q.end);
    add(planStart(q.value) + 4, q.start, q.end);
  }
  return out;
}
