import type { Span } from './alignSide.js';

/** One side of an alignment as the review sees it: the text, its paragraphs, and the pieces pairs are made of. */
export interface AlignedText {
  /** The document's name (its file name), which the saved units carry as their origin. */
  readonly name: string;
  readonly text: string;
  readonly paragraphs: readonly Span[];
  /** Sentences (Chinese ones perhaps cut at a comma where the English has two sentences), in order. */
  readonly pieces: readonly Span[];
}

/** A half-open range of piece indices. */
export interface PieceRange {
  readonly from: number;
  readonly to: number;
}

/** A pair of the alignment: pieces of each side (one may be empty) and how sure the aligner is of it. */
export interface AlignedPair {
  readonly zh: PieceRange;
  readonly en: PieceRange;
  /** Posterior probability of the pair, 0…1; 1 for a pair the user made or changed. */
  readonly confidence: number;
  /** The user changed or made this pair. */
  readonly edited?: boolean;
  /** The user marked it wrong: it is neither saved nor exported. */
  readonly wrong?: boolean;
}

/**
 * The alignment of two documents. Invariant: the pairs' Chinese ranges, in order, cover every
 * Chinese piece once, and likewise the English; no pair is empty on both sides.
 */
export interface Alignment {
  readonly zh: AlignedText;
  readonly en: AlignedText;
  readonly pairs: readonly AlignedPair[];
}

/**
 * Below this confidence a pair is marked for review, and the CLI leaves it out of the memory. Chosen on
 * GR2021: it marks 11% of the pairs and 4 of the 5 wrong ones (at 0.5: 2% and 2 of 5).
 */
export const LOW_CONFIDENCE = 0.7;

const rangeText = (side: AlignedText, range: PieceRange, joiner: string): string => {
  const parts: string[] = [];
  for (let p = range.from; p < range.to; p++) {
    const piece = side.pieces[p] as Span;
    parts.push(side.text.slice(piece.start, piece.end));
  }
  return parts.join(joiner).replace(/\s+/g, ' ').trim();
};

/** The Chinese and English of a pair, as memory units hold them: pieces joined (a space between English ones), white space runs made one. */
export function pairText(alignment: Alignment, pair: AlignedPair): { zh: string; en: string } {
  return { zh: rangeText(alignment.zh, pair.zh, ''), en: rangeText(alignment.en, pair.en, ' ') };
}

/** True when the pairs keep the invariant; for tests and for checking what the UI sends back. */
export function isConsistent(alignment: Alignment): boolean {
  let z = 0;
  let e = 0;
  for (const pair of alignment.pairs) {
    if (pair.zh.from !== z || pair.en.from !== e || pair.zh.to < pair.zh.from || pair.en.to < pair.en.from) return false;
    if (pair.zh.to === pair.zh.from && pair.en.to === pair.en.from) return false;
    z = pair.zh.to;
    e = pair.en.to;
  }
  return z === alignment.zh.pieces.length && e === alignment.en.pieces.length;
}
