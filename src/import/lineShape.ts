/**
 * The shape of one line, measured without knowing where it stands: length, punctuation, whether it is
 * a bare label, a date-time, an id, a breadcrumb trail or a row of menu words. Structure detection
 * weighs these with the line's position relative to the report's skeleton.
 */
export interface LineShape {
  readonly length: number;
  /** Ends a sentence: 。！？!?；… perhaps followed by a closing quote or bracket. */
  readonly endsSentence: boolean;
  /** Count of sentence-internal and sentence-final punctuation (，。；！？、), up to 8. */
  readonly punctuation: number;
  /** A bare label: a short line that ends in a colon or in >> (its value, if any, is on the next line). */
  readonly label: boolean;
  /** A short `key：value` line (来源：新华社, 时间：2024-02-04). */
  readonly keyValue: boolean;
  /** The line is a date or a date-time stamp, perhaps with a weekday or a short label around it. */
  readonly dateTime: boolean;
  /** An opaque id, a URL or a file path: no word of a report. */
  readonly opaque: boolean;
  /** A breadcrumb trail: short steps joined by > » › → / separators. */
  readonly breadcrumb: boolean;
  /** A row of three or more short words separated by spaces or bars (a menu on one line). */
  readonly menu: boolean;
}

const PUNCTUATION = /[，。；！？、,;!?]/g;
const LABEL = /^[^，。；！？]{1,14}([:：]|>>|»|》》)$/;
const KEY_VALUE = /^[(（]?[\u4e00-\u9fa5A-Za-z]{1,8}\s*[:：]\s*[^，。；！？]{1,40}$/;
const DATE = /(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}:\d{2}(:\d{2})?)/g;
const ONE_DATE = new RegExp(DATE.source);
const OPAQUE = /^([a-z]+:\/\/\S+|www\.\S+|\/?[\w.-]+(\/[\w.-]+)+\/?|[[［【(（]?[A-Za-z0-9_-]{6,}[\]］】)）]?|[[［【(（]?\d{4,}[\]］】)）]?)$/i;
const CRUMB_SEPARATOR = /\s*(?:>>|＞|»|›|→|〉)\s*|\s+(?:>|\/)\s+|(?<=[\u4e00-\u9fa5])>(?=[\u4e00-\u9fa5])/;
const MENU_SEPARATOR = /[\s|｜丨·•]+/;

const TERMINATORS = new Set(['。', '！', '？', '!', '?', '；', ';', '…']);
const CLOSERS = new Set(['”', '’', '"', "'", ')', '）', '】', '」', '』']);

/** True when the text ends a sentence (a terminator, perhaps followed by closing quotes or brackets), read from the end. */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i] as string)) i--;
  return i >= 0 && TERMINATORS.has(text[i] as string);
}

/** Counts punctuation marks, stopping at `max` (long paragraphs need no exact count). */
function countPunctuation(text: string, max: number): number {
  PUNCTUATION.lastIndex = 0;
  let n = 0;
  while (n < max && PUNCTUATION.exec(text)) n++;
  PUNCTUATION.lastIndex = 0;
  return n;
}

/** Measures a trimmed line. */
export function lineShape(text: string): LineShape {
  const length = text.length;
  const punctuation = countPunctuation(text, 8);
  const dateless = length <= 60 ? text.replace(DATE, '').replace(/[\s|｜丨:：,，()（）[\]【】星期周一二三四五六日天来源时间发布日期更新]/g, '') : text;
  const steps = length <= 120 ? text.split(CRUMB_SEPARATOR).filter((s) => s.trim()) : [];
  const words = length <= 60 ? text.split(MENU_SEPARATOR).filter(Boolean) : [];
  return {
    length,
    endsSentence: endsSentence(text),
    punctuation,
    label: length <= 16 && LABEL.test(text),
    keyValue: length <= 48 && KEY_VALUE.test(text),
    dateTime: length <= 60 && dateless.length <= 2 && ONE_DATE.test(text),
    opaque: length <= 200 && OPAQUE.test(text),
    breadcrumb: steps.length >= 2 && CRUMB_SEPARATOR.test(text) && steps.every((s) => s.length <= 16 && !/[。！？<]/.test(s)),
    menu: words.length >= 3 && words.every((w) => w.length <= 8 && !/[。！？，]/.test(w)),
  };
}

/** True when the line reads as report prose: long enough and punctuated as sentences. */
export function isProse(shape: LineShape): boolean {
  return (shape.length >= 12 && shape.endsSentence) || (shape.length >= 40 && shape.punctuation >= 2);
}
