import type { Node } from 'prosemirror-model';
import { schema } from './schema.js';
import type { ExclusionReason, UnitKind } from './unitAttrs.js';

/** What a new unit needs: its Chinese text and structure; the target starts empty and untranslated. */
export interface UnitSeed {
  readonly text: string;
  readonly kind: UnitKind;
  readonly level: number | null;
  readonly runIn: number | null;
  readonly excluded: ExclusionReason | null;
}

/** Builds a document from unit seeds, with ids `u1`, `u2`, … in reading order. Throws on an empty list (a programmer error). */
export function buildDocument(seeds: readonly UnitSeed[]): Node {
  if (seeds.length === 0) throw new RangeError('a document needs at least one unit');
  const units = seeds.map((seed, i) =>
    schema.nodes.unit.create(
      { id: `u${i + 1}`, kind: seed.kind, level: seed.level, runIn: seed.runIn, excluded: seed.excluded },
      [schema.nodes.source.create(null, seed.text ? schema.text(seed.text) : null), schema.nodes.target.create()],
    ),
  );
  return schema.nodes.doc.create(null, units);
}
