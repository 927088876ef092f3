import { basename } from 'node:path';
import { Fragment } from 'prosemirror-model';
import type { LoadedProject, ProjectFile } from '../../src/document/projectFile.js';
import { reportTitle } from '../../src/document/projectTitle.js';
import { buildPrintHtml, type PrintLabels, type PrintOptions, type PrintPage } from '../../src/export/printHtml.js';
import type { GlossaryEntry } from '../../src/glossary/glossaryEntry.js';
import { buildTermIndex } from '../../src/glossary/termIndex.js';
import { readGlossary } from './glossaryFiles.js';
import { setPdfMetadata } from './pdfMetadata.js';
import type { PrintRun } from './printOptions.js';
import { printFonts, type PrintFonts } from './printFonts.js';

/** A printer: print HTML and its fonts in, PDF bytes out (Chromium here, Electron's printToPDF in the app). */
export type Printer = (html: string, fonts: PrintFonts, run: PrintRun) => Promise<Uint8Array>;

/** A loaded project (its file and document) and how to print it. */
export interface ExportInput extends LoadedProject {
  /** Absolute paths of the glossaries to take terms from; missing ones are skipped. */
  readonly glossaries: readonly string[];
  readonly options: PrintOptions;
  readonly translator: string;
  readonly labels: PrintLabels;
  /** Only the first units (a preview); all when absent. */
  readonly limitUnits?: number;
}

/** Builds the print page of a project: its document, notes and linked glossaries. */
export async function projectPrintHtml(input: ExportInput): Promise<PrintPage> {
  let doc = input.doc;
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
      title: reportTitle(input.doc, 'target'),
      author: input.translator,
      fontCss: printFonts().css,
      labels: input.labels,
    },
    input.options,
  );
}

/**
 * Exports a project as a bilingual PDF with the given printer (Electron's in the app, Chromium's in
 * the CLI and web mode); the caller writes the bytes (atomically) where the user chose.
 */
export async function exportPdf(input: ExportInput, run: PrintRun, printer: Printer): Promise<Uint8Array> {
  const page = await projectPrintHtml(input);
  const pdf = await printer(page.html, printFonts(), run);
  return setPdfMetadata(pdf, {
    headings: page.headings,
    title: reportTitle(input.doc, 'target'),
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
