import type { Node } from 'prosemirror-model';
import { Plugin } from 'prosemirror-state';
import { isHistoryTransaction } from 'prosemirror-history';
import { AddMarkStep, AttrStep, RemoveMarkStep, ReplaceAroundStep, ReplaceStep, type Step } from 'prosemirror-transform';
import { schema } from '../../../src/document/schema.js';
import { unitAttrs } from '../../../src/document/unitAttrs.js';
import { STRUCTURAL } from '../transactions.js';

/** True when a step changes the English of a locked unit: its text (an edit inside it), its bold and italic, or its status. */
function changesLockedEnglish(step: Step, doc: Node): boolean {
  if (step instanceof AttrStep) {
    const node = doc.nodeAt(step.pos);
    return step.attr === 'status' && node?.type === schema.nodes.unit && unitAttrs(node).locked && node.attrs['status'] !== step.value;
  }
  if (step instanceof ReplaceStep || step instanceof ReplaceAroundStep) {
    // Edits (typing, paste, copy source) stay inside one English; whole units and chunks are the workbench's own.
    const $from = doc.resolve(step.from);
    const parent = $from.parent.type;
    if (parent === schema.nodes.segment) return unitAttrs($from.node($from.depth - 2)).locked;
    return parent === schema.nodes.target && unitAttrs($from.node($from.depth - 1)).locked;
  }
  if (!(step instanceof AddMarkStep || step instanceof RemoveMarkStep)) return false;
  if (step.mark.type !== schema.marks.strong && step.mark.type !== schema.marks.em) return false;
  let locked = false;
  doc.nodesBetween(step.from, step.to, (node, _pos, parent) => {
    if (locked) return false;
    if ((node.type === schema.nodes.target || node.type === schema.nodes.segments) && parent && unitAttrs(parent).locked) locked = true;
    return !node.isInline;
  });
  return locked;
}

/**
 * Locked rows refuse edits: a transaction that would change the English or the status of a locked unit is dropped,
 * and the translator is told why (at most once every few seconds while typing on). Undo and redo pass,
 * and so do the workbench's structural transactions (whole units replaced, chunks rebalanced).
 */
export function lockedRows(notify: () => void): Plugin {
  let told = 0;
  return new Plugin({
    filterTransaction(tr) {
      if (!tr.docChanged || isHistoryTransaction(tr) || tr.getMeta(STRUCTURAL)) return true;
      const refused = tr.steps.some((step, i) => changesLockedEnglish(step, tr.docs[i] as Node));
      if (refused && Date.now() - told > 3000) {
        told = Date.now();
        notify();
      }
      return !refused;
    },
  });
}
