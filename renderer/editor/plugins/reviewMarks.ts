import type { Node } from 'prosemirror-model';
import { PluginKey, type Plugin, type Transaction } from 'prosemirror-state';
import { Decoration, type DecorationSet } from 'prosemirror-view';
import { plainTextOf } from '../../../src/document/plainText.js';
import { unitAttrs } from '../../../src/document/unitAttrs.js';
import { trackedChanges, type TrackedChange } from '../../../src/review/trackedChanges.js';
import { spanPositions } from '../transactions.js';
import { REFRESH, unitDecorations } from './unitDecorations.js';

export const reviewMarksKey = new PluginKey<DecorationSet>('reviewMarks');

/** The tooltip of an insertion or a deletion (author and time, in the UI's words). */
export type DescribeChange = (kind: 'inserted' | 'deleted', change: TrackedChange) => string;

/** What the tooltips need of i18next: its `t` and its language, read at each call (the language of now). */
export interface TooltipWords {
  t(key: string, values: { author: string; time: string }): string;
  readonly language: string;
}

/** The tooltips in the UI's words ("Inserted by Ana, 06/12/2026, 07:01"), in whatever language the UI speaks when they are drawn. */
export function changeTooltips(i18n: TooltipWords): DescribeChange {
  return (kind, change) => i18n.t(`review.${kind}By`, { author: change.author, time: new Date(change.time).toLocaleString(i18n.language) });
}

/** Tells the tracked-change marks to draw every unit again: the UI language changed, so their tooltips' words did. */
export function refreshReviewMarks(tr: Transaction): Transaction {
  return tr.setMeta(reviewMarksKey, REFRESH);
}

/**
 * Shows a unit's pending tracked changes: inserted text underlined in colour (an inline decoration),
 * deleted text struck through where it was (a widget outside the editable text), each with its
 * author and time as a tooltip and its unit and index as data for the context menu. Units with no
 * record have none; a transaction recomputes only the units it touched, and `refreshReviewMarks` all
 * of them (a language switch).
 */
export function reviewMarks(describe: DescribeChange): Plugin<DecorationSet> {
  const decorate = (unit: Node, pos: number): Decoration[] => {
    const { review, id } = unitAttrs(unit);
    if (!review) return [];
    const found = { node: unit, pos };
    const out: Decoration[] = [];
    for (const change of trackedChanges(review, plainTextOf(unit.child(1)).text)) {
      const data = { 'data-change-unit': id, 'data-change': String(change.index) };
      const { from, to } = spanPositions(found, 'target', { start: change.fromB, end: change.toB });
      if (change.deleted) {
        const title = describe('deleted', change);
        out.push(
          Decoration.widget(
            from,
            () => {
              const del = document.createElement('del');
              del.className = 'tc-del';
              del.contentEditable = 'false';
              del.title = title;
              del.textContent = change.deleted;
              for (const [k, v] of Object.entries(data)) del.setAttribute(k, v);
              return del;
            },
            // Keyed by its tooltip too: the view keeps a widget whose key is unchanged, old words and all.
            { side: -1, ignoreSelection: true, marks: [], title, key: `del:${id}:${change.index}:${change.fromB}:${change.deleted}:${change.time}:${title}` },
          ),
        );
      }
      if (change.inserted) out.push(Decoration.inline(from, to, { nodeName: 'ins', class: 'tc-ins', title: describe('inserted', change), ...data }));
    }
    return out;
  };
  return unitDecorations(reviewMarksKey, decorate);
}
