import { schema } from '../../src/document/schema.js';
import { chromiumPrinter } from './chromiumPrinter.js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProjectFile } from '../../src/document/projectFile.js';
import { BODY_FONT_PT, PAGE_MARGINS_MM } from '../../src/export/printCss.js';
import { DEFAULT_PRINT_OPTIONS, type PrintOptions } from '../../src/export/printHtml.js';
import { CHONGQING, fixtureBytes, fixturePath, SAMPLE } from '../../test/corpus.js';
import { appendixPage, lineGaps, pageFill, pageImages, pageTexts, type PageImage } from '../../test/pageImages.js';
import { EN_PRINT_LABELS } from '../../test/printLabels.js';
import { syntheticProject } from '../../test/synthetic.js';
import { translatedReport, translateWithRealEnglish } from '../../test/translatedProject.js';
import { createProjectFile } from '../../src/document/projectFile.js';
import { importReport } from '../../src/import/importReport.js';
import { exportPdf } from './exportPdf.js';
import { reportTitle } from '../../src/document/projectTitle.js';

const STARTER = fixturePath('../../assets/glossary/starter.duizhao-glossary');
const EM_MM = (BODY_FONT_PT * 25.4) / 72;

const exportWith = (file: ProjectFile, options: Partial<PrintOptions> = {}): Promise<Uint8Array> =>
  exportPdf({ file, doc: schema.nodeFromJSON(file.doc), glossaries: file.glossaries, options: { ...DEFAULT_PRINT_OPTIONS, ...options }, translator: 'A. Translator', labels: EN_PRINT_LABELS }, {}, chromiumPrinter);

/** The text of each page, spaces pdftotext puts between CJK characters dropped. */
const textsOf = (pdf: Uint8Array): string[] => pageTexts(pdf).map((t) => t.replace(/(?<=\p{Script=Han}|[，。、；：“”（）]) (?=\p{Script=Han}|[，。、；：“”（）])/gu, ''));

/** The sample with real English everywhere but in the paragraph about the 红岩先锋 brand, which stays untranslated. */
function sampleProject(): ProjectFile {
  const file = translatedReport('nanan.txt', fixtureBytes(SAMPLE), [STARTER]);
  const doc = file.doc as { content: Array<{ attrs: Record<string, unknown>; content: Array<{ type: string; content?: Array<{ text?: string }> }> }> };
  const unit = doc.content.find((u) => (u.content[0]?.content ?? []).some((t) => t.text?.includes('红岩先锋')));
  if (!unit) throw new Error('the sample has the 红岩先锋 paragraph');
  unit.attrs['status'] = 'untranslated';
  unit.content[1] = { type: 'target' };
  return file;
}

interface Layout {
  readonly images: PageImage[];
  readonly texts: string[];
  /** Pages of the body (before the glossary appendix). */
  readonly body: number[];
}

function layoutOf(pdf: Uint8Array): Layout {
  const texts = textsOf(pdf);
  const appendix = appendixPage(texts);
  const images = pageImages(pdf, 150);
  const body = images.map((i) => i.page).filter((p) => appendix === null || p < appendix);
  return { images, texts, body };
}

/**
 * Pages less than half full, except the last page of a section: the last page, and the last page
 * of the body (the appendix starts on a page of its own).
 */
function emptyPages(layout: Layout): Array<{ page: number; fill: number }> {
  const lastBody = Math.max(...layout.body);
  return layout.images
    .map((image) => ({ page: image.page, fill: pageFill(image, PAGE_MARGINS_MM) }))
    .filter((p) => p.page !== layout.images.length && p.page !== lastBody && p.fill < 0.5);
}

/** Chinese lines (the left column of the body pages) whose widest blank between two characters is wider than one em. */
function wideGaps(layout: Layout): Array<{ page: number; y: number; gap: number }> {
  const middle = 105; // A4: the column rule in the middle of the page
  return layout.images
    .filter((image) => layout.body.includes(image.page))
    .flatMap((image) => lineGaps(image, PAGE_MARGINS_MM.left + 8, middle - 1.5, EM_MM, PAGE_MARGINS_MM))
    .filter((g) => g.widestGapEm > 1)
    .map((g) => ({ page: g.page, y: Math.round(g.y), gap: Math.round(g.widestGapEm * 100) / 100 }));
}

