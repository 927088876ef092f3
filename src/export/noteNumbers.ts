import type { ProjectNote } from '../document/projectFile.js';

/** Numbers translator's notes in the order an edition first cites them (1, 2, …), for the PDF's notes and the Word file's footnotes. */
export interface NoteNumbers {
  /** The note's number, given at its first citation; null when notes are left out or the note does not exist. */
  readonly numberOf: (noteId: string) => number | null;
  /** Note ids by number so far, in order. */
  readonly cited: ReadonlyMap<string, number>;
  readonly textOf: (noteId: string) => string;
}

/**
 * Starts the numbering of an edition's notes; with `enabled` false no note gets a number. Reviewers'
 * comments (`kind: review`) are working notes between reviewer and translator, never printed.
 */
export function noteNumbers(notes: readonly ProjectNote[], enabled: boolean): NoteNumbers {
  const text = new Map(notes.filter((n) => n.kind !== 'review').map((n) => [n.id, n.text]));
  const cited = new Map<string, number>();
  return {
    numberOf: (id) => {
      if (!enabled || !text.has(id)) return null;
      let n = cited.get(id);
      if (n === undefined) cited.set(id, (n = cited.size + 1));
      return n;
    },
    cited,
    textOf: (id) => text.get(id) ?? '',
  };
}
