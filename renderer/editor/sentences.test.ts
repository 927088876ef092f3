import type { Node } from 'prosemirror-model';
import { EditorState, TextSelection, type Command } from 'prosemirror-state';
import { undo } from 'prosemirror-history';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/buildDocument.js';
import { toEditorDoc, toProjectDoc } from '../../src/document/chunks.js';
import { plainTextOf } from '../../src/document/plainText.js';
import { documentProgress } from '../../src/document/progress.js';
import { isSentenceMode } from '../../src/document/segments.js';
import { unitAttrs } from '../../src/document/unitAttrs.js';
import { activeUnitKey } from './plugins/decorations.js';
import { confirmParagraph, confirmUnit, editorPlugins, moveUnit, toggleSentenceMode, type ConfirmRequest, type EditorServices } from './commands.js';
import { Transform } from 'prosemirror-transform';
import { mergeWithNext, splitUnit } from '../../src/document/structure.js';
import { copySourceTr, fillRepetitionsTr } from './rowTools.js';
import { quietServices } from '../store/storeTesting.js';
import { fillFromMemory, findUnit, forEachCell, insertMatchText, selectInTarget, setSentenceMode, setStatus, sidesOf } from './transactions.js';

const SENTENCES = '经济增长5.2%。就业稳定。物价平稳。';
const doc = toEditorDoc(
  buildDocument([
    { text: SENTENCES, kind: 'paragraph', level: null, runIn: null, excluded: null },
    { text: '第二段。', kind: 'paragraph', level: null, runIn: null, excluded: null },
    { text: '被排除。两句。', kind: 'paragraph', level: null, runIn: null, excluded: 'user' },
  ]),
);

const notices: string[] = [];
const asked: ConfirmRequest[] = [];
const services: EditorServices = {
  ...quietServices,
  notify: (key) => void notices.push(key),
  askConfirm: (r) => void asked.push(r),
};

const fresh = (): EditorState => EditorState.create({ doc, plugins: editorPlugins(services) });

function exec(state: EditorState, command: Command): EditorState {
  let next = state;
  command(state, (tr) => (next = next.applyTransaction(tr).state));
  return next;
}

/** The state with the caret at the end of sentence cell `k` of unit u1. */
function inCell(state: EditorState, k: number): EditorState {
  const unit = findUnit(state.doc, 'u1');
  let at = -1;
  if (unit) forEachCell(unit, (cell, pos, i) => void (i === k && (at = pos + 1 + cell.content.size)));
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, at)));
}

const u1 = (state: EditorState): Node => findUnit(state.doc, 'u1')?.node as Node;
const cellStatuses = (state: EditorState): string[] => {
  const out: string[] = [];
  u1(state).child(1).forEach((c) => void out.push(c.attrs['status'] as string));
  return out;
};

function sentenceState(): EditorState {
  const state = fresh();
  const made = setSentenceMode(state, new Set(['u1']), true);
  if (!made) throw new Error('no switch');
  return state.apply(made.tr);
}

