import { createTextDecoder } from '../util/platform.js';
import type { Node } from 'prosemirror-model';
import { buildDocument } from '../document/buildDocument.js';
import { fail, ok, type Problem, type Result } from '../util/result.js';
import { decodeText, type DecodeProblemCode, type TextEncoding } from './decodeText.js';
import { detectStructure } from './detectStructure.js';
import { declaredHtmlCharset, extractHtmlText, HtmlTooDeepError, MAX_HTML_DEPTH } from './extractHtmlText.js';
import type { ReportLine } from './reportLine.js';
import { MAX_REPORT_BYTES } from '../util/inputLimits.js';

export { MAX_REPORT_BYTES };

export type ImportProblemCode =
  | DecodeProblemCode
  | 'import.tooLarge'
  | 'import.unsupportedType'
  | 'import.unsupportedEncoding'
  | 'import.noText'
  | 'import.tooDeep'
  | 'import.wordDoc'
  | 'import.badDocx'
  | 'import.badPdf'
  | 'import.encryptedPdf'
  | 'import.scannedPdf';

export type ReportFormat = 'text' | 'html' | 'docx' | 'pdf';

/** A note a file brought with it (a Word footnote): its id is the `noteId` of the mark anchoring it. */
export interface ImportedNote {
  readonly id: string;
  readonly text: string;
}

/** A decoded and structured report, ready to become a project. */
export interface ImportedReport {
  readonly doc: Node;
  /** How a text or HTML file was decoded; null for Word and PDF files. */
  readonly encoding: TextEncoding | null;
  readonly format: ReportFormat;
  readonly notes: readonly ImportedNote[];
}

const TEXT_EXTENSIONS = new Set(['txt', 'text', '']);
const HTML_EXTENSIONS = new Set(['html', 'htm', 'xhtml', 'shtml', 'mht']);

/** The lower-cased extension of a file name, '' when it has none. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** True when the file name says HTML. */
export function isHtmlName(fileName: string): boolean {
  return HTML_EXTENSIONS.has(extensionOf(fileName));
}

/** Splits decoded text into numbered lines. */
export function splitLines(text: string): ReportLine[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/).map((t, i) => ({ text: t, line: i + 1 }));
}

/**
 * Builds a report's document from the lines a reader delivered (any format): structure and chrome
 * detection, then the units. Refuses lines with no text.
 */
export function structureReport(
  lines: readonly ReportLine[],
  source: { readonly encoding: TextEncoding | null; readonly format: ReportFormat; readonly notes?: readonly ImportedNote[] },
): Result<ImportedReport, Problem<ImportProblemCode>> {
  const blocks = detectStructure(lines);
  if (blocks.length === 0) return fail('import.noText');
  const anchored = new Set(blocks.flatMap((b) => (b.notes ?? []).map((n) => n.noteId)));
  return ok({ doc: buildDocument(blocks), encoding: source.encoding, format: source.format, notes: (source.notes ?? []).filter((n) => anchored.has(n.id)) });
}

/** Decodes an HTML page (its declared charset, else by sniffing) and reads its text as lines. */
export function readHtmlLines(bytes: Uint8Array): Result<{ lines: ReportLine[]; encoding: TextEncoding; html: string }, Problem<ImportProblemCode>> {
  const head = createTextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const charset = declaredHtmlCharset(head);
  let declared: 'utf-8' | 'gb18030' | undefined;
  if (charset === 'gbk' || charset === 'gb2312' || charset === 'gb18030' || charset === 'x-gbk') declared = 'gb18030';
  else if (charset === 'utf-8' || charset === 'utf8') declared = 'utf-8';
  else if (charset !== null && !/^(us-)?ascii$|^iso-8859-1$|^windows-1252$/.test(charset)) return fail('import.unsupportedEncoding', { encoding: charset });
  const decoded = decodeText(bytes, declared);
  if (!decoded.ok) return decoded;
  try {
    return ok({ lines: extractHtmlText(decoded.value.text), encoding: decoded.value.encoding, html: decoded.value.text });
  } catch (error) {
    if (error instanceof HtmlTooDeepError) return fail('import.tooDeep', { limit: MAX_HTML_DEPTH });
    throw error;
  }
}

/**
 * Imports a text or HTML report from its bytes: decodes it (BOM, UTF-8, GB18030), reads the text of an
 * HTML page with its markup hints, detects its structure and chrome, and builds the document. Word and
 * PDF files need the back end's readers (`main/node/import`), which end in `structureReport`. Every
 * refusal is a problem value; nothing here touches a file.
 */
export function importReport(fileName: string, bytes: Uint8Array): Result<ImportedReport, Problem<ImportProblemCode>> {
  if (bytes.length > MAX_REPORT_BYTES) return fail('import.tooLarge', { limit: MAX_REPORT_BYTES, size: bytes.length });
  const extension = extensionOf(fileName);
  if (HTML_EXTENSIONS.has(extension)) {
    const read = readHtmlLines(bytes);
    if (!read.ok) return read;
    return structureReport(read.value.lines, { encoding: read.value.encoding, format: 'html' });
  }
  if (!TEXT_EXTENSIONS.has(extension)) return fail(extension === 'doc' ? 'import.wordDoc' : 'import.unsupportedType', { extension });
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  return structureReport(splitLines(decoded.value.text), { encoding: decoded.value.encoding, format: 'text' });
}
