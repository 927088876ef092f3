import { baseKeymap, toggleMark } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import type { Node } from 'prosemirror-model';
import { TextSelection, type Command, type EditorState, type Plugin, type Transaction } from 'prosemirror-state';
import { schema } from '../../src/document/schema.js';
import { unitAttrs } from '../../src/document/unitAttrs.js';
import type { TermOccurrence } from '../../src/glossary/termOccurrences.js';
import { documentRules } from './plugins/documentRules.js';
import { activeUnit, qaMarks, runInHeading, termHighlight } from './plugins/decorations.js';
import { plainTextPaste } from './plugins/plainTextPaste.js';
import { findHighlight } from './plugins/findHighlight.js';
import { rowFilter, visibleNeighbour } from './plugins/rowFilter.js';
import { predictive, type PredictiveServices } from './plugins/predictive.js';
import { spellMarks, type SpellServices } from './plugins/spellMarks.js';
import { rowChromeRealizer, tabFromEnglish } from './nodeViews.js';
import { editingHost } from './plugins/editingHost.js';
import { domSelection } from './domSelection.js';
import { CONFIRMED, copySourceCommand, lockCommand, mergeCommand, splitCommand } from './rowTools.js';
import { lockedRows } from './plugins/lockedRows.js';
import { forEachUnit } from '../../src/document/chunks.js';
import { plainTextOf } from '../../src/document/plainText.js';
import { isSentenceMode, sourceSentences } from '../../src/document/segments.js';
import { reviewTracking, type Reviewer } from './plugins/reviewTracking.js';
import { reviewMarks, type DescribeChange } from './plugins/reviewMarks.js';
import { goToChange, settleAtCaret } from './review.js';
import { caretIn, correct, emptyCells, englishCellOf, findUnit, forEachCell, insertMatchText, type Correction, type EnglishCell, insertTermLink, KEEP_ATTRS, nextUntranslated, selectInTarget, setCellStatus, setSentenceMode, setStatus, sidesOf, unitOfSelection, type FoundUnit } from './transactions.js';

/** What the editor's commands and plugins ask of the workbench beyond the document. */
export interface EditorServices {
  /** The glossary terms in a unit's Chinese (cached by the workbench per unit and glossary version). */
  occurrences(unit: Node): readonly TermOccurrence[];
  /** Ctrl+1…9: the preferred rendering of the n-th glossary term of a unit's Chinese, if any. */
  rendering(unitId: string, n: number): { readonly text: string; readonly entryId: string } | null;
  /** Ctrl+M: the English of the memory match selected for a unit, if any. */
  memoryMatch(unitId: string): string | null;
  /** Alt+Shift+Up / Alt+Shift+Down: select the previous or next memory match. */
  selectMatch(unitId: string, delta: -1 | 1): void;
  /** A short message for the translator (an i18next key and its values). */
  notify(key: string, values?: Record<string, unknown>): void;
  /** Sentence mode: confirming a paragraph some of whose sentences have no English asks first (a dialog). */
  askConfirm?(request: ConfirmRequest): void;
  /** Spell marks and predictive typing in the English (left out in tests of other commands). */
  readonly assist?: SpellServices & PredictiveServices;
  /** Review mode and the reviewer's name, read on each edit (review mode is off when absent). */
  readonly reviewer?: () => Reviewer;
  /** The tooltip of a tracked change (author and time in the UI's words). */
  readonly describeChange?: DescribeChange;
}

/** A paragraph in sentence mode to confirm although `empty` of its `total` sentences have no English. */
export interface ConfirmRequest {
  readonly unitId: string;
  readonly status: 'translated' | 'reviewed';
  readonly empty: number;
  readonly total: number;
}

/** The unit of the selection when the selection is in its English and it is not excluded. */
function editableUnit(state: EditorState): FoundUnit | null {
  const unit = unitOfSelection(state);
  if (!unit || unitAttrs(unit.node).excluded) return null;
  const { target } = sidesOf(unit);
  const { from, to } = state.selection;
  return from >= target.from && to <= target.to ? unit : null;
}

/**
 * Ctrl+Enter: in a sentence cell, confirms that sentence and goes to the next one not confirmed;
 * elsewhere confirms the paragraph (`confirmParagraph`).
 */
export function confirmUnit(services: EditorServices): Command {
  return (state, dispatch) => {
    const unit = unitOfSelection(state);
    if (!unit) return false;
    if (unitAttrs(unit.node).excluded) return true;
    const cell = englishCellOf(state);
    if (cell && cell.index >= 0) return confirmSentence(services, state, cell, dispatch);
    return confirmParagraph(services)(state, dispatch);
  };
}

