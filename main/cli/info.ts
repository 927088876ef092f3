import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeProject } from './describeProject.js';
import type { Command } from './index.js';
import { loadInput } from './loadInput.js';

/** `duizhao info <project-or-report> [--json]`: the units of a project (or of a report imported in memory) and its totals. */
export const run: Command = async (args, io, t) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return io.out(t('cli.usageInfo')), 0;
  const input = positionals[0];
  if (!input) return io.err(t('cli.missingFile')), io.err(t('cli.usageInfo')), 2;
  const project = await loadInput(resolve(io.cwd, input), io.now());
  const description = describeProject(project.file, project.doc);
  if (values.json) {
    io.out(JSON.stringify(description, null, 2));
    return 0;
  }
  const { totals } = description;
  io.out(
    t('cli.summary', {
      title: description.title ?? project.file.source.fileName,
      units: totals.units,
      excluded: totals.excluded,
      done: totals.unitsDone,
      total: totals.unitsTotal,
      charsDone: totals.charsDone,
      charsTotal: totals.charsTotal,
      words: totals.englishWords,
    }),
  );
  for (const unit of description.units) {
    const kind = unit.kind === 'heading' ? `heading ${unit.level}${unit.runInHeading ? '*' : ''}` : unit.kind;
    const flag = unit.excluded ? `[${unit.excludedReason ?? unit.excluded}]` : unit.status;
    const text = unit.source.length > 40 ? `${unit.source.slice(0, 40)}…` : unit.source;
    io.out(`${unit.id.padEnd(6)} ${kind.padEnd(12)} ${flag.padEnd(14)} ${text}`);
  }
  return 0;
};
