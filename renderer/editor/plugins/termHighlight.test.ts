import type { Node } from 'prosemirror-model';
import { EditorState, TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/document/buildDocument.js';
import { forEachUnit, toEditorDoc } from '../../../src/document/chunks.js';
import { unitAttrs } from '../../../src/document/unitAttrs.js';
import type { TermOccurrence } from '../../../src/glossary/termOccurrences.js';
import { findUnit, sidesOf } from '../transactions.js';
import { termHighlight, termHighlightKey } from './decorations.js';

/** 100 paragraphs (four chunks of 25) whose Chinese holds the term 经济 twice. */
function openState(): { state: EditorState; calls: string[] } {
  const doc = toEditorDoc(
    buildDocument(
      Array.from({ length: 100 }, (_, i) => ({ text: `第${i + 1}段，经济运行稳中向好，经济持续恢复。`, kind: 'paragraph' as const, level: null, runIn: null, excluded: null, excludedReason: null, notes: [] })),
    ),
  );
  const calls: string[] = [];
  // The term index's answer for a unit, counted: each call is the work a highlight costs.
  const occurrencesOf = (unit: Node): TermOccurrence[] => {
    calls.push(unitAttrs(unit).id);
    const text = unit.child(0).textContent;
    const found: TermOccurrence[] = [];
    for (let at = text.indexOf('经济'); at >= 0; at = text.indexOf('经济', at + 1)) found.push({ entryId: 'economy', start: at, end: at + 2, kind: 'auto' });
    return found;
  };
  return { state: EditorState.create({ doc, plugins: [termHighlight(occurrencesOf)] }), calls };
}

/** The ids of the units that carry highlights, in order. */
function highlighted(state: EditorState): string[] {
  const set = termHighlightKey.getState(state)?.set;
  const ids: string[] = [];
  forEachUnit(state.doc, (unit, pos) => {
    if (set?.find(pos, pos + unit.nodeSize).length) ids.push(unitAttrs(unit).id);
  });
  return ids;
}

const ids = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => `u${from + i}`);

describe('term highlights: only the rows near the viewport', () => {
  it('shows the rows of the window in shown chunks, moves with it, and computes only the rows that come into it', () => {
    const opened = openState();
    const { calls } = opened;
    let { state } = opened;
    // Before the view has measured the rows on screen, a shown chunk carries all its rows' highlights.
    state = state.apply(state.tr.setMeta(termHighlightKey, { show: [0] }));
    expect(highlighted(state)).toEqual(ids(1, 25));

    // Rows 11–21 (reading-order indexes 10–20) on screen: the others lose theirs, nothing is computed.
    calls.length = 0;
    state = state.apply(state.tr.setMeta(termHighlightKey, { near: { from: 10, to: 20 } }));
    expect(highlighted(state)).toEqual(ids(11, 21));
    expect(calls).toEqual([]);

    // A scroll down into the next chunk, rendered at the same time: only the rows that came into view are looked up.
    state = state.apply(state.tr.setMeta(termHighlightKey, { show: [1], near: { from: 20, to: 30 } }));
    expect(highlighted(state)).toEqual(ids(21, 31));
    expect([...calls].sort()).toEqual(ids(22, 31).sort());

    // A chunk that is no longer rendered loses the highlights of its rows.
    state = state.apply(state.tr.setMeta(termHighlightKey, { hide: [0] }));
    expect(highlighted(state)).toEqual(ids(26, 31));
  });

  it('typing in the English neither looks up terms nor drops the highlights of the row', () => {
    const opened = openState();
    const { calls } = opened;
    let { state } = opened;
    state = state.apply(state.tr.setMeta(termHighlightKey, { show: [0, 1], near: { from: 5, to: 15 } }));
    const unit = findUnit(state.doc, 'u10');
    if (!unit) throw new Error('no u10');
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, sidesOf(unit).target.to)));
    calls.length = 0;
    for (const ch of 'The economy kept recovering') state = state.apply(state.tr.insertText(ch));
    expect(calls).toEqual([]);
    expect(highlighted(state)).toEqual(ids(6, 16));
    // The highlights are still on 经济 in the Chinese of the row typed in.
    const row = findUnit(state.doc, 'u10');
    if (!row) throw new Error('no u10');
    const spans = termHighlightKey
      .getState(state)
      ?.set.find(row.pos, row.pos + row.node.nodeSize)
      .map((d) => state.doc.textBetween(d.from, d.to));
    expect(spans).toEqual(['经济', '经济']);
  });

  it('a refresh (the glossary changed) recomputes the rows of the window only', () => {
    const opened = openState();
    const { calls } = opened;
    let { state } = opened;
    state = state.apply(state.tr.setMeta(termHighlightKey, { show: [0, 1, 2, 3], near: { from: 40, to: 49 } }));
    calls.length = 0;
    state = state.apply(state.tr.setMeta(termHighlightKey, 'refresh'));
    expect(highlighted(state)).toEqual(ids(41, 50));
    expect(calls.length).toBe(10);
  });
});