describe('sentence mode in the editor', () => {
  it('marks the Chinese sentence of the cell the caret is in, and follows the caret from cell to cell', () => {
    const marked = (state: EditorState): string[] =>
      (activeUnitKey.getState(state)?.find() ?? []).filter((d) => state.doc.resolve(d.from).parent.type.name === 'source').map((d) => state.doc.textBetween(d.from, d.to));
    let state = sentenceState();
    expect(marked(inCell(state, 0))).toEqual(['经济增长5.2%。']);
    state = inCell(state, 1);
    expect(marked(state)).toEqual(['就业稳定。']);
    // Typing keeps the mark on the caret's sentence; paragraph mode marks none.
    state = state.apply(state.tr.insertText('Jobs'));
    expect(marked(state)).toEqual(['就业稳定。']);
    expect(marked(inCell(state, 2))).toEqual(['物价平稳。']);
    const paragraph = fresh();
    const unit = findUnit(paragraph.doc, 'u1') as { node: Node; pos: number };
    expect(marked(paragraph.apply(paragraph.tr.setSelection(TextSelection.create(paragraph.doc, sidesOf(unit).target.from))))).toEqual([]);
  });

  it('switches one paragraph as one undo step, and undo brings the paragraph back', () => {
    let state = fresh();
    const unit = findUnit(state.doc, 'u1') as { node: Node; pos: number };
    state = state.apply(state.tr.insertText('Growth. Jobs. Prices.', sidesOf(unit).target.from));
    const before = state.doc;
    const made = setSentenceMode(state, new Set(['u1']), true);
    expect(made).toMatchObject({ switched: 1, skipped: 0 });
    state = state.apply(made?.tr as never);
    expect(isSentenceMode(u1(state))).toBe(true);
    expect(plainTextOf(u1(state).child(1)).text).toBe('Growth. Jobs. Prices.');
    state = exec(state, undo);
    expect(state.doc.eq(before)).toBe(true);
  });

  it('switches the whole project; excluded and empty paragraphs are left as they are', () => {
    const made = setSentenceMode(fresh(), 'all', true);
    expect(made).toMatchObject({ switched: 2, skipped: 1 });
    const state = fresh().apply(made?.tr as never);
    expect(isSentenceMode(findUnit(state.doc, 'u3')?.node as Node)).toBe(false);
    notices.length = 0;
    const excluded = fresh();
    const u3 = findUnit(excluded.doc, 'u3') as { node: Node; pos: number };
    const at = excluded.apply(excluded.tr.setSelection(TextSelection.create(excluded.doc, sidesOf(u3).target.to)));
    expect(exec(at, toggleSentenceMode(services, false)).doc.eq(at.doc)).toBe(true);
    expect(notices).toEqual(['sentences.cannotSwitch']);
  });

  it('typing in a sentence makes that sentence a draft and the paragraph a draft; emptying it makes it untranslated again', () => {
    let state = inCell(sentenceState(), 1);
    state = state.apply(state.tr.insertText('Jobs were stable.'));
    expect(cellStatuses(state)).toEqual(['untranslated', 'draft', 'untranslated']);
    expect(unitAttrs(u1(state)).status).toBe('draft');
    const { from } = state.selection;
    state = state.apply(state.tr.delete(from - 'Jobs were stable.'.length, from));
    expect(cellStatuses(state)).toEqual(['untranslated', 'untranslated', 'untranslated']);
    expect(unitAttrs(u1(state)).status).toBe('untranslated');
  });

  it('Ctrl+Enter in a sentence confirms it and goes to the next sentence not confirmed; progress counts that sentence only', () => {
    let state = inCell(sentenceState(), 0);
    notices.length = 0;
    state = exec(state, confirmUnit(services));
    expect(notices).toEqual(['sentences.notEmpty']);
    state = state.apply(state.tr.insertText('The economy grew by 5.2%.'));
    state = exec(state, confirmUnit(services));
    expect(cellStatuses(state)).toEqual(['translated', 'untranslated', 'untranslated']);
    expect(state.selection.$head.parent.type.name).toBe('segment');
    expect(state.selection.$head.index(state.selection.$head.depth - 1)).toBe(1);
    const progress = documentProgress(toProjectDoc(state.doc));
    expect(progress.charsDone).toBe(9);
    expect(progress.unitsDone).toBe(0);
  });

  it('confirming the paragraph with sentences still empty asks first and changes nothing', () => {
    asked.length = 0;
    let state = inCell(sentenceState(), 0);
    state = state.apply(state.tr.insertText('Growth.'));
    const before = state.doc;
    state = exec(state, confirmParagraph(services));
    expect(state.doc.eq(before)).toBe(true);
    expect(asked).toEqual([{ unitId: 'u1', status: 'translated', empty: 2, total: 3 }]);
    // The dialog's two answers: the sentences with English only, or all of them.
    const typed = state.apply(setStatus(state, 'u1', 'translated', 1, true) as never);
    expect(cellStatuses(typed)).toEqual(['translated', 'untranslated', 'untranslated']);
    const all = state.apply(setStatus(state, 'u1', 'translated', 1) as never);
    expect(cellStatuses(all)).toEqual(['translated', 'translated', 'translated']);
    expect(unitAttrs(u1(all)).status).toBe('translated');
  });

  it('switching back to paragraph mode keeps every sentence’s English, joined by a space', () => {
    let state = inCell(sentenceState(), 0);
    state = state.apply(state.tr.insertText('One.'));
    state = inCell(state, 2);
    state = state.apply(state.tr.insertText('Three.'));
    const made = setSentenceMode(state, new Set(['u1']), false);
    state = state.apply(made?.tr as never);
    expect(u1(state).child(1).textContent).toBe('One. Three.');
    expect(unitAttrs(u1(state)).status).toBe('draft');
  });

  it('pre-translation fills sentence cells; a memory match goes into the sentence at the caret', () => {
    let state = sentenceState();
    const filled = fillFromMemory(state, new Map([['u1', ['Growth.', null, 'Prices.']]]));
    expect(filled?.filled).toBe(1);
    state = state.apply(filled?.tr as never);
    expect(cellStatuses(state)).toEqual(['draft', 'untranslated', 'draft']);
    expect(unitAttrs(u1(state))).toMatchObject({ status: 'draft', fromMemory: true });
    state = inCell(state, 1);
    state = state.apply(insertMatchText(state, 'Jobs.') as never);
    expect(plainTextOf(u1(state).child(1)).text).toBe('Growth. Jobs. Prices.');
  });

  it('split and merge of a sentence-mode paragraph keep its English (the result is in paragraph mode)', () => {
    let state = inCell(sentenceState(), 0);
    state = state.apply(state.tr.insertText('Growth.'));
    state = inCell(state, 2);
    state = state.apply(state.tr.insertText('Prices.'));
    const split = new Transform(toProjectDoc(state.doc));
    expect(splitUnit(split, 'u1', 3, 1, 'n1')).toBe(true);
    expect(plainTextOf(split.doc.child(0).child(1)).text).toBe('Growth. Prices.');
    expect(isSentenceMode(split.doc.child(0))).toBe(false);
    const merge = new Transform(toProjectDoc(state.doc));
    expect(mergeWithNext(merge, 'u1', 1)).toBe(true);
    expect(merge.doc.child(0).child(1).textContent).toBe('Growth. Prices.');
  });

  it('going to a sentence-mode paragraph (Alt+↑, a finding, reopening) puts the caret in its first sentence not confirmed', () => {
    let state = inCell(sentenceState(), 0);
    state = state.apply(state.tr.insertText('Growth.'));
    state = exec(state, confirmUnit(services));
    const tr = selectInTarget(state, 'u1');
    const $head = state.apply(tr as never).selection.$head;
    expect($head.parent.type.name).toBe('segment');
    expect($head.index($head.depth - 1)).toBe(1);
    const below = exec(state.apply(selectInTarget(state, 'u2') as never), moveUnit(-1)).selection.$head;
    expect(below.parent.type.name).toBe('segment');
  });

  it('copy source fills the sentence at the caret with its Chinese sentence only', () => {
    const state = inCell(sentenceState(), 1);
    const next = state.apply(copySourceTr(state) as never);
    expect(plainTextOf(u1(next).child(1)).text).toBe('就业稳定。');
    expect(cellStatuses(next)).toEqual(['untranslated', 'draft', 'untranslated']);
  });
});

