import type { AlignOptions, AlignStats } from '../../src/align/alignDocuments.js';
import { alignReadFiles, type AlignFilesProblem, type InputFile, type ReadOutcome } from '../../src/align/alignFiles.js';
import type { Alignment } from '../../src/align/alignment.js';
import type { AnchorResources } from '../../src/align/anchors.js';
import { chineseOfDocument, englishOfLines, readEnglishDocument } from '../../src/align/readDocument.js';
import { extensionOf, MAX_REPORT_BYTES } from '../../src/import/importReport.js';
import { layoutPdf } from '../../src/import/pdfLayout.js';
import { fail, type Result } from '../../src/util/result.js';
import { readDocxLines } from './import/readDocx.js';
import { readPdfPages } from './import/readPdf.js';
import { readReport, reportKind } from './import/readReport.js';

/**
 * Reads the Chinese document of an alignment with the importer (`readReport`, every format `import`
 * takes: text, HTML, Word, PDF): its units in order, chrome left out.
 */
export async function readChineseFile(file: InputFile): Promise<ReadOutcome> {
  const report = await readReport(file.fileName, file.data);
  return report.ok ? chineseOfDocument(report.value.doc, report.value.format) : report;
}

/**
 * Reads the English document of an alignment: Word and PDF files through the importer's readers
 * (`readDocxLines`, `readPdfPages` with `layoutPdf`, whose English rules join lines with spaces, mend
 * words hyphenated at line ends and take running heads and page numbers out), text and HTML by
 * `readEnglishDocument`. An old .doc, a scan, an empty or a Chinese file is refused with its code.
 */
export async function readEnglishFile(file: InputFile): Promise<ReadOutcome> {
  const { fileName, data } = file;
  if (data.length > MAX_REPORT_BYTES) return fail('import.tooLarge', { limit: MAX_REPORT_BYTES, size: data.length });
  switch (reportKind(fileName, data)) {
    case 'wordDoc':
      return fail('import.wordDoc', { extension: extensionOf(fileName) });
    case 'pdf': {
      const pages = await readPdfPages(data);
      return pages.ok ? englishOfLines(layoutPdf(pages.value), 'pdf') : pages;
    }
    case 'docx': {
      const read = await readDocxLines(data);
      return read.ok ? englishOfLines(read.value.lines, 'docx') : read;
    }
    default:
      return readEnglishDocument(fileName, data);
  }
}

/**
 * Reads a Chinese and an English document of any format the readers take and aligns them: the one
 * entry point of the CLI and the back end. A refused file is returned with its problem and its side
 * (the Chinese is read first); nothing is written.
 */
export async function alignFiles(zh: InputFile, en: InputFile, resources: AnchorResources, options: Omit<AlignOptions, 'names'> = {}): Promise<Result<{ alignment: Alignment; stats: AlignStats }, AlignFilesProblem>> {
  const zhRead = await readChineseFile(zh);
  const enRead = zhRead.ok ? await readEnglishFile(en) : zhRead;
  return alignReadFiles({ fileName: zh.fileName, read: zhRead }, { fileName: en.fileName, read: enRead }, resources, options);
}
