import type { Node } from 'prosemirror-model';
import { unitAttrs } from '../document/unitAttrs.js';
import type { TermSource } from './extractTermCandidates.js';

/** The Chinese of every unit of a project not excluded from translation (web-page chrome is left out). */
export function termSources(doc: Node): TermSource[] {
  const out: TermSource[] = [];
  doc.forEach((unit) => {
    const attrs = unitAttrs(unit);
    if (!attrs.excluded) out.push({ unitId: attrs.id, text: unit.child(0).textContent });
  });
  return out;
}
