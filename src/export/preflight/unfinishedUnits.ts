import { plainTextOf } from '../../document/plainText.js';
import { unitAttrs } from '../../document/unitAttrs.js';
import type { PreflightCheck, PreflightItem } from './preflightItem.js';

/** Included paragraphs with Chinese but no English (`untranslated`), those whose English is still a draft (`draft`), and those the reviewer rejected (`rejected`). */
export const unfinishedUnits: PreflightCheck = {
  name: 'unfinished',
  run: ({ doc }) => {
    const items: PreflightItem[] = [];
    doc.forEach((unit) => {
      const attrs = unitAttrs(unit);
      if (attrs.excluded || !unit.child(0).textContent.trim()) return;
      if (!plainTextOf(unit.child(1)).text.trim()) items.push({ code: 'untranslated', severity: 'warning', params: {}, unitId: attrs.id });
      else if (attrs.status === 'draft' || attrs.status === 'untranslated') items.push({ code: 'draft', severity: 'warning', params: {}, unitId: attrs.id });
      else if (attrs.status === 'rejected') items.push({ code: 'rejected', severity: 'warning', params: {}, unitId: attrs.id });
    });
    return items;
  },
};
