/** What both PDF printers share (Electron's printToPDF in the app, Chromium through playwright-core in the CLI and web mode). */

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

/** Stages of a print, for progress messages. */
export type PrintStage = 'starting' | 'layout' | 'printing';

export interface PrintRun {
  readonly signal?: AbortSignal;
  /** The stage a print is in; `done` of `total` parts where a print goes in parts. */
  readonly onStage?: (stage: PrintStage, done?: number, total?: number) => void;
}
