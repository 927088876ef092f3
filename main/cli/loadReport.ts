import { basename } from 'node:path';
import { createProjectFile, type LoadedProject } from '../../src/document/projectFile.js';
import { AppError } from '../node/appError.js';
import { sha256 } from '../node/hash.js';
import { importedNotes } from '../node/import/importedNotes.js';
import { readReport } from '../node/import/readReport.js';
import { readReportFile } from '../node/readInputFile.js';

/** Imports a report file into a new project in memory (not written), or throws why it is refused. */
export async function loadReport(path: string, now: Date): Promise<LoadedProject> {
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
