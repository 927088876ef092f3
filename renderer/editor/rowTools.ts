import type { Node } from 'prosemirror-model';
import { closeHistory } from 'prosemirror-history';
import { TextSelection, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import { forEachUnit } from '../../src/document/chunks.js';
import { schema } from '../../src/document/schema.js';
import { mergeWithNext, newUnitId, setExcludedMany, setKind, splitUnit } from '../../src/document/structure.js';
import { unitAttrs, type UnitKind } from '../../src/document/unitAttrs.js';
import { findRepetitions } from '../../src/tm/repetitions.js';
import { englishTarget, isSentenceMode, sourceSentences, withEnglish } from '../../src/document/segments.js';
import { englishCellOf, findUnit, forEachCell, KEEP_ATTRS, sidesOf, STRUCTURAL, unitOfSelection } from './transactions.js';

/**
 * The row tools of issue 15 as transactions and commands: a row's kind, split and merge, several rows
 * excluded at once, repetitions filled, the Chinese copied to the English, and locks. Each is one
 * transaction, so one undo step; the structural ones pass the document's rules with `STRUCTURAL`.
 */

/** Transaction meta: Ctrl+Enter confirmed the unit with this id (the workbench then looks for repetitions). */
export const CONFIRMED = 'duizhao:confirmed';

/** A workbench transaction of its own undo step that sets attributes itself and may change structure. */
function structural(state: EditorState): Transaction {
  return closeHistory(state.tr.setMeta(KEEP_ATTRS, true).setMeta(STRUCTURAL, true));
}

/** Sets the kind (and heading level) of the unit `id`; null when it has it already. */
export function setKindTr(state: EditorState, id: string, kind: UnitKind, level: number | null): Transaction | null {
  const tr = structural(state);
  return setKind(tr, id, kind, level) ? tr : null;
}

/**
 * Splits the paragraph of the selection where the caret is in its Chinese; the English stays with the
 * first part and the caret goes to the new row's English. Null when the caret is not inside the Chinese
 * (nor at either end of it).
 */
export function splitAtCaret(state: EditorState, now = Date.now()): Transaction | null {
  const unit = unitOfSelection(state);
  if (!unit) return null;
  const { source } = sidesOf(unit);
  const { head } = state.selection;
  if (head <= source.from || head >= source.to) return null;
  const tr = structural(state);
  const newId = newUnitId(state.doc);
  if (!splitUnit(tr, unitAttrs(unit.node).id, head - source.from, now, newId)) return null;
  const next = findUnit(tr.doc, newId, unit.index);
  if (next) tr.setSelection(TextSelection.create(tr.doc, sidesOf(next).target.from));
  return tr.scrollIntoView();
}

/** Joins the unit `id` with the next one; null at the last unit or when either is locked. */
export function mergeNextTr(state: EditorState, id: string, now = Date.now()): Transaction | null {
  const tr = structural(state);
  return mergeWithNext(tr, id, now) ? tr : null;
}

/** The ids of the units a selection touches, in reading order (one for a caret). */
export function selectedUnitIds(state: EditorState): string[] {
  const { from, to } = state.selection;
  const ids: string[] = [];
  forEachUnit(state.doc, (node, pos) => {
    if (pos >= to && ids.length) return false;
    if (pos + node.nodeSize > from && pos < Math.max(to, from + 1)) ids.push(unitAttrs(node).id);
    return true;
  });
  return ids;
}

/** Excludes (by the user) or includes every unit in `ids` as one step, with how many changed; null when none. */
export function excludeUnitsTr(state: EditorState, ids: readonly string[], exclude: boolean): { tr: Transaction; changed: number } | null {
  const tr = structural(state);
  const changed = setExcludedMany(tr, ids, exclude);
  return changed ? { tr, changed } : null;
}

/**
 * Fills the repetitions of the unit `id` (see `findRepetitions`) with its English, as drafts marked
 * *Repetition*, in one transaction; null when there are none.
 */
export function fillRepetitionsTr(state: EditorState, id: string, now = Date.now()): { tr: Transaction; filled: number } | null {
  const from = findUnit(state.doc, id);
  const ids = new Set(findRepetitions(state.doc, id));
  if (!from || !ids.size) return null;
  // Links to glossary entries come along; note anchors belong to their own unit and do not.
  const english = englishTarget(from.node).content;
  const content: Node[] = [];
  english.forEach((child) => void content.push(child.mark(child.marks.filter((m) => m.type !== schema.marks.note))));
  const tr = structural(state);
  forEachUnit(state.doc, (node, pos) => {
    if (!ids.has(unitAttrs(node).id)) return;
    const at = tr.mapping.map(pos);
    if (isSentenceMode(node)) {
      // A repetition in sentence mode gets the English split over its sentence cells.
      const filled = withEnglish(node, schema.nodes.target.create(null, content), { ...node.attrs, status: 'draft', updated: now, fromMemory: false, repetition: true });
      tr.replaceWith(at, at + node.nodeSize, filled);
      return;
    }
    tr.setNodeAttribute(at, 'status', 'draft').setNodeAttribute(at, 'updated', now).setNodeAttribute(at, 'fromMemory', false).setNodeAttribute(at, 'repetition', true);
    const { target } = sidesOf({ node, pos });
    tr.replaceWith(tr.mapping.map(target.from), tr.mapping.map(target.to), content);
  });
  return { tr, filled: ids.size };
}

/**
 * In sentence mode, the cell a copy of the Chinese goes to and its sentence: the cell at the caret, or
 * the sentence holding the selected Chinese (or else the first). Null in paragraph mode.
 */
function sentenceOfCopy(state: EditorState, unit: { readonly node: Node; readonly pos: number }, inSource: boolean): { from: number; to: number; text: string } | null {
  if (!isSentenceMode(unit.node)) return null;
  const { text, ranges } = sourceSentences(unit.node);
  const cell = englishCellOf(state);
  let index = cell && cell.index >= 0 && cell.unit.pos === unit.pos ? cell.index : 0;
  if (inSource) {
    const offset = state.doc.textBetween(sidesOf(unit).source.from, state.selection.from, '\n').length;
    const found = ranges.findIndex((r) => offset < r.end);
    index = found < 0 ? ranges.length - 1 : found;
  }
  let at: { from: number; to: number; text: string } | null = null;
  forEachCell(unit, (node, pos, i) => {
    const range = ranges[i];
    if (i === index && range) at = { from: pos + 1, to: pos + 1 + node.content.size, text: text.slice(range.start, range.end) };
  });
  return at;
}

/**
 * Copies the Chinese of a unit (the selection's, or `unitId`'s) to its English (names, figures, codes):
 * a selection in the unit's Chinese is inserted at the end of the English, else the whole Chinese
 * replaces the English. In sentence mode it is one sentence: the Chinese sentence of the cell at the
 * caret replaces that cell's English (selected Chinese goes to the end of its sentence's cell). An edit
 * like typing (the unit becomes a draft); null for an excluded or locked unit.
 */
export function copySourceTr(state: EditorState, unitId?: string): Transaction | null {
  const here = unitOfSelection(state);
  const unit = unitId !== undefined && (!here || unitAttrs(here.node).id !== unitId) ? findUnit(state.doc, unitId) : here;
  if (!unit) return null;
  const attrs = unitAttrs(unit.node);
  if (attrs.excluded || attrs.locked) return null;
  const { source } = sidesOf(unit);
  const { from, to, empty } = state.selection;
  const inSource = unit === here && !empty && from >= source.from && to <= source.to;
  const sentence = sentenceOfCopy(state, unit, inSource);
  const target = sentence ? { from: sentence.from, to: sentence.to } : sidesOf(unit).target;
  const text = inSource ? state.doc.textBetween(from, to, '\n') : sentence ? sentence.text : unit.node.child(0).textContent;
  if (!text) return null;
  const tr = closeHistory(state.tr);
  if (inSource) tr.insert(target.to, schema.text(text));
  else tr.replaceWith(target.from, target.to, schema.text(text));
  const end = tr.mapping.map(target.to);
  return tr.setSelection(TextSelection.create(tr.doc, end)).scrollIntoView();
}

/** Why a unit cannot be locked: only confirmed (translated) or reviewed units can. */
export function canLock(node: Node): boolean {
  const attrs = unitAttrs(node);
  return !attrs.excluded && (attrs.status === 'translated' || attrs.status === 'reviewed');
}

/** Locks or unlocks the unit `id`; null when it is so already, or cannot be locked. */
export function setLockedTr(state: EditorState, id: string, locked: boolean): Transaction | null {
  const unit = findUnit(state.doc, id);
  if (!unit || unitAttrs(unit.node).locked === locked || (locked && !canLock(unit.node))) return null;
  return closeHistory(state.tr.setMeta(KEEP_ATTRS, true)).setNodeAttribute(unit.pos, 'locked', locked);
}

/** What the row tools' key commands tell the translator (an i18next key and values). */
export type Notify = (key: string, values?: Record<string, unknown>) => void;

/** Ctrl+Alt+Enter: splits the paragraph where the caret is in its Chinese. */
export function splitCommand(notify: Notify): Command {
  return (state, dispatch) => {
    if (!unitOfSelection(state)) return false;
    const tr = splitAtCaret(state);
    if (!tr) notify('rowTools.splitWhere');
    else dispatch?.(tr);
    return true;
  };
}

/** Ctrl+Alt+J: joins the paragraph with the next one. */
export function mergeCommand(notify: Notify): Command {
  return (state, dispatch) => {
    const unit = unitOfSelection(state);
    if (!unit) return false;
    const tr = mergeNextTr(state, unitAttrs(unit.node).id);
    if (!tr) notify('rowTools.cannotMerge');
    else dispatch?.(tr.scrollIntoView());
    return true;
  };
}

/** Ctrl+Shift+Insert: copies the Chinese to the English. */
export function copySourceCommand(notify: Notify): Command {
  return (state, dispatch) => {
    const unit = unitOfSelection(state);
    if (!unit) return false;
    if (unitAttrs(unit.node).locked) notify('rowTools.locked');
    const tr = copySourceTr(state);
    if (tr) dispatch?.(tr);
    return true;
  };
}

/** Ctrl+Alt+L: locks a confirmed or reviewed paragraph, or unlocks a locked one. */
export function lockCommand(notify: Notify): Command {
  return (state, dispatch) => {
    const unit = unitOfSelection(state);
    if (!unit) return false;
    const locked = unitAttrs(unit.node).locked;
    const tr = setLockedTr(state, unitAttrs(unit.node).id, !locked);
    if (!tr) notify('rowTools.lockConfirmedOnly');
    else {
      dispatch?.(tr);
      notify(locked ? 'rowTools.unlocked' : 'rowTools.lockedNow');
    }
    return true;
  };
}
