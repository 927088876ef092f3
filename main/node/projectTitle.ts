import type { ProjectFile } from '../../src/document/projectFile.js';

/** The title shown for a project: the text of its title unit, else its source file name. */
export function projectTitle(file: ProjectFile): string {
  const units = (file.doc as { content?: unknown }).content;
  if (Array.isArray(units)) {
    for (const unit of units as Array<{ attrs?: { kind?: unknown }; content?: Array<{ content?: Array<{ text?: unknown }> }> }>) {
      if (unit.attrs?.kind === 'title') {
        const text = (unit.content?.[0]?.content ?? []).map((t) => (typeof t.text === 'string' ? t.text : '')).join('');
        if (text) return text;
      }
    }
  }
  return file.source.fileName;
}
