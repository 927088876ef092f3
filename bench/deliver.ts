import { schema } from '../src/document/schema.js';
import { chromiumPrinter } from '../main/node/chromiumPrinter.js';
import { performance } from 'node:perf_hooks';
import { exportPdf } from '../main/node/exportPdf.js';
import type { ProjectFile } from '../src/document/projectFile.js';
import { BODY_FONT_PT, PAGE_MARGINS_MM } from '../src/export/printCss.js';
import { DEFAULT_PRINT_OPTIONS } from '../src/export/printHtml.js';
import { CHONGQING, fixtureBytes, fixturePath, NATIONAL, SAMPLE } from '../test/corpus.js';
import { appendixPage, lineGaps, pageFill, pageImages, pageTexts } from '../test/pageImages.js';
import { EN_PRINT_LABELS } from '../test/printLabels.js';
import { translatedReport } from '../test/translatedProject.js';

type Record = (name: string, value: number, unit: string) => void;

const STARTER = fixturePath('../../assets/glossary/starter.duizhao-glossary');
const EM_MM = (BODY_FONT_PT * 25.4) / 72;

/**
 * A printed edition measured from its page images (pdftoppm at 150 dpi, ten pages at a time): how
 * full each page is (all but the last page of a section at least half full) and the widest blank
 * between two characters of each Chinese line (at most one em). Pages after the body (the glossary
 * appendix) are not measured for gaps.
 */
export function measurePages(name: string, pdf: Uint8Array, record: Record): void {
  const measuring = performance.now();
  const texts = pageTexts(pdf);
  const pages = texts.length;
  const fills: number[] = [];
  const gaps: number[] = [];
  const appendix = appendixPage(texts) ?? pages + 1;
  for (let first = 1; first <= pages; first += 10) {
    for (const image of pageImages(pdf, 150, { first, last: Math.min(pages, first + 9) })) {
      fills.push(pageFill(image, PAGE_MARGINS_MM));
      if (image.page >= appendix) continue;
      gaps.push(...lineGaps(image, PAGE_MARGINS_MM.left + 8, 105 - 1.5, EM_MM, PAGE_MARGINS_MM).map((l) => l.widestGapEm));
    }
  }
  const sectionEnds = new Set([pages, appendix - 1]);
  const short = fills.filter((f, i) => f < 0.5 && !sectionEnds.has(i + 1)).length;
  const sorted = [...gaps].sort((a, b) => a - b);
  record(`${name}_pages`, pages, 'pages');
  record(`${name}_min_fill_but_section_ends`, Math.min(...fills.filter((_, i) => !sectionEnds.has(i + 1))), 'share');
  record(`${name}_mean_fill`, fills.reduce((a, b) => a + b, 0) / fills.length, 'share');
  record(`${name}_pages_under_half_but_section_ends`, short, 'pages');
  record(`${name}_chinese_lines`, gaps.length, 'lines');
  record(`${name}_lines_with_gap_over_1em`, gaps.filter((g) => g > 1).length, 'lines');
  record(`${name}_widest_gap_p99`, sorted[Math.floor(sorted.length * 0.99)] ?? NaN, 'em');
  record(`${name}_widest_gap_max`, sorted[sorted.length - 1] ?? NaN, 'em');
  record(`${name}_page_image_time`, (performance.now() - measuring) / 1000, 's');
}

/** Prints a project translated with real English of a realistic length, and measures its pages. */
async function measure(name: string, file: ProjectFile, record: Record): Promise<void> {
  const started = performance.now();
  const pdf = await exportPdf({ file, doc: schema.nodeFromJSON(file.doc), glossaries: file.glossaries, options: DEFAULT_PRINT_OPTIONS, translator: '', labels: EN_PRINT_LABELS }, {}, chromiumPrinter);
  record(`deliver_${name}_pdf_time`, (performance.now() - started) / 1000, 's');
  measurePages(`deliver_${name}`, pdf, record);
}

/**
 * Page fill and inter-character gaps of the sample (tuned on), the two other corpus reports, and a
 * report not tuned on (the held-out text of the term candidates). The 2,000 synthetic paragraphs are
 * measured in the PDF figures (`--pdf-only`), where they are printed anyway.
 */
export async function benchDeliver(record: Record): Promise<void> {
  await measure('sample', translatedReport('nanan.txt', fixtureBytes(SAMPLE), [STARTER]), record);
  await measure('chongqing', translatedReport('chongqing.txt', fixtureBytes(CHONGQING), [STARTER]), record);
  await measure('national', translatedReport('national.txt', fixtureBytes(NATIONAL), [STARTER]), record);
  await measure('heldout', translatedReport('heldout.txt', fixtureBytes('terms/heldout.txt'), [STARTER]), record);
}
