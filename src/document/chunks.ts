import { Fragment, type Node } from 'prosemirror-model';
import type { Transform } from 'prosemirror-transform';
import { schema } from './schema.js';

/**
 * The editor's document groups units in chunks (`doc > chunk+ > unit`); a project file's holds them
 * directly (`doc > unit+`). This is the one place that converts between the two, and the one place
 * that walks units in either shape. The units themselves are the same nodes in both: converting
 * re-parents them, it copies nothing.
 */

/**
 * Units per chunk when a document is chunked. Small enough that the chunks near the viewport (the ones
 * Chromium lays out, and that carry term highlights) hold few rows; large enough that a 2,000-unit
 * report has under a hundred chunks for ProseMirror to match on each keystroke. 25 measured better than
 * 50 with a 5,000-term glossary (README, *Benchmarks*).
 */
export const CHUNK_SIZE = 25;
/** A chunk smaller than this (after units were removed) is joined with a neighbour. */
export const MIN_CHUNK = Math.floor(CHUNK_SIZE / 2);
/** A chunk larger than this (after units were added) is split. */
export const MAX_CHUNK = CHUNK_SIZE * 2;

/** True when the document is the editor's shape, units in chunks. */
export function isChunked(doc: Node): boolean {
  return doc.firstChild?.type === schema.nodes.chunk;
}

/** Units in chunks of `CHUNK_SIZE`; a short remainder joins the last full chunk. */
function chunksOf(units: readonly Node[]): Node[] {
  const chunks: Node[] = [];
  for (let i = 0; i < units.length; i += CHUNK_SIZE) {
    const rest = units.length - i;
    const size = rest < CHUNK_SIZE + MIN_CHUNK ? rest : CHUNK_SIZE;
    chunks.push(schema.nodes.chunk.create(null, units.slice(i, i + size)));
    if (size !== CHUNK_SIZE) break;
  }
  return chunks;
}

/** The units of a document of either shape, in reading order. */
export function unitList(doc: Node): Node[] {
  const units: Node[] = [];
  forEachUnit(doc, (unit) => void units.push(unit));
  return units;
}

/** The editor's document of a project document (already chunked documents are returned as they are). */
export function toEditorDoc(doc: Node): Node {
  if (isChunked(doc)) return doc;
  return schema.nodes.doc.create(doc.attrs, chunksOf(unitList(doc)));
}

/** The project file's document of an editor document: its units without the chunks (a project document is returned as it is). */
export function toProjectDoc(doc: Node): Node {
  if (!isChunked(doc)) return doc;
  return schema.nodes.doc.create(doc.attrs, Fragment.fromArray(unitList(doc)));
}

/**
 * Calls `f` for each unit of a document of either shape with its absolute position and its index in
 * reading order; `f` returning false stops the walk.
 */
export function forEachUnit(doc: Node, f: (unit: Node, pos: number, index: number) => unknown): void {
  let index = 0;
  if (!isChunked(doc)) {
    let pos = 0;
    for (let i = 0; i < doc.childCount; i++) {
      const unit = doc.child(i);
      if (f(unit, pos, index++) === false) return;
      pos += unit.nodeSize;
    }
    return;
  }
  let chunkPos = 0;
  for (let c = 0; c < doc.childCount; c++) {
    const chunk = doc.child(c);
    let pos = chunkPos + 1;
    for (let i = 0; i < chunk.childCount; i++) {
      const unit = chunk.child(i);
      if (f(unit, pos, index++) === false) return;
      pos += unit.nodeSize;
    }
    chunkPos += chunk.nodeSize;
  }
}

/** `forEachUnitOfChunks`'s stand-in for every chunk (and for the whole of a document without chunks). */
export const EVERY_CHUNK = -1;

/**
 * Calls `f` for each unit, with its absolute position, of the chunks whose indexes are in `chunks`
 * (every chunk when it holds `EVERY_CHUNK`). In a document without chunks, each top-level unit counts
 * as a chunk of its own: the decoration plugins draw only the chunks near the viewport this way.
 */
