import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { TermOccurrence } from '../../../src/glossary/termOccurrences.js';

export const termHighlightKey = new PluginKey<DecorationSet>('termHighlight');

/** Tells a view's term highlights to recompute: the glossary changed. */
export function refreshTerms(tr: Transaction): Transaction {
  return tr.setMeta(termHighlightKey, 'refresh');
}

function decorate(doc: Node, occurrences: readonly TermOccurrence[]): DecorationSet {
  const numbers = new Map<string, number>();
  const decorations = occurrences.map((o) => {
    const first = !numbers.has(o.entryId);
    if (first) numbers.set(o.entryId, numbers.size + 1);
    const n = numbers.get(o.entryId) as number;
    return Decoration.inline(o.start, o.end, {
      class: `term term-${o.kind}`,
      'data-entry-id': o.entryId,
      ...(first && n <= 9 ? { 'data-term-n': String(n) } : {}),
    });
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * Highlights the glossary terms of a unit's Chinese. The core finds the ranges; this plugin only
 * turns them into decorations. It recomputes when its unit's document changes or the glossary does
 * (a `refreshTerms` transaction), and otherwise maps its decorations through the transaction; with
 * one view per unit, a change recomputes only the unit it touched. The first occurrence of each of
 * the first nine entries carries its number, the Ctrl+number that inserts its rendering.
 */
export function termHighlight(occurrencesOf: (doc: Node) => readonly TermOccurrence[]): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: termHighlightKey,
    state: {
      init: (_config, state) => decorate(state.doc, occurrencesOf(state.doc)),
      apply: (tr, set, _old, state) => (tr.docChanged || tr.getMeta(termHighlightKey) ? decorate(state.doc, occurrencesOf(state.doc)) : set.map(tr.mapping, tr.doc)),
    },
    props: {
      decorations: (state) => termHighlightKey.getState(state),
    },
  });
}
