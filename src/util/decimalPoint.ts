/** Half- and full-width digits. */
const DIGIT = /[0-9０-９]/;

/**
 * The marks a decimal point is written with in Chinese text: the full stop, and, from an input
 * method left in Chinese mode, the ideographic full stop (增长27。3%) or the full-width one (２７．３).
 */
const POINTS = new Set(['.', '。', '．', '｡']);

/** After an ideographic full stop, digits that start a date or a time (3月, 2024年) open a new sentence. */
const DATE_AFTER = /^[0-9０-９]+[年月日号时点]/;

/**
 * Whether the character at `i` is a decimal point: one of the marks above between two digits, but
 * not an ideographic full stop before a date (共27家。3月起 ends a sentence).
 */
export function isDecimalPoint(text: string, i: number): boolean {
  const c = text[i];
  const prev = text[i - 1];
  const next = text[i + 1];
  if (c === undefined || !POINTS.has(c) || prev === undefined || next === undefined || !DIGIT.test(prev) || !DIGIT.test(next)) return false;
  return c === '.' || !DATE_AFTER.test(text.slice(i + 1, i + 12));
}

/** `text` with every decimal point written as '.', the same length, so offsets into it are offsets into `text`. */
export function normalizeDecimalPoints(text: string): string {
  return text.replace(/(?<=[0-9０-９])[。．｡](?=[0-9０-９])/g, (point, at: number) => (isDecimalPoint(text, at) ? '.' : point));
}
