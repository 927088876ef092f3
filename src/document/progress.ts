import type { Node } from 'prosemirror-model';
import { forEachUnit } from './chunks.js';
import { plainTextOf } from './plainText.js';
import { isSentenceMode, sourceSentences } from './segments.js';
import { unitAttrs, type UnitStatus } from './unitAttrs.js';

/** Translation progress of a document; excluded units are counted in neither part of a ratio. */
export interface Progress {
  /** Units that are translated or reviewed. */
  readonly unitsDone: number;
  readonly unitsTotal: number;
  /** Non-whitespace characters of the Chinese source (the usual 字数 count, punctuation included). */
  readonly charsDone: number;
  readonly charsTotal: number;
  /** Words of the English written so far, in every included paragraph (`countWords`). */
  readonly englishWords: number;
}

const DONE: ReadonlySet<UnitStatus> = new Set(['translated', 'reviewed']);

/** Whitespace as JavaScript's \s knows it (U+3000 included), by code unit, for a loop that runs over whole reports. */
function isSpace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0xfeff
  );
}

/** Counts the non-whitespace characters of a text (code points, so a rare CJK character outside the BMP counts once). */
export function countChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff && i > 0) continue; // the second half of a surrogate pair
    if (!isSpace(code)) n++;
  }
  return n;
}

/**
 * Counts the words of an English text as CAT tools do: a run of letters or digits, with the
 * apostrophes, hyphens, points and commas inside it (China's, well-off, 98.52, 1,000), is one word.
 */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.,\-–][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/**
 * Progress of one unit, as the counts it adds to a document's progress. In sentence mode the
 * characters done are those of the sentences confirmed (translated or reviewed), so a paragraph with
 * 4 of its 14 sentences confirmed counts those 4 sentences' Chinese only.
 */
export function unitProgress(unit: Node): Progress {
  const attrs = unitAttrs(unit);
  if (attrs.excluded) return { unitsDone: 0, unitsTotal: 0, charsDone: 0, charsTotal: 0, englishWords: 0 };
  const chars = countChars(unit.firstChild?.textContent ?? '');
  const done = DONE.has(attrs.status);
  const englishWords = countWords(plainTextOf(unit.child(1)).text);
  return { unitsDone: done ? 1 : 0, unitsTotal: 1, charsDone: isSentenceMode(unit) ? sentenceCharsDone(unit) : done ? chars : 0, charsTotal: chars, englishWords };
}

/** The Chinese characters of a sentence-mode unit's confirmed sentences. */
function sentenceCharsDone(unit: Node): number {
  const { text, ranges } = sourceSentences(unit);
  const segments = unit.child(1);
  let n = 0;
  ranges.forEach((r, i) => {
    if (i < segments.childCount && DONE.has(segments.child(i).attrs['status'] as UnitStatus)) n += countChars(text.slice(r.start, r.end));
  });
  return n;
}

/** Sums progress over units. */
export function sumProgress(parts: Iterable<Progress>): Progress {
  let unitsDone = 0;
  let unitsTotal = 0;
  let charsDone = 0;
  let charsTotal = 0;
  let englishWords = 0;
  for (const p of parts) {
    unitsDone += p.unitsDone;
    unitsTotal += p.unitsTotal;
    charsDone += p.charsDone;
    charsTotal += p.charsTotal;
    englishWords += p.englishWords;
  }
  return { unitsDone, unitsTotal, charsDone, charsTotal, englishWords };
}

/** Progress of a whole document, of either shape (chunked or not). */
export function documentProgress(doc: Node): Progress {
  const parts: Progress[] = [];
  forEachUnit(doc, (unit) => void parts.push(unitProgress(unit)));
  return sumProgress(parts);
}
