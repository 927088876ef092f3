import { englishSentences } from '../import/englishSentences.js';
import { segmentSentences } from '../import/segmentSentences.js';

/** A half-open range of UTF-16 offsets into a side's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type AlignLanguage = 'zh' | 'en';

/**
 * One side of an alignment: its paragraphs, trimmed and joined by '\n' into `text`, and its
 * sentences (each inside one paragraph), in order. Every offset of the aligner is into `text`.
 */
export interface AlignSide {
  readonly language: AlignLanguage;
  readonly text: string;
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
}

/**
 * Builds a side from its paragraphs: each is trimmed (line breaks inside become spaces), empty ones
 * dropped, and split into sentences, Chinese at 。！？； and English by `englishSentences`.
 */
export function buildSide(language: AlignLanguage, paragraphs: readonly string[]): AlignSide {
  let text = '';
  const spans: Span[] = [];
  const sentences: Span[] = [];
  for (const raw of paragraphs) {
    const clean = raw.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/^[\s\u3000\ufeff]+|[\s\u3000]+$/g, '');
    if (!clean) continue;
    if (text) text += '\n';
    const start = text.length;
    text += clean;
    spans.push({ start, end: text.length });
    for (const r of language === 'zh' ? segmentSentences(clean) : englishSentences(clean)) sentences.push({ start: start + r.start, end: start + r.end });
  }
  return { language, text, paragraphs: spans, sentences };
}

const CLAUSE_END = /[，,；;：:。！？!?]/;
const CLOSERS = /[”’」』）)】》"']/;

/**
 * The clauses of a Chinese span: cut after ，；：。！？ (with the closing quotes or brackets after
 * them), never inside. Used to split one Chinese sentence that the English renders in several.
 */
export function chineseClauses(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    if (!CLAUSE_END.test(text[i] as string)) continue;
    let end = i + 1;
    while (end < span.end && (CLOSERS.test(text[end] as string) || CLAUSE_END.test(text[end] as string))) end++;
    if (end < span.end) {
      out.push({ start, end });
      start = end;
      while (start < span.end && /\s/.test(text[start] as string)) start++;
    }
    i = end - 1;
  }
  if (start < span.end) out.push({ start, end: span.end });
  return out;
}

/**
 * The units the sentence pass aligns on a side: its sentences, except that an English sentence that
 * stops at the end of its line on a comma, semicolon or colon and goes on in lower case on the next
 * line (a list laid out one item per line: "…do the following:" / "follow the guidance…;") is one
 * unit with what continues it. Each unit is a run of sentences [first, last).
 */
export function alignmentUnits(side: AlignSide): Array<{ readonly first: number; readonly last: number }> {
  const units: Array<{ first: number; last: number }> = [];
  const { text, sentences } = side;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k] as Span;
    const previous = units[units.length - 1];
    const before = sentences[k - 1];
    const continues =
      side.language === 'en' &&
      previous !== undefined &&
      before !== undefined &&
      text[before.end] === '\n' &&
      /[,;:，；：]["'”’)]*$/.test(text.slice(Math.max(before.start, before.end - 4), before.end)) &&
      /^["'“‘(]?[a-z]/.test(text.slice(s.start, s.start + 2));
    if (continues) previous.last = k + 1;
    else units.push({ first: k, last: k + 1 });
  }
  return units;
}
