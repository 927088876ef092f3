import { AppError } from './appError.js';
import type { HandlerTable } from './services.js';
import { exportPdf, pdfFileName, type Printer } from './exportPdf.js';
import type { FileAccess } from './fileAccess.js';
import type { PrintStage } from './printOptions.js';

/** Units in a preview: enough for its first pages. */
const PREVIEW_UNITS = 40;

/** The export channels: one print at a time per job, with its stage for progress and a way to stop it. */
export function exportHandlers(options: { readonly access: FileAccess; readonly printer: Printer }): Pick<HandlerTable, 'export.pdf' | 'export.progress' | 'export.cancel'> {
  const jobs = new Map<string, { stage: PrintStage; controller: AbortController }>();
  return {
    'export.pdf': async ({ jobId, file: project, options: print, translator, labels, preview }) => {
      // Only glossaries the user linked (and so granted) are read; others are left out of the appendix.
      const glossaries: string[] = [];
      for (const g of project.file.glossaries) glossaries.push(...(await options.access.resolveGlossary(g).then((p) => [p]).catch(() => [])));
      const controller = new AbortController();
      const job = { stage: 'starting' as PrintStage, controller };
      jobs.set(jobId, job);
      try {
        const data = await exportPdf(
          { ...project, glossaries, options: print, translator, labels, ...(preview ? { limitUnits: PREVIEW_UNITS } : {}) },
          { signal: controller.signal, onStage: (stage) => (job.stage = stage) },
          options.printer,
        );
        return { fileName: pdfFileName(project.file), data };
      } finally {
        jobs.delete(jobId);
      }
    },
    'export.progress': async ({ jobId }) => ({ stage: jobs.get(jobId)?.stage ?? null }),
    'export.cancel': async ({ jobId }) => {
      const job = jobs.get(jobId);
      if (!job) throw new AppError('export.unknownJob');
      job.controller.abort();
      return {};
    },
  };
}
