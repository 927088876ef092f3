import type { Mark, Node } from 'prosemirror-model';
import { schema } from './schema.js';

/** A mark on a span of plain text: UTF-16 offsets, half-open. */
export interface SpanMark {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly attrs?: Readonly<Record<string, unknown>>;
}

/**
 * The content of a `source` or `target` node as plain text (hard breaks as "\n") and its marks as
 * spans over that text: what matching, QA, the memory and XLIFF read, and what `nodesOf` builds from.
 */
export interface PlainText {
  readonly text: string;
  readonly marks: readonly SpanMark[];
}

/** The parts of `marks` inside [start, end), moved so that `start` lands at `at` (0: offsets rebased to the slice). */
export function sliceMarks(marks: readonly SpanMark[], start: number, end: number, at = 0): SpanMark[] {
  const out: SpanMark[] = [];
  for (const m of marks) {
    const from = Math.max(m.start, start);
    const to = Math.min(m.end, end);
    if (from < to) out.push({ ...m, start: from - start + at, end: to - start + at });
  }
  return out;
}

/**
 * The plain text of an inline node (hard breaks as newlines) and its marks as spans, adjacent equal
 * marks joined. A `segments` node (sentence mode's English) reads as its segments' English joined by
 * one space, empty segments left out: the paragraph's English as every reader (QA, XLIFF, TMX, Word,
 * PDF) sees it.
 */
export function plainTextOf(node: Node): PlainText {
  if (node.type.name === 'segments') return joinSegments(node);
  let text = '';
  const marks: SpanMark[] = [];
  node.forEach((child) => {
    const start = text.length;
    text += child.isText ? (child.text ?? '') : child.type.name === 'hard_break' ? '\n' : '';
    for (const mark of child.marks) {
      const last = marks[marks.length - 1];
      const attrs = Object.keys(mark.attrs).length ? mark.attrs : undefined;
      if (last && last.type === mark.type.name && last.end === start && JSON.stringify(last.attrs) === JSON.stringify(attrs)) {
        marks[marks.length - 1] = { ...last, end: text.length };
      } else {
        marks.push({ type: mark.type.name, start, end: text.length, ...(attrs ? { attrs } : {}) });
      }
    }
  });
  return { text, marks };
}

function joinSegments(node: Node): PlainText {
  let text = '';
  const marks: SpanMark[] = [];
  node.forEach((segment) => {
    const part = plainTextOf(segment);
    if (!part.text) return;
    if (text) text += ' ';
    const shift = text.length;
    text += part.text;
    for (const m of part.marks) marks.push({ ...m, start: m.start + shift, end: m.end + shift });
  });
  return { text, marks };
}

type JoinedCell = { readonly start: number; readonly length: number; readonly pos: number; readonly cell: Node };
// Nodes are immutable: a segments node's cells are measured once (spell marks and find map many spans of one node).
const joinedCache = new WeakMap<Node, readonly JoinedCell[]>();

/**
 * The cells of a `segments` node as `plainTextOf` joins them: each non-empty cell's start in the
 * joined text, its length, and the position of its content within the segments node's content.
 */
function joinedCells(node: Node): readonly JoinedCell[] {
  const known = joinedCache.get(node);
  if (known) return known;
  const cells: JoinedCell[] = [];
  let text = 0;
  node.forEach((cell, offset) => {
    const length = plainTextOf(cell).text.length;
    if (!length) return;
    if (cells.length) text++;
    cells.push({ start: text, length, pos: offset + 1, cell });
    text += length;
  });
  joinedCache.set(node, cells);
  return cells;
}

/**
 * The inverse of `positionOfOffset`: the plain-text offset (as `plainTextOf` counts it) of a position
 * within a node's content; in a `segments` node, a position in an empty cell is the offset where the
 * next cell's English starts.
 */
export function offsetOfPosition(node: Node, pos: number): number {
  if (node.type.name !== 'segments') return node.textBetween(0, Math.min(pos, node.content.size), '\n', '\n').length;
  let offset = 0;
  for (const c of joinedCells(node)) {
    if (pos < c.pos - 1) return c.start;
    if (pos <= c.pos + c.cell.content.size) return c.start + offsetOfPosition(c.cell, Math.max(0, pos - c.pos));
    offset = c.start + c.length;
  }
  return offset;
}

/** Whether a span [start, end] of a side's plain text lies in one editable cell (always, outside sentence mode). */
export function spanInOneCell(node: Node, start: number, end: number): boolean {
  if (node.type.name !== 'segments') return true;
  return joinedCells(node).some((c) => start >= c.start && end <= c.start + c.length);
}

/**
 * The position within an inline node's content of a plain-text offset as `plainTextOf` counts it; for a
 * `segments` node, within its content, inside the cell the offset falls in (an offset on the space
 * between two cells' English goes to the end of the first).
 */
export function positionOfOffset(node: Node, offset: number): number {
  if (node.type.name === 'segments') {
    const cells = joinedCells(node);
    for (const c of cells) if (offset <= c.start + c.length) return c.pos + positionOfOffset(c.cell, Math.max(0, offset - c.start));
    const last = cells[cells.length - 1];
    return last ? last.pos + last.cell.content.size : 1;
  }
  let plain = 0;
  let pos = 0;
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    const length = child.isText ? (child.text ?? '').length : child.type.name === 'hard_break' ? 1 : 0;
    if (offset < plain + length || (child.isText && offset === plain + length)) return pos + (child.isText ? offset - plain : 0);
    plain += length;
    pos += child.nodeSize;
  }
  return pos;
}

function markOf(span: SpanMark): Mark | null {
  const type = schema.marks[span.type as keyof typeof schema.marks];
  if (!type) return null;
  try {
    return type.create(span.attrs ?? null);
  } catch {
    return null;
  }
}

/**
 * The inverse of `plainTextOf`: the content of a source or target node built from text and mark
 * spans. "\n" becomes a hard break, every stretch between span edges a text node with the marks
 * that cover it. Spans of unknown types or out of range are dropped.
 */
export function nodesOf(content: PlainText): Node[] {
  const { text } = content;
  const spans = content.marks.filter((s) => s.start < s.end && s.start >= 0 && s.end <= text.length);
  const edges = new Set<number>([0, text.length]);
  for (const s of spans) edges.add(s.start).add(s.end);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) edges.add(i).add(i + 1);
  const cuts = [...edges].sort((a, b) => a - b);
  const marks = spans.map((s) => ({ span: s, mark: markOf(s) }));
  const out: Node[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const from = cuts[k] as number;
    const to = cuts[k + 1] as number;
    const piece = text.slice(from, to);
    if (!piece) continue;
    if (piece === '\n') {
      out.push(schema.nodes.hard_break.create());
      continue;
    }
    let set: readonly Mark[] = [];
    for (const { span, mark } of marks) if (mark && span.start <= from && span.end >= to) set = mark.addToSet(set);
    out.push(schema.text(piece, set));
  }
  return out;
}
