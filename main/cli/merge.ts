import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mergeXliff } from '../../src/tm/mergeXliff.js';
import { readXliff } from '../../src/tm/xliff.js';
import { AppError } from '../node/appError.js';
import { writeProject } from '../node/projectFiles.js';
import { readInterchangeFile } from '../node/readInputFile.js';
import type { Command } from './index.js';
import { loadInput } from './loadInput.js';

/** `duizhao merge <project> <translated.xlf> [-o out.duizhao] [--json]`: refused XLIFF changes nothing. */
export const run: Command = async (args, io, t) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { output: { type: 'string', short: 'o' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return io.out(t('cli.usageMerge')), 0;
  const [projectArg, xliffArg] = positionals;
  if (!projectArg || !xliffArg) return io.err(t('cli.usageMerge')), 2;
  const projectPath = resolve(io.cwd, projectArg);
  if (xliffArg.toLowerCase().endsWith('.docx')) {
    const { runReviewMerge } = await import('./review.js');
    return runReviewMerge(projectPath, xliffArg, values.output, values.json === true, io, t, (path) => loadInput(path, io.now()));
  }
  const project = await loadInput(projectPath, io.now());
  const read = readXliff(await readInterchangeFile(resolve(io.cwd, xliffArg)));
  if (!read.ok) throw AppError.from(read.error);
  const merged = mergeXliff(project, read.value, { now: io.now().toISOString(), newId: () => `n${randomUUID().replaceAll('-', '')}` });
  if (!merged.ok) throw AppError.from(merged.error);
  const output = resolve(io.cwd, values.output ?? projectPath);
  await writeProject(output, { ...merged.value.file, savedAt: io.now().toISOString() });
  if (values.json) io.out(JSON.stringify({ output, ...merged.value.summary }, null, 2));
  else io.out(t('cli.merged', { output, ...merged.value.summary }));
  return 0;
};
