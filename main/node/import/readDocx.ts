import { structureReport, type ImportedNote, type ImportProblemCode } from '../../../src/import/importReport.js';
import { readWordHtml } from '../../../src/import/readWordHtml.js';
import type { ReportLine } from '../../../src/import/reportLine.js';
import { fail, ok, type Problem, type Result } from '../../../src/util/result.js';
import type { ReadResult } from './readReport.js';

/**
 * Style names Chinese Word templates give their headings, mapped like Word's own Heading styles; the
 * 公文 numbering in the text (一、 （一） 1.) is found by structure detection either way.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  ...[1, 2, 3, 4, 5, 6].flatMap((n) => [`p[style-name='标题 ${n}'] => h${n}:fresh`, `p[style-name='标题${n}'] => h${n}:fresh`]),
  "p[style-name='标题'] => h1:fresh",
];

/**
 * The paragraphs of a Word .docx as mammoth reads them (headings from Word's styles, bold run-in
 * leads, footnotes and endnotes lifted out as notes), before structure detection: the importer's and
 * the aligner's one way into Word files. A file that is not a readable .docx is refused (`import.badDocx`).
 */
export async function readDocxLines(bytes: Uint8Array): Promise<Result<{ lines: ReportLine[]; notes: ImportedNote[] }, Problem<ImportProblemCode>>> {
  let html: string;
  try {
    const mammoth = await import('mammoth');
    const convert = mammoth.default?.convertToHtml ?? mammoth.convertToHtml;
    html = (await convert({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, { styleMap: STYLE_MAP, ignoreEmptyParagraphs: true, externalFileAccess: false })).value;
  } catch (error) {
    return fail('import.badDocx', { detail: error instanceof Error ? error.message.slice(0, 200) : String(error) });
  }
  return ok(readWordHtml(html));
}

/**
 * Reads a Word .docx with mammoth: paragraphs, headings from Word's styles, bold run-in headings and
 * footnotes and endnotes as notes anchored on their paragraph. A file that is not a readable .docx is
 * refused (`import.badDocx`).
 */
export async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  const read = await readDocxLines(bytes);
  if (!read.ok) return read;
  return structureReport(read.value.lines, { encoding: null, format: 'docx', notes: read.value.notes });
}
