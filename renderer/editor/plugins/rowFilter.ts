import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { forEachUnit, unitCount } from '../../../src/document/chunks.js';
import { unitAttrs } from '../../../src/document/unitAttrs.js';
import { STRUCTURAL } from '../transactions.js';

/** The rows the filter bar hides (by unit id), or null when no filter is on. */
export interface RowFilterState {
  readonly hidden: ReadonlySet<string> | null;
  readonly set: DecorationSet;
}

export const rowFilterKey = new PluginKey<RowFilterState>('rowFilter');

/** Hides the rows not in `shown` (unit ids that pass the filter); null shows every row again. */
export function setRowFilter(tr: Transaction, shown: ReadonlySet<string> | null): Transaction {
  return tr.setMeta(rowFilterKey, { shown });
}

/** The ids of the rows the filter hides, or null when no filter is on. */
export function hiddenRows(state: EditorState): ReadonlySet<string> | null {
  return rowFilterKey.getState(state)?.hidden ?? null;
}

/** Node decorations of the hidden rows (`data-filtered`), and of the chunks all of whose rows are hidden. */
function decorate(doc: Node, hidden: ReadonlySet<string>): DecorationSet {
  const decorations: Decoration[] = [];
  let pos = 0;
  doc.forEach((chunk, offset) => {
    pos = offset;
    let all = true;
    chunk.forEach((unit, unitOffset) => {
      if (unit.type.name !== 'unit') return;
      if (hidden.has(unitAttrs(unit).id)) {
        const at = pos + 1 + unitOffset;
        decorations.push(Decoration.node(at, at + unit.nodeSize, { 'data-filtered': 'out' }));
      } else all = false;
    });
    // A chunk of hidden rows takes no room: `content-visibility` would otherwise keep its remembered height.
    if (all && chunk.type.name === 'chunk') decorations.push(Decoration.node(pos, pos + chunk.nodeSize, { class: 'filtered-out' }));
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * The grid's filter: the rows that do not pass are hidden by node decorations (CSS `display: none`),
 * so the document stays one and undo, find and saving see every row. The rows are chosen when the
 * filter is set (`setRowFilter`), not on every keystroke: a row edited so that it no longer passes
 * stays in sight until the filter is set again.
 */
export function rowFilter(): Plugin<RowFilterState> {
  return new Plugin<RowFilterState>({
    key: rowFilterKey,
    state: {
      init: () => ({ hidden: null, set: DecorationSet.empty }),
      apply(tr, value) {
        const meta = tr.getMeta(rowFilterKey) as { shown: ReadonlySet<string> | null } | undefined;
        if (meta) {
          if (!meta.shown) return { hidden: null, set: DecorationSet.empty };
          const hidden = new Set<string>();
          forEachUnit(tr.doc, (unit) => {
            const id = unitAttrs(unit).id;
            if (!meta.shown?.has(id)) hidden.add(id);
          });
          return { hidden, set: decorate(tr.doc, hidden) };
        }
        if (!value.hidden || !tr.docChanged) return value;
        // Typing maps the decorations; a change of rows or chunks (split, merge, undo of one) draws them again.
        const structural = tr.getMeta(STRUCTURAL) || tr.before.childCount !== tr.doc.childCount || unitCount(tr.before) !== unitCount(tr.doc);
        return { hidden: value.hidden, set: structural ? decorate(tr.doc, value.hidden) : value.set.map(tr.mapping, tr.doc) };
      },
    },
    props: { decorations: (state) => rowFilterKey.getState(state)?.set ?? null },
  });
}

/** The nearest row before or after the one at `fromIndex` that is neither excluded nor hidden by the filter. */
export function visibleNeighbour(state: EditorState, fromIndex: number, delta: -1 | 1): string | null {
  const hidden = hiddenRows(state);
  const units: Node[] = [];
  forEachUnit(state.doc, (u) => void units.push(u));
  for (let i = fromIndex + delta; i >= 0 && i < units.length; i += delta) {
    const attrs = unitAttrs(units[i] as Node);
    if (!attrs.excluded && !hidden?.has(attrs.id)) return attrs.id;
  }
  return null;
}
