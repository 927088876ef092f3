import type { Node } from 'prosemirror-model';
import { forEachUnit } from './chunks.js';
import { englishTarget } from './segments.js';
import { unitAttrs } from './unitAttrs.js';

/** Which side of the title unit names the project: the Chinese, or the English of an English edition. */
export type TitleSide = 'source' | 'target';

const lineOf = (side: Node): string => side.textBetween(0, side.content.size, ' ', ' ').replace(/\s+/g, ' ').trim();

/**
 * The report's own title, the one rule for every place that shows or prints it: the text of the
 * first title unit that is not excluded and not empty, on one line; with `side` 'target' its English,
 * while there is some, else its Chinese. Empty when the report has none: an edition (PDF, Word) then
 * prints no title rather than a file name. Documents of either shape (chunked or not) work.
 */
export function reportTitle(doc: Node, side: TitleSide = 'source'): string {
  let title = '';
  forEachUnit(doc, (unit) => {
    const attrs = unitAttrs(unit);
    if (attrs.kind !== 'title' || attrs.excluded) return true;
    title = (side === 'target' ? lineOf(englishTarget(unit)) : '') || lineOf(unit.child(0));
    return !title;
  });
  return title;
}

/**
 * The name a project goes by where something must be shown (recent files, journals, the CLI):
 * `reportTitle`, else its source file's name.
 */
export function projectTitle(doc: Node, sourceFileName: string, side: TitleSide = 'source'): string {
  return reportTitle(doc, side) || sourceFileName.split(/[\\/]/).pop() || sourceFileName;
}
