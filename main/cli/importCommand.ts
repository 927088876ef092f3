import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { projectTitle } from '../../src/document/projectTitle.js';
import { unitAttrs } from '../../src/document/unitAttrs.js';
import { PROJECT_EXTENSION } from '../../src/document/projectFile.js';
import { writeProject } from '../node/projectFiles.js';
import type { Command } from './index.js';
import { loadReport } from './loadReport.js';

/**
 * `duizhao import <report> [-o out.duizhao] [--force] [--json]`: a report into a new project file.
 * An existing project is replaced only with `--force`, and then atomically (the old project stays
 * whole until the new one is complete on disk); a file that is not a project is never replaced.
 */
export const run: Command = async (args, io, t) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { output: { type: 'string', short: 'o' }, force: { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return io.out(t('cli.usageImport')), 0;
  const input = positionals[0];
  if (!input) return io.err(t('cli.missingFile')), io.err(t('cli.usageImport')), 2;
  const source = resolve(io.cwd, input);
  const output = resolve(io.cwd, values.output ?? join(dirname(input), basename(input, extname(input)) + PROJECT_EXTENSION));
  io.progress?.(t('progress.importing', { name: basename(input) }));
  const project = await loadReport(source, io.now());
  if (existsSync(output) && !values.force) return io.err(t('cli.error', { message: t('cli.exists', { path: output }) })), 1;
  io.progress?.(t('progress.writing', { name: basename(output) }));
  // writeProject replaces by rename: never a moment without a project at `output`.
  await writeProject(output, { ...project.file, savedAt: io.now().toISOString() }, undefined, null, { doc: project.doc });
  const units = project.doc.childCount;
  let excluded = 0;
  project.doc.forEach((unit) => void (unitAttrs(unit).excluded && excluded++));
  const { format, encoding } = project.file.source;
  if (values.json) {
    io.out(JSON.stringify({ output, format, encoding, title: projectTitle(project.doc, project.file.source.fileName), units, excluded }, null, 2));
  } else {
    io.out(t('cli.imported', { source: input, encoding: encoding ?? format, output, units, excluded }));
  }
  return 0;
};
