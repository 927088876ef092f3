/** A sentence as a half-open range of UTF-16 offsets into its paragraph's text. */
export interface SentenceRange {
  readonly start: number;
  readonly end: number;
}

/** Full-width and half-width sentence terminators (。！？； and ｡ ! ? ;), by code unit; '.' is handled apart. */
const isTerminatorCode = (c: number): boolean => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0xff61 || c === 0x21 || c === 0x3f || c === 0x3b;

/** Closing quotes and brackets that stay with the sentence they close. */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '】', '》', '〉', '〕', '］', ']', '"', "'", '〗']);

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
/** Whitespace as \s knows it (U+3000 included), by code unit: a regular expression per character costs a report's import dearly. */
const isSpaceCode = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0xfeff;
const isSpace = (c: string | undefined): boolean => c !== undefined && isSpaceCode(c.charCodeAt(0));

/** A half-width full stop ends a sentence only before a space, the end, a CJK character or a closer, and never between digits (4.8%). */
function isFullStop(text: string, i: number): boolean {
  if (text[i] !== '.') return false;
  const prev = text[i - 1];
  const next = text[i + 1];
  if (isDigit(prev) && isDigit(next)) return false;
  if (next === undefined || isSpace(next) || CLOSERS.has(next)) return true;
  return next.charCodeAt(0) >= 0x2e80;
}

function isTerminator(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isTerminatorCode(c) || (c === 0x2e && isFullStop(text, i));
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
 * brackets stay with their sentence; a full stop between digits (4.8%) never splits; whitespace
 * between sentences belongs to neither. A text without a terminator is one sentence.
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
