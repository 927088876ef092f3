import type { ProjectFile } from '../../src/document/projectFile.js';
import type { HandlerTable } from './services.js';
import { exportFileName } from './exportPdf.js';
import type { FileAccess } from './fileAccess.js';

type DeliverChannels = 'export.preflight' | 'export.docx' | 'review.merge';

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
      const project = file;
      const { projectPreflight } = await import('./projectPreflight.js');
      const { items, errors, warnings } = await projectPreflight(project, await glossariesOf(project.file), target);
      return { items, errors, warnings };
    },
    'export.docx': async ({ file, kind, options: print, translator, labels, reviewLabels }) => {
      const project = file;
      const { exportEditionDocx, exportReviewDocx } = await import('./exportDocx.js');
      if (kind === 'review') return { fileName: exportFileName(project.file, '.review.docx'), data: await exportReviewDocx(project, reviewLabels, print.paper, translator) };
      return { fileName: exportFileName(project.file, '.docx'), data: await exportEditionDocx(project, await glossariesOf(project.file), print, labels, translator) };
    },
    'review.merge': async ({ file, data, conflictNote, reviewer }) => {
      const project = file;
      const { mergeReviewDocx } = await import('./exportDocx.js');
      const merged = mergeReviewDocx(project, data, { now: options.now().toISOString(), conflictNote: (english) => conflictNote.replaceAll('{{english}}', english), reviewer });
      return { file: merged.file, summary: merged.summary, changes: merged.changes };
    },
  };
}