/** Moves the caret on after a confirmation: to `within`'s next sentence not confirmed after `after`, else to the next paragraph not done. */
function moveOn(services: EditorServices, tr: Transaction, unit: FoundUnit, after: number | null): Transaction {
  if (after !== null) {
    const here = findUnit(tr.doc, unitAttrs(unit.node).id, unit.index);
    if (here) {
      let open = false;
      forEachCell(here, (cell, _pos, i) => {
        if (i > after && cell.attrs['status'] !== 'translated' && cell.attrs['status'] !== 'reviewed') open = true;
      });
      if (open) return tr.setSelection(TextSelection.create(tr.doc, caretIn(here, after))).scrollIntoView();
    }
  }
  const next = nextUntranslated(tr.doc, unit.index);
  if (next) {
    const found = findUnit(tr.doc, next);
    if (found) tr.setSelection(TextSelection.create(tr.doc, caretIn(found))).scrollIntoView();
  } else services.notify('confirm.allDone');
  return tr;
}

/** Ctrl+Enter in a sentence cell: marks the sentence translated (a reviewed one stays reviewed) and moves on. */
function confirmSentence(services: EditorServices, state: EditorState, cell: EnglishCell, dispatch: ((tr: Transaction) => void) | undefined): boolean {
  if (cell.node.textContent.trim() === '') {
    services.notify('sentences.notEmpty');
    return true;
  }
  if (!dispatch) return true;
  const status = cell.node.attrs['status'] === 'reviewed' ? 'reviewed' : 'translated';
  const tr = setCellStatus(state, cell.unit, cell.index, status) ?? state.tr;
  dispatch(moveOn(services, tr, cell.unit, cell.index));
  return true;
}

/**
 * Ctrl+Shift+Enter (and Ctrl+Enter outside a sentence cell): marks the paragraph translated (a
 * reviewed one stays reviewed) and goes to the next untranslated one. In sentence mode every
 * sentence is confirmed; when some have no English the workbench asks first (`askConfirm`).
 */
export function confirmParagraph(services: EditorServices): Command {
  return (state, dispatch) => {
    const unit = unitOfSelection(state);
    if (!unit) return false;
    const attrs = unitAttrs(unit.node);
    if (attrs.excluded) return true;
    if (plainTextOf(unit.node.child(1)).text.trim() === '') {
      services.notify('confirm.notEmpty');
      return true;
    }
    if (!dispatch) return true;
    // In review mode Ctrl+Enter is the reviewer's confirmation.
    const confirmed = services.reviewer?.().on ? 'reviewed' : attrs.status === 'reviewed' ? 'reviewed' : 'translated';
    if (isSentenceMode(unit.node)) {
      const { empty, total } = emptyCells(unit.node);
      if (empty > 0 && services.askConfirm) {
        services.askConfirm({ unitId: attrs.id, status: confirmed, empty, total });
        return true;
      }
      const tr = (setStatus(state, attrs.id, confirmed) ?? state.tr).setMeta(CONFIRMED, attrs.id);
      dispatch(moveOn(services, tr, unit, null));
      return true;
    }
    const tr = state.tr.setMeta(KEEP_ATTRS, true).setMeta(CONFIRMED, attrs.id);
    if (attrs.status !== confirmed) tr.setNodeAttribute(unit.pos, 'status', confirmed).setNodeAttribute(unit.pos, 'updated', Date.now());
    dispatch(moveOn(services, tr, unit, null));
    return true;
  };
}

/**
 * Ctrl+Alt+S: switches the paragraph of the selection between paragraph and sentence mode (one undo
 * step, no English lost); Ctrl+Alt+Shift+S: every paragraph, to sentence mode unless all are in it already.
 */
export function toggleSentenceMode(services: Pick<EditorServices, 'notify'>, whole: boolean): Command {
  return (state, dispatch) => {
    const unit = unitOfSelection(state);
    if (!whole && !unit) return false;
    let sentences: boolean;
    if (whole) {
      let all = true;
      forEachUnit(state.doc, (node) => {
        if (!unitAttrs(node).excluded && !isSentenceMode(node) && sourceSentences(node).ranges.length > 0) all = false;
        return all;
      });
      sentences = !all;
    } else sentences = !isSentenceMode((unit as FoundUnit).node);
    const made = setSentenceMode(state, whole ? 'all' : new Set([unitAttrs((unit as FoundUnit).node).id]), sentences);
    if (!made) {
      services.notify(whole ? 'sentences.nothingToSwitch' : 'sentences.cannotSwitch');
      return true;
    }
    dispatch?.(made.tr);
    if (whole) services.notify(sentences ? 'sentences.allSentences' : 'sentences.allParagraphs', { count: made.switched });
    return true;
  };
}

