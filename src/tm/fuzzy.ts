import { diffChars as diffCharacters } from 'diff';
import { normalizeCode, normalizeText } from '../glossary/normalizeText.js';

/**
 * Fuzzy scoring of translation-memory matches.
 *
 * The score of a memory source S against the current sentence Q, in whole percent:
 * - 100 when their match keys are equal: the same text after width, quote, dash and case
 *   normalisation (`normalizeText`) with all whitespace removed. Only these are exact matches.
 * - Otherwise, with every number (a run of digits, with its decimal point or thousands separators)
 *   replaced by one placeholder on both sides: `100 × (1 − d / max(|S|, |Q|))`, where d is the
 *   Levenshtein distance over UTF-16 code units (a Chinese character is one unit, so the distance
 *   counts characters), rounded down and capped at 99.
 * - Then the numbers penalty: when the numbers of S and Q differ (as multisets), 5 points for each
 *   number of the one that the other lacks (at least one: numbers in another order cost 2). So
 *   985.2亿元 against 900.1亿元 scores 94, never 100 — a memory's English would carry the old figure.
 */
export const NUMBER_PENALTY = 5;
export const ORDER_PENALTY = 2;

const NUMBER = /\d+(?:[.,]\d+)*/g;
const PLACEHOLDER = '\uE000';

/** The text a match is decided on: normalised and without whitespace. */
export function matchKey(text: string): string {
  // One pass over code units: an index over 100,000 units computes this for every one of them.
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = normalizeCode(text.charCodeAt(i));
    if (!isWhitespace(c)) out += String.fromCharCode(c);
  }
  return out;
}

/** Whitespace as \s knows it, by code unit. */
function isWhitespace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0xfeff
  );
}

/** The numbers of a text, in order, as written (after width normalisation: ４.８ is 4.8). */
export function numbersOf(text: string): string[] {
  return normalizeText(text).match(NUMBER)?.map((n) => n.replace(/,(?=\d{3}\b)/g, '')) ?? [];
}

/**
 * Levenshtein distance over UTF-16 code units, giving up (returning `limit + 1`) as soon as it must
 * exceed `limit`, so hopeless candidates cost a few rows, not the whole table.
 */
export function editDistance(a: string, b: string, limit = Math.max(a.length, b.length)): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a.length < b.length) [a, b] = [b, a];
  const m = b.length;
  if (m === 0) return a.length;
  let prev = new Uint32Array(m + 1);
  let curr = new Uint32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (curr[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev, curr] = [curr, prev];
  }
  return prev[m] as number;
}

/** How the numbers of a memory source and the current text compare. */
export interface NumberDifference {
  /** Numbers of the memory's source that the current text lacks. */
  readonly memory: readonly string[];
  /** Numbers of the current text that the memory's source lacks. */
  readonly current: readonly string[];
  /** Same numbers, another order. */
  readonly reordered: boolean;
}

/** The numbers one side has and the other lacks; null when both have the same numbers in the same order. */
export function compareNumbers(memory: readonly string[], current: readonly string[]): NumberDifference | null {
  if (memory.length === current.length && memory.every((n, i) => n === current[i])) return null;
  const left = new Map<string, number>();
  for (const n of current) left.set(n, (left.get(n) ?? 0) + 1);
  const onlyMemory: string[] = [];
  for (const n of memory) {
    const k = left.get(n) ?? 0;
    if (k > 0) left.set(n, k - 1);
    else onlyMemory.push(n);
  }
  const onlyCurrent = [...left].flatMap(([n, k]) => Array<string>(k).fill(n));
  return { memory: onlyMemory, current: onlyCurrent, reordered: onlyMemory.length === 0 && onlyCurrent.length === 0 };
}

/** A scored comparison of a memory source with the current text. */
export interface FuzzyScore {
  readonly score: number;
  readonly numbers: NumberDifference | null;
}

