import { Fragment, type Node } from 'prosemirror-model';
import type { Transform } from 'prosemirror-transform';
import { forEachUnit, isChunked } from './chunks.js';
import { schema } from './schema.js';
import { englishTarget } from './segments.js';
import { unitAttrs, type UnitAttrs, type UnitKind, type UnitStatus } from './unitAttrs.js';

/**
 * Corrections of a report's structure after import: a row's kind, a paragraph split in two or joined
 * with the next, several rows excluded or included at once. Like `corrections.ts`, each adds its steps
 * to the transform it is given (one undoable transaction in the editor) and returns false, adding
 * nothing, when there is nothing to change. Documents of either shape (chunked or not) work.
 */

interface Located {
  readonly node: Node;
  readonly pos: number;
  readonly index: number;
}

/** A row kind the translator can choose: the unit kind, and for headings a level from 1 to 4. */
export interface RowKind {
  readonly kind: UnitKind;
  readonly level: number | null;
}

/** The kinds offered in the row menu, in the order a report reads. */
export const ROW_KINDS: readonly RowKind[] = [
  { kind: 'title', level: null },
  { kind: 'subtitle', level: null },
  { kind: 'author', level: null },
  { kind: 'salutation', level: null },
  ...[1, 2, 3, 4].map((level) => ({ kind: 'heading' as const, level })),
  { kind: 'paragraph', level: null },
];

function locate(doc: Node, unitId: string): { units: Located[]; at: number } {
  const units: Located[] = [];
  let at = -1;
  forEachUnit(doc, (node, pos, index) => {
    if (at < 0 && unitAttrs(node).id === unitId) at = index;
    units.push({ node, pos, index });
  });
  return { units, at };
}

/**
 * An id for a new unit, unique in `doc`: `u` and one more than the highest `u<n>` there (the ids import
 * gives), so it stays the same in the saved project and in XLIFF.
 */
export function newUnitId(doc: Node): string {
  const ids = new Set<string>();
  let max = 0;
  forEachUnit(doc, (unit) => {
    const id = unitAttrs(unit).id;
    ids.add(id);
    const m = /^u(\d+)$/.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  });
  let n = max + 1;
  while (ids.has(`u${n}`)) n++;
  return `u${n}`;
}

/**
 * Sets the kind of the unit `unitId` (and its heading level). Choosing *title* makes it the one title,
 * as *This is the title* does: a unit that was the title before becomes a paragraph. A run-in heading
 * length is kept only for paragraphs.
 */
export function setKind(tr: Transform, unitId: string, kind: UnitKind, level: number | null): boolean {
  const { units, at } = locate(tr.doc, unitId);
  const unit = units[at];
  if (!unit) return false;
  const attrs = unitAttrs(unit.node);
  const nextLevel = kind === 'heading' ? (level ?? 1) : null;
  if (attrs.kind === kind && attrs.level === nextLevel) return false;
  if (kind === 'title') {
    for (const other of units) if (other !== unit && unitAttrs(other.node).kind === 'title') tr.setNodeAttribute(other.pos, 'kind', 'paragraph');
  }
  tr.setNodeAttribute(unit.pos, 'kind', kind);
  if (attrs.level !== nextLevel) tr.setNodeAttribute(unit.pos, 'level', nextLevel);
  if (kind !== 'paragraph' && attrs.runIn !== null) tr.setNodeAttribute(unit.pos, 'runIn', null);
  return true;
}

/** The status of a unit whose English is `target` after a split or merge: to confirm again unless empty. */
function statusOf(target: Node, kept: UnitStatus | null): UnitStatus {
  if (target.textContent.trim() === '') return 'untranslated';
  return kept ?? 'draft';
}

/**
 * Splits the unit `unitId` in two at `offset`, a position inside its Chinese (0 < offset < size of the
 * Chinese content). The first part keeps the id, the kind and the whole English (now a draft to check);
 * the second is a new paragraph (id from `newId`, default `newUnitId`) with an empty English. False at
 * either end of the Chinese, or for a locked unit. A unit in sentence mode comes out of a split in
 * paragraph mode (its sentences' English joined): its sentences are no longer the same.
 */