/** Alt+Up / Alt+Down: the previous or next paragraph that is not excluded. */
export function moveUnit(delta: -1 | 1): Command {
  return (state, dispatch) => {
    const unit = unitOfSelection(state);
    if (!unit) return false;
    const next = visibleNeighbour(state, unit.index, delta);
    const tr = next ? selectInTarget(state, next) : null;
    if (tr && dispatch) dispatch(tr.scrollIntoView());
    return true;
  };
}

/** Ctrl+1…9: inserts the preferred rendering of the paragraph's n-th term as a link to its entry. */
export function insertRendering(services: EditorServices, n: number): Command {
  return (state, dispatch) => {
    const unit = editableUnit(state);
    if (!unit) return false;
    const found = services.rendering(unitAttrs(unit.node).id, n);
    if (found && dispatch) dispatch(insertTermLink(state, found.text, found.entryId));
    return true;
  };
}

/** Ctrl+M: inserts the memory match selected in the side panel (the whole English when empty or wholly selected). */
export function insertMatch(services: EditorServices): Command {
  return (state, dispatch) => {
    const unit = editableUnit(state);
    if (!unit) return false;
    const english = services.memoryMatch(unitAttrs(unit.node).id);
    const tr = english === null ? null : insertMatchText(state, english);
    if (tr && dispatch) dispatch(tr);
    return true;
  };
}

/** Alt+Shift+Up / Alt+Shift+Down: selects the previous or next memory match of the paragraph. */
export function selectMatch(services: EditorServices, delta: -1 | 1): Command {
  return (state) => {
    const unit = unitOfSelection(state);
    if (!unit) return false;
    services.selectMatch(unitAttrs(unit.node).id, delta);
    return true;
  };
}

/** One of issue 11's corrections, applied at the selection's unit as one undoable transaction. */
export function correction(kind: Correction, services?: EditorServices): Command {
  return (state, dispatch) => {
    const unit = unitOfSelection(state);
    if (!unit) return false;
    const made = correct(state, kind, unitAttrs(unit.node).id);
    if (made && dispatch) {
      dispatch(made.tr.scrollIntoView());
      correctionNotice(kind, made.excluded, services);
    }
    return true;
  };
}

/** The message after a correction: how many rows it excluded, or that the row is now the title. */
export function correctionNotice(kind: Correction, excluded: number, services?: Pick<EditorServices, 'notify'>): void {
  if (kind === 'makeTitle') services?.notify('correct.titleSet');
  else services?.notify(kind === 'excludeAbove' ? 'correct.excludedAbove' : 'correct.excludedBelow', { count: excluded });
}

/** The side (Chinese or English content) the selection is in, as positions; null across sides. In sentence mode: the sentence cell. */
function sideRange(state: EditorState): { from: number; to: number } | null {
  const { $head } = state.selection;
  if ($head.parent.type === schema.nodes.segment) return { from: $head.start(), to: $head.end() };
  const unit = unitOfSelection(state);
  if (!unit) return null;
  const sides = sidesOf(unit);
  const { head } = state.selection;
  return head >= sides.target.from && head <= sides.target.to ? sides.target : head >= sides.source.from && head <= sides.source.to ? sides.source : null;
}

/** Ctrl+A: selects the paragraph's English (or Chinese, or in sentence mode the sentence's English), as it did when each row had its own editor. */
const selectSide: Command = (state, dispatch) => {
  const range = sideRange(state);
  if (!range) return false;
  dispatch?.(state.tr.setSelection(TextSelection.create(state.doc, range.from, range.to)));
  return true;
};

/** Ctrl+Home / Ctrl+End (with Shift: extending the selection): the start or end of the paragraph's English. */
function sideEdge(end: boolean, extend: boolean): Command {
  return (state, dispatch) => {
    const range = sideRange(state);
    if (!range) return false;
    const to = end ? range.to : range.from;
    dispatch?.(state.tr.setSelection(TextSelection.create(state.doc, extend ? state.selection.anchor : to, to)).scrollIntoView());
    return true;
  };
}

const insertHardBreak: Command = (state, dispatch) => {
  if (!editableUnit(state)) return false;
  dispatch?.(state.tr.replaceSelectionWith(schema.nodes.hard_break.create()).scrollIntoView());
  return true;
};

/** A target is one paragraph: Enter does not split it. */
const swallow: Command = () => true;

/**
 * Backspace at the start of an English cell, Delete at its end: nothing, as at the edge of a text box
 * (the base keymap would go on to select the row's Chinese or the next row as a node).
 */
export const cellEdge =
  (end: boolean): Command =>
  (state) => {
    const { selection } = state;
    const { $from } = selection;
    if (!selection.empty || ($from.parent.type.name !== 'target' && $from.parent.type.name !== 'segment')) return false;
    return $from.parentOffset === (end ? $from.parent.content.size : 0);
  };

