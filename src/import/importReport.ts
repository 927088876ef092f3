import { createTextDecoder } from '../util/platform.js';
import type { Node } from 'prosemirror-model';
import { buildDocument } from '../document/buildDocument.js';
import { fail, ok, type Problem, type Result } from '../util/result.js';
import { decodeText, type DecodeProblemCode, type TextEncoding } from './decodeText.js';
import { detectStructure, type SourceLine } from './detectStructure.js';
import { declaredHtmlCharset, extractHtmlText, HtmlTooDeepError, MAX_HTML_DEPTH } from './extractHtmlText.js';

/** Largest report accepted, in bytes: a 1,000-page report is far below it; anything larger is not a report. */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

export type ImportProblemCode = DecodeProblemCode | 'import.tooLarge' | 'import.unsupportedType' | 'import.unsupportedEncoding' | 'import.noText' | 'import.tooDeep';

export type ReportFormat = 'text' | 'html';

/** A decoded and structured report, ready to become a project. */
export interface ImportedReport {
  readonly doc: Node;
  readonly encoding: TextEncoding;
  readonly format: ReportFormat;
}

const TEXT_EXTENSIONS = new Set(['txt', 'text', '']);
const HTML_EXTENSIONS = new Set(['html', 'htm', 'xhtml', 'shtml']);

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

function splitLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/).map((t, i) => ({ text: t, line: i + 1 }));
}

/**
 * Imports a report from its bytes: decodes it (BOM, UTF-8, GB18030), extracts the text of an HTML
 * page, detects its structure and chrome, and builds the document. Every refusal is a problem value;
 * nothing here touches a file.
 */
export function importReport(fileName: string, bytes: Uint8Array): Result<ImportedReport, Problem<ImportProblemCode>> {
  if (bytes.length > MAX_REPORT_BYTES) return fail('import.tooLarge', { limit: MAX_REPORT_BYTES, size: bytes.length });
  const extension = extensionOf(fileName);
  const format: ReportFormat | null = HTML_EXTENSIONS.has(extension) ? 'html' : TEXT_EXTENSIONS.has(extension) ? 'text' : null;
  if (format === null) return fail('import.unsupportedType', { extension });

  let declared: 'utf-8' | 'gb18030' | undefined;
  if (format === 'html') {
    const head = createTextDecoder('latin1').decode(bytes.subarray(0, 2048));
    const charset = declaredHtmlCharset(head);
    if (charset === 'gbk' || charset === 'gb2312' || charset === 'gb18030' || charset === 'x-gbk') declared = 'gb18030';
    else if (charset === 'utf-8' || charset === 'utf8') declared = 'utf-8';
    else if (charset !== null && !/^(us-)?ascii$|^iso-8859-1$|^windows-1252$/.test(charset)) {
      return fail('import.unsupportedEncoding', { encoding: charset });
    }
  }
  const decoded = decodeText(bytes, declared);
  if (!decoded.ok) return decoded;

  let lines: SourceLine[];
  try {
    lines = format === 'html' ? extractHtmlText(decoded.value.text).map((l, i) => ({ text: l.text, line: i + 1, chrome: l.chrome })) : splitLines(decoded.value.text);
  } catch (error) {
    if (error instanceof HtmlTooDeepError) return fail('import.tooDeep', { limit: MAX_HTML_DEPTH });
    throw error;
  }
  const blocks = detectStructure(lines);
  if (blocks.length === 0) return fail('import.noText');
  return ok({ doc: buildDocument(blocks), encoding: decoded.value.encoding, format });
}
