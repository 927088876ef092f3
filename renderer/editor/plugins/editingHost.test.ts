import { EditorState, NodeSelection, TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/document/buildDocument.js';
import { toEditorDoc } from '../../../src/document/chunks.js';
import { quietServices } from '../../store/storeTesting.js';
import { editorPlugins } from '../commands.js';
import { findUnit, selectInTarget, setSentenceMode, sidesOf } from '../transactions.js';
import { editingHostKey, liveCellRange } from './editingHost.js';

const doc = toEditorDoc(
  buildDocument([
    { text: '经济增长5.2%。就业稳定。', kind: 'paragraph', level: null, runIn: null, excluded: null },
    { text: '第二段。', kind: 'paragraph', level: null, runIn: null, excluded: null },
    { text: '被排除。', kind: 'paragraph', level: null, runIn: null, excluded: 'user' },
  ]),
);
const fresh = (): EditorState => EditorState.create({ doc, plugins: editorPlugins(quietServices) });
const unit = (state: EditorState, id: string) => {
  const found = findUnit(state.doc, id);
  if (!found) throw new Error(`no unit ${id}`);
  return found;
};
const caretAt = (state: EditorState, pos: number): EditorState => state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));
/** The live cell as the plugin decorates it: its range, or null. */
const live = (state: EditorState): { from: number; to: number } | null => {
  const [d] = editingHostKey.getState(state)?.set.find() ?? [];
  return d ? { from: d.from, to: d.to } : null;
};

describe('the live cell', () => {
  it('is the English cell the selection lies in, and follows the caret from row to row', () => {
    let state = fresh();
    const u1 = sidesOf(unit(state, 'u1')).target;
    state = caretAt(state, u1.from);
    expect(live(state)).toEqual({ from: u1.from - 1, to: u1.to + 1 });
    state = state.apply(state.tr.insertText('Growth'));
    // Typing maps the same decoration (the node view is not touched).
    const before = editingHostKey.getState(state)?.set.find()[0];
    state = state.apply(state.tr.insertText(' was'));
    expect(editingHostKey.getState(state)?.set.find()[0]?.spec).toBe(before?.spec);
    expect(live(state)).toEqual({ from: u1.from - 1, to: u1.to + 1 + 'Growth was'.length });
    const u2 = sidesOf(unit(state, 'u2')).target;
    state = caretAt(state, u2.from);
    expect(live(state)).toEqual({ from: u2.from - 1, to: u2.to + 1 });
  });

  it('is none for a selection across rows, in the Chinese, on a node, or in an excluded paragraph', () => {
    const state = fresh();
    const u1 = sidesOf(unit(state, 'u1'));
    const u2 = sidesOf(unit(state, 'u2'));
    const across = state.apply(state.tr.setSelection(TextSelection.create(state.doc, u1.target.from, u2.target.from)));
    expect(liveCellRange(across)).toBeNull();
    expect(live(across)).toBeNull();
    const inChinese = caretAt(state, u1.source.from + 1);
    expect(live(inChinese)).toBeNull();
    const node = state.apply(state.tr.setSelection(NodeSelection.create(state.doc, unit(state, 'u2').pos)));
    expect(live(node)).toBeNull();
    const excluded = caretAt(state, sidesOf(unit(state, 'u3')).target.from);
    expect(live(excluded)).toBeNull();
  });

  it('is a sentence cell in sentence mode', () => {
    let state = fresh();
    const made = setSentenceMode(state, new Set(['u1']), true);
    if (!made) throw new Error('sentence mode refused');
    state = state.apply(made.tr);
    const select = selectInTarget(state, 'u1');
    if (!select) throw new Error('no caret');
    state = state.apply(select);
    const range = live(state);
    expect(range).not.toBeNull();
    expect(state.doc.nodeAt(range?.from ?? -1)?.type.name).toBe('segment');
  });

  it('pauses while the user moves the selection, and comes back where it rests', () => {
    let state = caretAt(fresh(), sidesOf(unit(fresh(), 'u1')).target.from);
    expect(live(state)).not.toBeNull();
    state = state.apply(state.tr.setMeta(editingHostKey, true));
    expect(live(state)).toBeNull();
    // Moved while paused: the cell where the caret rests when the pause ends is live.
    state = caretAt(state, sidesOf(unit(state, 'u2')).target.from);
    expect(live(state)).toBeNull();
    state = state.apply(state.tr.setMeta(editingHostKey, false));
    const u2 = sidesOf(unit(state, 'u2')).target;
    expect(live(state)).toEqual({ from: u2.from - 1, to: u2.to + 1 });
  });
});
