import { promises as fs } from 'node:fs';
import { MAX_MEMORY_IMPORT_BYTES, MAX_REPORT_BYTES } from '../../src/util/inputLimits.js';
import { AppError } from './appError.js';

/**
 * Reads a file the user named; a missing file, or one over `limit` bytes (refused with `tooLarge`),
 * is refused before anything is read into memory.
 */
export async function readInputFile(path: string, limit: number, tooLarge: string): Promise<Uint8Array> {
  const stat = await fs.stat(path).catch(() => null);
  if (!stat?.isFile()) throw new AppError('import.notFound', { path });
  if (stat.size > limit) throw new AppError(tooLarge, { limit, size: stat.size });
  const data = await fs.readFile(path).catch(() => {
    throw new AppError('import.notFound', { path });
  });
  return new Uint8Array(data);
}

/** A report's bytes, within the report limit. */
export const readReportFile = (path: string): Promise<Uint8Array> => readInputFile(path, MAX_REPORT_BYTES, 'import.tooLarge');

/** A TMX or XLIFF file's bytes, within the memory-import limit. */
export const readInterchangeFile = (path: string): Promise<Uint8Array> => readInputFile(path, MAX_MEMORY_IMPORT_BYTES, 'tm.tooLarge');

/**
 * A UTF-8 text file's text. Read as bytes and decoded at once: `readFile(path, 'utf8')` decodes
 * chunk by chunk, which for a project file of a few megabytes costs several times the wall time
 * (each chunk a round trip through the event loop). The text is the same, byte-order mark included.
 */
export async function readTextFile(path: string): Promise<string> {
  return (await fs.readFile(path)).toString('utf8');
}
