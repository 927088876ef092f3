import type { Attrs, Node } from 'prosemirror-model';
import { englishSentences } from '../import/englishSentences.js';
import { segmentSentences, type SentenceRange } from '../import/segmentSentences.js';
import { nodesOf, plainTextOf, sliceMarks, type PlainText } from './plainText.js';
import { schema } from './schema.js';
import { unitAttrs, type UnitStatus } from './unitAttrs.js';

/**
 * Sentence mode: a unit's English as one `segment` cell per Chinese sentence (`unit > source segments
 * > segment+`) instead of one `target`. The Chinese is split by `segmentSentences` (the splitter the
 * memory and the analysis use); the paragraph's English is the cells' English joined by a space
 * (`plainTextOf`). Switching either way keeps every character of the English.
 */

/** Whether a unit is worked sentence by sentence. */
export function isSentenceMode(unit: Node): boolean {
  return unit.childCount > 1 && unit.child(1).type === schema.nodes.segments;
}

// Nodes are immutable: a Chinese is split once however often its sentences are asked for (the caret's sentence mark asks at every keystroke).
const sentencesOf = new WeakMap<Node, { readonly text: string; readonly ranges: readonly SentenceRange[] }>();

/** The sentences of a unit's Chinese as ranges of its plain text (`plainTextOf`), one per segment in sentence mode. */
export function sourceSentences(unit: Node): { readonly text: string; readonly ranges: readonly SentenceRange[] } {
  const source = unit.child(0);
  const known = sentencesOf.get(source);
  if (known) return known;
  const text = plainTextOf(source).text;
  const sentences = { text, ranges: segmentSentences(text) };
  sentencesOf.set(source, sentences);
  return sentences;
}

/**
 * The status of a sentence-mode unit, derived from its sentences': untranslated when all are,
 * reviewed when all are, translated when all are translated or reviewed, else draft. The unit's
 * `status` attribute always holds it, so every reader of a unit's status stays right.
 */
export function derivedStatus(statuses: readonly UnitStatus[]): UnitStatus {
  if (statuses.every((s) => s === 'untranslated')) return 'untranslated';
  if (statuses.every((s) => s === 'reviewed')) return 'reviewed';
  if (statuses.every((s) => s === 'translated' || s === 'reviewed')) return 'translated';
  return 'draft';
}

/** The statuses of a segments node's cells, in order. */
export function segmentStatuses(segments: Node): UnitStatus[] {
  const out: UnitStatus[] = [];
  segments.forEach((s) => void out.push(s.attrs['status'] as UnitStatus));
  return out;
}

/** A plain-text slice of a text with its marks, offsets rebased. */
function slice(content: PlainText, start: number, end: number): PlainText {
  return { text: content.text.slice(start, end), marks: sliceMarks(content.marks, start, end) };
}

/**
 * Splits a paragraph's English over `count` sentence cells. When the English has exactly `count`
 * sentences (`englishSentences`), each cell gets one, in order; otherwise the whole English goes in
 * the first cell and the others stay empty (the translator moves text between cells). The
 * whitespace between English sentences is dropped; nothing else is lost or duplicated.
 */
export function splitEnglish(english: PlainText, count: number): PlainText[] {
  const empty: PlainText = { text: '', marks: [] };
  if (count < 1) return [];
  const trimmed = english.text.trim();
  if (!trimmed) return Array.from({ length: count }, () => empty);
  const ranges = englishSentences(english.text);
  if (count > 1 && ranges.length === count) return ranges.map((r) => slice(english, r.start, r.end));
  const lead = english.text.length - english.text.trimStart().length;
  return [slice(english, lead, lead + trimmed.length), ...Array.from({ length: count - 1 }, () => empty)];
}

const CONFIRMED: ReadonlySet<UnitStatus> = new Set(['translated', 'reviewed']);

/** The status a cell takes when its unit is given `status`: an empty cell of a unit not confirmed is untranslated. */
export function cellStatus(text: string, status: UnitStatus): UnitStatus {
  return text.trim() === '' && !CONFIRMED.has(status) ? 'untranslated' : status;
}

/**
 * A unit's English as one `target` node in either mode: the target itself, or the sentence cells'
 * English joined (`plainTextOf`) with its marks. What exports that walk inline nodes (PDF, Word) read.
 */
export function englishTarget(unit: Node): Node {
  const english = unit.child(1);
  return isSentenceMode(unit) ? schema.nodes.target.create(null, nodesOf(plainTextOf(english))) : english;
}

/**
 * The unit with a new English (a `target` node), Chinese and attributes, in the mode it is in: in
 * sentence mode a changed English is split over the cells again (`splitEnglish`), a changed status
 * goes to every cell (`cellStatus`), and the unit's status is derived from the cells'.
 */
export function withEnglish(unit: Node, target: Node, attrs: Attrs, source: Node = unit.child(0)): Node {
  if (!isSentenceMode(unit)) return unit.type.create(attrs, [source, target], unit.marks);
  const old = unit.child(1);
  const status = attrs['status'] as UnitStatus;
  const sameText = target.eq(englishTarget(unit));
  const cells: Node[] = [];
  if (sameText) {
    old.forEach((cell) => void cells.push(status === unitAttrs(unit).status ? cell : cell.type.create({ status: cellStatus(cell.textContent, status) }, cell.content)));
  } else {
    for (const part of splitEnglish(plainTextOf(target), old.childCount)) cells.push(schema.nodes.segment.create({ status: cellStatus(part.text, status) }, nodesOf(part)));
  }
  const segments = schema.nodes.segments.create(null, cells);
  return unit.type.create({ ...attrs, status: derivedStatus(segmentStatuses(segments)) }, [source, segments], unit.marks);
}

/**
 * The unit in sentence mode: one cell per Chinese sentence, the English split by `splitEnglish`.
 * Each cell takes the unit's status, except that an empty cell of a unit not confirmed is
 * untranslated (an empty cell of a confirmed unit is covered by its neighbour's English, so the
 * unit's progress does not change by switching). Null when the unit is excluded, already in
 * sentence mode, or its Chinese has no sentence.
 */
export function toSentenceMode(unit: Node): Node | null {
  const attrs = unitAttrs(unit);
  if (attrs.excluded || isSentenceMode(unit)) return null;
  const { ranges } = sourceSentences(unit);
  if (ranges.length === 0) return null;
  const parts = splitEnglish(plainTextOf(unit.child(1)), ranges.length);
  const cells = parts.map((part) => schema.nodes.segment.create({ status: cellStatus(part.text, attrs.status) }, nodesOf(part)));
  const segments = schema.nodes.segments.create(null, cells);
  return unit.type.create({ ...attrs, status: derivedStatus(segmentStatuses(segments)) }, [unit.child(0), segments], unit.marks);
}

/** The unit in paragraph mode: its sentences' English joined by a space into one English, its status kept. Null when it is not in sentence mode. */
export function toParagraphMode(unit: Node): Node | null {
  if (!isSentenceMode(unit)) return null;
  const target = schema.nodes.target.create(null, nodesOf(plainTextOf(unit.child(1))));
  return unit.type.create(unit.attrs, [unit.child(0), target], unit.marks);
}

/** Whether a unit in sentence mode has as many cells as its Chinese has sentences (what a project file must hold). */
export function segmentsMatchSource(unit: Node): boolean {
  return !isSentenceMode(unit) || unit.child(1).childCount === sourceSentences(unit).ranges.length;
}
