import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/buildDocument.js';
import { createProjectFile } from '../../src/document/projectFile.js';
import type { GlossaryEntry } from '../../src/glossary/glossaryEntry.js';
import { createGlossary } from '../../src/glossary/glossaryFile.js';
import { GlossaryStore } from './glossaryStore.js';
import { ProjectStore } from './projectStore.js';
import { TermAnalysis } from './termAnalysis.js';
import { typeAtEnd } from './storeTesting.js';

const SOURCE = { fileName: 'report.txt', sha256: '0'.repeat(64), encoding: 'utf-8' as const, format: 'text' as const, importedAt: '2026-01-01T00:00:00.000Z' };
const NOW = '2026-01-01T00:00:00.000Z';

function entry(id: string, term: string, rendering: string, forbidden: string[] = []): GlossaryEntry {
  return { id, term, variants: [], renderings: [rendering], forbidden, definition: '', note: '', domain: '', tags: [], status: 'approved', createdAt: NOW, updatedAt: NOW };
}

function open(): { store: ProjectStore; analysis: TermAnalysis; glossaries: GlossaryStore } {
  const store = new ProjectStore();
  const seeds = Array.from({ length: 60 }, (_, i) => ({ text: `第${i + 1}段，经济运行稳中向好，高质量发展扎实推进。`, kind: 'paragraph' as const, level: null, runIn: null, excluded: null, excludedReason: null, notes: [] }));
  store.load({ path: null, file: createProjectFile(buildDocument(seeds), SOURCE, NOW, [], []), journalKey: 'k', diskHash: null, openElsewhere: null });
  const glossaries = new GlossaryStore();
  glossaries.setLinked([
    { path: '/g.duizhao-glossary', glossary: createGlossary('g', [entry('economy', '经济', 'economy'), entry('hqd', '高质量发展', 'high-quality development', ['high quality growth'])]), error: null },
  ]);
  return { store, analysis: new TermAnalysis(store, glossaries), glossaries };
}

describe('term analysis on the keystroke path', () => {
  it('typing in the English looks nothing up in the term index, whoever asks for the paragraph’s terms at each key', () => {
    const { store, analysis } = open();
    expect(analysis.orderedEntries('u7')).toEqual(['economy', 'hqd']);
    const before = analysis.lookups;
    // What the term highlights, predictive typing and the Paragraph tab ask at every key (and the
    // checks, which ask for the findings of the English as it now is).
    typeAtEnd(store, 'u7', 'The economy kept high quality growth', () => {
      analysis.occurrences('u7');
      analysis.orderedEntries('u7');
      analysis.findings('u7');
    });
    expect(analysis.lookups).toBe(before);
    expect(analysis.occurrences('u7').map((o) => o.entryId)).toEqual(['economy', 'hqd']);
  });

  it('the terminology findings still follow the English typed, and a changed glossary looks the terms up again', () => {
    const { store, analysis, glossaries } = open();
    const kinds = (): string[] => analysis.findings('u3').map((f) => `${f.code}:${f.entryId}`).sort();
    // An empty English is untranslated, not checked.
    expect(kinds()).toEqual([]);
    typeAtEnd(store, 'u3', 'The ', () => undefined);
    expect(kinds()).toEqual(['term.missing:economy', 'term.missing:hqd']);
    typeAtEnd(store, 'u3', 'economy ', () => undefined);
    expect(kinds()).toEqual(['term.missing:hqd']);
    typeAtEnd(store, 'u3', 'saw high quality growth', () => undefined);
    expect(kinds()).toEqual(['term.forbidden:hqd', 'term.missing:hqd']);

    const before = analysis.lookups;
    glossaries.setLinked([{ path: '/g.duizhao-glossary', glossary: createGlossary('g', [entry('economy', '经济', 'economy')]), error: null }]);
    expect(analysis.orderedEntries('u3')).toEqual(['economy']);
    expect(analysis.lookups).toBe(before + 1);
  });
});
