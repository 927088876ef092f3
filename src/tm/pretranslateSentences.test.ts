import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../document/buildDocument.js';
import { unitProgress } from '../document/progress.js';
import { toSentenceMode } from '../document/segments.js';
import { unitAttrs } from '../document/unitAttrs.js';
import { analyse } from './analysis.js';
import { analysedParagraphs } from './analysedParagraphs.js';
import { applyPretranslation, planPretranslation } from './pretranslate.js';
import { TmIndex } from './tmIndex.js';
import { projectUnits, type TmUnit } from './memoryUnit.js';

const tm = (source: string, target: string): TmUnit => ({ source, target, sourceLang: 'zh-CN', targetLang: 'en', origin: 'test.tmx' });

/** A document of one paragraph of three sentences, in sentence mode. */
function sentenceDoc(): Node {
  const doc = buildDocument([{ text: '经济增长5.2%。就业稳定。物价平稳。', kind: 'paragraph', level: null, runIn: null, excluded: null }]);
  return doc.copy(doc.content.replaceChild(0, toSentenceMode(doc.child(0)) as Node));
}

describe('pre-translation in sentence mode', () => {
  const index = new TmIndex([tm('经济增长5.2%。', 'The economy grew by 5.2%.'), tm('物价平稳。', 'Prices were stable.')]);

  it('fills each untranslated sentence cell from an exact match of its sentence, and leaves the others', () => {
    const doc = sentenceDoc();
    const plan = planPretranslation(doc, [index]);
    expect(plan.fills.get(unitAttrs(doc.child(0)).id)).toEqual(['The economy grew by 5.2%.', null, 'Prices were stable.']);
    expect(plan.untranslated).toBe(1);
    const next = applyPretranslation(doc, plan.fills, 1000).child(0);
    const cells: Array<[string, unknown]> = [];
    next.child(1).forEach((c) => void cells.push([c.textContent, c.attrs['status']]));
    expect(cells).toEqual([['The economy grew by 5.2%.', 'draft'], ['', 'untranslated'], ['Prices were stable.', 'draft']]);
    expect(unitAttrs(next)).toMatchObject({ status: 'draft', fromMemory: true, updated: 1000 });
    // Drafts from the memory are not progress until the translator confirms them.
    expect(unitProgress(next).charsDone).toBe(0);
  });

  it('never fills a cell the translator typed in, and fills nothing when the memory has no sentence', () => {
    const doc = sentenceDoc();
    const typed = applyPretranslation(doc, new Map([[unitAttrs(doc.child(0)).id, ['Typed.', null, null]]]), 1);
    const plan = planPretranslation(typed, [index]);
    expect(plan.fills.get(unitAttrs(typed.child(0)).id)).toEqual([null, null, 'Prices were stable.']);
    expect(planPretranslation(doc, [new TmIndex([])]).fills.size).toBe(0);
  });

  it('the analysis counts the paragraph sentence by sentence (the same split as the cells)', () => {
    const analysis = analyse(analysedParagraphs(sentenceDoc()), [index]);
    expect(analysis.total).toMatchObject({ paragraphs: 1, sentences: 3 });
    expect(analysis.bands.find((b) => b.band === '100')).toMatchObject({ sentences: 2 });
  });

  it('a confirmed sentence goes into the project memory even while its paragraph is a draft', () => {
    const doc = sentenceDoc();
    const filled = applyPretranslation(doc, new Map([[unitAttrs(doc.child(0)).id, ['Jobs held.', null, null]]]), 1);
    expect(projectUnits(filled, 'p.txt')).toEqual([]);
    const unit = filled.child(0);
    const first = unit.child(1).child(0);
    const confirmed = unit.child(1).copy(unit.child(1).content.replaceChild(0, first.type.create({ status: 'translated' }, first.content)));
    const next = unit.type.create({ ...unit.attrs, status: 'draft' }, [unit.child(0), confirmed]);
    expect(projectUnits(doc.copy(doc.content.replaceChild(0, next)), 'p.txt')).toMatchObject([{ source: '经济增长5.2%。', target: 'Jobs held.', unitId: 'u1' }]);
  });
});