describe('repetitions in sentence mode', () => {
  it('a confirmed paragraph’s English fills its sentence-mode repetition split over the cells', () => {
    const twin = toEditorDoc(
      buildDocument([
        { text: '就业稳定。物价平稳。', kind: 'paragraph', level: null, runIn: null, excluded: null },
        { text: '就业稳定。物价平稳。', kind: 'paragraph', level: null, runIn: null, excluded: null },
      ]),
    );
    let state = EditorState.create({ doc: twin, plugins: editorPlugins(services) });
    state = state.apply(setSentenceMode(state, new Set(['u2']), true)?.tr as never);
    const first = findUnit(state.doc, 'u1') as { node: Node; pos: number };
    state = state.apply(state.tr.insertText('Jobs were stable. Prices held.', sidesOf(first).target.from));
    state = state.apply(setStatus(state, 'u1', 'translated') as never);
    const filled = fillRepetitionsTr(state, 'u1');
    expect(filled?.filled).toBe(1);
    state = state.apply(filled?.tr as never);
    const second = findUnit(state.doc, 'u2')?.node as Node;
    const texts: string[] = [];
    second.child(1).forEach((c) => void texts.push(c.textContent));
    expect(texts).toEqual(['Jobs were stable.', 'Prices held.']);
    expect(unitAttrs(second)).toMatchObject({ status: 'draft', repetition: true });
  });
});
