import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A page as pdftoppm draws it: 8-bit grey, row after row (0 black, 255 white). */
export interface PageImage {
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
  /** Pixels per millimetre. */
  readonly scale: number;
}

/** Draws the pages `first`…`last` (all by default) of a PDF with poppler's pdftoppm (grey, `dpi` dots per inch). */
export function pageImages(pdf: Uint8Array, dpi = 100, range: { readonly first: number; readonly last: number } | null = null): PageImage[] {
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-pages-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    const pages = range ? ['-f', String(range.first), '-l', String(range.last)] : [];
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), ...pages, join(dir, 'in.pdf'), join(dir, 'p')], { maxBuffer: 1 << 20 });
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort((a, b) => Number(/(\d+)\.pgm$/.exec(a)?.[1]) - Number(/(\d+)\.pgm$/.exec(b)?.[1]));
    return files.map((f, i) => ({ page: (range?.first ?? 1) + i, scale: dpi / 25.4, ...readPgm(readFileSync(join(dir, f))) }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The binary greymap pdftoppm writes: `P5 width height 255`, one byte a pixel. */
function readPgm(bytes: Buffer): { width: number; height: number; pixels: Uint8Array } {
  let at = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[at] as number))) at++;
    let field = '';
    while (!/\s/.test(String.fromCharCode(bytes[at] as number))) field += String.fromCharCode(bytes[at++] as number);
    fields.push(field);
  }
  at++;
  const [magic, width, height] = [fields[0], Number(fields[1]), Number(fields[2])];
  if (magic !== 'P5' || fields[3] !== '255') throw new Error(`not an 8-bit PGM: ${fields.join(' ')}`);
  return { width, height, pixels: new Uint8Array(bytes.buffer, bytes.byteOffset + at, width * height) };
}

/** Darker than this is ink for the fill: text (#111, #555) and the header rule (#999), not the faint row rules (#ddd, #bbb). */
const INK = 170;
/** Darker than this is ink inside a line: thin strokes (the one stroke of 一) drawn lighter than the text's grey, but not the faint rules (#ddd). */
const STROKE = 212;

/** The page margins of the print CSS, in millimetres. */
export interface Margins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** How much of the body area (inside the margins) is used: from its top to the lowest ink, 0 to 1. */
export function pageFill(image: PageImage, margins: Margins): number {
  const top = Math.round(margins.top * image.scale);
  const bottom = image.height - Math.round(margins.bottom * image.scale);
  const left = Math.round(margins.left * image.scale);
  const right = image.width - Math.round(margins.right * image.scale);
  for (let y = bottom - 1; y >= top; y--) {
    const row = y * image.width;
    for (let x = left; x < right; x++) if ((image.pixels[row + x] as number) < INK) return (y - top + 1) / (bottom - top);
  }
  return 0;
}

/** One line of text in a column, and its widest blank stretch between two inked columns, in ems. */
export interface LineGap {
  readonly page: number;
  /** Top of the line, mm from the top of the page. */
  readonly y: number;
  readonly widestGapEm: number;
  /** Where the widest gap starts, mm from the left edge of the page. */
  readonly x: number;
}

/**
 * The lines of text between `x0` and `x1` (mm) and, for each, the widest run of blank pixel columns
 * between its first and last ink. A line is a band of inked rows; its em is the larger of the body
 * font's and the band's height (CJK ink fills about 0.9 em), so headings are measured in their own em.
 */
export function lineGaps(image: PageImage, x0: number, x1: number, bodyEmMm: number, margins: Margins): LineGap[] {
  const left = Math.round(x0 * image.scale);
  const right = Math.round(x1 * image.scale);
  const top = Math.round(margins.top * image.scale);
  const bottom = image.height - Math.round(margins.bottom * image.scale);
  const inked = (x: number, y: number): boolean => (image.pixels[y * image.width + x] as number) < STROKE;
  const rowHasInk = (y: number): boolean => {
    for (let x = left; x < right; x++) if (inked(x, y)) return true;
    return false;
  };
  const gaps: LineGap[] = [];
  let y = top;
  while (y < bottom) {
    if (!rowHasInk(y)) {
      y++;
      continue;
    }
    const start = y;
    while (y < bottom && rowHasInk(y)) y++;
    const end = y;
    const height = end - start;
    const em = Math.max(bodyEmMm * image.scale, height / 0.9);
    // Rules and stray marks are not lines of text.
    if (height < 0.45 * bodyEmMm * image.scale || height > 2.5 * bodyEmMm * image.scale) continue;
    let first = -1;
    let last = -1;
    let widest = 0;
    let widestAt = 0;
    let run = 0;
    for (let x = left; x < right; x++) {
      let ink = false;
      for (let yy = start; yy < end && !ink; yy++) ink = inked(x, yy);
      if (!ink) {
        run++;
        continue;
      }
      if (first < 0) first = x;
      else if (run > widest) {
        widest = run;
        widestAt = x - run;
      }
      last = x;
      run = 0;
    }
    if (first >= 0 && last > first) gaps.push({ page: image.page, y: start / image.scale, widestGapEm: widest / em, x: widestAt / image.scale });
  }
  return gaps;
}

/** The text of each page, as pdftotext reads it. */
export function pageTexts(pdf: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-text-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    return execFileSync('pdftotext', [join(dir, 'in.pdf'), '-'], { encoding: 'utf8', maxBuffer: 1 << 28 }).split('\f').slice(0, -1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The page (from 1) where the glossary appendix begins (a line "Glossary" below the running header), or null. */
export function appendixPage(texts: readonly string[]): number | null {
  const at = texts.findIndex((t) => /^Glossary$/m.test(t.split('\n').slice(2).join('\n')));
  return at < 0 ? null : at + 1;
}
