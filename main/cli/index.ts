import { existsSync, promises as fs } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { TFunction } from 'i18next';
import { createProjectFile, type LoadedProject } from '../../src/document/projectFile.js';
import { describeProject } from '../../src/document/describeProject.js';
import { readReport } from '../node/import/readReport.js';
import { importedNotes } from '../node/import/importedNotes.js';
import { AppError, toWireError } from '../node/appError.js';
import { PROJECT_EXTENSION } from '../node/fileAccess.js';
import { sha256 } from '../node/hash.js';
import { readProject, writeProject } from '../node/projectStore.js';
import { readReportFile } from '../node/readInputFile.js';
import { cliTranslator, errorText } from './i18n.js';
import { runExport } from './export.js';
import { runMerge, runPretranslate, runTm } from './memory.js';
import { runQa } from './qa.js';
import { runTerms } from './terms.js';

/** Output and exit status of a CLI run, so tests call the CLI as a function. */
export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly cwd: string;
  readonly now: () => Date;
  /** Where the user's memory lives (tests give a temporary folder); default DUIZHAO_HOME or ~/.config/duizhao. */
  readonly dataDir?: string;
}

async function loadReport(path: string, now: Date): Promise<LoadedProject> {
  const bytes = await readReportFile(path);
  const result = await readReport(basename(path), bytes);
  if (!result.ok) throw AppError.from(result.error);
  const at = now.toISOString();
  const file = createProjectFile(
    result.value.doc,
    { fileName: basename(path), sha256: sha256(bytes), encoding: result.value.encoding, format: result.value.format, importedAt: at },
    at,
    [],
    importedNotes(result.value, at),
  );
  return { file, doc: result.value.doc };
}

async function runImport(args: string[], io: CliIo, t: TFunction): Promise<number> {
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
  const project = await loadReport(source, io.now());
  if (existsSync(output) && !values.force) return io.err(t('cli.error', { message: t('cli.exists', { path: output }) })), 1;
  if (values.force) await fs.rm(output, { force: true });
  const savedAt = io.now().toISOString();
  await writeProject(output, { ...project.file, savedAt });
  const description = describeProject(project.file, project.doc);
  if (values.json) {
    io.out(
      JSON.stringify(
        { output, format: project.file.source.format, encoding: project.file.source.encoding, title: description.title, units: description.totals.units, excluded: description.totals.excluded },
        null,
        2,
      ),
    );
  } else {
    io.out(
      t('cli.imported', {
        source: input,
        encoding: project.file.source.encoding ?? project.file.source.format,
        output,
        units: description.totals.units,
        excluded: description.totals.excluded,
      }),
    );
  }
  return 0;
}

async function runInfo(args: string[], io: CliIo, t: TFunction): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return io.out(t('cli.usageInfo')), 0;
  const input = positionals[0];
  if (!input) return io.err(t('cli.missingFile')), io.err(t('cli.usageInfo')), 2;
  const path = resolve(io.cwd, input);
  const project = path.endsWith(PROJECT_EXTENSION) ? await readProject(path) : await loadReport(path, io.now());
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
    }),
  );
  for (const unit of description.units) {
    const kind = unit.kind === 'heading' ? `heading ${unit.level}${unit.runInHeading ? '*' : ''}` : unit.kind;
    const flag = unit.excluded ? `[${unit.excludedReason ?? unit.excluded}]` : unit.status;
    const text = unit.source.length > 40 ? `${unit.source.slice(0, 40)}…` : unit.source;
    io.out(`${unit.id.padEnd(6)} ${kind.padEnd(12)} ${flag.padEnd(14)} ${text}`);
  }
  return 0;
}

/** Runs the command line (`duizhao import | info …`) and returns its exit status: 0 done, 1 refused, 2 misuse. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const t = await cliTranslator();
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'import':
        return await runImport(rest, io, t);
      case 'info':
        return await runInfo(rest, io, t);
      case 'export':
        return await runExport(rest, io, t, (path) => (path.endsWith(PROJECT_EXTENSION) ? readProject(path) : loadReport(path, io.now())));
      case 'merge':
        return await runMerge(rest, io, t, (path) => (path.endsWith(PROJECT_EXTENSION) ? readProject(path) : loadReport(path, io.now())));
      case 'pretranslate':
        return await runPretranslate(rest, io, t, (path) => (path.endsWith(PROJECT_EXTENSION) ? readProject(path) : loadReport(path, io.now())));
      case 'tm':
        return await runTm(rest, io, t);
      case 'qa':
        return await runQa(rest, io, t, (path) => (path.endsWith(PROJECT_EXTENSION) ? readProject(path) : loadReport(path, io.now())));
      case 'terms':
        return await runTerms(rest, io, t, (path) => (path.endsWith(PROJECT_EXTENSION) ? readProject(path) : loadReport(path, io.now())));
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(t('cli.usage'));
        return command === undefined ? 2 : 0;
      default:
        io.err(t('cli.unknownCommand', { command }));
        io.err(t('cli.usage'));
        return 2;
    }
  } catch (error) {
    if (error instanceof TypeError && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(t('cli.error', { message: error.message }));
      return 2;
    }
    io.err(t('cli.error', { message: errorText(t, toWireError(error)) }));
    return 1;
  }
}