/**
 * Scores memory source `memory` against `current` as described at the top of this file; null when
 * the score would be below `minScore` (decided early, without the whole edit table).
 */
export function fuzzyScore(memory: string, current: string, minScore = 0): FuzzyScore | null {
  const mk = matchKey(memory);
  const ck = matchKey(current);
  if (mk === ck) return { score: 100, numbers: null };
  const numbers = compareNumbers(numbersOf(memory), numbersOf(current));
  const penalty = numbers ? (numbers.reordered ? ORDER_PENALTY : NUMBER_PENALTY * Math.max(numbers.memory.length, numbers.current.length)) : 0;
  const mm = mk.replace(NUMBER, PLACEHOLDER);
  const cm = ck.replace(NUMBER, PLACEHOLDER);
  const longest = Math.max(mm.length, cm.length);
  if (longest === 0) return minScore <= 99 - penalty ? { score: Math.max(0, 99 - penalty), numbers } : null;
  // The largest distance that can still reach minScore once the penalty is taken.
  const limit = Math.floor(((100 - Math.min(99, minScore + penalty)) * longest) / 100);
  const d = editDistance(mm, cm, limit);
  if (d > limit) return null;
  const base = Math.min(99, Math.floor((100 * (longest - d)) / longest));
  const score = Math.max(0, base - penalty);
  return score >= minScore ? { score, numbers } : null;
}

/** One piece of a character diff: text both have, text only the memory's source has, or only the current text has. */
export interface DiffPart {
  readonly op: 'equal' | 'delete' | 'insert';
  readonly text: string;
}

/** Longest text (in code units, each side) that gets a character diff; longer pairs are shown whole. */
export const MAX_DIFF_LENGTH = 2000;

/**
 * The character-level difference from the memory's source to the current text (a shortest edit
 * script, by the `diff` library's Myers diff): `delete` is what the memory has and the current text
 * lacks, `insert` the reverse.
 */
export function diffChars(memory: string, current: string): DiffPart[] {
  if (memory === current) return memory ? [{ op: 'equal', text: memory }] : [];
  if (memory.length > MAX_DIFF_LENGTH || current.length > MAX_DIFF_LENGTH) {
    return [
      { op: 'delete', text: memory },
      { op: 'insert', text: current },
    ].filter((p) => p.text) as DiffPart[];
  }
  // The common prefix and suffix (most of a near match) are equal without asking the diff.
  let start = 0;
  while (start < memory.length && start < current.length && memory[start] === current[start]) start++;
  let endM = memory.length;
  let endC = current.length;
  while (endM > start && endC > start && memory[endM - 1] === current[endC - 1]) {
    endM--;
    endC--;
  }
  const middle = diffCharacters(memory.slice(start, endM), current.slice(start, endC)).map((c): DiffPart => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value }));
  const parts: DiffPart[] = [...(start ? [{ op: 'equal' as const, text: memory.slice(0, start) }] : []), ...middle, ...(endM < memory.length ? [{ op: 'equal' as const, text: memory.slice(endM) }] : [])];
  return cleanupDiff(parts);
}

/**
 * Makes a diff readable: a run of one or two equal characters between changes (the "." of
 * 985.2 → 900.1) becomes part of the change, and each stretch of changes shows what the memory
 * has first, then what the current text has instead.
 */
function cleanupDiff(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let del = '';
  let ins = '';
  const flush = (): void => {
    if (del) out.push({ op: 'delete', text: del });
    if (ins) out.push({ op: 'insert', text: ins });
    del = ins = '';
  };
  parts.forEach((p, i) => {
    if (p.op === 'delete') del += p.text;
    else if (p.op === 'insert') ins += p.text;
    else if (p.text.length <= 2 && (del || ins) && i + 1 < parts.length) {
      del += p.text;
      ins += p.text;
    } else {
      flush();
      out.push(p);
    }
  });
  flush();
  return out;
}
