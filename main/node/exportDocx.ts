import { randomUUID } from 'node:crypto';
import en from '../../assets/locales/en/translation.json' with { type: 'json' };
import zh from '../../assets/locales/zh-CN/translation.json' with { type: 'json' };
import type { LoadedProject } from '../../src/document/projectFile.js';
import type { PrintLabels, PrintOptions } from '../../src/export/printHtml.js';
import { applyReviewChanges, reviewChanges, type ReviewChange, type ReviewSummary } from '../../src/export/review/mergeReview.js';
import { readReviewDocx } from '../../src/export/review/readReviewDocx.js';
import { statusWords, type ReviewLabels } from '../../src/export/review/reviewLabels.js';
import { buildTermIndex } from '../../src/glossary/termIndex.js';
import { AppError } from './appError.js';
import { editionDocx } from './docx/editionDocx.js';
import { reviewDocx } from './docx/reviewDocx.js';
import { reportTitle } from '../../src/document/projectTitle.js';
import { readEntries } from './projectPreflight.js';

/**
 * The Word deliverables and the review round trip, over the project as the app and the command line
 * hold it. Callers import this module lazily: the `docx` writer is large.
 */

/** The bilingual Word edition (layout, notes, appendix as chosen for the PDF). */
export async function exportEditionDocx(project: LoadedProject, glossaries: readonly string[], options: PrintOptions, labels: PrintLabels, translator: string): Promise<Uint8Array> {
  const { entries } = await readEntries(glossaries);
  return editionDocx(
    {
      doc: project.doc,
      notes: project.file.notes,
      entries,
      index: entries.size ? buildTermIndex([...entries.values()]) : null,
      title: reportTitle(project.doc, 'target'),
      author: translator,
      fontCss: '',
      labels,
    },
    options,
  );
}

/** The review table (id, status, Chinese, English, comment) for a reviewer to edit in Word. */
export function exportReviewDocx(project: LoadedProject, labels: ReviewLabels, paper: PrintOptions['paper'], translator: string): Promise<Uint8Array> {
  return reviewDocx({ doc: project.doc, source: project.file.source, title: reportTitle(project.doc, 'target'), author: translator, paper, labels });
}

/** Status words of both UI languages, for the status column whatever language the table was made in. */
const STATUS_WORDS = statusWords([en, zh]);

/**
 * Merges a reviewed table back: its changes listed, then applied (new English as drafts, comments as
 * notes). A file that is not a review table, or was made for another document, throws a coded AppError
 * and changes nothing. `conflictNote` words the note kept when both sides changed a paragraph.
 */
export function mergeReviewDocx(
  project: LoadedProject,
  bytes: Uint8Array,
  options: { readonly now: string; readonly conflictNote: (reviewerEnglish: string) => string; readonly reviewer: string },
): { file: LoadedProject['file']; changes: readonly ReviewChange[]; summary: ReviewSummary } {
  const table = readReviewDocx(bytes);
  if (!table.ok) throw AppError.from(table.error);
  const changes = reviewChanges(project, table.value, STATUS_WORDS);
  if (!changes.ok) throw AppError.from(changes.error);
  // The tracked changes are the reviewer's: Word's "last modified by" of the file, else the name given.
  const reviewer = table.value.reviewer || options.reviewer;
  const merged = applyReviewChanges(project, changes.value, { now: options.now, newId: () => `n${randomUUID().replaceAll('-', '')}`, conflictNote: options.conflictNote, reviewer });
  return { file: merged.file, changes: changes.value, summary: merged.summary };
}
