import { mkdirSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { importReport } from '../src/import/importReport.js';
import { segmentSentences } from '../src/import/segmentSentences.js';
import { readReport } from '../main/node/import/readReport.js';
import { corpusText } from '../test/synthetic.js';
import { cleanReports, tunedPages } from '../test/pages/layouts.js';
import { reportDocx, reportPdfs, type CleanReport } from '../test/makeDocuments.js';
import { scoreSet } from '../test/pages/scoreFixtures.js';

type Record = (name: string, value: number, unit: string) => void;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function timed(runs: number, run: () => Promise<unknown> | unknown): Promise<number> {
  await run(); // warm-up: JIT, ICU's GB18030 tables, the lazily loaded readers
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Scraped pages' text dumps (the tuned layouts around the corpus reports) repeated to `chars` characters. */
function scrapedText(chars: number): string {
  const pages = tunedPages().map((p) => p.text);
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const page = pages[i % pages.length] as string;
    parts.push(page);
    length += page.length;
  }
  return parts.join('\n');
}

/** A report of about `pages` printed pages: the corpus reports' lines again and again under one title. */
function longReport(pages: number): CleanReport {
  const { national, chongqing } = cleanReports();
  const lines: string[] = [...national.lines];
  // About 1,000 characters a printed page at 12 pt on A4.
  while (lines.join('').length < pages * 1000) lines.push(...chongqing.lines.slice(3), ...national.lines.slice(3));
  return { title: national.title, lines };
}

/**
 * Import: 1,000,000 characters of clean reports (decode + structure + chrome + sentences), the same
 * amount of scraped pages' text, a scraped HTML page through the DOM pass, a Word file, and a PDF of at
 * least 100 pages (printed once by Chromium, kept in .bench/); and the chrome-detection figures of the
 * tuned and held-out page layouts.
 */
export async function benchImport(record: Record): Promise<void> {
  const cleanString = corpusText(1_000_000);
  const clean = new TextEncoder().encode(cleanString);
  const cleanMs = await timed(5, () => {
    const result = importReport('corpus.txt', clean);
    if (!result.ok) throw new Error(result.error.code);
    let sentences = 0;
    result.value.doc.forEach((unit) => (sentences += segmentSentences(unit.child(0).textContent).length));
    if (sentences === 0) throw new Error('no sentences');
  });
  record('import_chars', cleanString.length, 'chars');
  record('import_1m_chars_median', cleanMs, 'ms');

  const scrapedString = scrapedText(1_000_000);
  const scraped = new TextEncoder().encode(scrapedString);
  let excluded = 0;
  const scrapedMs = await timed(5, () => {
    const result = importReport('scraped.txt', scraped);
    if (!result.ok) throw new Error(result.error.code);
    excluded = 0;
    result.value.doc.forEach((u) => void (u.attrs['excluded'] && excluded++));
  });
  record('import_scraped_chars', scrapedString.length, 'chars');
  record('import_scraped_1m_chars_median', scrapedMs, 'ms');
  record('import_scraped_excluded_units', excluded, 'units');
  record('import_scraped_throughput', scrapedString.length / (scrapedMs / 1000) / 1e6, 'M chars/s');

  const html = new TextEncoder().encode(tunedPages().find((p) => p.name === 'gov-portal')?.html ?? '');
  record('import_html_page_kb', html.length / 1024, 'KB');
  record('import_html_page_median', await timed(5, () => readReport('page.html', html)), 'ms');

  const docx = await reportDocx(cleanReports().chongqing);
  record('import_docx_median', await timed(3, () => readReport('report.docx', docx)), 'ms');

  const dir = fileURLToPath(new URL('../.bench/', import.meta.url));
  const pdfPath = `${dir}import-100-pages.pdf`;
  if (!existsSync(pdfPath)) {
    mkdirSync(dir, { recursive: true });
    const [pdf] = await reportPdfs([longReport(110)]);
    writeFileSync(pdfPath, pdf as Uint8Array);
  }
  const pdf = new Uint8Array(readFileSync(pdfPath));
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
  const pages = document.numPages;
  record('import_pdf_pages', pages, 'pages');
  await document.destroy();
  const pdfMs = await timed(3, async () => {
    const result = await readReport('report.pdf', pdf);
    if (!result.ok) throw new Error(result.error.code);
  });
  // The file has as many pages as 110 long paragraphs print to (133 today); the target is per 100 pages.
  record('import_pdf_whole_file_median', pdfMs / 1000, 's');
  record('import_pdf_per_100_pages', (pdfMs / 1000) * (100 / pages), 's');
  // The floor in the same run: pdfjs's own text extraction of the same file, which the import cannot go below.
  const floorMs = await timed(3, async () => {
    const doc = await pdfjs.getDocument({ data: pdf.slice(), verbosity: 0, disableFontFace: true, isEvalSupported: false }).promise;
    for (let n = 1; n <= doc.numPages; n++) await (await doc.getPage(n)).getTextContent();
    await doc.destroy();
  });
  record('import_pdf_pdfjs_text_only_median', floorMs / 1000, 's');
  record('import_pdf_over_pdfjs_ratio', pdfMs / floorMs, 'x');

  for (const set of ['tuned', 'heldout'] as const) {
    const s = await scoreSet(set);
    record(`chrome_${set}_furniture_excluded`, (100 * s.furnitureExcluded) / s.furniture, '%');
    record(`chrome_${set}_reason_as_labelled`, (100 * s.reasonRight) / s.furniture, '%');
    record(`chrome_${set}_report_lines_excluded`, s.reportExcluded, `of ${s.reportLines} lines`);
    record(`chrome_${set}_title_right`, s.titlesRight, `of ${s.titles} imports`);
  }
}
