import { PRINT_BOLD, PRINT_ITALIC } from '../../src/export/printCss.js';

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
 * Run in the print page before printing, by both printers. The print page is never laid out on
 * screen (its stylesheet hides it there: the print lays everything out again at the page's width,
 * so a screen layout would be wasted work, a fifth of a long export), so no layout asks for its
 * fonts: each face is loaded here for the text set in it (`FontFaceSet.load` fetches only the
 * unicode-range subsets that text needs): regular for all the text and the running header (its margin
 * boxes are laid out at print time, and a face still loading then prints as nothing), bold for the
 * elements the stylesheet sets bold, italic for those it sets italic. Then wait for every face.
 */
export const AWAIT_PRINT_FONTS = `(() => {
  const text = (selector) => Array.from(document.querySelectorAll(selector), (e) => e.textContent).join('');
  const all = document.body.textContent + document.title + "0123456789 / ";
  const bold = text(${JSON.stringify(PRINT_BOLD)});
  const italic = text(${JSON.stringify(PRINT_ITALIC)});
  const faces = [["", all], ["700 ", bold], ["italic ", italic], ["italic 700 ", italic]];
  return Promise.all(faces.flatMap(([style, sample]) => sample ? [
    document.fonts.load(style + "10pt 'Noto Serif'", sample),
    document.fonts.load(style + "10pt 'Noto Serif SC'", sample),
  ] : [])).then(() => document.fonts.ready).then(() => undefined);
})()`;

/** Stages of a print, for progress messages. */
export type PrintStage = 'starting' | 'layout' | 'printing';

export interface PrintRun {
  readonly signal?: AbortSignal;
  /** The stage a print is in; `done` of `total` parts where a print goes in parts. */
  readonly onStage?: (stage: PrintStage, done?: number, total?: number) => void;
}
