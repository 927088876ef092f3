import { basename } from 'node:path';
import { Fragment } from 'prosemirror-model';
import type { ProjectFile } from '../../src/document/projectFile.js';
import { schema } from '../../src/document/schema.js';
import { unitAttrs } from '../../src/document/unitAttrs.js';
import { buildPrintHtml, type PrintLabels, type PrintOptions, type PrintPage } from '../../src/export/printHtml.js';
import type { GlossaryEntry } from '../../src/glossary/glossaryEntry.js';
import { buildTermIndex } from '../../src/glossary/termIndex.js';
import { readGlossary } from './glossaryStore.js';
import { setPdfMetadata } from './pdfMetadata.js';
import { printPdf, type PrintRun } from './pdfPrinter.js';
import { printFonts, type PrintFonts } from './printFonts.js';
import { projectTitle } from './projectTitle.js';

/** A printer: print HTML and its fonts in, PDF bytes out (Chromium here, Electron's printToPDF in the app). */
export type Printer = (html: string, fonts: PrintFonts, run: PrintRun) => Promise<Uint8Array>;

export interface ExportInput {
  readonly file: ProjectFile;
  /** Absolute paths of the glossaries to take terms from; missing ones are skipped. */
  readonly glossaries: readonly string[];
  readonly options: PrintOptions;
  readonly translator: string;
  readonly labels: PrintLabels;
  /** Only the first units (a preview); all when absent. */
  readonly limitUnits?: number;
}

/**
 * The title of an edition (running header, PDF title): the English of the title unit, else the
 * report's title as `projectTitle` gives it; never a file name, so empty for a report without a title.
 */
export function editionTitle(file: ProjectFile): string {
  const doc = schema.nodeFromJSON(file.doc);
  for (let i = 0; i < doc.childCount; i++) {
    const unit = doc.child(i);
    const attrs = unitAttrs(unit);
    if (attrs.kind !== 'title' || attrs.excluded) continue;
    const english = unit.child(1).textContent.trim();
    if (english) return english;
  }
  const title = projectTitle(file).trim();
  return title === file.source.fileName ? '' : title;
}

/** Builds the print page of a project: its document, notes and linked glossaries. */
export async function projectPrintHtml(input: ExportInput): Promise<PrintPage> {
  let doc = schema.nodeFromJSON(input.file.doc);
  if (input.limitUnits !== undefined && doc.childCount > input.limitUnits) {
    const units: ReturnType<typeof doc.child>[] = [];
    for (let i = 0; i < input.limitUnits; i++) units.push(doc.child(i));
    doc = doc.copy(Fragment.fromArray(units));
  }
  const entries = new Map<string, GlossaryEntry>();
  for (const path of input.glossaries) {
    const glossary = await readGlossary(path).catch(() => null);
    for (const e of glossary?.entries ?? []) if (!entries.has(e.id)) entries.set(e.id, e);
  }
  return buildPrintHtml(
    {
      doc,
      notes: input.file.notes,
      entries,
      index: entries.size ? buildTermIndex([...entries.values()]) : null,
      title: editionTitle(input.file),
      author: input.translator,
      fontCss: printFonts().css,
      labels: input.labels,
    },
    input.options,
  );
}

/** Exports a project as a bilingual PDF; the caller writes the bytes (atomically) where the user chose. */
export async function exportPdf(input: ExportInput, run: PrintRun = {}, printer: Printer = printPdf): Promise<Uint8Array> {
  const page = await projectPrintHtml(input);
  const pdf = await printer(page.html, printFonts(), run);
  return setPdfMetadata(pdf, {
    headings: page.headings,
    title: editionTitle(input.file),
    author: input.translator,
    subject: `${input.labels.chinese} / ${input.labels.english}: ${input.file.source.fileName}`,
    language: 'en',
  });
}

/** The file name of an export: the report's name with the export's extension (`.pdf`, `.xlf`, `.tmx`). */
export function exportFileName(file: ProjectFile, extension: string): string {
  return `${basename(file.source.fileName).replace(/\.[^.]*$/, '') || 'edition'}${extension}`;
}

/** The file name of a PDF export. */
export const pdfFileName = (file: ProjectFile): string => exportFileName(file, '.pdf');
