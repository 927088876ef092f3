import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { structureReport, type ImportProblemCode } from '../../../src/import/importReport.js';
import { layoutPdf, type PdfPage, type PdfTextItem } from '../../../src/import/pdfLayout.js';
import { fail, ok, type Problem, type Result } from '../../../src/util/result.js';
import type { ReadResult } from './readReport.js';

/** Fewer visible characters than this per page, on average, and the PDF is taken for a scan without a text layer. */
const MIN_CHARS_PER_PAGE = 10;

/** The pdfjs package's folder: its CMaps, standard fonts and worker are read from there. */
const pdfjsRoot = (): string => dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Where pdfjs finds the CMaps that CJK fonts need and the standard fonts' metrics (from its own package). */
function pdfjsData(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = pdfjsRoot();
  return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
}

interface TextItemLike {
  readonly str?: string;
  readonly transform?: readonly number[];
  readonly width?: number;
  readonly height?: number;
}

/**
 * The pages of a PDF's text layer as pdfjs gives them (no fonts rendered, no scripts evaluated): the
 * importer's and the aligner's one way into PDFs. A PDF without text (a scan) is refused with
 * `import.scannedPdf`, an encrypted one with `import.encryptedPdf`, a broken one with `import.badPdf`.
 */
export async function readPdfPages(bytes: Uint8Array): Promise<Result<PdfPage[], Problem<ImportProblemCode>>> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // In Node pdfjs runs its worker in-process, importing it next to itself by default: in the bundled CLI
  // and web mode that is a file the bundle does not have (pdfjs already names that default), so it is named in the package.
  pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(join(pdfjsRoot(), 'legacy', 'build', 'pdf.worker.mjs')).href;
  let document: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    document = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, ...pdfjsData() }).promise;
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === 'PasswordException') return fail('import.encryptedPdf');
    return fail('import.badPdf', { detail: error instanceof Error ? error.message.slice(0, 200) : String(error) });
  }
  try {
    const pages: PdfPage[] = [];
    let chars = 0;
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const [, , width, height] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const raw of content.items as TextItemLike[]) {
        if (!raw.str || !raw.transform) continue;
        const [a = 0, b = 0, , , x = 0, y = 0] = raw.transform;
        chars += raw.str.trim().length;
        items.push({ text: raw.str, x, y, width: raw.width ?? 0, size: Math.hypot(a, b) || raw.height || 0 });
      }
      pages.push({ width, height, items });
    }
    if (chars < Math.max(1, pages.length) * MIN_CHARS_PER_PAGE) return fail('import.scannedPdf', { pages: pages.length });
    return ok(pages);
  } catch (error) {
    return fail('import.badPdf', { detail: error instanceof Error ? error.message.slice(0, 200) : String(error) });
  } finally {
    await document.destroy();
  }
}

/**
 * Reads a PDF's text layer (`readPdfPages`) and rebuilds its paragraphs with `layoutPdf`. A PDF
 * without text (a scan), an encrypted or a broken one is refused with its code.
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadResult> {
  const pages = await readPdfPages(bytes);
  if (!pages.ok) return pages;
  return structureReport(layoutPdf(pages.value), { encoding: null, format: 'pdf' });
}
