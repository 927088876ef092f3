import type { Node } from 'prosemirror-model';
import { unitAttrs, type UnitStatus } from './unitAttrs.js';

/** Translation progress of a document; excluded units are counted in neither part of a ratio. */
export interface Progress {
  /** Units that are translated or reviewed. */
  readonly unitsDone: number;
  readonly unitsTotal: number;
  /** Non-whitespace characters of the Chinese source (the usual 字数 count, punctuation included). */
  readonly charsDone: number;
  readonly charsTotal: number;
}

const DONE: ReadonlySet<UnitStatus> = new Set(['translated', 'reviewed']);

/** Counts the non-whitespace characters of a text (code points, so a rare CJK character counts once). */
export function countChars(text: string): number {
  let n = 0;
  for (const c of text) if (!/[\s\u3000]/.test(c)) n++;
  return n;
}

/** Progress of one unit, as the counts it adds to a document's progress. */
export function unitProgress(unit: Node): Progress {
  const attrs = unitAttrs(unit);
  if (attrs.excluded) return { unitsDone: 0, unitsTotal: 0, charsDone: 0, charsTotal: 0 };
  const chars = countChars(unit.firstChild?.textContent ?? '');
  const done = DONE.has(attrs.status);
  return { unitsDone: done ? 1 : 0, unitsTotal: 1, charsDone: done ? chars : 0, charsTotal: chars };
}

/** Sums progress over units. */
export function sumProgress(parts: Iterable<Progress>): Progress {
  let unitsDone = 0;
  let unitsTotal = 0;
  let charsDone = 0;
  let charsTotal = 0;
  for (const p of parts) {
    unitsDone += p.unitsDone;
    unitsTotal += p.unitsTotal;
    charsDone += p.charsDone;
    charsTotal += p.charsTotal;
  }
  return { unitsDone, unitsTotal, charsDone, charsTotal };
}

/** Progress of a whole document. */
export function documentProgress(doc: Node): Progress {
  const parts: Progress[] = [];
  doc.forEach((unit) => parts.push(unitProgress(unit)));
  return sumProgress(parts);
}
