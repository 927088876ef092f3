import type { UnitKind } from '../document/unitAttrs.js';
import { sentenceEnd } from './segmentSentences.js';

/**
 * Heading numbering styles of 公文 and plans, highest rank first. `runInOnly` styles (一是…, 第一，…)
 * open a paragraph whose first sentence is the heading; a line that is only that sentence is body text.
 */
export const HEADING_STYLES: ReadonlyArray<{ readonly name: string; readonly marker: RegExp; readonly runInOnly?: boolean }> = [
  { name: 'chapter', marker: /^第[一二三四五六七八九十百零〇两\d]{1,4}章/ },
  { name: 'section', marker: /^第[一二三四五六七八九十百零〇两\d]{1,4}节/ },
  { name: 'cn', marker: /^[一二三四五六七八九十]{1,3}、/ },
  { name: 'parenCn', marker: /^[(（][一二三四五六七八九十]{1,3}[)）]/ },
  { name: 'arabic', marker: /^\d{1,2}[.．、](?![\d])/ },
  { name: 'parenArabic', marker: /^[(（]\d{1,2}[)）]/ },
  { name: 'shi', marker: /^[一二三四五六七八九十]{1,3}是(?=[\u4e00-\u9fa5“"])/, runInOnly: true },
  { name: 'ordinal', marker: /^第[一二三四五六七八九十]{1,3}[，,](?=\S)/, runInOnly: true },
];

/** Number of marker styles; a heading known only from markup ranks after them, by its markup level. */
export const MARKUP_STYLE_BASE = HEADING_STYLES.length;

/** A heading that stands alone is short; a longer line with a marker but no sentence end is body text. */
const MAX_HEADING = 60;

/** The numbering style that opens the line and the marker's length, or null. */
export function headingStyle(text: string): { style: number; markerLength: number } | null {
  for (let i = 0; i < HEADING_STYLES.length; i++) {
    const match = HEADING_STYLES[i]?.marker.exec(text);
    if (match) return { style: i, markerLength: match[0].length };
  }
  return null;
}

/**
 * Classifies a line that carries a heading marker: a heading standing alone, a run-in heading
 * (`runIn` is the length of its first sentence, the body following in the same paragraph), or plain
 * body text (a long line with no sentence end, or a run-in-only marker with nothing after its sentence).
 */
export function classifyMarked(text: string, style: number, markerLength: number): { kind: UnitKind; runIn: number | null } {
  const end = sentenceEnd(text, markerLength);
  if (end !== null && end < text.length) return { kind: 'heading', runIn: end };
  if (HEADING_STYLES[style]?.runInOnly) return { kind: 'paragraph', runIn: null };
  if (end === null && text.length > MAX_HEADING) return { kind: 'paragraph', runIn: null };
  return { kind: 'heading', runIn: null };
}
