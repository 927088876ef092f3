import { editionUnits } from '../editionUnits.js';
import { appendixEntries } from '../glossaryAppendix.js';
import type { PreflightCheck } from './preflightItem.js';

/**
 * Glossary terms of translated paragraphs whose entry has no English rendering yet: the appendix of a
 * PDF or Word edition would print them without one, and nothing checks the English against them.
 * One item per entry, at its first paragraph.
 */
export const missingRenderings: PreflightCheck = {
  name: 'glossary',
  run: ({ doc, target, index, entries }) => {
    if (target !== 'pdf' && target !== 'docx') return [];
    const units = editionUnits(doc, { untranslated: 'omit', normalizePunctuation: false });
    const numbered = new Map(units.map((u) => [u.number, u.attrs.id]));
    return appendixEntries(units, index, entries)
      .filter((a) => a.entry.renderings.length === 0)
      .map((a) => ({ code: 'noRendering', severity: 'warning', params: { entryId: a.entry.id, term: a.entry.term, paragraphs: a.paragraphs.length }, unitId: numbered.get(a.paragraphs[0] as number) ?? null }));
  },
};
