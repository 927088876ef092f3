import { isDecimalPoint } from '../util/decimalPoint.js';

/** A sentence as a half-open range of UTF-16 offsets into its paragraph's text. */
export interface SentenceRange {
  readonly start: number;
  readonly end: number;
}

/** Full-width and half-width sentence terminators (。！？； and ｡ ! ? ;), by code unit; '.' is handled apart. */
const isTerminatorCode = (c: number): boolean => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0xff61 || c === 0x21 || c === 0x3f || c === 0x3b;

/** Closing quotes and brackets that stay with the sentence they close. */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '】', '》', '〉', '〕', '］', ']', '"', "'", '〗']);

/** Whitespace as \s knows it (U+3000 included), by code unit: a regular expression per character costs a report's import dearly. */
const isSpaceCode = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0xfeff;
const isSpace = (c: string | undefined): boolean => c !== undefined && isSpaceCode(c.charCodeAt(0));

/** A list marker at the start of a paragraph (1. 2．), whose full stop ends no sentence. */
const LIST_MARKER = /^[\s\u3000]*[0-9０-９]{1,2}[.．]$/;

/** A half-width full stop ends a sentence only before a space, the end, a CJK character or a closer. */
function isFullStop(text: string, i: number): boolean {
  if (text[i] !== '.') return false;
  const next = text[i + 1];
  if (next === undefined || isSpace(next) || CLOSERS.has(next)) return true;
  return next.charCodeAt(0) >= 0x2e80;
}

/** A terminator that ends a sentence: never a decimal point (4.8%, and 27。3% typed in a Chinese input mode) nor a list marker's stop. */
function isTerminator(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const stop = c === 0x2e || c === 0xff0e;
  // Most characters are neither: they are rejected by their code unit alone, the hot path of an import.
  if (!isTerminatorCode(c) && !stop) return false;
  if (isDecimalPoint(text, i)) return false;
  if (stop && LIST_MARKER.test(text.slice(0, i + 1))) return false;
  return isTerminatorCode(c) || isFullStop(text, i);
}

/**
 * The offset just after the first sentence end at or after `from`, with any further terminators and
 * closing quotes or brackets that follow it (`。”`, `？！`); null when the text has no sentence end.
 */
export function sentenceEnd(text: string, from: number): number | null {
  for (let i = from; i < text.length; i++) {
    if (!isTerminator(text, i)) continue;
    let end = i + 1;
    while (end < text.length && (isTerminator(text, end) || CLOSERS.has(text[end] as string))) end++;
    return end;
  }
  return null;
}

/**
 * Splits a paragraph into sentences at 。！？； and their half-width forms. Closing quotes and
 * brackets stay with their sentence; a decimal point never splits, whether written 4.8%, 27。3% or
 * ２７．３％, nor does the stop of a list marker that opens the paragraph (1.); whitespace between
 * sentences belongs to neither. A text without a terminator is one sentence.
 */
export function segmentSentences(text: string): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  let start = 0;
  while (start < text.length) {
    while (start < text.length && isSpaceCode(text.charCodeAt(start))) start++;
    if (start >= text.length) break;
    const end = sentenceEnd(text, start) ?? text.length;
    let trimmed = end;
    while (trimmed > start && isSpaceCode(text.charCodeAt(trimmed - 1))) trimmed--;
    ranges.push({ start, end: trimmed });
    start = end;
  }
  return ranges;
}
