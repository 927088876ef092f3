import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { schema } from '../../../src/document/schema.js';
import type { UnitAttrs } from '../../../src/document/unitAttrs.js';
import { editionUnits, type EditionUnit } from '../../../src/export/editionUnits.js';
import { appendixEntries, paragraphRanges } from '../../../src/export/glossaryAppendix.js';
import { noteNumbers } from '../../../src/export/noteNumbers.js';
import type { PrintInput, PrintOptions } from '../../../src/export/printHtml.js';
import { cell, headerRow, inlineRuns, LANG, MARGIN, PAGE, runningHeader, STYLES, textWidth } from './docxParts.js';

type HeadingValue = (typeof HeadingLevel)[keyof typeof HeadingLevel];

/** Word's heading style of a unit: Title for the title, Heading 1–4 by level; none for the rest (run-in headings are bold). */
function headingOf(attrs: UnitAttrs): HeadingValue | undefined {
  if (attrs.kind === 'title') return HeadingLevel.TITLE;
  if (attrs.kind !== 'heading' || attrs.runIn !== null) return undefined;
  return [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4][Math.min(4, attrs.level ?? 1) - 1];
}

const centred = (attrs: UnitAttrs): boolean => attrs.kind === 'title' || attrs.kind === 'subtitle' || attrs.kind === 'author';

/**
 * Builds the bilingual Word edition of a project: the same units, headings, notes and glossary
 * appendix as the PDF (`buildPrintHtml` takes the same input). Side by side is a table (paragraph
 * number, Chinese, English) whose header row repeats on every page; interleaved sets each Chinese
 * paragraph before its English; English only drops the Chinese. Headings use Word's Title and
 * Heading 1–4 styles in both languages; translator's notes become Word footnotes; the report's title
 * and "n / N" run in the header. Answers the .docx bytes.
 */
export async function editionDocx(input: PrintInput, options: PrintOptions): Promise<Uint8Array> {
  const notes = noteNumbers(input.notes, options.notes);
  const footnote = notes.numberOf;
  const units = editionUnits(input.doc, options);
  const paragraph = (u: EditionUnit, side: 'zh' | 'en'): Paragraph => {
    const node = side === 'zh' ? u.source : u.target;
    const children = node
      ? inlineRuns(node, side, footnote)
      : [new TextRun({ text: input.labels.untranslated, italics: true, color: '999999', language: LANG.en })];
    const heading = headingOf(u.attrs);
    return new Paragraph({ children, ...(heading ? { heading } : {}), ...(centred(u.attrs) ? { alignment: AlignmentType.CENTER } : side === 'zh' ? { alignment: AlignmentType.JUSTIFIED } : {}) });
  };
  // Run-in headings: their first runs bold (docx runs are immutable, so the Chinese is rebuilt with bold runs).
  const zhParagraph = (u: EditionUnit): Paragraph => {
    if (u.attrs.runIn === null || u.attrs.runIn >= u.source.content.size) return paragraph(u, 'zh');
    const head = u.source.cut(0, u.attrs.runIn);
    const boldHead = head.type.create(null, head.content.content.map((t) => (t.isText ? t.mark(schema.marks.strong.create().addToSet(t.marks)) : t)));
    return new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [...inlineRuns(boldHead, 'zh', footnote), ...inlineRuns(u.source.cut(u.attrs.runIn), 'zh', footnote)] });
  };

  const width = textWidth(options.paper);
  const body: Array<Paragraph | Table> = [];
  if (options.layout === 'side-by-side') {
    const widths = [Math.round(width * 0.06), Math.round(width * 0.47), width - Math.round(width * 0.06) - Math.round(width * 0.47)];
    const rows = units.map(
      (u) =>
        new TableRow({
          cantSplit: headingOf(u.attrs) !== undefined,
          children: [
            cell([new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: String(u.number), size: 14, color: '888888' })] })], widths[0] as number),
            cell([zhParagraph(u)], widths[1] as number),
            cell([paragraph(u, 'en')], widths[2] as number),
          ],
        }),
    );
    body.push(new Table({ rows: [headerRow(['¶', input.labels.chinese, input.labels.english], widths), ...rows], width: { size: width, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED }));
  } else {
    for (const u of units) {
      const number = new TextRun({ text: `${u.number}  `, size: 14, color: '888888' });
      if (options.layout === 'interleaved' || !u.target) {
        const zh = zhParagraph(u);
        body.push(new Paragraph({ children: [number], keepNext: true, spacing: { after: 0 } }), zh);
        if (options.layout === 'interleaved' && u.target) body.push(paragraph(u, 'en'));
      } else body.push(new Paragraph({ children: [number], keepNext: true, spacing: { after: 0 } }), paragraph(u, 'en'));
    }
  }

  if (options.glossaryAppendix) {
    const entries = appendixEntries(units, input.index, input.entries);
    if (entries.length) {
      const widths = [Math.round(width * 0.18), Math.round(width * 0.25), Math.round(width * 0.43)];
      widths.push(width - widths.reduce((a, b) => a + b, 0));
      const text = (t: string, lang: 'zh' | 'en'): Paragraph => new Paragraph({ children: [new TextRun({ text: t, size: 18, language: LANG[lang] })] });
      body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(input.labels.glossary)] }));
      body.push(
        new Table({
          width: { size: width, type: WidthType.DXA },
          columnWidths: widths,
          layout: TableLayoutType.FIXED,
          rows: [
            headerRow([input.labels.glossaryChinese, input.labels.glossaryEnglish, input.labels.glossaryDefinition, input.labels.glossaryParagraphs], widths),
            ...entries.map(
              ({ entry, paragraphs }) =>
                new TableRow({
                  cantSplit: true,
                  children: [
                    cell([text(entry.term, 'zh')], widths[0] as number),
                    cell([text(entry.renderings[0] ?? '', 'en')], widths[1] as number),
                    cell([text(entry.definition, 'en')], widths[2] as number),
                    cell([text(paragraphRanges(paragraphs), 'en')], widths[3] as number),
                  ],
                }),
            ),
          ],
        }),
      );
    }
  }

  const footnotes: Record<string, { children: Paragraph[] }> = {};
  for (const [id, n] of notes.cited) footnotes[String(n)] = { children: [new Paragraph({ children: [new TextRun({ text: notes.textOf(id), size: 17 })] })] };
  const document = new Document({
    title: input.title,
    creator: input.author || 'Duizhao',
    description: `${input.labels.chinese} / ${input.labels.english}`,
    styles: STYLES,
    footnotes,
    sections: [
      {
        properties: { page: { size: PAGE[options.paper], margin: MARGIN } },
        headers: { default: runningHeader(input.title, options.paper) },
        children: body.length ? body : [new Paragraph('')],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
