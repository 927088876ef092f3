import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { applyPretranslation, planPretranslation } from '../../src/tm/pretranslate.js';
import { writeProject } from '../node/projectFiles.js';
import type { Command } from './index.js';
import { loadWithMemories, MEMORY_OPTIONS } from './memoryFiles.js';

/**
 * `duizhao pretranslate <project> [--tm FILE]... [--no-user-memory] [-o out] [--json]`: fills
 * untranslated paragraphs from exact matches in the project's own confirmed translations, the
 * given TMX/XLIFF files and the user's memory, in that order.
 */
export const run: Command = async (args, io, t) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...MEMORY_OPTIONS,
      output: { type: 'string', short: 'o' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return io.out(t('cli.usagePretranslate')), 0;
  const input = positionals[0];
  if (!input) return io.err(t('cli.missingFile')), io.err(t('cli.usagePretranslate')), 2;
  const path = resolve(io.cwd, input);
  const { project, indexes } = await loadWithMemories(path, values, io, t);
  const plan = planPretranslation(project.doc, indexes, (done, total) => io.progress?.(t('progress.pretranslating'), done, total));
  const output = resolve(io.cwd, values.output ?? (path.endsWith('.duizhao') ? path : `${path.replace(/\.[^.]+$/, '')}.duizhao`));
  if (plan.fills.size) {
    io.progress?.(t('progress.writing', { name: basename(output) }));
    const doc = applyPretranslation(project.doc, plan.fills, io.now().getTime());
    // Validated as the node it is, and the file read a moment ago is not parsed again before it is replaced.
    const known = { doc, ...(project.diskHash ? { readHash: project.diskHash } : {}) };
    await writeProject(output, { ...project.file, savedAt: io.now().toISOString(), doc: doc.toJSON() as Record<string, unknown> }, undefined, null, known);
  }
  const summary = { output: plan.fills.size ? output : null, filled: plan.fills.size, untranslated: plan.untranslated, memories: indexes.map((i) => i.size) };
  if (values.json) io.out(JSON.stringify(summary, null, 2));
  else io.out(t('cli.pretranslated', { filled: plan.fills.size, untranslated: plan.untranslated, output: summary.output ?? '—' }));
  return 0;
};
