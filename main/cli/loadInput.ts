import type { LoadedProject } from '../../src/document/projectFile.js';
import { PROJECT_EXTENSION } from '../../src/document/projectFile.js';
import { readProject } from '../node/projectFiles.js';

/**
 * A command's input: a `.duizhao` project as saved, any other file imported as a report. The report
 * importers (decoders, HTML, Word and PDF readers) load only for a report, not for every command.
 * A project read from disk carries the hash of the bytes read (`diskHash`).
 */
export async function loadInput(path: string, now: Date): Promise<LoadedProject & { readonly diskHash?: string }> {
  if (path.endsWith(PROJECT_EXTENSION)) return readProject(path);
  const { loadReport } = await import('./loadReport.js');
  return loadReport(path, now);
}