/** Runs a row command on the selection the user sees (see `domSelection`). */
export function onCaret(command: Command): Command {
  return (state, dispatch, view) => {
    const selection = domSelection(state, view);
    if (!selection) return command(state, dispatch, view);
    const sync = state.tr.setSelection(selection);
    return command(
      state.apply(sync),
      dispatch &&
        ((tr) => {
          dispatch(sync);
          dispatch(tr);
        }),
      view,
    );
  };
}

/** Review mode's keys: accept or reject the change at the caret, go to the next or previous change. */
function reviewKeys(services: EditorServices): Record<string, Command> {
  const notify = services.notify.bind(services);
  return { 'Mod-Alt-a': settleAtCaret('accept', notify), 'Mod-Alt-r': settleAtCaret('reject', notify), 'Mod-Alt-PageDown': goToChange(1, notify), 'Mod-Alt-PageUp': goToChange(-1, notify) };
}

/** Issue 15's row tools: split, merge, copy the Chinese to the English, lock. */
function rowToolKeys(services: EditorServices): Record<string, Command> {
  const notify = services.notify.bind(services);
  return { 'Mod-Alt-Enter': splitCommand(notify), 'Mod-Alt-j': mergeCommand(notify), 'Mod-Shift-Insert': copySourceCommand(notify), 'Alt-Insert': copySourceCommand(notify), 'Mod-Alt-l': lockCommand(notify) };
}

/** The keys of the editor: the workbench's row commands first, then formatting, history and the base keymap. */
export function editorKeymaps(services: EditorServices): Plugin[] {
  const rowKeys: Record<string, Command> = {
    'Mod-Enter': confirmUnit(services),
    'Mod-Shift-Enter': confirmParagraph(services),
    'Mod-Alt-s': toggleSentenceMode(services, false),
    'Mod-Alt-Shift-s': toggleSentenceMode(services, true),
      'Alt-ArrowUp': moveUnit(-1),
      'Alt-ArrowDown': moveUnit(1),
      'Mod-z': undo,
      'Mod-Shift-z': redo,
      'Mod-y': redo,
      'Mod-b': toggleMark(schema.marks.strong),
      'Mod-i': toggleMark(schema.marks.em),
      'Shift-Enter': insertHardBreak,
      'Mod-m': insertMatch(services),
      'Alt-Shift-ArrowUp': selectMatch(services, -1),
      'Alt-Shift-ArrowDown': selectMatch(services, 1),
      'Mod-a': selectSide,
      'Mod-Home': sideEdge(false, false),
      'Mod-End': sideEdge(true, false),
      'Shift-Mod-Home': sideEdge(false, true),
      'Shift-Mod-End': sideEdge(true, true),
      'Mod-Alt-Home': correction('excludeAbove', services),
      'Mod-Alt-End': correction('excludeBelow', services),
      'Mod-Alt-1': correction('makeTitle', services),
      ...rowToolKeys(services),
      ...reviewKeys(services),
      Tab: (_state, _dispatch, view) => (view ? tabFromEnglish(view, true) : false),
      'Shift-Tab': (_state, _dispatch, view) => (view ? tabFromEnglish(view, false) : false),
      Enter: swallow,
      Backspace: cellEdge(false),
      Delete: cellEdge(true),
      ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`Mod-${i + 1}`, insertRendering(services, i + 1)])),
  };
  return [keymap(Object.fromEntries(Object.entries(rowKeys).map(([key, command]) => [key, onCaret(command)]))), keymap(baseKeymap)];
}

/** Every plugin of the one editor: keys, history, the document's rules, paste, and the decorations. */
export function editorPlugins(services: EditorServices): Plugin[] {
  // Predictive typing comes before the keys (its Tab and Enter first); the spell marks after the term highlights (they follow their shown chunks).
  const assist = services.assist;
  return [
    // First: a navigation key pauses the live cell before any key handler moves the selection.
    editingHost(),
    ...(assist ? [predictive(assist)] : []),
    ...editorKeymaps(services),
    history(),
    // Before the rules: they keep the status of a paragraph whose edit the tracker recorded.
    reviewTracking(services.reviewer ?? (() => ({ on: false, author: '' }))),
    documentRules(),
    lockedRows(() => services.notify('rowTools.locked')),
    plainTextPaste(),
    runInHeading(),
    termHighlight((unit) => services.occurrences(unit)),
    rowFilter(),
    findHighlight(),
    ...(assist ? [spellMarks(assist)] : []),
    qaMarks(),
    reviewMarks(services.describeChange ?? ((kind, c) => `${kind} ${c.author}`)),
    activeUnit(),
    rowChromeRealizer(),
  ];
}
