import type { PrintOptions } from './printHtml.js';

/**
 * A CSS string literal: quotes, backslashes and line breaks escaped, and "<" written as a CSS escape
 * so a title can never close the <style> element it sits in.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ').replace(/</g, '\\3C ')}"`;
}

const PAPER = { a4: 'A4', letter: 'letter' } as const;

/** The page margins of the print stylesheet, in millimetres (the page-image tests read them too). */
export const PAGE_MARGINS_MM = { top: 22, right: 16, bottom: 18, left: 16 } as const;

/** The body text size, in points: one em of the page-image tests. */
export const BODY_FONT_PT = 10.5;

/**
 * The elements the stylesheet sets in bold and in italic: the printers load those faces for their
 * text before printing (see AWAIT_PRINT_FONTS), since the page is never laid out on screen.
 */
export const PRINT_BOLD = 'h1, h2, h3, h4, h5, h6, .h, strong, b, th';
export const PRINT_ITALIC = 'em, i, .untranslated';

/**
 * The print stylesheet: page size and margins, running header and "n / N" page numbers, fonts, tables,
 * headings styled alike in both languages, Chinese justified by spreading characters (never words
 * alone) with CJK punctuation trimmed where CSS allows, rows that break across pages with both
 * columns in step, and paragraph numbers in the margin.
 */
