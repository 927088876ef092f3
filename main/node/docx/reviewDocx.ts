import { Document, Packer, Paragraph, Table, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { Node } from 'prosemirror-model';
import type { SourceInfo } from '../../../src/document/projectFile.js';
import { unitAttrs } from '../../../src/document/unitAttrs.js';
import type { ReviewLabels } from '../../../src/export/review/reviewLabels.js';
import { REVIEW_PROPERTIES } from '../../../src/export/review/readReviewDocx.js';
import { reviewFingerprint } from '../../../src/export/review/mergeReview.js';
import type { PaperSize } from '../../../src/export/printHtml.js';
import { plainTextOf } from '../../../src/document/plainText.js';
import { englishTarget } from '../../../src/document/segments.js';
import { cell, headerRow, inlineRuns, LANG, MARGIN, PAGE, runningHeader, STYLES, textWidth } from './docxParts.js';

export interface ReviewInput {
  readonly doc: Node;
  readonly source: SourceInfo;
  readonly title: string;
  readonly author: string;
  readonly paper: PaperSize;
  readonly labels: ReviewLabels;
}

/**
 * Writes the review table of a project: one row per included paragraph with its id, status, Chinese,
 * English and an empty comment column, for a reviewer to edit in Word and send back (`merge`). The
 * source's checksum and name are custom document properties (Word and LibreOffice keep them), and the
 * id cell hides a fingerprint of the English as exported, so a merge tells the reviewer's changes from
 * the translator's later ones. Answers the .docx bytes.
 */
export async function reviewDocx(input: ReviewInput): Promise<Uint8Array> {
  const { labels } = input;
  const width = textWidth(input.paper);
  const widths = [Math.round(width * 0.07), Math.round(width * 0.09), Math.round(width * 0.3), Math.round(width * 0.34)];
  widths.push(width - widths.reduce((a, b) => a + b, 0));
  const rows: TableRow[] = [];
  input.doc.forEach((unit) => {
    const attrs = unitAttrs(unit);
    if (attrs.excluded) return;
    const english = plainTextOf(unit.child(1)).text;
    rows.push(
      new TableRow({
        children: [
          cell([new Paragraph({ children: [new TextRun({ text: attrs.id, size: 16, color: '555555' }), new TextRun({ text: ` ${reviewFingerprint(english)}`, vanish: true, size: 16 })] })], widths[0] as number),
          cell([new Paragraph({ children: [new TextRun({ text: labels.statuses[attrs.status], size: 16, language: LANG.en })] })], widths[1] as number),
          cell([new Paragraph({ children: inlineRuns(unit.child(0), 'zh', () => null) })], widths[2] as number),
          cell([new Paragraph({ children: inlineRuns(englishTarget(unit), 'en', () => null) })], widths[3] as number),
          cell([new Paragraph({ children: [] })], widths[4] as number),
        ],
      }),
    );
  });
  const document = new Document({
    title: input.title,
    creator: input.author || 'Duizhao',
    // Word writes the reviewer's name here on saving: the merge credits the tracked changes to it (see readReviewDocx).
    lastModifiedBy: input.author || 'Duizhao',
    styles: STYLES,
    customProperties: [
      { name: REVIEW_PROPERTIES.marker, value: '1' },
      { name: REVIEW_PROPERTIES.sha256, value: input.source.sha256 },
      { name: REVIEW_PROPERTIES.file, value: input.source.fileName },
    ],
    sections: [
      {
        properties: { page: { size: PAGE[input.paper], margin: MARGIN } },
        headers: { default: runningHeader(input.title, input.paper) },
        children: [
          new Paragraph({ children: [new TextRun({ text: labels.instructions, size: 18, color: '333333' })] }),
          new Table({
            rows: [headerRow([labels.id, labels.status, labels.chinese, labels.english, labels.comment], widths), ...rows],
            width: { size: width, type: WidthType.DXA },
            columnWidths: widths,
            layout: TableLayoutType.FIXED,
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