export function forEachUnitOfChunks(doc: Node, chunks: ReadonlySet<number>, f: (unit: Node, pos: number) => void): void {
  const every = chunks.has(EVERY_CHUNK);
  doc.forEach((chunk, offset, c) => {
    if (!every && !chunks.has(c)) return;
    if (chunk.type.name !== 'chunk') return void f(chunk, offset);
    chunk.forEach((unit, unitOffset) => void f(unit, offset + 1 + unitOffset));
  });
}

/** Where the chunk at index `c` of the editor's document stands, [from, to); null past the end. */
export function chunkRange(doc: Node, c: number): { readonly from: number; readonly to: number } | null {
  if (c < 0 || c >= doc.childCount) return null;
  let from = 0;
  for (let i = 0; i < c; i++) from += doc.child(i).nodeSize;
  return { from, to: from + doc.child(c).nodeSize };
}

/** How many units a document of either shape has. */
export function unitCount(doc: Node): number {
  if (!isChunked(doc)) return doc.childCount;
  let n = 0;
  for (let c = 0; c < doc.childCount; c++) n += doc.child(c).childCount;
  return n;
}

/** The unit at reading-order `index` and its position, found chunk by chunk (not unit by unit); null out of range. */
export function unitAt(doc: Node, index: number): { readonly node: Node; readonly pos: number } | null {
  if (index < 0) return null;
  if (!isChunked(doc)) {
    if (index >= doc.childCount) return null;
    let pos = 0;
    for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
    return { node: doc.child(index), pos };
  }
  let chunkPos = 0;
  let rest = index;
  for (let c = 0; c < doc.childCount; c++) {
    const chunk = doc.child(c);
    if (rest < chunk.childCount) {
      let pos = chunkPos + 1;
      for (let i = 0; i < rest; i++) pos += chunk.child(i).nodeSize;
      return { node: chunk.child(rest), pos };
    }
    rest -= chunk.childCount;
    chunkPos += chunk.nodeSize;
  }
  return null;
}

/**
 * The unit that contains position `pos` of a document of either shape, with its position and index;
 * null when `pos` lies between units.
 */
export function unitAtPos(doc: Node, pos: number): { readonly node: Node; readonly pos: number; readonly index: number } | null {
  if (pos < 0 || pos > doc.content.size) return null;
  const $pos = doc.resolve(pos);
  for (let d = $pos.depth; d > 0; d--) {
    if ($pos.node(d).type !== schema.nodes.unit) continue;
    const chunked = d === 2;
    let index = $pos.index(d - 1);
    if (chunked) for (let c = 0; c < $pos.index(0); c++) index += doc.child(c).childCount;
    return { node: $pos.node(d), pos: $pos.before(d), index };
  }
  return null;
}

/** True when every chunk holds between `MIN_CHUNK` and `MAX_CHUNK` units (a lone chunk may hold fewer). */
export function chunksBalanced(doc: Node): boolean {
  if (!isChunked(doc)) return true;
  for (let c = 0; c < doc.childCount; c++) {
    const n = doc.child(c).childCount;
    if (n > MAX_CHUNK || (n < MIN_CHUNK && doc.childCount > 1)) return false;
  }
  return true;
}

/**
 * Keeps an editor document's chunks balanced after units were added or removed: every chunk that is
 * out of bounds is regrouped with its neighbours, the others are left as they are (so their node
 * views stay). Adds its steps to `tr`; false when nothing needed doing.
 */
export function balanceChunks(tr: Transform): boolean {
  const doc = tr.doc;
  if (chunksBalanced(doc)) return false;
  // Regroup the run of chunks from the first unbalanced one to the last one.
  let first = -1;
  let last = -1;
  for (let c = 0; c < doc.childCount; c++) {
    const n = doc.child(c).childCount;
    if (n > MAX_CHUNK || (n < MIN_CHUNK && doc.childCount > 1)) {
      if (first < 0) first = c;
      last = c;
    }
  }
  // A small chunk at the end joins the one before it.
  if (first > 0 && doc.child(first).childCount < MIN_CHUNK) first--;
  let from = 0;
  for (let c = 0; c < first; c++) from += doc.child(c).nodeSize;
  let to = from;
  const units: Node[] = [];
  for (let c = first; c <= last; c++) {
    doc.child(c).forEach((u) => units.push(u));
    to += doc.child(c).nodeSize;
  }
  tr.replaceWith(from, to, chunksOf(units));
  return true;
}
