import { extensionOf, importReport, MAX_REPORT_BYTES, type ImportedReport, type ImportProblemCode } from '../../../src/import/importReport.js';
import { fail, type Problem, type Result } from '../../../src/util/result.js';
import { readDocx } from './readDocx.js';
import { readHtmlPage } from './readHtmlPage.js';
import { readPdf } from './readPdf.js';

export type ReadResult = Result<ImportedReport, Problem<ImportProblemCode>>;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** Which reader a file goes to: the content decides over the name where the two disagree (a Word 97 file renamed .docx is still one). */
export type ReportKind = 'wordDoc' | 'pdf' | 'docx' | 'html' | 'text';

/** The kind of a report file, by its first bytes and then its name; `text` for anything else (the text importer refuses what it cannot read). */
export function reportKind(fileName: string, bytes: Uint8Array): ReportKind {
  const extension = extensionOf(fileName);
  if (startsWith(bytes, OLE_MAGIC)) return 'wordDoc';
  if (startsWith(bytes, PDF_MAGIC) || extension === 'pdf') return 'pdf';
  if (extension === 'docx' || (startsWith(bytes, ZIP_MAGIC) && extension === 'docm')) return 'docx';
  if (extension === 'doc') return 'wordDoc';
  if (['html', 'htm', 'xhtml', 'shtml'].includes(extension)) return 'html';
  return 'text';
}

/**
 * Reads a report of any format Duizhao imports into a structured document: .txt and .html (the page's
 * DOM with Mozilla's Readability next to the text method), Word .docx (mammoth) and PDFs with a text
 * layer (pdfjs). An old binary .doc, a scanned PDF, an encrypted or broken file is refused with a
 * code that names the fix. The heavy readers load on first use. Writes nothing.
 */
export async function readReport(fileName: string, bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.length > MAX_REPORT_BYTES) return fail('import.tooLarge', { limit: MAX_REPORT_BYTES, size: bytes.length });
  switch (reportKind(fileName, bytes)) {
    case 'wordDoc':
      return fail('import.wordDoc', { extension: extensionOf(fileName) });
    case 'pdf':
      return readPdf(bytes);
    case 'docx':
      return readDocx(bytes);
    case 'html':
      return readHtmlPage(bytes);
    case 'text':
      break;
  }
  return importReport(fileName, bytes);
}
