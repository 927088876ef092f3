import type { Node } from 'prosemirror-model';
import { plainTextOf } from '../document/plainText.js';
import { unitAttrs } from '../document/unitAttrs.js';
import type { AnalysedParagraph } from './analysis.js';

/** The paragraphs an analysis counts: every unit not excluded, with its Chinese, in document order. */
export function analysedParagraphs(doc: Node): AnalysedParagraph[] {
  const paragraphs: AnalysedParagraph[] = [];
  doc.descendants((node) => {
    if (node.type.name !== 'unit') return true;
    const attrs = unitAttrs(node);
    if (!attrs.excluded) paragraphs.push({ id: attrs.id, source: plainTextOf(node.child(0)).text });
    return false;
  });
  return paragraphs;
}
