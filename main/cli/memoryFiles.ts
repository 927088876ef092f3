import { basename, join } from 'node:path';
import { readMemoryImport } from '../../src/tm/importMemory.js';
import { AppError } from '../node/appError.js';
import { defaultDataDir } from '../node/dataDir.js';
import { MEMORY_FILE_NAME, MemoryStore } from '../node/memoryStore.js';
import { readInterchangeFile } from '../node/readInputFile.js';
import type { CliIo } from './index.js';

/** The user's memory, the one the app uses: in `io.dataDir`, else DUIZHAO_HOME, else ~/.config/duizhao. */
export const userMemory = (io: CliIo): MemoryStore => new MemoryStore(join(io.dataDir ?? defaultDataDir(), MEMORY_FILE_NAME));

/** Reads a TMX or XLIFF file as memory units, or throws its problem. */
export async function readUnits(path: string, pair: { sourceLang?: string; targetLang?: string }): Promise<ReturnType<typeof readMemoryImport> & { ok: true }> {
  const read = readMemoryImport(basename(path), await readInterchangeFile(path), pair);
  if (!read.ok) throw AppError.from(read.error);
  return read;
}
