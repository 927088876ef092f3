import { AlignmentType, Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { findChromium } from '../main/node/findChromium.js';
import { PDF_OPTIONS } from '../main/node/printOptions.js';
import { printFonts } from '../main/node/printFonts.js';

/** A report as clean lines: its title, then every other line (subtitle, speaker, salutation, body). */
export interface CleanReport {
  readonly title: string;
  readonly lines: readonly string[];
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const RUN_IN = /^([(（][一二三四五六七八九十]{1,3}[)）][^。]{1,60}。)(.+)$/;
const LEVEL_1 = /^[一二三四五六七八九十]{1,3}、/;

/**
 * A Word file of the report, as a Chinese office writes one: the title in Word's Title style, the
 * 一、 parts in Heading 1, each (一) run-in heading in bold at the start of its paragraph, and a
 * footnote after the first occurrence of each `footnotes` key.
 */
export async function reportDocx(report: CleanReport, footnotes: Readonly<Record<string, string>> = {}): Promise<Uint8Array> {
  const pending = new Map(Object.entries(footnotes));
  const withNotes = (text: string, bold = false): Array<TextRun | FootnoteReferenceRun> => {
    for (const [key, note] of pending) {
      const at = text.indexOf(key);
      if (at < 0) continue;
      pending.delete(key);
      const end = at + key.length;
      return [new TextRun({ text: text.slice(0, end), bold }), new FootnoteReferenceRun({ children: [new Paragraph(note)] }), ...withNotes(text.slice(end), bold)];
    }
    return text ? [new TextRun({ text, bold })] : [];
  };
  const paragraphs = [
    new Paragraph({ text: report.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
    ...report.lines.map((line) => {
      if (LEVEL_1.test(line)) return new Paragraph({ text: line, heading: HeadingLevel.HEADING_1 });
      const runIn = RUN_IN.exec(line);
      if (runIn) return new Paragraph({ children: [...withNotes(runIn[1] as string, true), ...withNotes(runIn[2] as string)], indent: { firstLine: 480 } });
      return new Paragraph({ children: withNotes(line), indent: { firstLine: 480 } });
    }),
  ];
  const doc = new Document({ sections: [{ children: paragraphs }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * The print HTML of a report as a government office prints it to PDF: A4, paragraphs indented two
 * characters, a running head with the title and a page number `- n -` at the foot of every page.
 */
export function reportPrintHtml(report: CleanReport, runningHead = report.title): string {
  const paragraphs = report.lines.map((line) => (LEVEL_1.test(line) ? `<h2>${esc(line)}</h2>` : `<p>${esc(line)}</p>`)).join('\n');
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(report.title)}</title><style>
${printFonts().css}
@page { size: A4; margin: 25mm 22mm;
  @top-center { content: "${runningHead}"; font-family: 'Noto Serif SC'; font-size: 9pt; }
  @bottom-center { content: "- " counter(page) " -"; font-family: 'Noto Serif SC'; font-size: 9pt; } }
body { font-family: 'Noto Serif SC', serif; font-size: 12pt; line-height: 1.8; }
h1 { font-size: 20pt; text-align: center; font-weight: 700; }
h2 { font-size: 14pt; font-weight: 700; margin: 1em 0 0.5em; }
p { text-indent: 2em; margin: 0 0 0.4em; text-align: justify; }
</style></head><body><h1>${esc(report.title)}</h1>
${paragraphs}
</body></html>`;
}

const ORIGIN = 'https://print.duizhao.invalid';

/** Reports printed to PDF by Chromium (the printer the CLI and tests use), fonts embedded, in one browser. */
export function reportPdfs(reports: readonly CleanReport[]): Promise<Uint8Array[]> {
  return printPdfs(reports.map((r) => reportPrintHtml(r)));
}

/** Print HTML pages printed to PDF by Chromium, the bundled fonts served to them, in one browser. */
export async function printPdfs(htmls: readonly string[]): Promise<Uint8Array[]> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium is needed to print the test PDFs');
  const fonts = printFonts();
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const out: Uint8Array[] = [];
    for (const html of htmls) {
      const page = await browser.newPage();
      await page.route('**/*', async (route) => {
        const url = new URL(route.request().url());
        if (url.origin !== ORIGIN) return route.abort();
        if (url.pathname === '/print.html') return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
        const file = fonts.files.get(decodeURIComponent(url.pathname.replace(/^\/fonts\//, '')));
        return file ? route.fulfill({ status: 200, contentType: 'font/woff2', body: await readFile(file) }) : route.fulfill({ status: 404, body: '' });
      });
      page.setDefaultTimeout(0);
      await page.goto(`${ORIGIN}/print.html`, { waitUntil: 'load', timeout: 120_000 });
      await page.evaluate('document.fonts.ready.then(() => undefined)');
      out.push(new Uint8Array(await page.pdf({ ...PDF_OPTIONS })));
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}



/** A Word file of an English document: a part heading ("I. …") in Heading 1, every other paragraph as body text. */
export async function englishDocx(paragraphs: readonly string[]): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{ children: paragraphs.map((p) => (/^[IVX]+\. /.test(p) ? new Paragraph({ text: p, heading: HeadingLevel.HEADING_1 }) : new Paragraph({ children: [new TextRun(p)] }))) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * The print HTML of an English translation as a government site prints it: the title, then the
 * paragraphs on A4, justified and indented, part headings ("I. …") in a larger font, the title again as
 * a running head and "Page n" at the foot.
 */
export function englishPrintHtml(title: string, paragraphs: readonly string[]): string {
  const body = paragraphs.map((p) => (/^[IVX]+\. /.test(p) ? `<h2>${esc(p)}</h2>` : `<p>${esc(p)}</p>`)).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>
${printFonts().css}
@page { size: A4; margin: 25mm 22mm;
  @top-center { content: "${title}"; font-family: 'Noto Serif SC'; font-size: 9pt; }
  @bottom-center { content: "Page " counter(page); font-family: 'Noto Serif SC'; font-size: 9pt; } }
body { font-family: 'Noto Serif SC', serif; font-size: 11pt; line-height: 1.5; }
h1 { font-size: 16pt; text-align: center; font-weight: 700; }
h2 { font-size: 14pt; font-weight: 700; margin: 1em 0 0.5em; }
p { text-indent: 2em; margin: 0 0 0.3em; text-align: justify; }
</style></head><body><h1>${esc(title)}</h1>
${body}
</body></html>`;
}

/** A line of a hand-set page: its words, whether it is set full to the measure (justified), and its indent. */
export interface SetLine {
  readonly text: string;
  readonly full?: boolean;
  readonly indent?: number;
  /** A heading, set larger and in bold, with space before. */
  readonly heading?: boolean;
}

/**
 * A PDF set line by line as typesetting software sets an English report (pdf-lib, Helvetica 10 pt on
 * 14 pt): full lines justified to the measure word by word, words hyphenated where the lines say so,
 * `runningHead` at the top of every page and "Page n of N" at the foot.
 */
export async function setPdf(pages: ReadonlyArray<readonly SetLine[]>, runningHead: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const [left, right] = [72, 523];
  pages.forEach((lines, n) => {
    const page = pdf.addPage([595, 842]);
    page.drawText(runningHead, { x: 200, y: 800, size: 8, font });
    page.drawText(`Page ${n + 1} of ${pages.length}`, { x: 270, y: 40, size: 8, font });
    let y = 740;
    for (const line of lines) {
      if (line.heading) {
        y -= 14;
        page.drawText(line.text, { x: left, y, size: 12, font: bold });
        y -= 20;
        continue;
      }
      const x0 = left + (line.indent ?? 0);
      const words = line.text.split(' ');
      const widths = words.map((w) => font.widthOfTextAtSize(w, 10));
      const space = line.full && words.length > 1 ? (right - x0 - widths.reduce((a, b) => a + b, 0)) / (words.length - 1) : font.widthOfTextAtSize(' ', 10);
      let x = x0;
      words.forEach((w, i) => {
        page.drawText(i < words.length - 1 ? `${w} ` : w, { x, y, size: 10, font });
        x += (widths[i] as number) + space;
      });
      y -= 14;
    }
  });
  return pdf.save();
}

/** A PDF like a scanner makes: pages with only shapes (standing for the page image), no text layer. */
export async function scannedPdf(pages = 3): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i++) {
    const page = pdf.addPage([595, 842]);
    for (let y = 100; y < 760; y += 24) page.drawRectangle({ x: 70, y, width: 440 - (y % 90), height: 10, color: rgb(0.2, 0.2, 0.2) });
  }
  return pdf.save();
}
