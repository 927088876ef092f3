import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureBytes, SAMPLE } from '../../test/corpus.js';
import { createProjectFile, parseProjectFile, serializeProjectFile } from '../../src/document/projectFile.js';
import { importGlossary } from '../../src/glossary/importGlossary.js';
import { importReport } from '../../src/import/importReport.js';
import { readMemoryImport } from '../../src/tm/importMemory.js';
import { readXliff } from '../../src/tm/xliff.js';

/**
 * Property tests: every importer answers arbitrary bytes with a result (never an exception, never a
 * hang: fast-check's run has a time limit per property), and a project file changed at random either
 * loads as a valid document or is refused.
 */
const context = { makeId: () => 'e1', now: '2026-11-26T10:00:00.000Z' };
const RUNS = { numRuns: 300, interruptAfterTimeLimit: 60_000 };

/** Bytes that look a little like each format, so the parsers get past their first check. */
const xmlish = fc
  .array(fc.oneof(fc.constantFrom('<tmx version="1.4">', '<xliff version="2.0">', '<tbx>', '<tu>', '<tuv xml:lang="zh">', '<seg>', '</seg>', '<unit id="u1">', '<source>', '</source>', '<sc id="1"/>', '<ec startRef="1"/>', '&amp;', '&#x0;', '<!DOCTYPE x [<!ENTITY a "b">]>', '<?xml version="1.0"?>', ']]>', '<![CDATA['), fc.string()), { maxLength: 40 })
  .map((parts) => new TextEncoder().encode(parts.join('')));
const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 2000 }), xmlish);

describe('importers never throw on arbitrary bytes', () => {
  const names = ['r.txt', 'r.html', 'g.tbx', 'g.csv', 'g.tsv', 'g.duizhao-glossary', 'm.tmx', 'm.xlf'];
  it('report import', () => {
    fc.assert(
      fc.property(anyBytes, fc.constantFrom('r.txt', 'r.html'), (bytes, name) => {
        const result = importReport(name, bytes);
        expect(typeof result.ok).toBe('boolean');
      }),
      RUNS,
    );
  });
  it('glossary import (TBX, CSV, TSV, Duizhao)', () => {
    fc.assert(
      fc.property(anyBytes, fc.constantFrom(...names), (bytes, name) => {
        expect(typeof importGlossary(name, bytes, {}, context).ok).toBe('boolean');
      }),
      RUNS,
    );
  });
  it('memory import (TMX, XLIFF) and XLIFF merge reading', () => {
    fc.assert(
      fc.property(anyBytes, fc.constantFrom('m.tmx', 'm.xlf'), (bytes, name) => {
        expect(typeof readMemoryImport(name, bytes).ok).toBe('boolean');
        expect(typeof readXliff(bytes).ok).toBe('boolean');
      }),
      RUNS,
    );
  });
});

describe('a project file changed at random', () => {
  const imported = importReport('nanan.txt', fixtureBytes(SAMPLE));
  if (!imported.ok) throw new Error('sample');
  const text = serializeProjectFile(createProjectFile(imported.value.doc, { fileName: 'n.txt', sha256: 'e'.repeat(64), encoding: 'utf-8', format: 'text', importedAt: context.now }, context.now));

  it('loads as a valid document or is refused, never half-loaded', () => {
    const edit = fc.record({ at: fc.nat({ max: text.length - 1 }), cut: fc.nat({ max: 8 }), insert: fc.string({ maxLength: 8 }) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let mutated = text;
        for (const e of edits) mutated = mutated.slice(0, e.at) + e.insert + mutated.slice(e.at + e.cut);
        const result = parseProjectFile(mutated);
        if (!result.ok) {
          expect(result.error.code).toMatch(/^project\./);
          return;
        }
        // A file that loads is a whole, valid project: its document checks, and it saves and loads back the same.
        result.value.doc.check();
        const again = parseProjectFile(serializeProjectFile(result.value.file));
        expect(again.ok && again.value.doc.eq(result.value.doc)).toBe(true);
      }),
      { numRuns: 500, interruptAfterTimeLimit: 60_000 },
    );
  });
});
