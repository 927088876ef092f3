import { decodeText } from '../import/decodeText.js';
import { fail, ok, type Problem, type Result } from '../util/result.js';
import { decodeXml, parseXml } from '../xml/parseXml.js';
import { readGlossaryCsv } from './csv.js';
import type { GlossaryEntry } from './glossaryEntry.js';
import { parseGlossary, GLOSSARY_EXTENSION } from './glossaryFile.js';
import { readTbx, type ImportContext, type LanguagePair } from './tbx.js';

/** Largest glossary file imported, in bytes. */
export const MAX_GLOSSARY_IMPORT_BYTES = 64 * 1024 * 1024;
/** Most entries one import may bring: beyond this a file is refused rather than freezing the app. */
export const MAX_IMPORTED_ENTRIES = 500_000;

export type GlossaryFormat = 'tbx' | 'csv' | 'tsv' | 'duizhao';

/** A glossary read from a file of another tool (or of ours), ready to add to a glossary. */
export interface ImportedGlossary {
  readonly format: GlossaryFormat;
  readonly entries: GlossaryEntry[];
  readonly languages: string[];
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly skipped: number;
}

/** The format of a glossary file, by extension, else by its first characters. */
export function glossaryFormatOf(fileName: string, head: string): GlossaryFormat | null {
  const name = fileName.toLowerCase();
  if (name.endsWith(GLOSSARY_EXTENSION)) return 'duizhao';
  if (name.endsWith('.tbx') || name.endsWith('.xml') || name.endsWith('.mtf')) return 'tbx';
  if (name.endsWith('.tsv') || name.endsWith('.tab')) return 'tsv';
  if (name.endsWith('.csv') || name.endsWith('.txt')) return 'csv';
  if (/^\s*</.test(head)) return 'tbx';
  return null;
}

/**
 * Imports a glossary file: TBX (v3 or 2008 `<martif>`), CSV, TSV, or a Duizhao glossary. A malformed
 * file is refused whole with the line or element at fault; nothing is half imported.
 */
export function importGlossary(
  fileName: string,
  bytes: Uint8Array,
  pair: LanguagePair,
  context: ImportContext,
): Result<ImportedGlossary, Problem> {
  if (bytes.length > MAX_GLOSSARY_IMPORT_BYTES) return fail('glossary.tooLarge', { limit: MAX_GLOSSARY_IMPORT_BYTES });
  const head = String.fromCharCode(...bytes.subarray(0, 64).filter((b) => b !== 0));
  const format = glossaryFormatOf(fileName, head);
  if (format === null) return fail('glossary.unsupportedType', { fileName });

  let result: Result<ImportedGlossary, Problem>;
  if (format === 'tbx') {
    const text = decodeXml(bytes);
    if (!text.ok) return text;
    const root = parseXml(text.value);
    if (!root.ok) return root;
    const read = readTbx(root.value, pair, context);
    result = read.ok ? ok({ format, ...read.value }) : read;
  } else {
    const decoded = decodeText(bytes);
    if (!decoded.ok) return decoded;
    if (format === 'duizhao') {
      const glossary = parseGlossary(decoded.value.text);
      if (!glossary.ok) return glossary;
      const g = glossary.value;
      result = ok({ format, entries: g.entries, languages: [g.sourceLang, g.targetLang], sourceLang: g.sourceLang, targetLang: g.targetLang, skipped: 0 });
    } else {
      const entries = readGlossaryCsv(decoded.value.text, format, context);
      result = entries.ok ? ok({ format, entries: entries.value, languages: ['zh', 'en'], sourceLang: 'zh', targetLang: 'en', skipped: 0 }) : entries;
    }
  }
  if (result.ok && result.value.entries.length > MAX_IMPORTED_ENTRIES) return fail('glossary.tooManyEntries', { limit: MAX_IMPORTED_ENTRIES, count: result.value.entries.length });
  return result;
}
