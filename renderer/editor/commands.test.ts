import type { Node } from 'prosemirror-model';
import { EditorState, PluginKey, TextSelection, type Command } from 'prosemirror-state';
import { Decoration, type DecorationSet } from 'prosemirror-view';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/buildDocument.js';
import { toEditorDoc } from '../../src/document/chunks.js';
import { unitAttrs } from '../../src/document/unitAttrs.js';
import { cellEdge, confirmUnit, editorPlugins, insertMatch, insertRendering, moveUnit, type EditorServices } from './commands.js';
import { unitDecorations, REFRESH } from './plugins/unitDecorations.js';
import { findUnit, sidesOf, unitOfSelection } from './transactions.js';

const doc = toEditorDoc(
  buildDocument(
    Array.from({ length: 130 }, (_, i) => ({
      text: `第${i + 1}段。`,
      kind: 'paragraph' as const,
      level: null,
      runIn: null,
      excluded: i === 2 ? ('user' as const) : null,
    })),
  ),
);

const notices: string[] = [];
const services: EditorServices = {
  occurrences: () => [],
  rendering: (_id, n) => (n === 1 ? { text: 'the economy', entryId: 'e1' } : null),
  memoryMatch: () => 'Memory English',
  selectMatch: () => undefined,
  notify: (key) => void notices.push(key),
};

function at(id: string, state = EditorState.create({ doc, plugins: editorPlugins(services) })): EditorState {
  const unit = findUnit(state.doc, id);
  if (!unit) throw new Error(id);
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, sidesOf(unit).target.to)));
}

function exec(state: EditorState, command: Command): EditorState {
  let next = state;
  command(state, (tr) => (next = next.applyTransaction(tr).state));
  return next;
}

const idAt = (state: EditorState) => (unitOfSelection(state) ? unitAttrs((unitOfSelection(state) as { node: Node }).node).id : null);
const english = (state: EditorState, id: string) => findUnit(state.doc, id)?.node.child(1).textContent;

describe('row commands on the one document', () => {
  it('Backspace at the start of an English cell and Delete at its end do nothing; inside the text they go on to the base keymap', () => {
    let state = at('u2');
    state = state.apply(state.tr.insertText('Two'));
    const target = sidesOf(findUnit(state.doc, 'u2') as { node: Node; pos: number }).target;
    const caret = (pos: number): EditorState => state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));
    const dispatched: unknown[] = [];
    expect(cellEdge(false)(caret(target.from), (tr) => dispatched.push(tr))).toBe(true);
    expect(cellEdge(true)(caret(target.to), (tr) => dispatched.push(tr))).toBe(true);
    expect(dispatched).toEqual([]);
    expect(cellEdge(false)(caret(target.from + 1))).toBe(false);
    expect(cellEdge(true)(caret(target.from))).toBe(false);
    // Not in the English (a selection, or the Chinese): the base keymap decides.
    expect(cellEdge(false)(state.apply(state.tr.setSelection(TextSelection.create(state.doc, target.from, target.to))))).toBe(false);
    const source = sidesOf(findUnit(state.doc, 'u2') as { node: Node; pos: number }).source;
    expect(cellEdge(false)(caret(source.from))).toBe(false);
  });

  it('Ctrl+Enter confirms a paragraph with English and goes to the next untranslated one, skipping excluded ones', () => {
    notices.length = 0;
    let state = at('u2');
    state = exec(state, confirmUnit(services));
    expect(notices).toEqual(['confirm.notEmpty']);
    state = state.apply(state.tr.insertText('Second.'));
    state = exec(state, confirmUnit(services));
    expect(unitAttrs(findUnit(state.doc, 'u2')?.node as Node).status).toBe('translated');
    expect(idAt(state)).toBe('u4');
    expect(state.selection.empty).toBe(true);
  });

  it('Alt+Up and Alt+Down move between paragraphs that are not excluded, across chunks', () => {
    let state = at('u4');
    state = exec(state, moveUnit(-1));
    expect(idAt(state)).toBe('u2');
    state = at('u50');
    state = exec(state, moveUnit(1));
    expect(idAt(state)).toBe('u51');
    state = exec(at('u1'), moveUnit(-1));
    expect(idAt(state)).toBe('u1');
  });

  it('Ctrl+1 inserts a rendering as a term link, and Ctrl+M a memory match, in the English only', () => {
    let state = at('u7');
    state = exec(state, insertRendering(services, 1));
    const target = findUnit(state.doc, 'u7')?.node.child(1);
    expect(target?.textContent).toBe('the economy');
    expect(target?.firstChild?.marks[0]?.attrs['entryId']).toBe('e1');
    state = exec(state, insertMatch(services));
    expect(english(state, 'u7')).toBe('the economyMemory English');
    // An empty English takes the whole match; an excluded paragraph takes nothing.
    expect(english(exec(at('u8'), insertMatch(services)), 'u8')).toBe('Memory English');
    expect(english(exec(at('u3'), insertMatch(services)), 'u3')).toBe('');
  });

  it('maps decorations and recomputes only the units a transaction touched', () => {
    const key = new PluginKey<DecorationSet>('test');
    const decorated: string[] = [];
    const plugin = unitDecorations(key, (unit, pos) => {
      decorated.push(unitAttrs(unit).id);
      return [Decoration.inline(pos + 2, pos + 3, { class: 'first' })];
    });
    let state = at('u60', EditorState.create({ doc, plugins: [plugin] }));
    expect(decorated).toHaveLength(130);
    decorated.length = 0;
    state = state.apply(state.tr.insertText('typed'));
    expect(decorated).toEqual(['u60']);
    expect(key.getState(state)?.find().length).toBe(130);
    const u61 = findUnit(state.doc, 'u61');
    expect(key.getState(state)?.find(u61?.pos, (u61?.pos ?? 0) + 3)[0]?.from).toBe((u61?.pos ?? 0) + 2);
    decorated.length = 0;
    state.apply(state.tr.setMeta(key, REFRESH));
    expect(decorated).toHaveLength(130);
  });
});
