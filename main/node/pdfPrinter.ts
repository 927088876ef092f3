import { readFile } from 'node:fs/promises';
import { chromium, type Browser } from 'playwright-core';
import { AppError } from './appError.js';
import { findChromium } from './findChromium.js';
import type { PrintFonts } from './printFonts.js';
import { AWAIT_PRINT_FONTS, PDF_OPTIONS, type PrintRun } from './printOptions.js';

/** The origin the print page is served from, inside the printer only. */
const ORIGIN = 'https://print.duizhao.invalid';

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
