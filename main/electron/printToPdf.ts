import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { BrowserWindow, session } from 'electron';
import { hardenSession, printWindowOptions } from './security.js';
import { AppError } from '../node/appError.js';
import type { Printer } from '../node/exportPdf.js';
import { AWAIT_PRINT_FONTS, PDF_OPTIONS } from '../node/printOptions.js';
import type { PrintFonts } from '../node/printFonts.js';

/** The private scheme the print window loads its page and fonts from (registered as privileged in main.ts). */
export const PRINT_SCHEME = 'duizhao-print';

const pages = new Map<string, { html: string; fonts: PrintFonts }>();
let registered = false;

function printSession(): Electron.Session {
  const ses = session.fromPartition('duizhao-print');
  if (registered) return ses;
  registered = true;
  hardenSession(ses);
  ses.protocol.handle(PRINT_SCHEME, async (request) => {
    const url = new URL(request.url);
    const [, token, ...rest] = url.pathname.split('/');
    const page = token ? pages.get(token) : undefined;
    if (!page) return new Response('not found', { status: 404 });
    const path = rest.join('/');
    if (path === 'print.html') return new Response(page.html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    const file = path.startsWith('fonts/') ? page.fonts.files.get(decodeURIComponent(path.slice('fonts/'.length))) : undefined;
    if (!file) return new Response('not found', { status: 404 });
    return new Response(new Uint8Array(await readFile(file)), { headers: { 'Content-Type': 'font/woff2' } });
  });
  // Nothing else may be fetched by a print page.
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith(`${PRINT_SCHEME}:`) }));
  return ses;
}

/**
 * The app's printer: a hidden, sandboxed window on a session of its own loads the print HTML from a
 * private scheme and Electron's printToPDF prints it with the same options as the command line's
 * Chromium printer (CSS page size, no margins, backgrounds, tagged, with an outline).
 */
export const electronPrinter: Printer = async (html, fonts, run) => {
  const token = randomUUID();
  pages.set(token, { html, fonts });
  run.onStage?.('starting');
  const options = printWindowOptions(printSession());
  // Literal security settings too, for static checkers that read this call.
  const window = new BrowserWindow({
    ...options,
    webPreferences: { ...options.webPreferences, contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' },
  });
  const abort = (): void => window.destroy();
  run.signal?.addEventListener('abort', abort);
  try {
    run.onStage?.('layout');
    await window.loadURL(`${PRINT_SCHEME}://print/${token}/print.html`);
    await window.webContents.executeJavaScript(AWAIT_PRINT_FONTS);
    run.onStage?.('printing');
    const pdf = await window.webContents.printToPDF({
      preferCSSPageSize: PDF_OPTIONS.preferCSSPageSize,
      printBackground: PDF_OPTIONS.printBackground,
      generateTaggedPDF: PDF_OPTIONS.tagged,
      generateDocumentOutline: PDF_OPTIONS.outline,
      displayHeaderFooter: PDF_OPTIONS.displayHeaderFooter,
      margins: { top: 0, right: 0, bottom: 0, left: 0 },
    });
    return new Uint8Array(pdf);
  } catch (error) {
    if (run.signal?.aborted) throw new AppError('export.cancelled');
    throw error;
  } finally {
    run.signal?.removeEventListener('abort', abort);
    pages.delete(token);
    if (!window.isDestroyed()) window.destroy();
  }
};
