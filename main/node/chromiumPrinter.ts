import type { Printer } from './exportPdf.js';

/**
 * The printer of the command line and web mode: Chromium driven by playwright-core, loaded only when
 * a PDF is printed (the desktop app prints with Electron's printToPDF and never imports this).
 */
export const chromiumPrinter: Printer = async (html, fonts, run) => (await import('./pdfPrinter.js')).printPdf(html, fonts, run);