describe('typography of the printed edition (page images)', () => {
  let sample: Layout;
  let chongqing: Layout;
  let long: Layout;
  let samplePdf: Uint8Array;
  beforeAll(async () => {
    samplePdf = await exportWith(sampleProject(), { normalizePunctuation: true });
    sample = layoutOf(samplePdf);
    chongqing = layoutOf(await exportWith(translatedReport('chongqing.txt', fixtureBytes(CHONGQING), [STARTER])));
    // A long report (the 2,000-paragraph bench's first 240 paragraphs): long rows after short ones,
    // headings of a paragraph's length, several in a row; where pages used to end half empty.
    long = layoutOf(await exportWith(translateWithRealEnglish(syntheticProject(240, 0))));
  }, 300_000);

  it('leaves no page less than half full but the last of a section (the sample, the Chongqing report it was not tuned on, a long report)', () => {
    expect(sample.images.length).toBeGreaterThan(4);
    expect(chongqing.images.length).toBeGreaterThan(30);
    expect(long.images.length).toBeGreaterThan(50);
    expect(emptyPages(sample)).toEqual([]);
    expect(emptyPages(chongqing)).toEqual([]);
    expect(emptyPages(long)).toEqual([]);
  });

  it('sets no Chinese line with a blank wider than one em between two characters', { timeout: 60_000 }, () => {
    expect(wideGaps(sample)).toEqual([]);
    expect(wideGaps(chongqing)).toEqual([]);
    expect(wideGaps(long)).toEqual([]);
  });

  it('prints the glossary appendix with definitions only, for the terms of translated paragraphs, each with its paragraphs', () => {
    const appendix = sample.texts.slice(Math.max(...sample.body)).join('\n').replace(/\s+/g, ' ');
    expect(appendix).toContain('Glossary');
    expect(appendix).toContain('Definition');
    // A definition is printed; the same entry's internal note is not.
    expect(appendix).toContain('3 leading clusters at the trillion-yuan level');
    expect(appendix).not.toContain('check that expansion');
    expect(appendix).not.toContain('never matched inside 1350');
    expect(appendix).not.toContain('Keep the code');
    // 红岩先锋 occurs only in the paragraph left untranslated: not in the appendix.
    expect(appendix).not.toContain('红岩先锋');
    expect(appendix).not.toContain('Red Crag');
  });

  it('styles Chinese and English headings alike, sets scraped punctuation full-width when asked, and titles from the report', async () => {
    const doc = await getDocument({ data: samplePdf.slice(), useSystemFonts: false }).promise;
    const content = await (await doc.getPage(1)).getTextContent();
    const items = content.items.flatMap((i) => ('str' in i && i.str.trim() ? [{ str: i.str, size: Math.hypot(i.transform[0] as number, i.transform[1] as number), font: i.fontName, x: i.transform[4] as number }] : []));
    // Paragraph numbers (6.5 pt) sit in the Chinese column's margin, centred rows (title, subtitle, author) too.
    const numbers = items.filter((i) => /^\d+$/.test(i.str.trim()) && i.size < 7);
    expect(numbers.map((i) => i.str.trim())).toEqual(expect.arrayContaining(['1', '2', '3', '4']));
    for (const n of numbers) expect(n.x).toBeLessThan(((PAGE_MARGINS_MM.left + 8) * 72) / 25.4);
    const sizeOf = (re: RegExp): number => items.find((i) => re.test(i.str))?.size ?? NaN;
    const chineseTitle = sizeOf(/重/); // the first 重 of page 1 is the title's (重庆市南岸区…)
    const body = sizeOf(/各/);
    expect(chineseTitle).toBeGreaterThan(body * 1.4);
    // The English title (the running header repeats it small, so the largest).
    const englishTitle = Math.max(...items.filter((i) => /REPORT/.test(i.str)).map((i) => i.size));
    expect(Math.abs(chineseTitle - englishTitle)).toBeLessThan(0.5);
    const level1 = await (async () => {
      for (let p = 1; p <= doc.numPages; p++) {
        const c = await (await doc.getPage(p)).getTextContent();
        const hit = c.items.find((i) => 'str' in i && i.str.includes('顾'));
        if (hit && 'str' in hit) return Math.hypot(hit.transform[0] as number, hit.transform[1] as number);
      }
      return NaN;
    })();
    expect(level1).toBeGreaterThan(body * 1.15);
    // Normalised: the scraped "现在,我代表" prints as "现在，我代表", and (一) as （一）.
    const text = sample.texts.join('\n');
    expect(text).toContain('现在，我代表');
    expect(text).toContain('（一）落实国家重大战略部署');
    expect(text).not.toContain('现在,我代表');
    // The running header carries the report's title on every page.
    for (const page of sample.texts) expect(page.split('\n')[0]).toMatch(/REPORT ON THE WORK OF THE GOVERNMENT/i);
  }, 30_000);

  it('never takes the running header or the PDF title from the file name of a report without a title', async () => {
    const seed = importReport('scraped-page-4411.html', new TextEncoder().encode('<p>各位代表：</p><p>现在，我代表区人民政府向大会报告工作。</p>'));
    if (!seed.ok) throw new Error(seed.error.code);
    const file = createProjectFile(seed.value.doc, { fileName: 'scraped-page-4411.html', sha256: 'a'.repeat(64), encoding: 'utf-8', format: 'html', importedAt: '2026-11-26T10:00:00.000Z' }, '2026-11-26T10:00:00.000Z');
    expect(reportTitle(seed.value.doc, 'target')).toBe('');
    const pdf = await exportWith(file, { glossaryAppendix: false });
    expect(pageTexts(pdf).join('\n')).not.toContain('scraped-page');
  }, 60_000);
});
