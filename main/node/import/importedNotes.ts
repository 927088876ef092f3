import type { ProjectNote } from '../../../src/document/projectFile.js';
import type { ImportedReport } from '../../../src/import/importReport.js';

/** The notes an imported file brought (a Word file's footnotes) as project notes, dated `at` (ISO). */
export function importedNotes(report: ImportedReport, at: string): ProjectNote[] {
  return report.notes.map((n) => ({ id: n.id, text: n.text.slice(0, 20_000), createdAt: at, updatedAt: at }));
}
