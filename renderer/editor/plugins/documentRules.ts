import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { AddMarkStep, AttrStep, DocAttrStep, RemoveMarkStep, ReplaceAroundStep, ReplaceStep, Transform, type Step } from 'prosemirror-transform';
import { isHistoryTransaction } from 'prosemirror-history';
import { balanceChunks, chunksBalanced, unitAtPos } from '../../../src/document/chunks.js';
import { schema } from '../../../src/document/schema.js';
import { derivedStatus, isSentenceMode } from '../../../src/document/segments.js';
import { unitAttrs, type UnitStatus } from '../../../src/document/unitAttrs.js';
import { KEEP_ATTRS, replacedPositions, STRUCTURAL } from '../transactions.js';
import { REVIEW_TRACKED } from './reviewTracking.js';

export const documentRulesKey = new PluginKey('documentRules');

/** The status a unit gets when its English changes: empty is untranslated, any edit makes a draft to confirm again. */
export function statusAfterEdit(previous: UnitStatus, target: Node): UnitStatus {
  if (target.textContent.trim() === '') return 'untranslated';
  return previous === 'draft' ? previous : 'draft';
}

/**
 * Sentence mode: each edited cell's status follows `statusAfterEdit` (set on `tr`), and the unit's is
 * derived from its cells' (`derivedStatus`), which is answered.
 */
function cellsAfterEdit(tr: Transaction, unitPos: number, unit: Node, edited: ReadonlySet<number>): UnitStatus {
  const statuses: UnitStatus[] = [];
  const base = unitPos + 1 + unit.child(0).nodeSize + 1;
  unit.child(1).forEach((cell, offset) => {
    const before = cell.attrs['status'] as UnitStatus;
    const status = edited.has(base + offset) ? statusAfterEdit(before, cell) : before;
    if (status !== before) tr.setNodeAttribute(base + offset, 'status', status);
    statuses.push(status);
  });
  return derivedStatus(statuses);
}

/** True when the range [from, to) of `doc` holds any of the Chinese. */
function touchesSource(doc: Node, from: number, to: number): boolean {
  let found = false;
  doc.nodesBetween(from, to, (node) => {
    if (found) return false;
    if (node.type === schema.nodes.source) found = true;
    return !found && !node.isInline;
  });
  return found;
}

/** Whether one step of a typed or programmatic change keeps to the rules of the document. */
function allowed(step: Step, doc: Node): boolean {
  if (step instanceof AttrStep || step instanceof DocAttrStep) return true;
  if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) {
    // Term links and notes go on either side; bold and italic only on the English.
    const type = step.mark.type;
    return type === schema.marks.term || type === schema.marks.note || !touchesSource(doc, step.from, step.to);
  }
  if (step instanceof ReplaceStep || step instanceof ReplaceAroundStep) {
    const $from = doc.resolve(step.from);
    const $to = doc.resolve(step.to);
    // Inside one English: a paragraph's, or one sentence cell's (cells are never split or joined by typing).
    const parent = $from.parent.type;
    if (!$from.sameParent($to) || (parent !== schema.nodes.target && parent !== schema.nodes.segment)) return false;
    return !unitAttrs($from.node($from.depth - (parent === schema.nodes.segment ? 2 : 1))).excluded;
  }
  return false;
}

/**
 * The rules of the one document, as one plugin:
 * - the Chinese is read-only (its marks may change: links and notes), units and chunks are not split,
 *   joined or deleted by typing, and an excluded unit's English cannot be edited;
 * - an edit of an English makes its unit a draft (untranslated when emptied), stamps `updated` and
 *   drops `fromMemory` and `repetition`, in the same undo step as the edit;
 * - chunks stay balanced if units are added or removed.
 * Undo and redo, and the workbench's own structural transactions (`STRUCTURAL`), pass the guard.
 */
export function documentRules(): Plugin {
  return new Plugin({
    key: documentRulesKey,
    filterTransaction(tr) {
      if (!tr.docChanged || tr.getMeta(STRUCTURAL) || isHistoryTransaction(tr) || tr.getMeta('appendedTransaction')) return true;
      return tr.steps.every((step, i) => allowed(step, tr.docs[i] as Node));
    },
    appendTransaction(transactions: readonly Transaction[], _old, state) {
      const edited = new Map<number, Node>();
      // Sentence cells edited, by their position before the cell.
      const cells = new Set<number>();
      for (const pos of replacedPositions(transactions, (tr) => !!tr.getMeta(KEEP_ATTRS) || isHistoryTransaction(tr))) {
        const unit = unitAtPos(state.doc, pos);
        if (unit) edited.set(unit.pos, unit.node);
        const $pos = state.doc.resolve(pos);
        if ($pos.parent.type === schema.nodes.segment) cells.add($pos.before());
      }
      const tr = state.tr;
      const now = Date.now();
      // Review mode: a confirmed paragraph whose edits are tracked keeps its status (the changes are what is pending).
      const tracked = new Set(transactions.flatMap((t) => (t.getMeta(REVIEW_TRACKED) as readonly string[] | undefined) ?? []));
      for (const [pos, node] of edited) {
        const attrs = unitAttrs(node);
        const status =
          tracked.has(attrs.id) && node.child(1).textContent.trim() !== ''
            ? attrs.status
            : isSentenceMode(node)
              ? cellsAfterEdit(tr, pos, node, cells)
              : statusAfterEdit(attrs.status, node.child(1));
        if (status !== attrs.status) tr.setNodeAttribute(pos, 'status', status);
        if (attrs.fromMemory) tr.setNodeAttribute(pos, 'fromMemory', false);
        if (attrs.repetition) tr.setNodeAttribute(pos, 'repetition', false);
        tr.setNodeAttribute(pos, 'updated', now);
      }
      if (!chunksBalanced(tr.doc)) {
        const balance = new Transform(tr.doc);
        balanceChunks(balance);
        for (const step of balance.steps) tr.step(step);
        tr.setMeta(STRUCTURAL, true);
      }
      return tr.docChanged ? tr.setMeta(KEEP_ATTRS, true) : null;
    },
  });
}
