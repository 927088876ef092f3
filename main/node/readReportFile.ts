import { promises as fs } from 'node:fs';
import { MAX_REPORT_BYTES } from '../../src/import/importReport.js';
import { AppError } from './appError.js';

/** Reads a report's bytes; a missing file or one over the size limit is refused before anything is read. */
export async function readReportFile(path: string): Promise<Uint8Array> {
  const stat = await fs.stat(path).catch(() => null);
  if (!stat?.isFile()) throw new AppError('import.notFound', { path });
  if (stat.size > MAX_REPORT_BYTES) throw new AppError('import.tooLarge', { limit: MAX_REPORT_BYTES, size: stat.size });
  const data = await fs.readFile(path).catch(() => {
    throw new AppError('import.notFound', { path });
  });
  return new Uint8Array(data);
}
