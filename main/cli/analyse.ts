import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { TFunction } from 'i18next';
import { analyse, type Analysis } from '../../src/tm/analysis.js';
import { analysedParagraphs } from '../../src/tm/analysedParagraphs.js';
import type { Command } from './index.js';
import { loadWithMemories, MEMORY_OPTIONS } from './memoryFiles.js';

/**
 * `duizhao analyse <project-or-report> [--tm FILE]... [--no-user-memory] [--json]`: sentences and
 * characters per match band (repetitions, 100%, 95–99, 85–94, 75–84, 50–74, no match) against the
 * memories pre-translation would use, as memoQ and Trados analyse a file before the work is priced.
 */
export const run: Command = async (args, io, t) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...MEMORY_OPTIONS,
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return io.out(t('cli.usageAnalyse')), 0;
  const input = positionals[0];
  if (!input) return io.err(t('cli.missingFile')), io.err(t('cli.usageAnalyse')), 2;
  const path = resolve(io.cwd, input);
  const { project, indexes } = await loadWithMemories(path, values, io, t);
  const analysis = analyse(analysedParagraphs(project.doc), indexes, (done, total) => io.progress?.(t('progress.analysing'), done, total));
  if (values.json) io.out(JSON.stringify({ ...analysis, memories: indexes.map((i) => i.size) }, null, 2));
  else for (const line of analysisTable(analysis, t)) io.out(line);
  return 0;
};

/** The analysis as a table: a band a row, with its share of the characters, then the total. */
function analysisTable(analysis: Analysis, t: TFunction): string[] {
  const share = (chars: number): string => (analysis.total.characters ? `${((100 * chars) / analysis.total.characters).toFixed(1)}%` : '—');
  const rows: string[][] = [
    [t('analysis.band'), t('analysis.sentences'), t('analysis.characters'), t('analysis.share')],
    ...analysis.bands.map((b) => [t(`analysis.bands.${b.band}`), String(b.sentences), String(b.characters), share(b.characters)]),
    [t('analysis.total'), String(analysis.total.sentences), String(analysis.total.characters), share(analysis.total.characters)],
  ];
  const width = (s: string): number => [...s].reduce((w, c) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(c) ? 2 : 1), 0);
  const widths = [0, 1, 2, 3].map((col) => Math.max(...rows.map((r) => width(r[col] as string))));
  return [
    t('analysis.heading', { paragraphs: analysis.total.paragraphs }),
    ...rows.map((r) => r.map((cell, col) => (col === 0 ? cell + ' '.repeat((widths[col] as number) - width(cell)) : ' '.repeat((widths[col] as number) - width(cell)) + cell)).join('  ')),
  ];
}
