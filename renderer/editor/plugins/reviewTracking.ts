import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Mapping } from 'prosemirror-transform';
import { isHistoryTransaction } from 'prosemirror-history';
import { unitAtPos } from '../../../src/document/chunks.js';
import { plainTextOf } from '../../../src/document/plainText.js';
import { schema } from '../../../src/document/schema.js';
import { unitAttrs } from '../../../src/document/unitAttrs.js';
import { trackEdit } from '../../../src/review/trackedChanges.js';
import { findUnit, KEEP_ATTRS, replacedPositions, STRUCTURAL } from '../transactions.js';

export const reviewTrackingKey = new PluginKey('reviewTracking');

/** Transaction meta: an accept or reject that sets the units' records itself (not an edit to track). */
export const REVIEW_OWN = 'duizhao:reviewOwn';
/** Transaction meta set on the tracker's own transaction: the ids of the units whose edits it recorded. */
export const REVIEW_TRACKED = 'duizhao:reviewTracked';

/** Whether review mode is on, and the name its changes are recorded under. */
export interface Reviewer {
  readonly on: boolean;
  readonly author: string;
}

/** A unit whose English edits are tracked: a confirmed one while review mode is on, and any with pending changes. */
export function isTracked(unit: Node, reviewing: boolean): boolean {
  const attrs = unitAttrs(unit);
  if (attrs.excluded) return false;
  return attrs.review !== null || (reviewing && (attrs.status === 'translated' || attrs.status === 'reviewed'));
}

/** The units whose English the transactions edited, by position in the final state. */
function editedUnits(transactions: readonly Transaction[], state: EditorState): Map<number, Node> {
  const edited = new Map<number, Node>();
  for (const pos of replacedPositions(transactions, (tr) => isHistoryTransaction(tr) || !!tr.getMeta(STRUCTURAL) || !!tr.getMeta(REVIEW_OWN))) {
    const unit = unitAtPos(state.doc, pos);
    if (unit) edited.set(unit.pos, unit.node);
  }
  return edited;
}

/**
 * Review mode's tracker: every edit of the English of a tracked unit (see `isTracked`) updates the
 * unit's `review` record (baseline and changes, with the reviewer's name and the time) in the same
 * undo step as the edit. Only the units a transaction edited are looked at, so a keystroke costs one
 * paragraph. Undo and redo restore the record with the text; accept and reject (`REVIEW_OWN`) set it
 * themselves.
 */
export function reviewTracking(reviewer: () => Reviewer, now: () => number = Date.now): Plugin {
  return new Plugin({
    key: reviewTrackingKey,
    appendTransaction(transactions, oldState, state) {
      const edited = editedUnits(transactions, state);
      if (!edited.size) return null;
      const who = reviewer();
      const back = new Mapping();
      for (const tr of transactions) back.appendMapping(tr.mapping);
      const inverse = back.invert();
      const tr = state.tr;
      const tracked: string[] = [];
      for (const [pos, node] of edited) {
        const id = unitAttrs(node).id;
        let old = oldState.doc.nodeAt(inverse.map(pos, 1));
        if (!old || old.type !== schema.nodes.unit || unitAttrs(old).id !== id) old = findUnit(oldState.doc, id)?.node ?? null;
        if (!old || !isTracked(old, who.on)) continue;
        const before = plainTextOf(old.child(1));
        const after = plainTextOf(node.child(1)).text;
        const record = trackEdit(unitAttrs(old).review, before, after, { author: who.author, time: now() });
        tracked.push(id);
        if (record !== unitAttrs(node).review) tr.setNodeAttribute(pos, 'review', record);
      }
      if (!tracked.length) return null;
      return tr.setMeta(KEEP_ATTRS, true).setMeta(REVIEW_TRACKED, tracked);
    },
  });
}
