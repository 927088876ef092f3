import { describe, expect, it } from 'vitest';
import { compileFinder, type Finder } from '../find/findText.js';
import { filterUnits, isEmptyFilter, type FilterableUnit, type FilterFacts } from './unitFilter.js';

const units: FilterableUnit[] = [
  { id: 'u1', status: 'untranslated', excluded: false, source: '推进高质量发展', target: '' },
  { id: 'u2', status: 'draft', excluded: false, source: '地区生产总值增长5.2%', target: 'GDP grew by 5.2 percent' },
  { id: 'u3', status: 'translated', excluded: false, source: '地区生产总值达到985.2亿元', target: 'GDP reached 985.2 billion yuan' },
  { id: 'u4', status: 'untranslated', excluded: true, source: '首页 | 新闻', target: '' },
  { id: 'u5', status: 'reviewed', excluded: false, source: '“33618”现代制造业集群体系', target: 'the “33618” cluster system' },
];
const facts: FilterFacts = {
  findings: (id) => (id === 'u3' ? [{ check: 'numbers', severity: 'error' }] : id === 'u2' ? [{ check: 'form', severity: 'info' }] : []),
  band: (id) => ({ u1: 'none', u2: '100', u3: '85-94', u5: null })[id] as never,
  entryIds: (id) => new Set(id === 'u5' ? ['cluster-33618'] : []),
};
const finder = (text: string): Finder => {
  const f = compileFinder({ text, matchCase: false, wholeWords: false, regex: false });
  if (!f.ok) throw new Error(f.error.code);
  return f.value;
};

describe('filters', () => {
  it('lets every row through when empty, and says it is empty', () => {
    expect(isEmptyFilter({})).toBe(true);
    expect(filterUnits(units, {}, facts)).toEqual(['u1', 'u2', 'u3', 'u4', 'u5']);
    expect(isEmptyFilter({ statuses: new Set(['draft']) })).toBe(false);
  });

  it('filters by status (excluded rows have none), and shows, hides or isolates excluded rows', () => {
    expect(filterUnits(units, { statuses: new Set(['untranslated', 'draft']) }, facts)).toEqual(['u1', 'u2']);
    expect(filterUnits(units, { excluded: 'hide' }, facts)).toEqual(['u1', 'u2', 'u3', 'u5']);
    expect(filterUnits(units, { excluded: 'only' }, facts)).toEqual(['u4']);
  });

  it('filters by QA check and severity, by memory band, by glossary entry and by text, all parts together', () => {
    expect(filterUnits(units, { findings: { severities: new Set(['error', 'warning']) } }, facts)).toEqual(['u3']);
    expect(filterUnits(units, { findings: { checks: new Set(['form']) } }, facts)).toEqual(['u2']);
    expect(filterUnits(units, { bands: new Set(['100', '85-94']) }, facts)).toEqual(['u2', 'u3']);
    expect(filterUnits(units, { entryId: 'cluster-33618' }, facts)).toEqual(['u5']);
    expect(filterUnits(units, { contains: { finder: finder('GDP'), side: 'target' } }, facts)).toEqual(['u2', 'u3']);
    expect(filterUnits(units, { contains: { finder: finder('生产总值'), side: 'either' } }, facts)).toEqual(['u2', 'u3']);
    expect(filterUnits(units, { contains: { finder: finder('GDP'), side: 'source' } }, facts)).toEqual([]);
    expect(filterUnits(units, { contains: { finder: finder('GDP'), side: 'target' }, statuses: new Set(['translated']) }, facts)).toEqual(['u3']);
  });
});
