import type { PrintOptions } from './printHtml.js';

/**
 * A CSS string literal: quotes, backslashes and line breaks escaped, and "<" written as a CSS escape
 * so a title can never close the <style> element it sits in.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ').replace(/</g, '\\3C ')}"`;
}

const PAPER = { a4: 'A4', letter: 'letter' } as const;

/** The print stylesheet: page size and margins, running header and "n / N" page numbers, fonts, tables, CJK line breaking. */
export function printCss(options: PrintOptions, title: string): string {
  return `
@page {
  size: ${PAPER[options.paper]};
  margin: 22mm 16mm 18mm 16mm;
  @top-left { content: ${cssString(title)}; font: 8.5pt 'Noto Serif', 'Noto Serif SC', serif; color: #555; }
  @top-right { content: counter(page) " / " counter(pages); font: 8.5pt 'Noto Serif', serif; color: #555; }
}
html { font-synthesis: none; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: 'Noto Serif', 'Noto Serif SC', serif; font-size: 10.5pt; line-height: 1.5; color: #111; }
[lang="zh-CN"] { font-family: 'Noto Serif SC', serif; line-break: strict; word-break: normal; overflow-wrap: anywhere; text-align: justify; }
[lang="en"] { hyphens: auto; text-align: left; }
p { margin: 0 0 0.4em; orphans: 2; widows: 2; }
h1, h2, h3, h4, h5, h6 { font-weight: 700; break-after: avoid; margin: 0.2em 0 0.3em; line-height: 1.3; }
h1 { font-size: 16pt; text-align: center; }
h2 { font-size: 13pt; }
h3 { font-size: 11.5pt; }
h4, h5, h6 { font-size: 10.5pt; }
h2.run-in, h3.run-in, h4.run-in, h5.run-in, h6.run-in { display: inline; font-size: inherit; margin: 0; line-height: inherit; }
strong { font-weight: 700; }
em { font-style: italic; }
[lang="zh-CN"] em { font-style: normal; text-emphasis: dot; }
table.rows { width: 100%; table-layout: fixed; border-collapse: collapse; margin-bottom: 4mm; }
table.rows col, table.rows th, table.rows td { width: 50%; }
table.rows thead { display: table-header-group; }
table.rows th { font-size: 8.5pt; font-weight: 700; color: #666; text-align: left; border-bottom: 0.6pt solid #999; padding: 1mm 3mm; }
table.rows td { vertical-align: top; padding: 1.6mm 3mm; border-bottom: 0.3pt solid #ddd; }
table.rows td:first-child { border-right: 0.3pt solid #ddd; }
table.rows tr { break-inside: auto; }
tr.kind-title td, tr.kind-subtitle td, tr.kind-author td { text-align: center; }
tr.kind-heading td { break-after: avoid; }
tr.notes-row td { border-bottom: 0.3pt solid #ddd; padding-top: 0; }
.untranslated { color: #999; font-style: italic; }
.note-ref { font-size: 7pt; line-height: 0; }
.note-ref a { color: inherit; text-decoration: none; }
aside.notes { font-size: 8.5pt; color: #333; border-top: 0.3pt solid #bbb; margin-top: 1mm; padding-top: 1mm; }
aside.notes ol { margin: 0; padding-left: 1.6em; }
main .unit { margin-bottom: 0.6em; break-inside: auto; }
body.layout-interleaved .zh { color: #333; margin-bottom: 0.2em; }
body.layout-interleaved .unit { border-bottom: 0.3pt solid #e2e2e2; padding-bottom: 0.4em; }
.kind-title, .kind-subtitle, .kind-author { text-align: center; }
section.appendix { break-before: page; }
section.appendix h2 { text-align: left; }
table.glossary { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 9pt; }
table.glossary th { text-align: left; border-bottom: 0.6pt solid #999; padding: 1mm 2mm; }
table.glossary td { vertical-align: top; border-bottom: 0.3pt solid #ddd; padding: 1mm 2mm; }
table.glossary th:nth-child(1), table.glossary td:nth-child(1) { width: 22%; }
table.glossary th:nth-child(2), table.glossary td:nth-child(2) { width: 30%; }
a { color: inherit; }
`;
}
