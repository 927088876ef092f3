import type { Node } from 'prosemirror-model';
import { unitAttrs } from '../document/unitAttrs.js';
import { decodeText } from '../import/decodeText.js';
import { declaredHtmlCharset, extractHtmlText } from '../import/extractHtmlText.js';
import { importReport, MAX_REPORT_BYTES, type ImportProblemCode } from '../import/importReport.js';
import type { ReportLine } from '../import/reportLine.js';
import { createTextDecoder, decodeWindows1252 } from '../util/platform.js';
import { fail, ok, type Problem, type Result } from '../util/result.js';

/** A document read for alignment: its paragraphs in order (web-page chrome left out), and how it was read. */
export interface ReadDocument {
  readonly paragraphs: readonly string[];
  readonly format: string;
}

export type ReadProblemCode = ImportProblemCode | 'align.unsupportedType' | 'align.noText' | 'align.wrongLanguage';

/**
 * Reads a Chinese text or HTML document of an alignment with the pure importer: its units in order
 * (title, headings, paragraphs), without those it excluded as chrome. The back end reads every format
 * the `import` command takes, Word and PDF too (`readChineseFile` in `main/node/alignFiles.ts`).
 */
export function readChineseDocument(fileName: string, bytes: Uint8Array): Result<ReadDocument, Problem<ReadProblemCode>> {
  const imported = importReport(fileName, bytes);
  if (!imported.ok) return imported;
  return chineseOfDocument(imported.value.doc, imported.value.format);
}

/**
 * The Chinese side of an alignment from a document the importer built (of any format): its units in
 * order, without those excluded as chrome. Refused when it has no text, or hardly any Chinese.
 */
export function chineseOfDocument(doc: Node, format: string): Result<ReadDocument, Problem<ReadProblemCode>> {
  const paragraphs: string[] = [];
  doc.forEach((unit) => {
    if (!unitAttrs(unit).excluded) paragraphs.push(unit.child(0).textContent);
  });
  if (!paragraphs.some((p) => p.trim())) return fail('align.noText');
  if (languageOf(paragraphs) === 'en') return fail('align.wrongLanguage');
  return ok({ paragraphs, format });
}

/**
 * The English side of an alignment from the paragraphs a reader of Word or PDF files delivered: those
 * it did not take for chrome (running heads, page numbers). Refused when it has no text, or is Chinese.
 */
export function englishOfLines(lines: readonly ReportLine[], format: string): Result<ReadDocument, Problem<ReadProblemCode>> {
  return englishOf(paragraphsOfLines(lines.filter((l) => !l.hints?.chrome).map((l) => l.text), false), format);
}

function englishOf(paragraphs: string[], format: string): Result<ReadDocument, Problem<ReadProblemCode>> {
  if (!paragraphs.length) return fail('align.noText');
  if (languageOf(paragraphs) === 'zh') return fail('align.wrongLanguage');
  return ok({ paragraphs, format });
}

/**
 * Which language a document is mostly in, by its Han characters against its Latin letters (an English
 * word has about five letters where Chinese writes one or two characters): Chinese, English, or
 * `both` where both are common (a bilingual document), which either side accepts.
 */
export function languageOf(paragraphs: readonly string[]): 'zh' | 'en' | 'both' {
  let han = 0;
  let latin = 0;
  for (const p of paragraphs) {
    han += p.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
    latin += p.match(/[A-Za-z]/g)?.length ?? 0;
  }
  if (han * 10 < latin) return 'en';
  if (latin < han) return 'zh';
  return 'both';
}

