import type { AlignedPair, Alignment, PieceRange } from './alignment.js';

/**
 * The review's changes to an alignment. Each returns a new alignment, or the same object when the
 * change does not apply (no next pair to merge with, nothing to split or shift); each keeps the
 * alignment's invariant. Pairs a change makes or touches are `edited`, with confidence 1.
 */

const edited = (zh: PieceRange, en: PieceRange): AlignedPair => ({ zh, en, confidence: 1, edited: true });
const empty = (r: PieceRange): boolean => r.to === r.from;
const size = (r: PieceRange): number => r.to - r.from;

function replace(alignment: Alignment, from: number, count: number, pairs: readonly AlignedPair[]): Alignment {
  const next = [...alignment.pairs];
  next.splice(from, count, ...pairs.filter((p) => !(empty(p.zh) && empty(p.en))));
  return { ...alignment, pairs: next };
}

/** Merges pair k with the pair after it. */
export function mergeWithNext(alignment: Alignment, k: number): Alignment {
  const a = alignment.pairs[k];
  const b = alignment.pairs[k + 1];
  if (!a || !b) return alignment;
  return replace(alignment, k, 2, [edited({ from: a.zh.from, to: b.zh.to }, { from: a.en.from, to: b.en.to })]);
}

/**
 * Splits pair k in two after its first sentence on each side that has two or more; a side with one
 * sentence keeps it in the first pair (so a 1–2 pair becomes 1–1 and 0–1). `at` chooses the cut,
 * as numbers of pieces kept in the first pair on each side.
 */
export function splitPair(alignment: Alignment, k: number, at?: { readonly zh: number; readonly en: number }): Alignment {
  const p = alignment.pairs[k];
  if (!p) return alignment;
  const zhKeep = at ? at.zh : size(p.zh) >= 2 ? 1 : size(p.zh);
  const enKeep = at ? at.en : size(p.en) >= 2 ? 1 : size(p.en);
  if (zhKeep < 0 || enKeep < 0 || zhKeep > size(p.zh) || enKeep > size(p.en)) return alignment;
  const first = edited({ from: p.zh.from, to: p.zh.from + zhKeep }, { from: p.en.from, to: p.en.from + enKeep });
  const second = edited({ from: p.zh.from + zhKeep, to: p.zh.to }, { from: p.en.from + enKeep, to: p.en.to });
  if ((empty(first.zh) && empty(first.en)) || (empty(second.zh) && empty(second.en))) return alignment;
  return replace(alignment, k, 1, [first, second]);
}

export type AlignSideName = 'zh' | 'en';

/**
 * Moves one sentence of pair k on one side to the pair before ('up': its first sentence) or after
 * ('down': its last sentence). With no pair on that side of it, the sentence becomes a pair of its
 * own with nothing on the other side. A pair left empty on both sides disappears.
 */
export function shiftSentence(alignment: Alignment, k: number, side: AlignSideName, direction: 'up' | 'down'): Alignment {
  const p = alignment.pairs[k];
  if (!p || empty(p[side])) return alignment;
  const other: AlignSideName = side === 'zh' ? 'en' : 'zh';
  const make = (mine: PieceRange, theirs: PieceRange): AlignedPair => (side === 'zh' ? edited(mine, theirs) : edited(theirs, mine));
  if (direction === 'up') {
    const moved = p[side].from;
    const rest = make({ from: moved + 1, to: p[side].to }, p[other]);
    const before = alignment.pairs[k - 1];
    if (!before) return replace(alignment, k, 1, [make({ from: moved, to: moved + 1 }, { from: p[other].from, to: p[other].from }), rest]);
    return replace(alignment, k - 1, 2, [make({ from: before[side].from, to: moved + 1 }, before[other]), rest]);
  }
  const moved = p[side].to - 1;
  const rest = make({ from: p[side].from, to: moved }, p[other]);
  const after = alignment.pairs[k + 1];
  if (!after) return replace(alignment, k, 1, [rest, make({ from: moved, to: moved + 1 }, { from: p[other].to, to: p[other].to })]);
  return replace(alignment, k, 2, [rest, make({ from: moved, to: after[side].to }, after[other])]);
}

/** Marks pair k wrong (it is then neither saved nor exported), or not. */
export function markWrong(alignment: Alignment, k: number, wrong: boolean): Alignment {
  const p = alignment.pairs[k];
  if (!p || Boolean(p.wrong) === wrong) return alignment;
  const next = [...alignment.pairs];
  next[k] = wrong ? { ...p, wrong: true } : { zh: p.zh, en: p.en, confidence: p.confidence, ...(p.edited ? { edited: true } : {}) };
  return { ...alignment, pairs: next };
}
