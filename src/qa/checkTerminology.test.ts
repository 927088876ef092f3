import { describe, expect, it } from 'vitest';
import { fixtureBytes } from '../../test/corpus.js';
import { parseGlossary } from '../glossary/glossaryFile.js';
import { checkTerminology } from './checkTerminology.js';

const starter = (() => {
  const g = parseGlossary(new TextDecoder().decode(fixtureBytes('../../assets/glossary/starter.duizhao-glossary')));
  if (!g.ok) throw new Error(g.error.code);
  return g.value;
})();
const entries = new Map(starter.entries.map((e) => [e.id, e]));

describe('checkTerminology', () => {
  const occurrences = [
    { entryId: 'land-sea-corridor', start: 0, end: 7, kind: 'auto' as const },
    { entryId: 'belt-and-road', start: 8, end: 12, kind: 'auto' as const },
  ];

  it('accepts the preferred rendering or an alternative, in any case, spacing or plural', () => {
    expect(checkTerminology(occurrences, 'The new  western land-sea corridor and the Belt and Road.', entries)).toEqual([]);
    expect(checkTerminology(occurrences, 'the New International Land–Sea Trade Corridor, Belt and Road Initiatives', entries)).toEqual([]);
  });

  it('reports a missing rendering once per entry, with the source span', () => {
    expect(checkTerminology(occurrences, 'The corridor and the Belt and Road Initiative.', entries)).toEqual([
      { code: 'term.missing', entryId: 'land-sea-corridor', source: { start: 0, end: 7 } },
    ]);
  });

  it('reports a forbidden rendering with its target span, and does not check an empty target', () => {
    const text = 'The New Western Land-Sea Corridor and One Belt, One Road.';
    expect(checkTerminology(occurrences, text, entries)).toEqual([
      { code: 'term.missing', entryId: 'belt-and-road', source: { start: 8, end: 12 } },
      { code: 'term.forbidden', entryId: 'belt-and-road', target: { start: 38, end: 56 } },
    ]);
    expect(text.slice(38, 56)).toBe('One Belt, One Road');
    expect(checkTerminology(occurrences, '  ', entries)).toEqual([]);
  });
});
