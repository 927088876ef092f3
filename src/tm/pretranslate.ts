import { Fragment, type Node } from 'prosemirror-model';
import { schema } from '../document/schema.js';
import { derivedStatus, isSentenceMode, segmentStatuses, sourceSentences } from '../document/segments.js';
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

/**
 * What pre-translation gives one unit: its English (paragraph mode), or in sentence mode the English of
 * each sentence cell, in order, null for a cell left as it is.
 */
export type PretranslateFill = string | readonly (string | null)[];

/** What pre-translation would fill: unit id → English (see `PretranslateFill`). */
export interface PretranslatePlan {
  readonly fills: ReadonlyMap<string, PretranslateFill>;
  /** Untranslated paragraphs (not excluded) looked at. */
  readonly untranslated: number;
}

/**
 * Plans pre-translation: every paragraph that is untranslated, not excluded and has an empty
 * English gets the English of an exact match (100%) for the whole paragraph, else of exact matches
 * for each of its sentences, joined by a space; a paragraph in sentence mode gets each untranslated,
 * empty sentence cell filled from an exact match of its sentence. Memories are tried in the order given. The caller
 * applies the plan: status draft, marked as coming from memory. `progress` hears of each unit
 * looked at (done of all units), for long documents.
 */
export function planPretranslation(doc: Node, indexes: readonly TmIndex[], progress?: (done: number, total: number) => void): PretranslatePlan {
  const fills = new Map<string, PretranslateFill>();
  let untranslated = 0;
  doc.forEach((unit, _, i) => {
    progress?.(i + 1, doc.childCount);
    const attrs = unitAttrs(unit);
    if (attrs.excluded) return;
    if (isSentenceMode(unit)) {
      const cells = sentenceFills(unit, indexes);
      if (cells.some((c) => c !== null)) untranslated++;
      if (cells.some((c) => typeof c === 'string')) fills.set(attrs.id, cells.map((c) => c ?? null));
      return;
    }
    if (attrs.status !== 'untranslated' || unit.child(1).textContent.trim() !== '') return;
    untranslated++;
    const english = exactTranslation(plainTextOf(unit.child(0)).text, indexes, attrs.id);
    if (english) fills.set(attrs.id, english);
  });
  return { fills, untranslated };
}

/**
 * A sentence-mode unit's cells as pre-translation sees them: for each untranslated, empty cell the
 * English of an exact match of its Chinese sentence, or undefined when the memory has none; null for a
 * cell that is not to be filled (typed or confirmed already).
 */
function sentenceFills(unit: Node, indexes: readonly TmIndex[]): (string | null | undefined)[] {
  const { text, ranges } = sourceSentences(unit);
  const segments = unit.child(1);
  return ranges.map((r, i) => {
    const cell = i < segments.childCount ? segments.child(i) : null;
    if (!cell || cell.attrs['status'] !== 'untranslated' || cell.textContent.trim() !== '') return null;
    return exactTranslation(text.slice(r.start, r.end), indexes, unitAttrs(unit).id) ?? undefined;
  });
}

/**
 * One unit pre-translated: its English (or each sentence cell's) as plain text, status draft, marked as
 * from memory; in sentence mode only the cells filled become drafts and the unit's status is derived.
 */
export function pretranslatedUnit(unit: Node, fill: PretranslateFill, now: number): Node {
  const attrs = { ...unitAttrs(unit), updated: now, fromMemory: true };
  if (typeof fill === 'string') {
    const target = schema.nodes.target.create(null, fill ? schema.text(fill) : null);
    return unit.type.create({ ...attrs, status: 'draft' }, [unit.child(0), target]);
  }
  const cells: Node[] = [];
  unit.child(1).forEach((cell, _, i) => {
    const english = fill[i];
    cells.push(english ? cell.type.create({ status: 'draft' }, schema.text(english)) : cell);
  });
  const segments = unit.child(1).copy(Fragment.from(cells));
  return unit.type.create({ ...attrs, status: derivedStatus(segmentStatuses(segments)) }, [unit.child(0), segments]);
}

/** Applies a plan to a document: each filled paragraph (or sentence) gets its English as plain text, status draft, marked as from memory. */
export function applyPretranslation(doc: Node, fills: ReadonlyMap<string, PretranslateFill>, now: number): Node {
  const units: Node[] = [];
  doc.forEach((unit) => {
    const fill = fills.get(unitAttrs(unit).id);
    units.push(fill === undefined ? unit : pretranslatedUnit(unit, fill, now));
  });
  return doc.type.create(null, units);
}
