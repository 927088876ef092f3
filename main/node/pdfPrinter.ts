import { readFile } from 'node:fs/promises';
import { chromium, type Browser } from 'playwright-core';
import { AppError } from './appError.js';
import { findChromium } from './findChromium.js';
import type { PrintFonts } from './printFonts.js';

/** The page options of both printers: the page size comes from CSS, tagged with an outline, no printer margins. */
export const PDF_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
  tagged: true,
  outline: true,
  displayHeaderFooter: false,
  margin: { top: '0', right: '0', bottom: '0', left: '0' },
} as const;

/**
 * Run in the print page before printing, by both printers: load the faces the running header needs
 * (its margin boxes are laid out at print time, after `document.fonts.ready`, and a face still loading
 * then prints as nothing) and wait for every face the page uses.
 */
export const AWAIT_PRINT_FONTS = `Promise.all([
  document.fonts.load("8.5pt 'Noto Serif'", "0123456789 / " + document.title),
  document.fonts.load("8.5pt 'Noto Serif SC'", document.title),
]).then(() => document.fonts.ready).then(() => undefined)`;

/** The origin the print page is served from, inside the printer only. */
const ORIGIN = 'https://print.duizhao.invalid';

/** Stages of a print, for progress messages. */
export type PrintStage = 'starting' | 'layout' | 'printing';

export interface PrintRun {
  readonly signal?: AbortSignal;
  readonly onStage?: (stage: PrintStage) => void;
}

/**
 * Prints the print HTML to PDF with Chromium through playwright-core (the command line's and tests'
 * printer; the app uses Electron's printToPDF with the same HTML and options). The page and its fonts
 * are served from memory and disk through request interception, so nothing is fetched from outside.
 */
export async function printPdf(html: string, fonts: PrintFonts, run: PrintRun = {}): Promise<Uint8Array> {
  const executablePath = findChromium();
  if (!executablePath) throw new AppError('export.noChromium');
  run.onStage?.('starting');
  let browser: Browser | null = null;
  const abort = (): void => void browser?.close();
  run.signal?.addEventListener('abort', abort);
  try {
    if (run.signal?.aborted) throw new AppError('export.cancelled');
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = await browser.newPage();
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort();
      if (url.pathname === '/print.html') return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      const file = url.pathname.startsWith('/fonts/') ? fonts.files.get(decodeURIComponent(url.pathname.slice('/fonts/'.length))) : undefined;
      if (!file) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ status: 200, contentType: 'font/woff2', body: await readFile(file) });
    });
    run.onStage?.('layout');
    await page.goto(`${ORIGIN}/print.html`, { waitUntil: 'load', timeout: 120_000 });
    await page.evaluate(AWAIT_PRINT_FONTS);
    run.onStage?.('printing');
    page.setDefaultTimeout(0);
    const pdf = await page.pdf({ ...PDF_OPTIONS });
    return new Uint8Array(pdf);
  } catch (error) {
    if (run.signal?.aborted) throw new AppError('export.cancelled');
    throw error;
  } finally {
    run.signal?.removeEventListener('abort', abort);
    await browser?.close().catch(() => undefined);
  }
}
