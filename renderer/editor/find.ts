import { closeHistory } from 'prosemirror-history';
import type { Mark, Node } from 'prosemirror-model';
import { TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import { unitAtPos } from '../../src/document/chunks.js';
import { plainTextOf } from '../../src/document/plainText.js';
import { schema } from '../../src/document/schema.js';
import { findState, setCurrentMatch, type DocMatch } from './plugins/findHighlight.js';

/**
 * The Find bar's transactions: going to an occurrence (selected and scrolled to), replacing the
 * current one or all of them. A replacement is one undoable step however many rows it changes; it
 * keeps the marks (links, notes, bold) that cover the replaced text, and as any edit it makes the
 * rows it changes drafts.
 */

/** Next (1) or previous (-1) occurrence from the current one, or from the selection before the first; wraps round. */
export function stepMatch(state: EditorState, delta: -1 | 1): Transaction | null {
  const find = findState(state);
  if (!find?.spec || !find.matches.length) return null;
  const { matches, current } = find;
  const n = matches.length;
  let index: number;
  if (current >= 0) index = (current + delta + n) % n;
  else if (delta === 1) {
    const at = matches.findIndex((m) => m.from >= state.selection.from);
    index = at < 0 ? 0 : at;
  } else {
    let at = -1;
    matches.forEach((m, i) => {
      if (m.to <= state.selection.from) at = i;
    });
    index = at < 0 ? n - 1 : at;
  }
  return goToMatch(state, index);
}

/** Selects occurrence `index` and scrolls to it. */
export function goToMatch(state: EditorState, index: number): Transaction | null {
  const match = findState(state)?.matches[index];
  if (!match) return null;
  return setCurrentMatch(state.tr.setSelection(TextSelection.create(state.doc, match.from, match.to)), index).scrollIntoView();
}

/** The inline content a replacement puts in: its text with the given marks, "\n" as a hard break. */
function replacementNodes(text: string, marks: readonly Mark[]): Node[] {
  const out: Node[] = [];
  text.split('\n').forEach((piece, i) => {
    if (i > 0) out.push(schema.nodes.hard_break.create());
    if (piece) out.push(schema.text(piece, marks));
  });
  return out;
}

/** Replaces the occurrences given (in document order, all in the English) in one transaction, from last to first. */
function replaceIn(state: EditorState, matches: readonly DocMatch[], replaceWith: string): Transaction {
  const finder = findState(state)?.spec?.finder;
  const tr = closeHistory(state.tr);
  const texts = new Map<string, string>();
  for (let i = matches.length - 1; i >= 0; i--) {
    const m = matches[i] as DocMatch;
    let text = texts.get(m.unitId);
    if (text === undefined) {
      const unit = unitAtPos(state.doc, m.from);
      text = unit ? plainTextOf(unit.node.child(1)).text : '';
      texts.set(m.unitId, text);
    }
    const replacement = finder ? finder.replacement(text, m, replaceWith) : replaceWith;
    const $from = state.doc.resolve(m.from);
    const marks = $from.marksAcross(state.doc.resolve(m.to)) ?? $from.marks();
    if (replacement) tr.replaceWith(m.from, m.to, replacementNodes(replacement, marks));
    else tr.delete(m.from, m.to);
  }
  return tr;
}

/** Replaces every occurrence in the English: one undoable step. Null when searching the Chinese or nothing is found. */
export function replaceAllMatches(state: EditorState, replaceWith: string): { tr: Transaction; count: number } | null {
  const find = findState(state);
  if (!find?.spec || find.spec.side !== 'target' || !find.matches.length) return null;
  return { tr: replaceIn(state, find.matches, replaceWith), count: find.matches.length };
}

/**
 * Replaces the current occurrence (going to the first one when none is current yet, as a translator
 * checks what is replaced), then makes the next one current.
 */
export function replaceCurrentMatch(state: EditorState, replaceWith: string): Transaction | null {
  const find = findState(state);
  if (!find?.spec || find.spec.side !== 'target' || !find.matches.length) return null;
  const match = find.matches[find.current];
  if (!match) return stepMatch(state, 1);
  const tr = replaceIn(state, [match], replaceWith);
  const after = tr.mapping.map(match.to, 1);
  const next = state.apply(tr);
  const matches = findState(next)?.matches ?? [];
  const index = matches.findIndex((m) => m.from >= after);
  const target = index < 0 ? 0 : index;
  const landed = matches[target];
  if (landed) {
    tr.setSelection(TextSelection.create(tr.doc, landed.from, landed.to)).scrollIntoView();
    setCurrentMatch(tr, target);
  }
  return tr;
}
