import type { TFunction } from 'i18next';
import { basename, join, resolve } from 'node:path';
import type { Node } from 'prosemirror-model';
import { readMemoryImport } from '../../src/tm/importMemory.js';
import { projectUnits } from '../../src/tm/memoryUnit.js';
import { TmIndex } from '../../src/tm/tmIndex.js';
import { AppError } from '../node/appError.js';
import { defaultDataDir } from '../node/dataDir.js';
import { MEMORY_FILE_NAME, MemoryStore } from '../node/memoryStore.js';
import { readInterchangeFile } from '../node/readInputFile.js';
import type { CliIo } from './index.js';
import { loadInput } from './loadInput.js';

/** The user's memory, the one the app uses: in `io.dataDir`, else DUIZHAO_HOME, else ~/.config/duizhao. */
export const userMemory = (io: CliIo): MemoryStore => new MemoryStore(join(io.dataDir ?? defaultDataDir(), MEMORY_FILE_NAME));

/** Reads a TMX or XLIFF file as memory units, or throws its problem. */
export async function readUnits(path: string, pair: { sourceLang?: string; targetLang?: string }): Promise<ReturnType<typeof readMemoryImport> & { ok: true }> {
  const read = readMemoryImport(basename(path), await readInterchangeFile(path), pair);
  if (!read.ok) throw AppError.from(read.error);
  return read;
}

/** The options of a command that matches against memories: `--tm FILE` (repeatable), `--no-user-memory`. */
export const MEMORY_OPTIONS = {
  tm: { type: 'string', multiple: true, default: [] as string[] },
  'no-user-memory': { type: 'boolean' },
} as const;

/** Reads the project or report a memory command names, then the memories it matches against. */
export async function loadWithMemories(path: string, values: { readonly tm: readonly string[]; readonly 'no-user-memory'?: boolean | undefined }, io: CliIo, t: TFunction) {
  io.progress?.(t('progress.reading', { name: basename(path) }));
  const project = await loadInput(path, io.now());
  return { project, indexes: await memoryIndexes(project, values.tm, !values['no-user-memory'], io, t) };
}

/**
 * The memories a command matches against, in the order pre-translation tries them: the project's own
 * confirmed paragraphs, the given TMX/XLIFF files, then the user's memory unless left out.
 */
export async function memoryIndexes(
  project: { readonly doc: Node; readonly file: { readonly source: { readonly fileName: string } } },
  files: readonly string[],
  withUserMemory: boolean,
  io: CliIo,
  t: TFunction,
): Promise<TmIndex[]> {
  const indexes: TmIndex[] = [new TmIndex(projectUnits(project.doc, project.file.source.fileName))];
  for (const file of files) {
    io.progress?.(t('progress.reading', { name: basename(file) }));
    indexes.push(new TmIndex((await readUnits(resolve(io.cwd, file), {})).value.units));
  }
  if (withUserMemory) {
    io.progress?.(t('progress.memoryLoading'));
    indexes.push(new TmIndex((await userMemory(io).read()).units));
  }
  return indexes;
}
