import type { Node } from 'prosemirror-model';
import type { PluginKey} from 'prosemirror-state';
import { Plugin, type EditorState, type Transaction } from 'prosemirror-state';
import { AddMarkStep, AttrStep, RemoveMarkStep, ReplaceAroundStep, ReplaceStep } from 'prosemirror-transform';
import type { Decoration} from 'prosemirror-view';
import { DecorationSet } from 'prosemirror-view';
import { forEachUnit, unitAtPos } from '../../../src/document/chunks.js';

/** Decorations of one unit at `pos`, in absolute positions. */
export type DecorateUnit = (unit: Node, pos: number) => readonly Decoration[];

/** Transaction meta asking a unit-decoration plugin to recompute every unit (the glossary changed, say). */
export const REFRESH = 'refresh';

/** The units a transaction touched (text, marks or attributes), as positions in its final document. */
export function touchedUnits(tr: Transaction): Map<number, Node> {
  const touched = new Map<number, Node>();
  tr.steps.forEach((step, i) => {
    let from: number;
    let to: number;
    if (step instanceof ReplaceStep || step instanceof ReplaceAroundStep || step instanceof AddMarkStep || step instanceof RemoveMarkStep) {
      from = step.from;
      to = step.to;
    } else if (step instanceof AttrStep) {
      from = to = step.pos + 1;
    } else return;
    const rest = tr.mapping.slice(i);
    from = rest.map(from, -1);
    to = Math.max(from, rest.map(to, 1));
    for (const at of from === to ? [from] : [from, to]) {
      const unit = unitAtPos(tr.doc, at);
      if (unit) touched.set(unit.pos, unit.node);
    }
    // A replace of whole units (a merge) touches every unit it put in.
    if (to > from + 1) {
      tr.doc.nodesBetween(from, to, (node, pos) => {
        if (node.type.name === 'unit') {
          touched.set(pos, node);
          return false;
        }
        return !node.isInline;
      });
    }
  });
  return touched;
}

function decorateAll(doc: Node, decorate: DecorateUnit): DecorationSet {
  const all: Decoration[] = [];
  forEachUnit(doc, (unit, pos) => void all.push(...decorate(unit, pos)));
  return DecorationSet.create(doc, all);
}

/**
 * A plugin of decorations computed unit by unit: on each transaction it maps its decorations and
 * recomputes only the units the transaction touched, so a keystroke costs one unit whatever the size
 * of the report. A `REFRESH` meta recomputes them all; `lazy` starts empty and waits for the first
 * refresh (the workbench sends it once the rows are on screen).
 */
export function unitDecorations(key: PluginKey<DecorationSet>, decorate: DecorateUnit, options: { readonly lazy?: boolean } = {}): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: (_config, state: EditorState) => (options.lazy ? DecorationSet.empty : decorateAll(state.doc, decorate)),
      apply(tr, set) {
        if (tr.getMeta(key) === REFRESH) return decorateAll(tr.doc, decorate);
        if (!tr.docChanged) return set;
        let next = set.map(tr.mapping, tr.doc);
        for (const [pos, unit] of touchedUnits(tr)) {
          const end = pos + unit.nodeSize;
          next = next.remove(next.find(pos, end)).add(tr.doc, [...decorate(unit, pos)]);
        }
        return next;
      },
    },
    props: {
      decorations: (state) => key.getState(state) ?? null,
    },
  });
}