export function printCss(options: PrintOptions, title: string): string {
  const m = PAGE_MARGINS_MM;
  return `
@page {
  size: ${PAPER[options.paper]};
  margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  @top-left { content: ${cssString(title)}; font: 8.5pt 'Noto Serif', 'Noto Serif SC', serif; color: #555; }
  @top-right { content: counter(page) " / " counter(pages); font: 8.5pt 'Noto Serif', serif; color: #555; }
}
/* Only ever printed: no screen layout (the print lays everything out again at the page's width). */
@media screen { body { display: none; } }
html { font-synthesis: none; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: 'Noto Serif', 'Noto Serif SC', serif; font-size: ${BODY_FONT_PT}pt; line-height: 1.5; color: #111; }
[lang="zh-CN"] {
  font-family: 'Noto Serif SC', serif;
  line-break: strict; word-break: normal; overflow-wrap: anywhere;
  text-align: justify; text-justify: inter-character;
  text-spacing-trim: normal; text-autospace: normal;
}
/* Two full-width marks side by side: one loses its blank half (the font's alternate half-width form). */
.pc { font-feature-settings: 'halt'; }
[lang="en"] { hyphens: auto; text-align: left; }
p, div.p { margin: 0 0 0.4em; orphans: 2; widows: 2; }
h1, h2, h3, h4, h5, h6, .h { font-weight: 700; break-after: avoid; margin: 0.2em 0 0.3em; line-height: 1.35; text-align: start; text-wrap: balance; orphans: 2; widows: 2; }
.h-title { font-size: 16pt; text-align: center; }
.h-level-1 { font-size: 13pt; }
.h-level-2 { font-size: 11.5pt; }
.h-level-3, .h-level-4 { font-size: ${BODY_FONT_PT}pt; }
h2.run-in, h3.run-in, h4.run-in, h5.run-in, h6.run-in { display: inline; font-size: inherit; margin: 0; line-height: inherit; break-after: auto; }
strong { font-weight: 700; }
em { font-style: italic; }
[lang="zh-CN"] em { font-style: normal; text-emphasis: dot; }
/*
 * No element of the body is positioned (relative, absolute or fixed): each would be a paint layer of
 * its own, and Chromium's printer walks every layer of the document for every page it paints, so a
 * layer per row made painting grow with the square of the length (3 of the 2,000-paragraph export's
 * 6.5 s of printing). The paragraph number is set in the flow: a float in the margin, a box of no
 * height at the top of a table row.
 */
.para-no { font: 6.5pt/1 'Noto Serif', serif; color: #888; text-align: right; white-space: nowrap; }
table.rows { width: 100%; table-layout: fixed; border-collapse: collapse; margin-bottom: 4mm; }
table.rows col, table.rows th, table.rows td { width: 50%; }
table.rows thead { display: table-header-group; }
table.rows th { font-size: 8.5pt; font-weight: 700; color: #666; text-align: left; border-bottom: 0.6pt solid #999; padding: 1mm 3mm; }
/*
 * Nothing follows the last line of a cell: Chromium pushes a whole row to the next page rather than
 * break it when a cell's closing padding or margin does not fit at the page's end, which left pages
 * half empty. So the rule between rows is drawn above a row, by the paragraph number's box at the top
 * of its left cell: a block of no height (its number overflows it, into the cell's left padding) that
 * spans the row, from the cell's left edge over its right padding and the whole right cell (-100% of
 * the cell's content width, less its 8 + 3 mm padding and the right cell's 3 mm), its top border the
 * rule (a border: a background line would be an image per cell, slower to print and larger). Its
 * negative bottom margin starts the Chinese where the English starts, 4 mm below the row's top.
 */
table.rows td { vertical-align: top; padding: 4mm 3mm 0; }
table.rows tr:not(.notes-row) > td:first-child { padding-top: 1.4mm; }
table.rows td > :last-child { margin-bottom: 0; }
table.rows td .para-no { display: block; height: 0; margin: 0 calc(-100% - 14mm) calc(-0.5mm - 0.3pt) -8mm; border-top: 0.3pt solid #ddd; padding: 3.1mm 0 0 1.2mm; text-align: left; text-align-last: left; }
table.rows tbody tr:first-child .para-no { border-top-color: transparent; }
table.rows td:first-child { border-right: 0.3pt solid #ddd; }
table.rows td:first-child { padding-left: 8mm; }
/*
 * A long row breaks across pages, both columns continuing on the next (widows and orphans of two
 * lines in each); a short one (class keep: a few lines) moves whole; a short heading stays with what follows.
 */
table.rows tr { break-inside: auto; }
table.rows tr.keep { break-inside: avoid; }
table.rows tr.heading-row.keep { break-after: avoid; }
/* A long heading (a run-in heading of a paragraph's length, set as a row) breaks and flows like any long row. */
table.rows tr.heading-row:not(.keep) :is(h1, h2, h3, h4, h5, h6, .h) { break-after: auto; }
tr.kind-title td, tr.kind-subtitle td, tr.kind-author td { text-align: center; }
tr.kind-subtitle td, tr.kind-author td { text-align-last: center; }
tr.notes-row { break-before: avoid; }
tr.notes-row td { padding-top: 0.8mm; }
.untranslated { color: #999; font-style: italic; }
.note-ref { font-size: 7pt; line-height: 0; }
.note-ref a { color: inherit; text-decoration: none; }
aside.notes { font-size: 8.5pt; color: #333; border-top: 0.3pt solid #bbb; margin-top: 1mm; padding-top: 1mm; }
aside.notes ol { margin: 0; padding-left: 1.6em; }
main .unit { margin-bottom: 0.6em; break-inside: auto; }
main { padding-left: 8mm; }
/* A float in the left margin whose margin box has no width, so no line moves aside for it. */
main .unit .para-no { float: left; width: 6mm; margin: 0.45em -6mm 0 -8mm; }
main .unit.heading-row { break-after: avoid; }
body.layout-interleaved .zh { color: #333; margin-bottom: 0.2em; }
body.layout-interleaved .unit { border-bottom: 0.3pt solid #e2e2e2; padding-bottom: 0.4em; }
.kind-title, .kind-subtitle, .kind-author { text-align: center; }
section.appendix { break-before: page; }
section.appendix h2 { text-align: left; font-size: 13pt; }
table.glossary { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 9pt; }
table.glossary th { text-align: left; border-bottom: 0.6pt solid #999; padding: 1mm 2mm; }
table.glossary td { vertical-align: top; border-bottom: 0.3pt solid #ddd; padding: 1mm 2mm; }
table.glossary [lang="zh-CN"] { text-align: start; }
table.glossary th:nth-child(1), table.glossary td:nth-child(1) { width: 18%; }
table.glossary th:nth-child(2), table.glossary td:nth-child(2) { width: 24%; }
table.glossary th:nth-child(4), table.glossary td:nth-child(4) { width: 14%; }
a { color: inherit; }
`;
}
