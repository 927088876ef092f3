import { undo } from 'prosemirror-history';
import { EditorState, TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/buildDocument.js';
import { toEditorDoc } from '../../src/document/chunks.js';
import { schema } from '../../src/document/schema.js';
import { unitAttrs } from '../../src/document/unitAttrs.js';
import { compileFinder, type FindQuery } from '../../src/find/findText.js';
import { editorPlugins, moveUnit, type EditorServices } from './commands.js';
import { replaceAllMatches, replaceCurrentMatch, stepMatch } from './find.js';
import { findState, setFind } from './plugins/findHighlight.js';
import { rowFilterKey, setRowFilter } from './plugins/rowFilter.js';
import { findUnit, KEEP_ATTRS, sidesOf, unitOfSelection } from './transactions.js';

const services: EditorServices = { occurrences: () => [], rendering: () => null, memoryMatch: () => null, selectMatch: () => undefined, notify: () => undefined };

/** 130 paragraphs (5 chunks); paragraph 3 excluded; each English "In 2023, growth was N per cent." with "growth" in bold in u10. */
function project(): EditorState {
  const doc = toEditorDoc(
    buildDocument(Array.from({ length: 130 }, (_, i) => ({ text: `第${i + 1}段，增长${i}%。`, kind: 'paragraph' as const, level: null, runIn: null, excluded: i === 2 ? ('user' as const) : null }))),
  );
  let state = EditorState.create({ doc, plugins: editorPlugins(services) });
  const tr = state.tr.setMeta(KEEP_ATTRS, true).setMeta('addToHistory', false);
  for (let i = 130; i >= 1; i--) {
    if (i === 3) continue;
    const unit = findUnit(tr.doc, `u${i}`);
    if (!unit) throw new Error(`u${i}`);
    const at = sidesOf(unit).target.from;
    if (i === 10) tr.insert(at, [schema.text('In 2023, '), schema.text('growth', [schema.marks.strong.create()]), schema.text(` was ${i} per cent.`)]);
    else tr.insert(at, schema.text(`In 2023, growth was ${i} per cent.`));
  }
  state = state.apply(tr);
  return state;
}

const query = (text: string, options: Partial<FindQuery> = {}): FindQuery => ({ text, matchCase: false, wholeWords: false, regex: false, ...options });

function search(state: EditorState, q: FindQuery, side: 'source' | 'target' = 'target', scope: ReadonlySet<string> | null = null): EditorState {
  const compiled = compileFinder(q);
  if (!compiled.ok) throw new Error(compiled.error.code);
  return state.apply(setFind(state.tr, { finder: compiled.value, side, scope }));
}

const english = (state: EditorState, id: string): string => findUnit(state.doc, id)?.node.child(1).textContent ?? '';

describe('find and replace on the one document', () => {
  it('finds in every row, excluded rows left out, and in the selected rows only', () => {
    const state = search(project(), query('growth'));
    expect(findState(state)?.matches).toHaveLength(129);
    const scoped = search(project(), query('growth'), 'target', new Set(['u5', 'u6']));
    expect(findState(scoped)?.matches.map((m) => m.unitId)).toEqual(['u5', 'u6']);
    const chinese = search(project(), query('增长'), 'source');
    expect(findState(chinese)?.matches).toHaveLength(129);
    expect(replaceAllMatches(chinese, 'x')).toBeNull();
  });

  it('whole words and match case', () => {
    expect(findState(search(project(), query('grow', { wholeWords: true })))?.matches).toHaveLength(0);
    expect(findState(search(project(), query('In', { matchCase: true })))?.matches).toHaveLength(129);
    expect(findState(search(project(), query('in', { matchCase: true })))?.matches).toHaveLength(0);
  });

  it('replaces all with a regular expression in one undoable step, keeping the marks of the replaced text', () => {
    const before = project();
    const state = search(before, query('growth was (\\d+) per cent', { regex: true }));
    const made = replaceAllMatches(state, 'growth reached $1%');
    expect(made?.count).toBe(129);
    const after = state.apply(made?.tr ?? state.tr);
    expect(english(after, 'u120')).toBe('In 2023, growth reached 120%.');
    expect(english(after, 'u3')).toBe('');
    // The bold of "growth" in u10 survives: the replacement takes the marks the match started with.
    const u10 = findUnit(after.doc, 'u10')?.node.child(1);
    expect(u10?.textContent).toBe('In 2023, growth reached 10%.');
    let bold = '';
    u10?.forEach((n) => {
      if (n.marks.some((m) => m.type === schema.marks.strong)) bold += n.text;
    });
    expect(bold).toBe('growth reached 10%');
    // The edited rows are drafts, as after any edit; the occurrences of the old query are gone.
    expect(unitAttrs(findUnit(after.doc, 'u120')?.node ?? after.doc).status).toBe('draft');
    expect(findState(after)?.matches).toHaveLength(0);
    let undone = after;
    undo(after, (tr) => (undone = undone.apply(tr)));
    expect(undone.doc.eq(before.doc)).toBe(true);
  });

  it('goes to the next occurrence from the selection, wraps, and replaces one at a time', () => {
    let state = search(project(), query('per cent'));
    const u50 = findUnit(state.doc, 'u50');
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, sidesOf(u50 ?? { node: state.doc, pos: 0 }).target.from)));
    state = state.apply(stepMatch(state, 1) ?? state.tr);
    expect(findState(state)?.matches[findState(state)?.current ?? -1]?.unitId).toBe('u50');
    expect(state.doc.textBetween(state.selection.from, state.selection.to)).toBe('per cent');
    state = state.apply(replaceCurrentMatch(state, 'percent') ?? state.tr);
    expect(english(state, 'u50')).toBe('In 2023, growth was 50 percent.');
    expect(findState(state)?.matches[findState(state)?.current ?? -1]?.unitId).toBe('u51');
    expect(findState(state)?.matches).toHaveLength(128);
    state = state.apply(stepMatch(state, -1) ?? state.tr);
    expect(findState(state)?.matches[findState(state)?.current ?? -1]?.unitId).toBe('u49');
  });

  it('skips rows the filter hides, in find and in Alt+Down', () => {
    let state = project();
    state = state.apply(setRowFilter(state.tr, new Set(['u1', 'u2', 'u40', 'u41'])));
    state = search(state, query('growth'));
    expect(findState(state)?.matches.map((m) => m.unitId)).toEqual(['u1', 'u2', 'u40', 'u41']);
    const u2 = findUnit(state.doc, 'u2');
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, sidesOf(u2 ?? { node: state.doc, pos: 0 }).target.to)));
    moveUnit(1)(state, (tr) => (state = state.apply(tr)));
    const unit = unitOfSelection(state);
    expect(unit ? unitAttrs(unit.node).id : null).toBe('u40');
    // Clearing the filter finds in every row again.
    state = state.apply(setRowFilter(state.tr, null));
    expect(findState(state)?.matches).toHaveLength(129);
  });

  it('hides the rows that do not pass, and a chunk none of whose rows pass, by decorations that follow edits', () => {
    let state = project();
    // Chunk 1 (paragraphs 26-50) has no row shown; chunk 0 shows paragraph 1 only.
    const shown = new Set(['u1', ...Array.from({ length: 80 }, (_, i) => `u${i + 51}`)]);
    state = state.apply(setRowFilter(state.tr, shown));
    const decorations = () => {
      const set = rowFilterKey.getState(state)?.set;
      return set ? set.find() : [];
    };
    const attrsOf = (d: ReturnType<typeof decorations>[number]) => (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
    expect(decorations().filter((d) => attrsOf(d)['data-filtered'] === 'out')).toHaveLength(130 - 81);
    expect(decorations().filter((d) => attrsOf(d)['class'] === 'filtered-out').map((d) => state.doc.resolve(d.from).index(0))).toEqual([1]);
    // Typing in a shown row keeps the hidden ones hidden, in place.
    const u60 = findUnit(state.doc, 'u60');
    state = state.apply(state.tr.insertText('Edited. ', sidesOf(u60 ?? { node: state.doc, pos: 0 }).target.from));
    const hiddenAt = decorations()
      .filter((d) => attrsOf(d)['data-filtered'] === 'out')
      .map((d) => unitAttrs(state.doc.nodeAt(d.from) ?? state.doc).id);
    expect(hiddenAt).toContain('u30');
    expect(hiddenAt).not.toContain('u60');
    expect(hiddenAt).toHaveLength(49);
  });
});
