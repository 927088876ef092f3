import { parseProjectFile, type ProjectFile } from '../../src/document/projectFile.js';
import { AppError } from './appError.js';
import type { HandlerTable } from './backend.js';
import { exportFileName } from './exportPdf.js';
import type { FileAccess } from './fileAccess.js';

type DeliverChannels = 'export.preflight' | 'export.docx' | 'review.merge';

/** A project as the UI sent it, checked like a file read from disk. */
function loadSent(file: Record<string, unknown>) {
  const parsed = parseProjectFile(JSON.stringify(file));
  if (!parsed.ok) throw AppError.from(parsed.error);
  return parsed.value;
}

/**
 * The deliverables' channels: the preflight, the Word files, and the review table's merge. The QA
 * models and the Word writer are imported when first used, not when the back end starts.
 */
export function deliverHandlers(options: { readonly access: FileAccess; readonly now: () => Date }): Pick<HandlerTable, DeliverChannels> {
  // Only glossaries the user linked (and so granted) are read.
  const glossariesOf = async (file: ProjectFile): Promise<string[]> => {
    const paths: string[] = [];
    for (const g of file.glossaries) paths.push(...(await options.access.resolveGlossary(g).then((p) => [p]).catch(() => [])));
    return paths;
  };
  return {
    'export.preflight': async ({ file, target }) => {
      const project = loadSent(file);
      const { projectPreflight } = await import('./projectPreflight.js');
      const { items, errors, warnings } = await projectPreflight(project, await glossariesOf(project.file), target);
      return { items, errors, warnings };
    },
    'export.docx': async ({ file, kind, options: print, translator, labels, reviewLabels }) => {
      const project = loadSent(file);
      const { exportEditionDocx, exportReviewDocx } = await import('./exportDocx.js');
      if (kind === 'review') return { fileName: exportFileName(project.file, '.review.docx'), data: await exportReviewDocx(project, reviewLabels, print.paper, translator) };
      return { fileName: exportFileName(project.file, '.docx'), data: await exportEditionDocx(project, await glossariesOf(project.file), print, labels, translator) };
    },
    'review.merge': async ({ file, data, conflictNote }) => {
      const project = loadSent(file);
      const { mergeReviewDocx } = await import('./exportDocx.js');
      const merged = mergeReviewDocx(project, data, { now: options.now().toISOString(), conflictNote: (english) => conflictNote.replaceAll('{{english}}', english) });
      return { file: merged.file, summary: merged.summary, changes: merged.changes };
    },
  };
}
