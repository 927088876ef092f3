import { AlignmentType, FootnoteReferenceRun, Header, Paragraph, PageNumber, TableCell, TableRow, TextRun, WidthType, type IStylesOptions, type ParagraphChild } from 'docx';
import type { Node } from 'prosemirror-model';
import type { PaperSize } from '../../../src/export/printHtml.js';

/** Word's units: twentieths of a point (DXA). A4 and Letter in DXA, and the margins of both editions. */
export const PAGE = { a4: { width: 11906, height: 16838 }, letter: { width: 12240, height: 15840 } } as const;
export const MARGIN = { top: 1247, right: 907, bottom: 1020, left: 907 } as const;

/** The width of a page's text, in DXA. */
export const textWidth = (paper: PaperSize): number => PAGE[paper].width - MARGIN.left - MARGIN.right;

/** Fonts a Word user has: Times New Roman for Latin text, SimSun (宋体) for Chinese. */
const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: 'SimSun' } as const;

/** Language tags for a run: Word checks spelling and picks fonts by them. */
export const LANG = { zh: { value: 'zh-CN', eastAsia: 'zh-CN' }, en: { value: 'en-US', eastAsia: 'zh-CN' } } as const;

/**
 * The styles of both Word files: body 10.5 pt, and the title and headings styled alike whatever the
 * language (Word's own Title and Heading 1–4, so the navigation pane and a table of contents see them).
 */
export const STYLES: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: 21 }, paragraph: { spacing: { after: 80, line: 300 } } },
    title: { run: { font: FONT, size: 32, bold: true, color: '111111' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } } },
    heading1: { run: { font: FONT, size: 26, bold: true, color: '111111' }, paragraph: { spacing: { before: 120, after: 80 }, keepNext: true } },
    heading2: { run: { font: FONT, size: 23, bold: true, color: '111111' }, paragraph: { spacing: { before: 80, after: 60 }, keepNext: true } },
    heading3: { run: { font: FONT, size: 21, bold: true, color: '111111' }, paragraph: { spacing: { before: 60, after: 40 }, keepNext: true } },
    heading4: { run: { font: FONT, size: 21, bold: true, color: '111111' }, paragraph: { spacing: { before: 60, after: 40 }, keepNext: true } },
  },
};

/** The running header: the report's title left, "n / N" right (a right tab stop at the text's width). */
export function runningHeader(title: string, paper: PaperSize): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: 'right', position: textWidth(paper) }],
        children: [new TextRun({ text: title, size: 17, color: '555555' }), new TextRun({ children: ['\t', PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], size: 17, color: '555555' })],
      }),
    ],
  });
}

/**
 * The runs of an inline node (a unit's Chinese or English): bold and italic kept, a hard break as a
 * line break, and a note's footnote reference after the last piece of text it is anchored on.
 */
export function inlineRuns(node: Node, lang: 'zh' | 'en', footnote: (noteId: string) => number | null): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  node.forEach((child, _offset, i) => {
    if (child.type.name === 'hard_break') {
      runs.push(new TextRun({ break: 1 }));
      return;
    }
    const marks = new Set(child.marks.map((m) => m.type.name));
    runs.push(new TextRun({ text: child.text ?? '', bold: marks.has('strong'), italics: marks.has('em') && lang === 'en', emphasisMark: marks.has('em') && lang === 'zh' ? {} : undefined, language: LANG[lang] }));
    const next = i + 1 < node.childCount ? node.child(i + 1) : null;
    for (const mark of child.marks) {
      if (mark.type.name !== 'note' || next?.marks.some((m) => m.eq(mark))) continue;
      const n = footnote(mark.attrs['noteId'] as string);
      if (n !== null) runs.push(new FootnoteReferenceRun(n));
    }
  });
  return runs;
}

/** A table cell of paragraphs, `width` in DXA. */
export function cell(children: Paragraph[], width: number, shade = false): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, margins: { top: 60, bottom: 60, left: 100, right: 100 }, ...(shade ? { shading: { fill: 'F2F2F2', type: 'clear', color: 'auto' } } : {}) });
}

/** A header row, repeated on every page a table crosses. */
export function headerRow(labels: readonly string[], widths: readonly number[]): TableRow {
  return new TableRow({
    tableHeader: true,
    children: labels.map((label, i) => cell([new Paragraph({ children: [new TextRun({ text: label, bold: true, size: 17, color: '555555' })] })], widths[i] as number, true)),
  });
}
