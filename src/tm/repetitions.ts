import type { Node } from 'prosemirror-model';
import { forEachUnit } from '../document/chunks.js';
import { plainTextOf } from '../document/plainText.js';
import { unitAttrs } from '../document/unitAttrs.js';
import { matchKey } from './fuzzy.js';

/**
 * Repetitions: other units of the project whose Chinese is the same as a confirmed unit's (the same
 * `matchKey`, so whitespace and full-width forms do not matter) and whose English may take the
 * confirmed unit's. A translator's own work is never a candidate: only an empty untranslated English,
 * or a draft that came from the memory or from an earlier repetition and was not edited since.
 */

/** A unit that may be filled as a repetition: included, not locked, and empty or machine-filled. */
export function fillableAsRepetition(unit: Node): boolean {
  const attrs = unitAttrs(unit);
  if (attrs.excluded || attrs.locked) return false;
  if (attrs.status === 'untranslated') return plainTextOf(unit.child(1)).text.trim() === '';
  return attrs.status === 'draft' && (attrs.fromMemory || attrs.repetition);
}

/**
 * The ids of the units, other than `unitId`, that repeat its Chinese and may be filled with its English
 * (see `fillableAsRepetition`), in reading order; none when its English is empty or already theirs.
 */
export function findRepetitions(doc: Node, unitId: string): string[] {
  let key: string | null = null;
  let english = '';
  forEachUnit(doc, (unit) => {
    if (unitAttrs(unit).id !== unitId) return true;
    key = matchKey(unit.child(0).textContent);
    english = plainTextOf(unit.child(1)).text;
    return false;
  });
  if (!key || english.trim() === '') return [];
  const ids: string[] = [];
  forEachUnit(doc, (unit) => {
    const id = unitAttrs(unit).id;
    if (id === unitId || !fillableAsRepetition(unit) || plainTextOf(unit.child(1)).text === english) return;
    if (matchKey(unit.child(0).textContent) === key) ids.push(id);
  });
  return ids;
}
