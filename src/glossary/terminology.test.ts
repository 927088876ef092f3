import { describe, expect, it } from 'vitest';
import { CHONGQING, fixtureBytes, NATIONAL, SAMPLE } from '../../test/corpus.js';
import { schema } from '../document/schema.js';
import { unitAttrs } from '../document/unitAttrs.js';
import { importReport } from '../import/importReport.js';
import { findPhrase } from './findPhrase.js';
import type { GlossaryEntry } from './glossaryEntry.js';
import { parseGlossary } from './glossaryFile.js';
import { buildTermIndex } from './termIndex.js';
import { orderedEntryIds, termOccurrences } from './termOccurrences.js';

const starter = (() => {
  const g = parseGlossary(new TextDecoder().decode(fixtureBytes('../../assets/glossary/starter.duizhao-glossary')));
  if (!g.ok) throw new Error(g.error.code);
  return g.value;
})();
const index = buildTermIndex(starter.entries);
const entries = new Map(starter.entries.map((e) => [e.id, e]));

function countsIn(name: string): Record<string, number> {
  const report = importReport(name, fixtureBytes(name));
  if (!report.ok) throw new Error(report.error.code);
  const counts: Record<string, number> = {};
  report.value.doc.forEach((unit) => {
    if (unitAttrs(unit).excluded) return;
    for (const o of termOccurrences(unit.child(0), index)) counts[o.entryId] = (counts[o.entryId] ?? 0) + 1;
  });
  return counts;
}

describe('the starter glossary on the corpus reports', () => {
  it('finds each code term of the sample exactly once, "3+2" in its scraped form', () => {
    const counts = countsIn(SAMPLE);
    expect(counts).toMatchObject({ 'code-33618': 1, 'code-885': 1, 'code-15643': 1, 'code-135': 1, 'code-3-2': 1 });
    expect(counts).toMatchObject({ 'two-establishments': 1, 'two-upholds': 1, 'chengdu-chongqing-circle': 2, 'land-sea-corridor': 2, 'central-urban-districts': 7 });
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(64);
  });

  it('finds the exact occurrences in the national and Chongqing reports, and no code inside a longer number', () => {
    const national = countsIn(NATIONAL);
    expect(Object.values(national).reduce((a, b) => a + b, 0)).toBe(63);
    expect(national).toMatchObject({ 'high-quality-development': 25, 'belt-and-road': 5, 'new-quality-productive-forces': 1 });
    const chongqing = countsIn(CHONGQING);
    expect(Object.values(chongqing).reduce((a, b) => a + b, 0)).toBe(112);
    expect(chongqing).toMatchObject({ 'code-33618': 2, 'code-416': 2, 'fyp-15th': 7 });
    expect(chongqing['code-135']).toBeUndefined(); // the report has "1356", which is not "135"
  });
});

describe('termOccurrences', () => {
  it('keeps manual links and drops automatic matches that overlap them', () => {
    const source = schema.nodes.source.create(null, [
      schema.text('坚持'),
      schema.text('两个确立', [schema.marks.term.create({ entryId: 'two-upholds' })]),
      schema.text('和重庆经开区'),
    ]);
    expect(termOccurrences(source, index)).toEqual([
      { entryId: 'two-upholds', start: 2, end: 6, kind: 'manual' },
      { entryId: 'chongqing-etdz', start: 7, end: 12, kind: 'auto' },
    ]);
    expect(orderedEntryIds(termOccurrences(source, index))).toEqual(['two-upholds', 'chongqing-etdz']);
  });
});

describe('findPhrase', () => {
  it('matches whole words only', () => {
    expect(findPhrase('carbon peaking', 'GDP')).toEqual([]);
    expect(findPhrase('GDPs and GDP', 'GDP')).toEqual([
      { start: 0, end: 4 },
      { start: 9, end: 12 },
    ]);
    expect(findPhrase('XGDP', 'GDP')).toEqual([]);
    const entry: GlossaryEntry = { ...(entries.get('grp') as GlossaryEntry) };
    expect(entry.renderings).toContain('GDP');
  });
});
