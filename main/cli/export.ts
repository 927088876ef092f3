import { dirname, isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_PRINT_OPTIONS, PAPER_SIZES, PRINT_LAYOUTS, type PaperSize, type PrintLayout } from '../../src/export/printHtml.js';
import { printLabels } from '../../src/export/printLabels.js';
import { saveFile } from '../node/atomicWrite.js';
import { chromiumPrinter } from '../node/chromiumPrinter.js';
import { exportPdf } from '../node/exportPdf.js';
import type { PrintStage } from '../node/printOptions.js';
import type { Command } from './index.js';
import { loadInput } from './loadInput.js';
import { unitAttrs } from '../../src/document/unitAttrs.js';
import { projectUnits } from '../../src/tm/memoryUnit.js';
import { writeTmx } from '../../src/tm/tmx.js';
import { writeXliff } from '../../src/tm/xliff.js';
import { appVersion } from '../node/appPaths.js';

/**
 * `duizhao export <project> [--pdf out.pdf] [--xliff out.xlf] [--tmx out.tmx] [--layout …]
 * [--paper a4|letter] [--no-glossary] [--no-notes] [--omit-untranslated] [--translator NAME]`: a
 * bilingual PDF printed by a system Chromium, XLIFF 2.0 for another CAT tool, TMX 1.4 of the
 * confirmed translations; each written atomically (a failed export leaves nothing at its path).
 */
export const run: Command = async (args, io, t) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      pdf: { type: 'string' },
      xliff: { type: 'string' },
      tmx: { type: 'string' },
      layout: { type: 'string', default: DEFAULT_PRINT_OPTIONS.layout },
      paper: { type: 'string', default: DEFAULT_PRINT_OPTIONS.paper },
      'no-glossary': { type: 'boolean' },
      'no-notes': { type: 'boolean' },
      'omit-untranslated': { type: 'boolean' },
      translator: { type: 'string', default: '' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return io.out(t('cli.usageExport')), 0;
  const input = positionals[0];
  if (!input || !(values.pdf || values.xliff || values.tmx)) return io.err(t('cli.usageExport')), 2;
  if (!(PRINT_LAYOUTS as readonly string[]).includes(values.layout)) return io.err(t('cli.badOption', { option: '--layout', value: values.layout, allowed: PRINT_LAYOUTS.join(', ') })), 2;
  if (!(PAPER_SIZES as readonly string[]).includes(values.paper)) return io.err(t('cli.badOption', { option: '--paper', value: values.paper, allowed: PAPER_SIZES.join(', ') })), 2;
  const path = resolve(io.cwd, input);
  const project = await loadInput(path, io.now());
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
  if (!values.pdf) return 0;
  const glossaries = project.file.glossaries.map((g) => (isAbsolute(g) ? g : resolve(dirname(path), g)));
  const started = Date.now();
  const stages: Record<PrintStage, string> = { starting: t('progress.pdfStarting'), layout: t('progress.pdfLayout'), printing: t('progress.pdfPrinting') };
  const pdf = await exportPdf(
    {
    ...project,
    glossaries,
    options: {
      layout: values.layout as PrintLayout,
      paper: values.paper as PaperSize,
      glossaryAppendix: !values['no-glossary'],
      notes: !values['no-notes'],
      untranslated: values['omit-untranslated'] ? 'omit' : 'chinese',
    },
    translator: values.translator,
    labels: printLabels((key) => t(key)),
    },
    { onStage: (stage, done, total) => io.progress?.(stages[stage], done, total) },
    chromiumPrinter,
  );
  const output = resolve(io.cwd, values.pdf);
  await saveFile(output, pdf);
  io.out(t('cli.exported', { output, bytes: pdf.length, seconds: ((Date.now() - started) / 1000).toFixed(1) }));
  return 0;
};
