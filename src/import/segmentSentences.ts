/** A sentence as a half-open range of UTF-16 offsets into its paragraph's text. */
export interface SentenceRange {
  readonly start: number;
  readonly end: number;
}

/** Full-width and half-width sentence terminators (。！？； and ｡ ! ? ;); '.' is handled apart. */
const TERMINATORS = new Set(['。', '！', '？', '；', '｡', '!', '?', ';']);

/** Closing quotes and brackets that stay with the sentence they close. */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '】', '》', '〉', '〕', '］', ']', '"', "'", '〗']);

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isSpace = (c: string | undefined): boolean => c !== undefined && /[\s\u3000]/.test(c);

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
  const c = text[i];
  return c !== undefined && (TERMINATORS.has(c) || isFullStop(text, i));
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
    while (start < text.length && isSpace(text[start])) start++;
    if (start >= text.length) break;
    const end = sentenceEnd(text, start) ?? text.length;
    let trimmed = end;
    while (trimmed > start && isSpace(text[trimmed - 1])) trimmed--;
    ranges.push({ start, end: trimmed });
    start = end;
  }
  return ranges;
}
