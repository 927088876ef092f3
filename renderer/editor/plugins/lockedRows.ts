import type { Node } from 'prosemirror-model';
import { Plugin } from 'prosemirror-state';
import { isHistoryTransaction } from 'prosemirror-history';
import { AddMarkStep, RemoveMarkStep, ReplaceAroundStep, ReplaceStep, type Step } from 'prosemirror-transform';
import { schema } from '../../../src/document/schema.js';
import { unitAttrs } from '../../../src/document/unitAttrs.js';

/** True when a step changes the English of a locked unit (its text, or its bold and italic). */
function changesLockedEnglish(step: Step, doc: Node): boolean {
  if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) {
    if (step.mark.type !== schema.marks.strong && step.mark.type !== schema.marks.em) return false;
  } else if (!(step instanceof ReplaceStep || step instanceof ReplaceAroundStep)) return false;
  const { from, to } = step as Step & { from: number; to: number };
  let locked = false;
  doc.nodesBetween(from, Math.max(to, from + 1), (node, _pos, parent) => {
    if (locked) return false;
    if (node.type === schema.nodes.target && parent && unitAttrs(parent).locked) locked = true;
    return !node.isInline;
  });
  if (locked) return true;
  const $from = doc.resolve(from);
  return $from.parent.type === schema.nodes.target && unitAttrs($from.node($from.depth - 1)).locked;
}

/**
 * Locked rows refuse edits: a transaction that would change the English of a locked unit is dropped,
 * and the translator is told why (at most once every few seconds while typing on). Undo and redo pass.
 */
export function lockedRows(notify: () => void): Plugin {
  let told = 0;
  return new Plugin({
    filterTransaction(tr) {
      if (!tr.docChanged || isHistoryTransaction(tr)) return true;
      const refused = tr.steps.some((step, i) => changesLockedEnglish(step, tr.docs[i] as Node));
      if (refused && Date.now() - told > 3000) {
        told = Date.now();
        notify();
      }
      return !refused;
    },
  });
}
