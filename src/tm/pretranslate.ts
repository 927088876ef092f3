import type { Node } from 'prosemirror-model';
import { plainTextOf } from '../document/plainText.js';
import { segmentSentences } from '../import/segmentSentences.js';
import { unitAttrs } from '../document/unitAttrs.js';
import { matchKey } from './fuzzy.js';
import type { TmUnit } from './memoryUnit.js';
import type { TmIndex } from './tmIndex.js';

/** The English a memory gives a whole paragraph from exact matches, or null. */
export function exactTranslation(source: string, indexes: readonly TmIndex[], excludeUnitId?: string): string | null {
  const exact = (text: string): TmUnit | null => {
    const key = matchKey(text);
    for (const index of indexes) {
      const found = index.exactByKey(key, excludeUnitId);
      if (found) return found;
    }
    return null;
  };
  const text = source.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const whole = exact(text);
  if (whole) return whole.target;
  const sentences = segmentSentences(text);
  if (sentences.length < 2) return null;
  const parts: string[] = [];
  for (const s of sentences) {
    const found = exact(text.slice(s.start, s.end));
    if (!found) return null;
    parts.push(found.target);
  }
  return parts.join(' ');
}

/** What pre-translation would fill: unit id → English. */
export interface PretranslatePlan {
  readonly fills: ReadonlyMap<string, string>;
  /** Untranslated paragraphs (not excluded) looked at. */
  readonly untranslated: number;
}

/**
 * Plans pre-translation: every paragraph that is untranslated, not excluded and has an empty
 * English gets the English of an exact match (100%) for the whole paragraph, else of exact matches
 * for each of its sentences, joined by a space. Memories are tried in the order given. The caller
 * applies the plan: status draft, marked as coming from memory. `progress` hears of each unit
 * looked at (done of all units), for long documents.
 */
export function planPretranslation(doc: Node, indexes: readonly TmIndex[], progress?: (done: number, total: number) => void): PretranslatePlan {
  const fills = new Map<string, string>();
  let untranslated = 0;
  doc.forEach((unit, _, i) => {
    progress?.(i + 1, doc.childCount);
    const attrs = unitAttrs(unit);
    if (attrs.excluded || attrs.status !== 'untranslated' || unit.child(1).textContent.trim() !== '') return;
    untranslated++;
    const english = exactTranslation(plainTextOf(unit.child(0)).text, indexes, attrs.id);
    if (english) fills.set(attrs.id, english);
  });
  return { fills, untranslated };
}

/** Applies a plan to a document: each filled paragraph gets its English as plain text, status draft, marked as from memory. */
export function applyPretranslation(doc: Node, fills: ReadonlyMap<string, string>, now: number): Node {
  const units: Node[] = [];
  doc.forEach((unit) => {
    const attrs = unitAttrs(unit);
    const english = fills.get(attrs.id);
    if (english === undefined) {
      units.push(unit);
      return;
    }
    const target = unit.child(1).type.create(null, english ? unit.type.schema.text(english) : null);
    units.push(unit.type.create({ ...attrs, status: 'draft', updated: now, fromMemory: true }, [unit.child(0), target]));
  });
  return doc.type.create(null, units);
}