export function splitUnit(tr: Transform, unitId: string, offset: number, now: number | null = null, newId = newUnitId(tr.doc)): boolean {
  const { units, at } = locate(tr.doc, unitId);
  const unit = units[at];
  if (!unit) return false;
  const attrs = unitAttrs(unit.node);
  const source = unit.node.child(0);
  const target = englishTarget(unit.node);
  if (attrs.locked || offset <= 0 || offset >= source.content.size) return false;
  const first: Partial<UnitAttrs> = {
    ...attrs,
    runIn: attrs.runIn !== null && attrs.runIn < offset ? attrs.runIn : null,
    status: statusOf(target, null),
    updated: now ?? attrs.updated,
    fromMemory: false,
    repetition: false,
  };
  const second: Partial<UnitAttrs> = { id: newId, kind: 'paragraph', excluded: attrs.excluded, excludedReason: attrs.excludedReason, updated: now };
  const head = schema.nodes.unit.create(first, [schema.nodes.source.create(null, source.content.cut(0, offset)), target]);
  const tail = schema.nodes.unit.create(second, [schema.nodes.source.create(null, source.content.cut(offset)), schema.nodes.target.create()]);
  tr.replaceWith(unit.pos, unit.pos + unit.node.nodeSize, Fragment.from([head, tail]));
  return true;
}

/**
 * Joins the unit `unitId` with the next one: the Chinese run together, the English joined with a space.
 * The first unit's id, kind and exclusion stay; the status is kept when both had it, else the joined
 * English is a draft. False at the last unit, or when either is locked. The joined unit is in paragraph
 * mode (sentence-mode English joined first).
 */
export function mergeWithNext(tr: Transform, unitId: string, now: number | null = null): boolean {
  const { units, at } = locate(tr.doc, unitId);
  const a = units[at];
  const b = units[at + 1];
  if (!a || !b) return false;
  const aa = unitAttrs(a.node);
  const ba = unitAttrs(b.node);
  if (aa.locked || ba.locked) return false;
  const aTarget = englishTarget(a.node).content;
  const bTarget = englishTarget(b.node).content;
  const space = aTarget.size && bTarget.size && !/\s$/.test(englishTarget(a.node).textContent) ? Fragment.from(schema.text(' ')) : Fragment.empty;
  const target = schema.nodes.target.create(null, aTarget.append(space).append(bTarget));
  const source = schema.nodes.source.create(null, a.node.child(0).content.append(b.node.child(0).content));
  const kept = aa.status === ba.status ? aa.status : null;
  const merged = schema.nodes.unit.create({ ...aa, status: statusOf(target, kept), updated: now ?? aa.updated, fromMemory: aa.fromMemory && ba.fromMemory, repetition: false }, [source, target]);
  // The next unit goes first (positions before it stay), with its chunk when it was the chunk's only unit.
  const $b = tr.doc.resolve(b.pos);
  const alone = isChunked(tr.doc) && $b.parent.childCount === 1;
  if (alone) tr.delete(b.pos - 1, b.pos + b.node.nodeSize + 1);
  else tr.delete(b.pos, b.pos + b.node.nodeSize);
  tr.replaceWith(a.pos, a.pos + a.node.nodeSize, merged);
  return true;
}

/**
 * Excludes (by the user's choice) or includes the units `unitIds`; units already so are left alone,
 * and detected chrome keeps its reason when excluded. Locked units are skipped.
 */
export function setExcludedMany(tr: Transform, unitIds: readonly string[], exclude: boolean): number {
  const wanted = new Set(unitIds);
  let changed = 0;
  forEachUnit(tr.doc, (node, pos) => {
    const attrs = unitAttrs(node);
    if (!wanted.has(attrs.id) || attrs.locked || (attrs.excluded !== null) === exclude) return;
    tr.setNodeAttribute(pos, 'excluded', exclude ? 'user' : null);
    if (attrs.excludedReason !== null) tr.setNodeAttribute(pos, 'excludedReason', null);
    changed++;
  });
  return changed;
}
