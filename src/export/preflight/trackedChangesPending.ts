import { plainTextOf } from '../../document/plainText.js';
import { unitAttrs } from '../../document/unitAttrs.js';
import { trackedChanges } from '../../review/trackedChanges.js';
import type { PreflightCheck, PreflightItem } from './preflightItem.js';

/**
 * Paragraphs with tracked changes nobody accepted or rejected yet (`trackedChanges`, with their count
 * and authors): the export prints the current English, which the reviewer may not have settled.
 */
export const trackedChangesPending: PreflightCheck = {
  name: 'trackedChanges',
  run: ({ doc }) => {
    const items: PreflightItem[] = [];
    doc.forEach((unit) => {
      const attrs = unitAttrs(unit);
      if (attrs.excluded || !attrs.review) return;
      const changes = trackedChanges(attrs.review, plainTextOf(unit.child(1)).text);
      const authors = [...new Set(changes.flatMap((c) => c.authors))].join(', ');
      items.push({ code: 'trackedChanges', severity: 'warning', params: { count: changes.length, authors }, unitId: attrs.id });
    });
    return items;
  },
};
