import type { Node } from 'prosemirror-model';
import { TextSelection, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import { closeHistory } from 'prosemirror-history';
import { forEachUnit, unitAtPos } from '../../src/document/chunks.js';
import { nodesOf, plainTextOf } from '../../src/document/plainText.js';
import { unitAttrs } from '../../src/document/unitAttrs.js';
import { acceptChange, rejectChange, trackedChanges, type ReviewRecord, type TrackedChange } from '../../src/review/trackedChanges.js';
import { REVIEW_OWN } from './plugins/reviewTracking.js';
import { findUnit, KEEP_ATTRS, sidesOf, spanPositions, type FoundUnit } from './transactions.js';

/**
 * Review mode's transactions: accept or reject one tracked change, all of a paragraph's, all of the
 * project's; go to the next or previous change. Each is one undo step (`closeHistory`), marked
 * `REVIEW_OWN` so the tracker does not record a reject's restored text as a new change.
 */

/** A change of the document, where it is. */
export interface ChangeAt {
  readonly unitId: string;
  readonly index: number;
}

function own(state: EditorState): Transaction {
  return closeHistory(state.tr.setMeta(KEEP_ATTRS, true).setMeta(REVIEW_OWN, true));
}

/** Rejects change `index` of the unit in `tr`'s document: its baseline text restored in the English with the baseline's marks, the record updated. */
function rejectIn(tr: Transaction, unit: FoundUnit, index: number): void {
  const record = unitAttrs(unit.node).review;
  const rejected = record && rejectChange(record, index);
  if (!rejected) return;
  const { from, to } = spanPositions(unit, 'target', { start: rejected.from, end: rejected.to });
  const content = nodesOf({ text: rejected.text, marks: rejected.marks ?? [] });
  // A record saved before baselines kept their marks: the restored text takes the marks around it (bold, a link) as typing there would.
  const around = rejected.marks ? null : (tr.doc.resolve(from).marksAcross(tr.doc.resolve(to)) ?? []);
  tr.replaceWith(from, to, around ? content.map((n) => (n.isText ? n.mark(around) : n)) : content);
  tr.setNodeAttribute(unit.pos, 'review', rejected.record);
}

function unitIn(doc: Node, id: string): FoundUnit | null {
  return findUnit(doc, id);
}

/** Accepts one change: the baseline takes it, the English stays. Null when there is no such change. */
export function accept(state: EditorState, at: ChangeAt): Transaction | null {
  const unit = unitIn(state.doc, at.unitId);
  const record = unit && unitAttrs(unit.node).review;
  if (!unit || !record?.changes[at.index]) return null;
  return own(state).setNodeAttribute(unit.pos, 'review', acceptChange(record, at.index, plainTextOf(unit.node.child(1))));
}

/** Rejects one change: its baseline text comes back in the English. Null when there is no such change. */
export function reject(state: EditorState, at: ChangeAt): Transaction | null {
  const unit = unitIn(state.doc, at.unitId);
  if (!unit || !unitAttrs(unit.node).review?.changes[at.index]) return null;
  const tr = own(state);
  rejectIn(tr, unit, at.index);
  return tr;
}

/** Accepts or rejects every change of the units `ids` (every unit when null), in one transaction; null when there are none. */
export function settleAll(state: EditorState, verdict: 'accept' | 'reject', ids: ReadonlySet<string> | null): Transaction | null {
  const tr = own(state);
  const units: FoundUnit[] = [];
  forEachUnit(state.doc, (node, pos, index) => {
    if (unitAttrs(node).review && (!ids || ids.has(unitAttrs(node).id))) units.push({ node, pos, index });
  });
  for (const found of units) {
    if (verdict === 'accept') {
      tr.setNodeAttribute(tr.mapping.map(found.pos), 'review', null);
      continue;
    }
    // From the last change back: each rejection leaves the earlier changes' positions as they were.
    const count = (unitAttrs(found.node).review as ReviewRecord).changes.length;
    for (let i = count - 1; i >= 0; i--) {
      const pos = tr.mapping.map(found.pos);
      const node = tr.doc.nodeAt(pos) as Node;
      rejectIn(tr, { node, pos, index: found.index }, i);
    }
  }
  return tr.docChanged ? tr : null;
}

/** Every pending change of the document, in reading order, with its unit. */
export function allChanges(doc: Node): Array<{ readonly unitId: string; readonly unitIndex: number; readonly change: TrackedChange }> {
  const out: Array<{ unitId: string; unitIndex: number; change: TrackedChange }> = [];
  forEachUnit(doc, (node, _pos, unitIndex) => {
    const { review, id } = unitAttrs(node);
    if (review) for (const change of trackedChanges(review, plainTextOf(node.child(1)).text)) out.push({ unitId: id, unitIndex, change });
  });
  return out;
}

/** The change at the caret (inside or at the edge of an insertion, at a deletion), or null. */
export function changeAtCaret(state: EditorState): ChangeAt | null {
  const unit = unitAtPos(state.doc, state.selection.head);
  const record = unit && unitAttrs(unit.node).review;
  if (!unit || !record) return null;
  const { target } = sidesOf(unit);
  const head = state.selection.head;
  if (head < target.from || head > target.to) return null;
  for (const change of trackedChanges(record, plainTextOf(unit.node.child(1)).text)) {
    const { from, to } = spanPositions(unit, 'target', { start: change.fromB, end: change.toB });
    if (head >= from && head <= to) return { unitId: unitAttrs(unit.node).id, index: change.index };
  }
  return null;
}

/** Selects change `at` (its inserted text, or the caret at a deletion) and scrolls to it. */
export function selectChange(state: EditorState, at: ChangeAt): Transaction | null {
  const unit = unitIn(state.doc, at.unitId);
  const record = unit && unitAttrs(unit.node).review;
  const change = record?.changes[at.index];
  if (!unit || !change) return null;
  const { from, to } = spanPositions(unit, 'target', { start: change.fromB, end: change.toB });
  return state.tr.setSelection(TextSelection.create(state.doc, from, to)).scrollIntoView();
}

/** The next (or previous) change after the caret, wrapping at the ends; null when the document has none. */
export function neighbourChange(state: EditorState, direction: 1 | -1): ChangeAt | null {
  const changes = allChanges(state.doc);
  if (!changes.length) return null;
  const { from } = state.selection;
  const positions = changes.map((c) => {
    const unit = unitIn(state.doc, c.unitId) as FoundUnit;
    return { at: { unitId: c.unitId, index: c.change.index }, pos: spanPositions(unit, 'target', { start: c.change.fromB, end: c.change.toB }) };
  });
  if (direction === 1) return (positions.find((p) => p.pos.from > from) ?? positions[0])?.at ?? null;
  const before = positions.filter((p) => p.pos.from < from);
  return (before[before.length - 1] ?? positions[positions.length - 1])?.at ?? null;
}

/** Keyboard: accept or reject the change at the caret, then go to the next one. */
export function settleAtCaret(verdict: 'accept' | 'reject', notify: (key: string) => void): Command {
  return (state, dispatch) => {
    const at = changeAtCaret(state);
    if (!at) {
      notify('review.noChangeHere');
      return true;
    }
    const tr = verdict === 'accept' ? accept(state, at) : reject(state, at);
    if (tr && dispatch) dispatch(tr);
    return true;
  };
}

/** Keyboard: go to the next or previous tracked change. */
export function goToChange(direction: 1 | -1, notify: (key: string) => void): Command {
  return (state, dispatch) => {
    const at = neighbourChange(state, direction);
    if (!at) {
      notify('review.noChanges');
      return true;
    }
    const tr = selectChange(state, at);
    if (tr && dispatch) dispatch(tr);
    return true;
  };
}
