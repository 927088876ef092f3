/** The number of a heading or list item and the numbering style it is written in. */
export interface HeadingNumber {
  readonly value: number;
  /** 'part' 一、/ I.; 'paren' (一) / (I) / (1); 'arabic' 1. / 1、; 'item' 一是 / First,; 'chapter' 第一章 / Chapter 1. */
  readonly style: 'part' | 'paren' | 'arabic' | 'item' | 'chapter';
}

const HAN: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 as a number; null for anything else. */
export function hanNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || (!m[1] && !m[2] && !m[3]) || (m[1] && m[3] && !m[2])) return null;
  const tens = m[2] ? (m[1] ? (HAN[m[1]] as number) : 1) : 0;
  const units = m[3] ? (HAN[m[3]] as number) : m[2] ? 0 : m[1] ? (HAN[m[1]] as number) : 0;
  return tens * 10 + units;
}

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** A Roman numeral up to C (either case) as a number; null when it is not one. */
export function romanNumber(text: string): number | null {
  const upper = text.toUpperCase();
  if (!/^(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(upper) || upper === '') return null;
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const v = ROMAN[upper[i] as string] as number;
    const next = ROMAN[upper[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

const CHINESE: ReadonlyArray<{ readonly pattern: RegExp; readonly style: HeadingNumber['style'] }> = [
  { pattern: /^第([一二三四五六七八九十\d]{1,3})[章编篇部分]/, style: 'chapter' },
  { pattern: /^([一二三四五六七八九十]{1,3})[、.．]/, style: 'part' },
  { pattern: /^[(（]([一二三四五六七八九十]{1,3})[)）]/, style: 'paren' },
  { pattern: /^(\d{1,2})[.．、](?!\d)/, style: 'arabic' },
  { pattern: /^[(（](\d{1,2})[)）]/, style: 'paren' },
  { pattern: /^([一二三四五六七八九十]{1,3})是/, style: 'item' },
  { pattern: /^第([一二三四五六七八九十]{1,3})[，,、]/, style: 'item' },
];

/**
 * The numbering that opens a Chinese heading or list item: 一、 (一) 1. (1) 第一章, and the run-in
 * enumerations 一是 and 第一，. Null when the text does not open with one.
 */
export function chineseHeadingNumber(text: string): HeadingNumber | null {
  const trimmed = text.replace(/^[\s\u3000]+/, '');
  for (const { pattern, style } of CHINESE) {
    const m = pattern.exec(trimmed);
    const value = m ? hanNumber(m[1] as string) : null;
    if (value !== null && value > 0) return { value, style };
  }
  return null;
}

/**
 * The numbering that opens an English heading or list item: I. / (I) / (1) / 1. / 1) / (a), Chapter
 * or Part with a number, and "First," … "Twelfth,". A Roman numeral is read before a letter, so "I."
 * is 1 and "(c)" is 3.
 */
export function englishHeadingNumber(text: string): HeadingNumber | null {
  const trimmed = text.trimStart();
  let m = /^(?:chapter|part|section)\s+([IVXLC]+|\d{1,3}|[a-z]+)\b/i.exec(trimmed);
  if (m) {
    const token = m[1] as string;
    const value = /^\d+$/.test(token) ? Number(token) : (romanNumber(token) ?? ORDINAL_WORDS.indexOf(token.toLowerCase()) + 1);
    return value > 0 ? { value, style: 'chapter' } : null;
  }
  m = /^\(([IVXLCivxlc]{1,7}|\d{1,2}|[a-z])\)\s/.exec(trimmed);
  if (m) {
    const token = m[1] as string;
    const value = /^\d+$/.test(token) ? Number(token) : (romanNumber(token) ?? token.charCodeAt(0) - 96);
    return value > 0 ? { value, style: 'paren' } : null;
  }
  m = /^([IVXLC]{1,7})\.\s/.exec(trimmed);
  if (m) {
    const value = romanNumber(m[1] as string);
    return value ? { value, style: 'part' } : null;
  }
  m = /^(\d{1,2})[.)](?!\d)\s/.exec(trimmed);
  if (m) return { value: Number(m[1]), style: 'arabic' };
  m = /^([A-Za-z]+),\s/.exec(trimmed);
  const ordinal = m ? ORDINAL_WORDS.indexOf((m[1] as string).toLowerCase()) + 1 : 0;
  return ordinal > 0 ? { value: ordinal, style: 'item' } : null;
}
