import type { Node } from 'prosemirror-model';
import type { Transform } from 'prosemirror-transform';
import { forEachUnit } from './chunks.js';
import { unitAttrs, type UnitAttrs } from './unitAttrs.js';

/**
 * The translator's corrections of what import detected: *Exclude everything above this row*, *…below
 * this row*, and *This is the title*. Each adds its steps to the transform it is given (an editor's
 * transaction, or a bare `Transform` in the back end and tests), so one correction is one undoable
 * transaction; each returns false, adding nothing, when there is nothing to change. The changes are
 * unit attributes, so a saved project remembers them. Documents of either shape (chunked or not) work.
 */

interface Located {
  readonly node: Node;
  readonly pos: number;
  readonly index: number;
}

function unitsOf(doc: Node): Located[] {
  const units: Located[] = [];
  forEachUnit(doc, (node, pos, index) => void units.push({ node, pos, index }));
  return units;
}

/** Sets attributes of the unit at `pos`, one AttrStep each, only those that differ. */
function setAttrs(tr: Transform, unit: Located, attrs: Partial<UnitAttrs>): boolean {
  let changed = false;
  for (const [name, value] of Object.entries(attrs)) {
    if (unit.node.attrs[name] === value) continue;
    tr.setNodeAttribute(unit.pos, name, value);
    changed = true;
  }
  return changed;
}

/** Marks units excluded by the user's choice; those already excluded keep their reason. */
function excludeAll(tr: Transform, units: readonly Located[]): boolean {
  let changed = false;
  for (const unit of units) {
    if (unitAttrs(unit.node).excluded !== null) continue;
    changed = setAttrs(tr, unit, { excluded: 'user', excludedReason: null }) || changed;
  }
  return changed;
}

/** *Exclude everything above this row*: every unit before the unit `unitId` is excluded (by the user). */
export function excludeAbove(tr: Transform, unitId: string): boolean {
  const units = unitsOf(tr.doc);
  const at = units.findIndex((u) => unitAttrs(u.node).id === unitId);
  return at >= 0 && excludeAll(tr, units.slice(0, at));
}

/** *Exclude everything below this row*: every unit after the unit `unitId` is excluded (by the user). */
export function excludeBelow(tr: Transform, unitId: string): boolean {
  const units = unitsOf(tr.doc);
  const at = units.findIndex((u) => unitAttrs(u.node).id === unitId);
  return at >= 0 && excludeAll(tr, units.slice(at + 1));
}

/**
 * *This is the title*: the unit `unitId` becomes the document's one title, included; any other unit
 * taken for the title before becomes a paragraph (still in place, for the translator to keep or exclude).
 */
export function makeTitle(tr: Transform, unitId: string): boolean {
  const units = unitsOf(tr.doc);
  const target = units.find((u) => unitAttrs(u.node).id === unitId);
  if (!target) return false;
  let changed = false;
  for (const unit of units) {
    if (unit !== target && unitAttrs(unit.node).kind === 'title') changed = setAttrs(tr, unit, { kind: 'paragraph' }) || changed;
  }
  changed = setAttrs(tr, target, { kind: 'title', level: null, runIn: null, excluded: null, excludedReason: null }) || changed;
  return changed;
}
