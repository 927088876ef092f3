import type { Mark, Node } from 'prosemirror-model';
import { schema } from './schema.js';
import type { ChromeReason, ExclusionReason, UnitKind } from './unitAttrs.js';

/** A `note` mark to put on a span of a unit's Chinese: UTF-16 offsets into `text`, half-open. */
export interface NoteAnchor {
  readonly noteId: string;
  readonly start: number;
  readonly end: number;
}

/** What a new unit needs: its Chinese text and structure; the target starts empty and untranslated. */
export interface UnitSeed {
  readonly text: string;
  readonly kind: UnitKind;
  readonly level: number | null;
  readonly runIn: number | null;
  readonly excluded: ExclusionReason | null;
  readonly excludedReason?: ChromeReason | null;
  /** Notes anchored in the Chinese (a Word file's footnotes); their text goes in the project's `notes`. */
  readonly notes?: readonly NoteAnchor[];
}

/** The source's inline content: the text cut at note boundaries, each piece with the notes over it. */
function sourceContent(text: string, notes: readonly NoteAnchor[]): Node[] {
  if (!text) return [];
  if (notes.length === 0) return [schema.text(text)];
  const cuts = [...new Set([0, text.length, ...notes.flatMap((n) => [n.start, n.end])])].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const pieces: Node[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] as number;
    const to = cuts[i + 1] as number;
    const marks: Mark[] = notes.filter((n) => n.start <= from && n.end >= to).map((n) => schema.marks.note.create({ noteId: n.noteId }));
    pieces.push(schema.text(text.slice(from, to), marks));
  }
  return pieces;
}

/** Builds a document from unit seeds, with ids `u1`, `u2`, … in reading order. Throws on an empty list (a programmer error). */
export function buildDocument(seeds: readonly UnitSeed[]): Node {
  if (seeds.length === 0) throw new RangeError('a document needs at least one unit');
  const units = seeds.map((seed, i) =>
    schema.nodes.unit.create(
      {
        id: `u${i + 1}`,
        kind: seed.kind,
        level: seed.level,
        runIn: seed.runIn,
        excluded: seed.excluded,
        excludedReason: seed.excluded === 'chrome' ? (seed.excludedReason ?? null) : null,
      },
      [schema.nodes.source.create(null, sourceContent(seed.text, seed.notes ?? [])), schema.nodes.target.create()],
    ),
  );
  return schema.nodes.doc.create(null, units);
}
