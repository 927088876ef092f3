import { dirname, isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { unitAttrs } from '../../src/document/unitAttrs.js';
import type { PreflightTarget } from '../../src/export/preflight/preflightItem.js';
import { DEFAULT_PRINT_OPTIONS, PAPER_SIZES, PRINT_LAYOUTS, type PaperSize, type PrintLayout, type PrintOptions } from '../../src/export/printHtml.js';
import { printLabels } from '../../src/export/printLabels.js';
import { reviewLabels } from '../../src/export/review/reviewLabels.js';
import { projectUnits } from '../../src/tm/memoryUnit.js';
import { writeTmx } from '../../src/tm/writeTmx.js';
import { writeXliff } from '../../src/tm/writeXliff.js';
import { appVersion } from '../node/appPaths.js';
import { saveFile } from '../node/atomicWrite.js';
import type { PrintStage } from '../node/printOptions.js';
import type { Command } from './index.js';
import { loadInput } from './loadInput.js';
import { preflightLines } from './preflight.js';

/**
 * `duizhao export <project> [--pdf out.pdf] [--docx out.docx] [--review-docx review.docx] [--xliff out.xlf]
 * [--tmx out.tmx] [--strict] [--layout …] [--paper a4|letter] [--no-glossary] [--no-notes]
 * [--omit-untranslated] [--normalize-punctuation] [--translator NAME]`: the preflight first (printed on
 * standard error; with `--strict` an error stops the export, exit status 1, nothing written), then a
 * bilingual PDF printed by a system Chromium, a bilingual Word file, a review table, XLIFF 2.0, TMX 1.4;
 * each written atomically (a failed export leaves nothing at its path). Heavy writers load when used.
 */
export const run: Command = async (args, io, t) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      pdf: { type: 'string' },
      docx: { type: 'string' },
      'review-docx': { type: 'string' },
      xliff: { type: 'string' },
      tmx: { type: 'string' },
      strict: { type: 'boolean' },
      layout: { type: 'string', default: DEFAULT_PRINT_OPTIONS.layout },
      paper: { type: 'string', default: DEFAULT_PRINT_OPTIONS.paper },
      'no-glossary': { type: 'boolean' },
      'no-notes': { type: 'boolean' },
      'omit-untranslated': { type: 'boolean' },
      'normalize-punctuation': { type: 'boolean' },
      translator: { type: 'string', default: '' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return io.out(t('cli.usageExport')), 0;
  const input = positionals[0];
  const review = values['review-docx'];
  if (!input || !(values.pdf || values.docx || review || values.xliff || values.tmx)) return io.err(t('cli.usageExport')), 2;
  if (!(PRINT_LAYOUTS as readonly string[]).includes(values.layout)) return io.err(t('cli.badOption', { option: '--layout', value: values.layout, allowed: PRINT_LAYOUTS.join(', ') })), 2;
  if (!(PAPER_SIZES as readonly string[]).includes(values.paper)) return io.err(t('cli.badOption', { option: '--paper', value: values.paper, allowed: PAPER_SIZES.join(', ') })), 2;
  const path = resolve(io.cwd, input);
  const project = await loadInput(path, io.now());
  const glossaries = project.file.glossaries.map((g) => (isAbsolute(g) ? g : resolve(dirname(path), g)));

  // The preflight of the most demanding deliverable asked for: an edition (PDF, Word) checks its glossary appendix too.
  const target: PreflightTarget = values.pdf ? 'pdf' : values.docx ? 'docx' : review ? 'reviewDocx' : values.xliff ? 'xliff' : 'tmx';
  const { projectPreflight } = await import('../node/projectPreflight.js');
  const preflight = await projectPreflight(project, glossaries, target);
  if (preflight.items.length) for (const line of preflightLines(preflight, project, preflight.entries, t)) io.err(line);
  if (values.strict && preflight.errors > 0) return io.err(t('cli.preflightStopped', { errors: preflight.errors })), 1;

  const options: PrintOptions = {
    layout: values.layout as PrintLayout,
    paper: values.paper as PaperSize,
    glossaryAppendix: !values['no-glossary'],
    notes: !values['no-notes'],
    untranslated: values['omit-untranslated'] ? 'omit' : 'chinese',
    normalizePunctuation: values['normalize-punctuation'] === true,
  };
  const labels = printLabels((key) => t(key));
  if (values.xliff) {
    const output = resolve(io.cwd, values.xliff);
    await saveFile(output, writeXliff(project.file, project.doc, { version: appVersion() }));
    io.out(t('cli.xliffWritten', { output, units: project.doc.content.content.filter((u) => !unitAttrs(u).excluded).length }));
  }
  if (values.tmx) {
    const output = resolve(io.cwd, values.tmx);
    const units = projectUnits(project.doc, project.file.source.fileName);
    await saveFile(output, writeTmx(units, { sourceLang: 'zh-CN', version: appVersion(), now: io.now().toISOString() }));
    io.out(t('cli.tmxWritten', { output, count: units.length }));
  }
  if (values.docx || review) {
    const { exportEditionDocx, exportReviewDocx } = await import('../node/exportDocx.js');
    if (values.docx) {
      const output = resolve(io.cwd, values.docx);
      const bytes = await exportEditionDocx(project, glossaries, options, labels, values.translator);
      await saveFile(output, bytes);
      io.out(t('cli.docxWritten', { output, bytes: bytes.length }));
    }
    if (review) {
      const output = resolve(io.cwd, review);
      const bytes = await exportReviewDocx(project, reviewLabels((key) => t(key)), options.paper, values.translator);
      await saveFile(output, bytes);
      io.out(t('cli.reviewWritten', { output, units: project.doc.content.content.filter((u) => !unitAttrs(u).excluded).length }));
    }
  }
  if (!values.pdf) return 0;
  const [{ exportPdf }, { chromiumPrinter }] = await Promise.all([import('../node/exportPdf.js'), import('../node/chromiumPrinter.js')]);
  const started = Date.now();
  const stages: Record<PrintStage, string> = { starting: t('progress.pdfStarting'), layout: t('progress.pdfLayout'), printing: t('progress.pdfPrinting') };
  const pdf = await exportPdf(
    { ...project, glossaries, options, translator: values.translator, labels },
    { onStage: (stage, done, total) => io.progress?.(stages[stage], done, total) },
    chromiumPrinter,
  );
  const output = resolve(io.cwd, values.pdf);
  await saveFile(output, pdf);
  io.out(t('cli.exported', { output, bytes: pdf.length, seconds: ((Date.now() - started) / 1000).toFixed(1) }));
  return 0;
};
