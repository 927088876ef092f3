import type { Mark, Node } from 'prosemirror-model';
import { closeHistory } from 'prosemirror-history';
import { TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import { ReplaceAroundStep, ReplaceStep } from 'prosemirror-transform';
import { forEachUnit, unitAtPos } from '../../src/document/chunks.js';
import { excludeAbove, excludeBelow, makeTitle } from '../../src/document/corrections.js';
import { positionOfOffset } from '../../src/document/plainText.js';
import { cellStatus, derivedStatus, isSentenceMode, toParagraphMode, toSentenceMode } from '../../src/document/segments.js';
import type { PretranslateFill } from '../../src/tm/pretranslate.js';
import { schema } from '../../src/document/schema.js';
import { unitAttrs, type ExclusionReason, type UnitAttrs, type UnitStatus } from '../../src/document/unitAttrs.js';

/**
 * Every change the workbench makes to the document is a transaction built here, so each is one step
 * of the one undo history: status and exclusion, pre-translation, a merged XLIFF or review table, a
 * deleted note, links and notes on a selection. The functions read the editor's document (units in
 * chunks) and never touch a view.
 */

/** Transaction meta: the transaction sets the units' attributes itself (the edit tracker leaves them alone). */
export const KEEP_ATTRS = 'duizhao:keepAttrs';
/** Transaction meta: a structural replace the guard lets through (whole units, chunks). */
export const STRUCTURAL = 'duizhao:structural';

/**
 * Where each text replacement of `transactions` (typing, paste, a replace) landed in the document
 * after all of them, for the plugins that react to edits of the English (the document's rules, the
 * review tracker); transactions `skip` answers true for are passed over.
 */
export function replacedPositions(transactions: readonly Transaction[], skip: (tr: Transaction) => boolean): number[] {
  const positions: number[] = [];
  transactions.forEach((tr, t) => {
    if (!tr.docChanged || skip(tr)) return;
    tr.steps.forEach((s, i) => {
      if (!(s instanceof ReplaceStep || s instanceof ReplaceAroundStep)) return;
      let pos = tr.mapping.slice(i).map(s.from, -1);
      for (const later of transactions.slice(t + 1)) pos = later.mapping.map(pos, -1);
      positions.push(pos);
    });
  });
  return positions;
}

/** A transaction of the workbench's own (not typing): its own undo step, never joined to the typing before it. */
function step(state: EditorState): Transaction {
  return closeHistory(state.tr.setMeta(KEEP_ATTRS, true));
}

/** A [start, end) range of a text in UTF-16 offsets. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** A unit found in the document: its node, position and reading-order index. */
export interface FoundUnit {
  readonly node: Node;
  readonly pos: number;
  readonly index: number;
}

/** The unit with id `id`, or null; a walk over the units, stopping at the one found. */
export function findUnit(doc: Node, id: string, hint?: number): FoundUnit | null {
  let found: FoundUnit | null = null;
  forEachUnit(doc, (node, pos, index) => {
    if (hint !== undefined && index < hint) return true;
    if (unitAttrs(node).id !== id) return true;
    found = { node, pos, index };
    return false;
  });
  if (!found && hint !== undefined) return findUnit(doc, id);
  return found;
}

/** The unit the selection's head is in, or null. */
export function unitOfSelection(state: EditorState): FoundUnit | null {
  return unitAtPos(state.doc, state.selection.head);
}

/** The positions of a unit's Chinese and English content (inside the `source` and `target` nodes). */
export function sidesOf(unit: { readonly node: Node; readonly pos: number }): { source: { from: number; to: number }; target: { from: number; to: number } } {
  const source = unit.node.child(0);
  const sourceFrom = unit.pos + 2;
  const targetFrom = sourceFrom + source.nodeSize;
  return {
    source: { from: sourceFrom, to: sourceFrom + source.content.size },
    target: { from: targetFrom, to: targetFrom + unit.node.child(1).content.size },
  };
}

function setAttrs(tr: Transaction, pos: number, node: Node, attrs: Partial<UnitAttrs>): boolean {
  let changed = false;
  for (const [name, value] of Object.entries(attrs)) {
    if (node.attrs[name] === value) continue;
    tr.setNodeAttribute(pos, name, value);
    changed = true;
  }
  return changed;
}

/**
 * Sets a unit's workflow status (Ctrl+Enter, the status menu); null when it has it already or is
 * missing. In sentence mode every sentence cell takes it (`cellStatus`: an empty cell of a unit not
 * confirmed stays untranslated) and the unit's status is derived from the cells'; with
 * `onlyWithEnglish`, only the cells that have English take it (the others keep theirs).
 */
export function setStatus(state: EditorState, id: string, status: UnitStatus, now = Date.now(), onlyWithEnglish = false): Transaction | null {
  const unit = findUnit(state.doc, id);
  if (!unit) return null;
  if (isSentenceMode(unit.node)) {
    const tr = step(state);
    const statuses: UnitStatus[] = [];
    forEachCell(unit, (cell, pos) => {
      const empty = cell.textContent.trim() === '';
      const before = cell.attrs['status'] as UnitStatus;
      // Confirming keeps a reviewed sentence reviewed, as it keeps a reviewed paragraph.
      const keep = (onlyWithEnglish && empty) || (status === 'translated' && before === 'reviewed');
      const next = keep ? before : cellStatus(cell.textContent, status);
      statuses.push(next);
      if (cell.attrs['status'] !== next) tr.setNodeAttribute(pos, 'status', next);
    });
    setAttrs(tr, unit.pos, unit.node, { status: derivedStatus(statuses), updated: now });
    return tr.docChanged ? tr : null;
  }
  if (unitAttrs(unit.node).status === status) return null;
  const tr = step(state);
  setAttrs(tr, unit.pos, unit.node, { status, updated: now });
  return tr;
}

/** The sentence cells of a unit in sentence mode without English, and how many cells it has (0 and 0 in paragraph mode). */
export function emptyCells(unit: Node): { empty: number; total: number } {
  if (!isSentenceMode(unit)) return { empty: 0, total: 0 };
  let empty = 0;
  unit.child(1).forEach((cell) => {
    if (cell.textContent.trim() === '') empty++;
  });
  return { empty, total: unit.child(1).childCount };
}

/** Calls `f` with each sentence cell of a sentence-mode unit and its position (before the cell). */
export function forEachCell(unit: { readonly node: Node; readonly pos: number }, f: (cell: Node, pos: number, index: number) => void): void {
  if (!isSentenceMode(unit.node)) return;
  const base = sidesOf(unit).target.from;
  unit.node.child(1).forEach((cell, offset, index) => f(cell, base + offset, index));
}

/** The English cell the selection is in: a paragraph's `target` or a sentence `segment` (index ≥ 0), with its content's positions. */
export interface EnglishCell {
  readonly unit: FoundUnit;
  readonly node: Node;
  /** The position before the cell node. */
  readonly pos: number;
  readonly from: number;
  readonly to: number;
  /** The sentence's index in sentence mode; -1 for a paragraph's English. */
  readonly index: number;
}

/** The English cell that holds the whole selection, or null (in the Chinese, across cells, or outside the units). */
export function englishCellOf(state: EditorState): EnglishCell | null {
  const { $from, $to } = state.selection;
  if (!$from.sameParent($to)) return null;
  const parent = $from.parent;
  if (parent.type !== schema.nodes.target && parent.type !== schema.nodes.segment) return null;
  const unit = unitAtPos(state.doc, $from.pos);
  if (!unit) return null;
  const pos = $from.before();
  const index = parent.type === schema.nodes.segment ? $from.index($from.depth - 1) : -1;
  return { unit, node: parent, pos, from: pos + 1, to: pos + 1 + parent.content.size, index };
}

/**
 * Sets one sentence cell's status (Ctrl+Enter in a sentence) and the unit's, derived from its cells';
 * null when it has it already.
 */
export function setCellStatus(state: EditorState, unit: FoundUnit, index: number, status: UnitStatus, now = Date.now()): Transaction | null {
  const tr = step(state);
  const statuses: UnitStatus[] = [];
  forEachCell(unit, (cell, pos, i) => {
    const next = i === index ? status : (cell.attrs['status'] as UnitStatus);
    statuses.push(next);
    if (i === index && cell.attrs['status'] !== status) tr.setNodeAttribute(pos, 'status', status);
  });
  if (!tr.docChanged) return null;
  setAttrs(tr, unit.pos, unit.node, { status: derivedStatus(statuses), updated: now });
  return tr;
}

/** What switching the mode of units did: how many switched, and how many could not (excluded, or no Chinese sentence). */
export interface ModeSwitch {
  readonly tr: Transaction;
  readonly switched: number;
  readonly skipped: number;
}

/**
 * Switches units (the ids given, or every unit) to sentence or paragraph mode as one undoable
 * transaction (`toSentenceMode`, `toParagraphMode`: no English is lost). The caret stays in the
 * unit it was in (in its first sentence, or at the end of its English). Null when nothing switches.
 */
export function setSentenceMode(state: EditorState, ids: ReadonlySet<string> | 'all', sentences: boolean): ModeSwitch | null {
  const tr = step(state).setMeta(STRUCTURAL, true);
  const caretUnit = unitOfSelection(state);
  let switched = 0;
  let skipped = 0;
  forEachUnit(state.doc, (node, pos) => {
    if (ids !== 'all' && !ids.has(unitAttrs(node).id)) return;
    if (isSentenceMode(node) === sentences) return;
    const next = sentences ? toSentenceMode(node) : toParagraphMode(node);
    if (!next) {
      skipped++;
      return;
    }
    const from = tr.mapping.map(pos);
    tr.replaceWith(from, from + node.nodeSize, next);
    switched++;
  });
  if (!switched) return null;
  if (caretUnit) {
    const found = findUnit(tr.doc, unitAttrs(caretUnit.node).id, caretUnit.index);
    if (found) {
      const { target } = sidesOf(found);
      const at = isSentenceMode(found.node) ? target.from + 1 : target.to;
      tr.setSelection(TextSelection.create(tr.doc, at));
    }
  }
  return { tr: tr.scrollIntoView(), switched, skipped };
}

/** Excludes a unit from translation (by the user) or includes it again (null). */
export function setExcluded(state: EditorState, id: string, excluded: ExclusionReason | null): Transaction | null {
  const unit = findUnit(state.doc, id);
  if (!unit || unitAttrs(unit.node).excluded === excluded) return null;
  const tr = step(state);
  setAttrs(tr, unit.pos, unit.node, excluded === 'chrome' ? { excluded } : { excluded, excludedReason: null });
  return tr;
}

/**
 * Pre-translation: each untranslated, empty paragraph named gets its English as plain text, status
 * draft, marked as from memory. One transaction however many paragraphs; null when none is filled.
 */
export function fillFromMemory(state: EditorState, fills: ReadonlyMap<string, PretranslateFill>, now = Date.now()): { tr: Transaction; filled: number } | null {
  const tr = step(state);
  let filled = 0;
  forEachUnit(state.doc, (node, pos) => {
    const attrs = unitAttrs(node);
    const english = fills.get(attrs.id);
    if (english === undefined || attrs.excluded) return;
    if (typeof english !== 'string') {
      if (fillCells(tr, { node, pos }, english, now)) filled++;
      return;
    }
    if (isSentenceMode(node) || attrs.status !== 'untranslated' || node.child(1).textContent.trim() !== '') return;
    const { target } = sidesOf({ node, pos });
    // Attribute steps and a replace inside the target: positions before it do not move.
    const mapped = tr.mapping.map(pos);
    setAttrs(tr, mapped, node, { status: 'draft', updated: now, fromMemory: true });
    tr.replaceWith(tr.mapping.map(target.from), tr.mapping.map(target.to), english ? schema.text(english) : []);
    filled++;
  });
  return filled ? { tr, filled } : null;
}

/** Fills the empty, untranslated sentence cells of a unit that a pre-translation gives English; false when none. */
function fillCells(tr: Transaction, unit: { readonly node: Node; readonly pos: number }, english: readonly (string | null)[], now: number): boolean {
  if (!isSentenceMode(unit.node)) return false;
  const statuses: UnitStatus[] = [];
  let any = false;
  forEachCell(unit, (cell, pos, i) => {
    const text = english[i];
    const fill = !!text && cell.attrs['status'] === 'untranslated' && cell.content.size === 0;
    statuses.push(fill ? 'draft' : (cell.attrs['status'] as UnitStatus));
    if (!fill) return;
    // Attribute steps and replaces inside cells: map each position through what was done before.
    tr.setNodeAttribute(tr.mapping.map(pos), 'status', 'draft');
    tr.insert(tr.mapping.map(pos + 1), schema.text(text));
    any = true;
  });
  if (any) setAttrs(tr, tr.mapping.map(unit.pos), unit.node, { status: derivedStatus(statuses), updated: now, fromMemory: true });
  return any;
}

/** Removes a note's anchors from both sides of every unit; null when it has none. */
export function removeNoteAnchors(state: EditorState, noteId: string): Transaction | null {
  const tr = step(state);
  const isAnchor = (m: Mark): boolean => m.type === schema.marks.note && m.attrs['noteId'] === noteId;
  state.doc.descendants((node, pos) => {
    if (!node.isText) return true;
    const anchor = node.marks.find(isAnchor);
    if (anchor) tr.removeMark(pos, pos + node.nodeSize, anchor);
    return false;
  });
  return tr.docChanged ? tr : null;
}

/**
 * A project document from outside (a merged XLIFF or review table) applied as one transaction: each
 * unit that differs is replaced, the others stay (with their views). The unit ids must be the same, in
 * the same order; null when they are not (the caller then loads the document instead) or nothing differs.
 */
export function replaceUnits(state: EditorState, incoming: Node): Transaction | null {
  const current: FoundUnit[] = [];
  forEachUnit(state.doc, (node, pos, index) => void current.push({ node, pos, index }));
  const next: Node[] = [];
  forEachUnit(incoming, (node) => void next.push(node));
  if (next.length !== current.length || next.some((n, i) => unitAttrs(n).id !== unitAttrs((current[i] as FoundUnit).node).id)) return null;
  const tr = step(state).setMeta(STRUCTURAL, true);
  next.forEach((node, i) => {
    const unit = current[i] as FoundUnit;
    if (unit.node.eq(node)) return;
    const from = tr.mapping.map(unit.pos);
    tr.replaceWith(from, from + unit.node.nodeSize, node);
  });
  return tr.docChanged ? tr : null;
}

/** The positions of a plain-text span of a unit's English (or Chinese), clamped to its content. */
export function spanPositions(unit: { readonly node: Node; readonly pos: number }, side: 'source' | 'target', span: TextSpan): { from: number; to: number } {
  const node = unit.node.child(side === 'source' ? 0 : 1);
  const base = sidesOf(unit)[side].from;
  const from = Math.min(positionOfOffset(node, span.start), node.content.size);
  const to = Math.min(positionOfOffset(node, span.end), node.content.size);
  return { from: base + from, to: base + Math.max(from, to) };
}

/** A transaction putting the caret in a unit's English (`caretIn`: at its end, or in its first sentence not confirmed), or selecting a span of it. */
export function selectInTarget(state: EditorState, id: string, span?: TextSpan): Transaction | null {
  const unit = findUnit(state.doc, id);
  if (!unit) return null;
  const range = span ? spanPositions(unit, 'target', span) : { from: caretIn(unit), to: caretIn(unit) };
  return state.tr.setSelection(TextSelection.create(state.doc, range.from, range.to));
}

/** Inserts text at the selection (which must be in an English) as a link to a glossary entry. */
export function insertTermLink(state: EditorState, text: string, entryId: string): Transaction {
  const mark = schema.marks.term.create({ entryId });
  return state.tr.replaceSelectionWith(schema.text(text, [mark]), false).setStoredMarks([]).scrollIntoView();
}

/**
 * Inserts a memory match's English into the unit of the selection: it replaces the whole English
 * when that is empty or wholly selected, else the selection (or goes in at the caret). Null outside an English.
 */
export function insertMatchText(state: EditorState, english: string): Transaction | null {
  const cell = englishCellOf(state);
  if (!cell || unitAttrs(cell.unit.node).excluded) return null;
  // In sentence mode the match goes into the sentence cell the caret is in.
  const target = { from: cell.from, to: cell.to };
  const { from, to } = state.selection;
  const whole = cell.node.textContent.trim() === '' || (from <= target.from && to >= target.to);
  const tr = whole ? state.tr.replaceWith(target.from, target.to, schema.text(english)) : state.tr.replaceSelectionWith(schema.text(english), false);
  return tr.scrollIntoView();
}

/**
 * Where the caret goes in a unit reached by moving on (after a confirmation): in sentence mode the end
 * of its first sentence not confirmed (else of its last), in paragraph mode the end of its English.
 */
export function caretIn(unit: { readonly node: Node; readonly pos: number }, after = -1): number {
  const { target } = sidesOf(unit);
  if (!isSentenceMode(unit.node)) return target.to;
  let at = -1;
  let last = target.to - 1;
  forEachCell(unit, (cell, pos, i) => {
    last = pos + 1 + cell.content.size;
    const status = cell.attrs['status'] as UnitStatus;
    if (at < 0 && i > after && status !== 'translated' && status !== 'reviewed') at = last;
  });
  return at >= 0 ? at : last;
}

/** The next unit after `fromIndex` (wrapping round) that is neither excluded nor translated; null when all are done. */
export function nextUntranslated(doc: Node, fromIndex: number): string | null {
  const units: Node[] = [];
  forEachUnit(doc, (u) => void units.push(u));
  for (let step = 1; step <= units.length; step++) {
    const attrs = unitAttrs(units[(fromIndex + step) % units.length] as Node);
    if (!attrs.excluded && (attrs.status === 'untranslated' || attrs.status === 'draft')) return attrs.id;
  }
  return null;
}

/** The nearest unit before or after the one at `fromIndex` that is not excluded; null at either end. */
export function neighbour(doc: Node, fromIndex: number, delta: -1 | 1): string | null {
  const units: Node[] = [];
  forEachUnit(doc, (u) => void units.push(u));
  for (let i = fromIndex + delta; i >= 0 && i < units.length; i += delta) {
    const attrs = unitAttrs(units[i] as Node);
    if (!attrs.excluded) return attrs.id;
  }
  return null;
}

/** The latest non-empty selection in one side of one unit: what "the selected text" means for the glossary and notes. */
export interface SideSelection {
  readonly unitId: string;
  readonly side: 'source' | 'target';
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/** The selection as a span of one side of one unit, or null (empty, or across units or sides). */
export function sideSelection(state: EditorState): SideSelection | null {
  const { from, to, empty, $from, $to } = state.selection;
  if (empty || !$from.sameParent($to)) return null;
  const parent = $from.parent.type;
  if (parent !== schema.nodes.source && parent !== schema.nodes.target && parent !== schema.nodes.segment) return null;
  const unit = $from.node($from.depth - (parent === schema.nodes.segment ? 2 : 1));
  return { unitId: unitAttrs(unit).id, side: parent === schema.nodes.source ? 'source' : 'target', from, to, text: state.doc.textBetween(from, to, '\n') };
}

/** Links a span (still holding `text`) to a glossary entry, replacing any link there; null when the span moved. */
export function linkSpan(state: EditorState, span: SideSelection, entryId: string | null): Transaction | null {
  if (span.to > state.doc.content.size || state.doc.textBetween(span.from, span.to, '\n') !== span.text) return null;
  const tr = closeHistory(state.tr).removeMark(span.from, span.to, schema.marks.term);
  if (entryId) tr.addMark(span.from, span.to, schema.marks.term.create({ entryId }));
  return tr;
}

/** Anchors a note on a span (still holding `text`); null when the span moved. */
export function anchorNote(state: EditorState, span: SideSelection, noteId: string): Transaction | null {
  if (span.to > state.doc.content.size || state.doc.textBetween(span.from, span.to, '\n') !== span.text) return null;
  return closeHistory(state.tr).addMark(span.from, span.to, schema.marks.note.create({ noteId }));
}

/** Issue 11's corrections of what import detected. */
export type Correction = 'excludeAbove' | 'excludeBelow' | 'makeTitle';

/**
 * One correction at the unit `id` as one transaction, with the number of units it excluded; null when
 * there is nothing to change.
 */
export function correct(state: EditorState, kind: Correction, id: string): { tr: Transaction; excluded: number } | null {
  const tr = step(state);
  if (!{ excludeAbove, excludeBelow, makeTitle }[kind](tr, id)) return null;
  const excluded = tr.steps.filter((s) => (s as unknown as { attr?: string }).attr === 'excluded').length;
  return { tr, excluded: kind === 'makeTitle' ? 0 : excluded };
}
