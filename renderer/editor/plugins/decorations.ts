import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { unitAtPos } from '../../../src/document/chunks.js';
import { unitAttrs } from '../../../src/document/unitAttrs.js';
import type { TermOccurrence } from '../../../src/glossary/termOccurrences.js';
import { findUnit, spanPositions, type TextSpan } from '../transactions.js';
import { REFRESH, unitDecorations } from './unitDecorations.js';

export const termHighlightKey = new PluginKey<DecorationSet>('termHighlight');
export const runInHeadingKey = new PluginKey<DecorationSet>('runInHeading');
export const qaMarkKey = new PluginKey<DecorationSet>('qaMark');
export const activeUnitKey = new PluginKey<DecorationSet>('activeUnit');

/** Tells the term highlights to recompute every unit: the glossary changed. */
export function refreshTerms(tr: Transaction): Transaction {
  return tr.setMeta(termHighlightKey, REFRESH);
}

/**
 * Highlights the glossary terms of each unit's Chinese. The core finds the ranges (`occurrencesOf`,
 * cached per unit by the workbench); this plugin turns them into decorations, recomputing only the
 * units a transaction touched. The first occurrence of each of the first nine entries carries its
 * number, the Ctrl+number that inserts its rendering. Lazy: the first refresh fills it.
 */
export function termHighlight(occurrencesOf: (unit: Node) => readonly TermOccurrence[]): Plugin<DecorationSet> {
  return unitDecorations(
    termHighlightKey,
    (unit, pos) => {
      const numbers = new Map<string, number>();
      const base = pos + 2;
      return occurrencesOf(unit).map((o) => {
        const first = !numbers.has(o.entryId);
        if (first) numbers.set(o.entryId, numbers.size + 1);
        const n = numbers.get(o.entryId) as number;
        return Decoration.inline(base + o.start, base + o.end, {
          class: `term term-${o.kind}`,
          'data-entry-id': o.entryId,
          ...(first && n <= 9 ? { 'data-term-n': String(n) } : {}),
        });
      });
    },
    { lazy: true },
  );
}

/** Sets a run-in heading (`(一)标题。`, the first `runIn` characters of a unit's Chinese) apart from its body. */
export function runInHeading(): Plugin<DecorationSet> {
  return unitDecorations(runInHeadingKey, (unit, pos) => {
    const runIn = unitAttrs(unit).runIn;
    const size = unit.child(0).content.size;
    return runIn && size ? [Decoration.inline(pos + 2, pos + 2 + Math.min(runIn, size), { class: 'run-in-heading' })] : [];
  });
}

/** What a QA finding concerns, shown in the text when the translator goes to it from the Checks tab. */
export interface QaMark {
  readonly unitId: string;
  readonly source?: TextSpan | undefined;
  readonly target?: TextSpan | undefined;
}

/** Shows a QA finding's spans (the Chinese in red, the English underlined), or clears them (null). */
export function showQaMark(tr: Transaction, mark: QaMark | null): Transaction {
  return tr.setMeta(qaMarkKey, mark ?? 'clear');
}

/**
 * The spans of the QA finding the translator went to: decorations mapped through every edit (so the
 * mark stays on its words as the English changes), replaced when another finding is shown, cleared
 * when the unit's Chinese or English is replaced wholesale.
 */
export function qaMarks(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: qaMarkKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const meta = tr.getMeta(qaMarkKey) as QaMark | 'clear' | undefined;
        if (meta === 'clear') return DecorationSet.empty;
        if (meta) {
          const unit = findUnit(tr.doc, meta.unitId);
          if (!unit) return DecorationSet.empty;
          const decorations: Decoration[] = [];
          for (const side of ['source', 'target'] as const) {
            const span = meta[side];
            if (!span || span.end <= span.start) continue;
            const { from, to } = spanPositions(unit, side, span);
            if (to > from) decorations.push(Decoration.inline(from, to, { class: `qa-mark qa-mark-${side}` }));
          }
          return DecorationSet.create(tr.doc, decorations);
        }
        return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
      },
    },
    props: { decorations: (state) => qaMarkKey.getState(state) ?? null },
  });
}

/** Marks the row the selection is in (`data-active`, `aria-current`): the current paragraph. */
export function activeUnit(): Plugin<DecorationSet> {
  const decorate = (doc: Node, head: number): DecorationSet => {
    const unit = unitAtPos(doc, head);
    return unit ? DecorationSet.create(doc, [Decoration.node(unit.pos, unit.pos + unit.node.nodeSize, { 'data-active': 'true', 'aria-current': 'true' })]) : DecorationSet.empty;
  };
  return new Plugin<DecorationSet>({
    key: activeUnitKey,
    state: {
      init: (_config, state) => decorate(state.doc, state.selection.head),
      apply(tr, set, old, state) {
        if (!tr.docChanged && tr.selection.eq(old.selection)) return set;
        const before = unitAtPos(old.doc, old.selection.head);
        const after = unitAtPos(state.doc, state.selection.head);
        if (!tr.docChanged && before && after && before.pos === after.pos) return set;
        return decorate(state.doc, state.selection.head);
      },
    },
    props: { decorations: (state) => activeUnitKey.getState(state) ?? null },
  });
}
