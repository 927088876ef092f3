import { EditorState, TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/document/buildDocument.js';
import { toEditorDoc } from '../../../src/document/chunks.js';
import { SpellChecker, type SpellingDictionary } from '../../../src/spelling/spellCheck.js';
import { editorPlugins, type EditorServices } from '../commands.js';
import { findUnit, sidesOf } from '../transactions.js';
import { termHighlightKey } from './decorations.js';
import { acceptCompletion, predictiveKey } from './predictive.js';
import { refreshSpelling, replaceWord, spellMarkAt, spellMarkKey } from './spellMarks.js';
import { quietServices } from '../../store/storeTesting.js';

const known = new Set('we the economy grew steadily steady and held to high quality development pursued higher'.split(' '));
const dictionary: SpellingDictionary = { correct: (w) => known.has(w), suggest: (w) => [...known].filter((k) => k[0] === w[0]) };
const checker = new SpellChecker(dictionary).accepting(['weishi zhengxian']);

const services: EditorServices = {
  ...quietServices,
  assist: {
    spellChecker: () => checker,
    openSpellMenu: () => undefined,
    completionSources: () => ({ renderings: [{ text: 'high-quality development', entryId: 'hqd' }], memory: ['The economy grew steadily.'] }),
    completionsLabel: () => 'Completions',
  },
};

const doc = toEditorDoc(buildDocument(Array.from({ length: 60 }, (_, i) => ({ text: `第${i + 1}段。`, kind: 'paragraph' as const, level: null, runIn: null, excluded: null }))));

/** A state with the chunks of `shown` near the viewport, the dictionary loaded, the caret at the end of unit `id`'s English. */
function start(id: string, shown: number[]): EditorState {
  let state = EditorState.create({ doc, plugins: editorPlugins(services) });
  state = state.apply(state.tr.setMeta(termHighlightKey, { show: shown }));
  state = state.apply(refreshSpelling(state.tr));
  const unit = findUnit(state.doc, id);
  if (!unit) throw new Error(id);
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, sidesOf(unit).target.to)));
}

/** Types text key by key, as the view's transactions do. */
function type(state: EditorState, text: string): EditorState {
  for (const ch of text) state = state.apply(state.tr.insertText(ch));
  return state;
}

const marked = (state: EditorState): string[] => (spellMarkKey.getState(state)?.set.find() ?? []).map((d) => (d.spec as { word: string }).word);

describe('spell marks', () => {
  it('marks misspelt words once typed, never the word being typed nor a glossary rendering', () => {
    let state = start('u2', [0]);
    state = type(state, 'We held to weishi zhengxian and the economy grew stedily');
    expect(marked(state)).toEqual([]);
    state = type(state, ' and');
    expect(marked(state)).toEqual(['stedily']);
  });

  it('replaces a word by a suggestion, and only while the word is still there', () => {
    let state = type(start('u2', [0]), 'the economy grew stedily and ');
    const head = state.selection.head;
    const at = head - 'stedily and '.length + 2;
    const mark = spellMarkAt(state, at);
    expect(mark?.word).toBe('stedily');
    if (!mark) return;
    const tr = replaceWord(state, mark, 'steadily');
    expect(tr).not.toBeNull();
    if (!tr) return;
    state = state.apply(tr);
    expect(marked(state)).toEqual([]);
    expect(state.doc.textBetween(mark.from, mark.from + 8)).toBe('steadily');
    expect(replaceWord(state, mark, 'steadily')).toBeNull();
  });

  it('leaves chunks far from the viewport unmarked until they come near', () => {
    // u30 is in the second chunk; only the first is shown.
    let state = type(start('u30', [0]), 'stedily and ');
    expect(marked(state)).toEqual([]);
    state = state.apply(state.tr.setMeta(termHighlightKey, { show: [1] }));
    expect(marked(state)).toEqual(['stedily']);
    state = state.apply(state.tr.setMeta(termHighlightKey, { hide: [1] }));
    expect(marked(state)).toEqual([]);
  });
});

describe('predictive typing', () => {
  it('offers completions after three letters and inserts the rendering as a term link', () => {
    let state = type(start('u2', [0]), 'We pursued hi');
    expect(predictiveKey.getState(state)).toBeNull();
    state = type(state, 'g');
    const prediction = predictiveKey.getState(state);
    expect(prediction?.items.map((i) => i.text)).toEqual(['high-quality development']);
    if (!prediction) return;
    const tr = acceptCompletion(state, prediction);
    if (!tr) throw new Error('no transaction');
    state = state.apply(tr);
    const unit = findUnit(state.doc, 'u2');
    expect(unit?.node.child(1).textContent).toBe('We pursued high-quality development');
    expect(unit?.node.child(1).lastChild?.marks.map((m) => [m.type.name, m.attrs['entryId']])).toEqual([['term', 'hqd']]);
    expect(predictiveKey.getState(state)).toBeNull();
  });

  it('offers memory words and closes when the caret moves away or nothing matches', () => {
    let state = type(start('u2', [0]), 'It was ste');
    expect(predictiveKey.getState(state)?.items.map((i) => i.text)).toEqual(['steadily']);
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, state.selection.head - 1)));
    expect(predictiveKey.getState(state)).toBeNull();
    state = type(start('u2', [0]), 'It was stx');
    expect(predictiveKey.getState(state)).toBeNull();
  });
});