/** How English text and HTML become lines; Word and PDF files are read by the back end's readers (`main/node/alignFiles.ts`). */
const ENGLISH_FORMATS: Readonly<Record<string, (bytes: Uint8Array) => Result<{ lines: string[]; wrapped: boolean }, Problem<ReadProblemCode>>>> = {
  txt: (bytes) => {
    const text = decodeEnglish(bytes, null);
    return text.ok ? ok({ lines: text.value.split(/\r\n|\r|\n|\u2028|\u2029/), wrapped: true }) : text;
  },
  html: (bytes) => {
    const head = createTextDecoder('latin1').decode(bytes.subarray(0, 2048));
    const text = decodeEnglish(bytes, declaredHtmlCharset(head));
    if (!text.ok) return text;
    return ok({ lines: extractHtmlText(text.value).filter((l) => !l.hints?.chrome).map((l) => l.text), wrapped: false });
  },
};
const EXTENSION_FORMAT: Readonly<Record<string, string>> = { txt: 'txt', text: 'txt', '': 'txt', md: 'txt', html: 'html', htm: 'html', xhtml: 'html', shtml: 'html' };

/** English text: BOM, UTF-8 or UTF-16 as the importer decodes them; else the page's declared charset or Windows-1252. */
function decodeEnglish(bytes: Uint8Array, declared: string | null): Result<string, Problem<ReadProblemCode>> {
  const decoded = decodeText(bytes, declared === 'utf-8' || declared === 'utf8' ? 'utf-8' : undefined);
  if (decoded.ok && decoded.value.encoding !== 'gb18030') return ok(decoded.value.text);
  if (!decoded.ok && decoded.error.code !== 'import.invalidUtf8' && decoded.error.code !== 'import.undecodable') return decoded;
  // Not UTF-8: English from an older site or editor is Windows-1252 (of which Latin-1 is a part).
  if (declared && /^(gb2312|gbk|gb18030|x-gbk)$/.test(declared)) return decoded.ok ? ok(decoded.value.text) : decoded;
  return ok(decodeWindows1252(bytes));
}

/** Shortest line taken for a hard-wrapped one (text editors and e-mail wrap at 60–80 characters). */
const WRAPPED_LINE = 40;

/**
 * Paragraphs from lines: each non-empty line is one, unless the text is hard-wrapped (blank lines
 * between blocks and most lines broken mid-sentence), where a block of lines is one paragraph.
 */
export function paragraphsOfLines(lines: readonly string[], mayBeWrapped: boolean): string[] {
  const trimmed = lines.map((l) => l.replace(/^[\s\u3000\ufeff]+|\s+$/g, ''));
  const filled = trimmed.filter((l) => l.length > 0);
  // A wrapped line is long and stops mid-sentence with more text on the next line; a heading is short.
  let broken = 0;
  for (let i = 0; i + 1 < trimmed.length; i++) {
    const line = trimmed[i] as string;
    if (line.length >= WRAPPED_LINE && trimmed[i + 1] && !/[.!?:;"”’)]$/.test(line)) broken++;
  }
  const wrapped = mayBeWrapped && filled.length < trimmed.length && broken >= 2 && broken > 0.3 * filled.length;
  if (!wrapped) return filled;
  const paragraphs: string[] = [];
  let current = '';
  for (const line of trimmed) {
    if (!line) {
      if (current) paragraphs.push(current);
      current = '';
    } else current = current ? `${current} ${line}` : line;
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

/**
 * Reads an English text or HTML document of an alignment: plain text (one paragraph a line, or blocks
 * of a hard-wrapped text) or an HTML page (its visible text, chrome left out). Refusals are values.
 * Word and PDF files are read in the back end (`readEnglishFile`), which ends in `englishOfLines`.
 */
export function readEnglishDocument(fileName: string, bytes: Uint8Array): Result<ReadDocument, Problem<ReadProblemCode>> {
  if (bytes.length > MAX_REPORT_BYTES) return fail('import.tooLarge', { limit: MAX_REPORT_BYTES, size: bytes.length });
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const extension = dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
  const format = EXTENSION_FORMAT[extension];
  const read = format ? ENGLISH_FORMATS[format] : undefined;
  if (!format || !read) return fail('align.unsupportedType', { extension });
  const lines = read(bytes);
  if (!lines.ok) return lines;
  return englishOf(paragraphsOfLines(lines.value.lines, lines.value.wrapped), format);
}
