import { undo } from 'prosemirror-history';
import { EditorState, TextSelection, type Command } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/buildDocument.js';
import { toEditorDoc, toProjectDoc, unitList } from '../../src/document/chunks.js';
import { unitAttrs } from '../../src/document/unitAttrs.js';
import { confirmUnit, editorPlugins, type EditorServices } from './commands.js';
import { CONFIRMED, copySourceTr, excludeUnitsTr, fillRepetitionsTr, selectedUnitIds, setLockedTr, splitAtCaret } from './rowTools.js';
import { findUnit, replaceUnits, sidesOf } from './transactions.js';
import { schema } from '../../src/document/schema.js';

const texts = ['规划编号33618。', '一、总体要求', '规划编号33618。', '规划编号33618。', '其他。'];
const doc = toEditorDoc(buildDocument(texts.map((text) => ({ text, kind: 'paragraph' as const, level: null, runIn: null, excluded: null }))));
const notices: string[] = [];
const services: EditorServices = { occurrences: () => [], rendering: () => null, memoryMatch: () => null, selectMatch: () => undefined, notify: (key) => void notices.push(key) };

const fresh = (): EditorState => EditorState.create({ doc, plugins: editorPlugins(services) });
const apply = (state: EditorState, tr: Parameters<EditorState['apply']>[0] | null): EditorState => {
  if (!tr) throw new Error('no transaction');
  return state.applyTransaction(tr).state;
};
function caret(state: EditorState, id: string, side: 'source' | 'target', offset?: number): EditorState {
  const unit = findUnit(state.doc, id);
  if (!unit) throw new Error(id);
  const range = sidesOf(unit)[side];
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, offset === undefined ? range.to : range.from + offset)));
}
function exec(state: EditorState, command: Command): EditorState {
  let next = state;
  command(state, (tr) => (next = next.applyTransaction(tr).state));
  return next;
}
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('missing');
  return value;
}
const unit = (state: EditorState, id: string) => must(findUnit(state.doc, id)?.node);
const english = (state: EditorState, id: string) => unit(state, id)?.child(1).textContent;

describe('row tools in the editor', () => {
  it('splits where the caret is in the Chinese, moves the caret to the new row, and undoes in one step', () => {
    let state = caret(fresh(), 'u1', 'source', 4);
    state = apply(state, splitAtCaret(state));
    expect(unitList(state.doc).map((u) => u.child(0).textContent).slice(0, 3)).toEqual(['规划编号', '33618。', '一、总体要求']);
    expect(unitAttrs(must(unitList(state.doc)[1])).id).toBe('u6');
    expect(selectedUnitIds(state)).toEqual(['u6']);
    state = exec(state, undo);
    expect(state.doc.eq(doc)).toBe(true);
    // The caret in the English, or at an end of the Chinese: no split.
    expect(splitAtCaret(caret(fresh(), 'u1', 'target'))).toBeNull();
    expect(splitAtCaret(caret(fresh(), 'u1', 'source', 0))).toBeNull();
  });

  it('copies the Chinese to the English (the whole, or a selection of it appended); the row becomes a draft', () => {
    let state = caret(fresh(), 'u1', 'target');
    state = apply(state, copySourceTr(state));
    expect(english(state, 'u1')).toBe('规划编号33618。');
    expect(unitAttrs(unit(state, 'u1')).status).toBe('draft');
    const u1 = must(findUnit(state.doc, 'u1'));
    const from = sidesOf(u1).source.from + 4;
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, from + 5)));
    state = apply(state, copySourceTr(state));
    expect(english(state, 'u1')).toBe('规划编号33618。33618');
    // The row menu's form: another row's Chinese, whatever the selection.
    state = apply(state, copySourceTr(state, 'u5'));
    expect(english(state, 'u5')).toBe('其他。');
  });

  it('a locked row refuses typing with a notice, can be unlocked, and only confirmed rows lock', () => {
    let state = caret(fresh(), 'u2', 'target');
    expect(setLockedTr(state, 'u2', true)).toBeNull();
    state = state.apply(state.tr.insertText('General requirements'));
    state = exec(state, confirmUnit(services));
    state = apply(state, setLockedTr(state, 'u2', true));
    state = caret(state, 'u2', 'target');
    notices.length = 0;
    const typed = state.apply(state.tr.insertText('!'));
    expect(english(typed, 'u2')).toBe('General requirements');
    expect(notices).toEqual(['rowTools.locked']);
    expect(copySourceTr(state)).toBeNull();
    // The workbench's own structural transactions (a merged XLIFF replacing whole units) are not typing: they pass.
    const incoming = toProjectDoc(state.doc);
    const units = unitList(incoming).map((u) => (unitAttrs(u).id === 'u2' ? u.type.create(u.attrs, [u.child(0), u.child(1).type.create(null, schema.text('Merged'))]) : u));
    const merged = must(replaceUnits(state, schema.nodes.doc.create(null, units)));
    expect(english(state.apply(merged), 'u2')).toBe('Merged');
    state = apply(state, setLockedTr(state, 'u2', false));
    state = state.apply(state.tr.insertText('!'));
    expect(english(state, 'u2')).toBe('General requirements!');
  });

  it('Ctrl+Enter marks the confirmation; repetitions fill as drafts marked Repetition, one undo step; an edit clears the mark', () => {
    let state = caret(fresh(), 'u1', 'target');
    state = state.apply(state.tr.insertText('Plan No. 33618.'));
    let confirmed: unknown = null;
    confirmUnit(services)(state, (tr) => {
      confirmed = tr.getMeta(CONFIRMED);
      state = state.apply(tr);
    });
    expect(confirmed).toBe('u1');
    const made = fillRepetitionsTr(state, 'u1', 5);
    expect(made?.filled).toBe(2);
    state = apply(state, must(made).tr);
    expect(['u3', 'u4'].map((id) => [english(state, id), unitAttrs(unit(state, id)).status, unitAttrs(unit(state, id)).repetition])).toEqual([
      ['Plan No. 33618.', 'draft', true],
      ['Plan No. 33618.', 'draft', true],
    ]);
    expect(fillRepetitionsTr(state, 'u1')).toBeNull();
    state = caret(state, 'u3', 'target');
    state = state.apply(state.tr.insertText(' Edited'));
    expect(unitAttrs(unit(state, 'u3')).repetition).toBe(false);
    state = exec(exec(state, undo), undo);
    expect(english(state, 'u3')).toBe('');
    expect(english(state, 'u1')).toBe('Plan No. 33618.');
  });

  it('excludes the rows a selection spans in one step', () => {
    let state = fresh();
    const a = sidesOf(must(findUnit(state.doc, 'u2'))).target.to;
    const b = sidesOf(must(findUnit(state.doc, 'u4'))).source.from + 1;
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, a, b)));
    expect(selectedUnitIds(state)).toEqual(['u2', 'u3', 'u4']);
    state = apply(state, must(excludeUnitsTr(state, selectedUnitIds(state), true)).tr);
    expect(unitList(state.doc).map((u) => unitAttrs(u).excluded)).toEqual([null, 'user', 'user', 'user', null]);
    state = exec(state, undo);
    expect(unitList(state.doc).every((u) => unitAttrs(u).excluded === null)).toBe(true);
  });
});
