import type { Node } from 'prosemirror-model';
import { StepMap } from 'prosemirror-transform';
import { Change, ChangeSet, simplifyChanges } from 'prosemirror-changeset';
import { sliceMarks, type SpanMark, type PlainText } from '../document/plainText.js';
import type { ChangeStamp, ReviewRecord } from '../document/reviewRecord.js';
import { schema } from '../document/schema.js';

export type { ChangeStamp, ReviewRecord } from '../document/reviewRecord.js';

// Tracked changes of a paragraph's English. The document always holds the current English, so every
// reader (QA, export, memory, XLIFF, progress, find) sees what the reviewer made without special cases;
// a unit's `review` attribute keeps beside it the English as it was when the review started (the
// baseline) and the changes from that baseline to the current English, each span with its author and
// time. Offsets are UTF-16 offsets into the plain text of the English (`plainTextOf`), so the
// tracking holds whatever nodes the English is made of. prosemirror-changeset merges each edit into
// the set and diffs touched ranges, so typing back what was deleted leaves no change. The baseline
// keeps its marks (`baseMarks`, spans over `base`), so a rejected change's text comes back bold, linked
// to its term or anchoring its note as it was; accepting a change gives the baseline the accepted
// text's marks as they are in the English.

/** An English as these functions take it: its plain text and marks, or bare text (text with no marks). */
export type English = string | PlainText;

const textOf = (english: English): string => (typeof english === 'string' ? english : english.text);
const marksOf = (english: English): readonly SpanMark[] => (typeof english === 'string' ? [] : english.marks);

/** Spans in order of their start, each mark's touching or overlapping spans made one (pieces of one bold phrase join again). */
function joinMarks(spans: readonly SpanMark[]): SpanMark[] {
  const out: SpanMark[] = [];
  const lastOf = new Map<string, number>();
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const key = `${s.type}\u0000${JSON.stringify(s.attrs ?? null)}`;
    const i = lastOf.get(key);
    const last = i === undefined ? undefined : out[i];
    if (i !== undefined && last && last.end >= s.start) {
      out[i] = { ...last, end: Math.max(last.end, s.end) };
      continue;
    }
    lastOf.set(key, out.length);
    out.push(s);
  }
  return out;
}

/** A record with its baseline marks when it has them (a record saved without them stays without). */
function recordOf(base: string, baseMarks: readonly SpanMark[] | undefined, changes: ReviewRecord['changes']): ReviewRecord {
  return baseMarks ? { base, baseMarks, changes } : { base, changes };
}

/** One tracked change as the UI shows it: a deletion of baseline text, an insertion of current text, or both (a replacement). */
export interface TrackedChange {
  /** Its place in the record's list (what accept and reject take). */
  readonly index: number;
  /** The deleted baseline text's range in the baseline. */
  readonly fromA: number;
  readonly toA: number;
  /** The inserted text's range in the current English (fromB = toB for a pure deletion). */
  readonly fromB: number;
  readonly toB: number;
  readonly deleted: string;
  readonly inserted: string;
  /** The latest of its spans' stamps (the one the UI shows). */
  readonly author: string;
  readonly time: number;
  /** Every author of its spans, first one first. */
  readonly authors: readonly string[];
}

/** A node whose content positions are the offsets of `text` (ChangeSet counts characters of text nodes). */
function textDoc(text: string): Node {
  return schema.nodes.target.create(null, text ? schema.text(text) : null);
}

/** Spans by the same author merge; the merged span keeps the later time. */
function combine(a: ChangeStamp, b: ChangeStamp): ChangeStamp {
  return a.author === b.author ? (a.time >= b.time ? a : b) : (null as unknown as ChangeStamp);
}

function changeSetOf(record: ReviewRecord): ChangeSet<ChangeStamp> {
  return ChangeSet.create<ChangeStamp>(textDoc(record.base), combine, undefined, record.changes.map((c) => Change.fromJSON(c)));
}

/** The one replacement that turns `before` into `after`: their common start and end left out. */
export function replacementOf(before: string, after: string): { from: number; toBefore: number; toAfter: number } | null {
  if (before === after) return null;
  let start = 0;
  const min = Math.min(before.length, after.length);
  while (start < min && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < min - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { from: start, toBefore: before.length - end, toAfter: after.length - end };
}

/**
 * A pure insertion or deletion in a run of repeated text could be anywhere in the run ("ve" + "r"
 * before "red" is also "ver" + "r"): the common-start rule puts it at the run's end, away from the
 * change being typed. Slides it back to touch a pending change when one is within the run.
 */
function attach(replaced: ReturnType<typeof replacementOf>, before: string, after: string, record: ReviewRecord): ReturnType<typeof replacementOf> {
  if (!replaced || !record.changes.length) return replaced;
  const inserted = replaced.toAfter - replaced.from;
  const deleted = replaced.toBefore - replaced.from;
  if (inserted && deleted) return replaced;
  const text = inserted ? after : before;
  const length = inserted || deleted;
  const touches = (pos: number): boolean => record.changes.some((c) => c.toB === pos || c.fromB === pos || (deleted > 0 && c.fromB === pos + length));
  if (touches(replaced.from)) return replaced;
  for (let from = replaced.from; from > 0 && text.charCodeAt(from - 1) === text.charCodeAt(from + length - 1); ) {
    from--;
    if (touches(from)) return { from, toBefore: from + deleted, toAfter: from + inserted };
  }
  return replaced;
}

/**
 * Records an edit of a paragraph's English from `before` to `after` by `stamp`: a paragraph with no
 * record starts one with `before` (its text and marks) as its baseline. Answers the new record, or
 * null when the English is back to its baseline (nothing left to review). Costs the paragraph's
 * length, never the document's.
 */
export function trackEdit(record: ReviewRecord | null, before: English, after: string, stamp: ChangeStamp): ReviewRecord | null {
  const text = textOf(before);
  const current = record ?? { base: text, baseMarks: marksOf(before), changes: [] };
  const replaced = attach(replacementOf(text, after), text, after, current);
  if (!replaced) return record;
  const map = new StepMap([replaced.from, replaced.toBefore - replaced.from, replaced.toAfter - replaced.from]);
  const newDoc = textDoc(after);
  const set = changeSetOf(current).addSteps(newDoc, [map], stamp);
  const changes = simplifyChanges(set.changes, newDoc).map((c) => c.toJSON());
  return changes.length ? recordOf(current.base, current.baseMarks, changes) : null;
}

/** The tracked changes of a record, with their texts, in document order. `current` is the English now. */
export function trackedChanges(record: ReviewRecord | null, current: string): TrackedChange[] {
  if (!record) return [];
  return record.changes.map((c, index) => {
    const stamps = [...c.deleted, ...c.inserted].map((s) => s.data);
    const latest = stamps.reduce((a, b) => (b.time > a.time ? b : a), stamps[0] ?? { author: '', time: 0 });
    return {
      index,
      fromA: c.fromA,
      toA: c.toA,
      fromB: c.fromB,
      toB: c.toB,
      deleted: record.base.slice(c.fromA, c.toA),
      inserted: current.slice(c.fromB, c.toB),
      author: latest.author,
      time: latest.time,
      authors: [...new Set(stamps.map((s) => s.author))],
    };
  });
}

/** The record left when change `index` is settled: the later changes' ranges shifted by `shiftA` in the baseline and `shiftB` in the English. */
function without(record: ReviewRecord, index: number, base: string, baseMarks: readonly SpanMark[] | undefined, shiftA: number, shiftB: number): ReviewRecord | null {
  const changes = record.changes
    .filter((_, i) => i !== index)
    .map((c, i) => (i < index ? c : { ...c, fromA: c.fromA + shiftA, toA: c.toA + shiftA, fromB: c.fromB + shiftB, toB: c.toB + shiftB }));
  return changes.length ? recordOf(base, baseMarks, changes) : null;
}

/**
 * Accepting a change moves the baseline: the change's new text becomes part of it, with the marks it
 * has in `current` (the English now). The English does not change.
 */
export function acceptChange(record: ReviewRecord, index: number, current: English): ReviewRecord | null {
  const c = record.changes[index];
  if (!c) return record;
  const text = textOf(current);
  const base = record.base.slice(0, c.fromA) + text.slice(c.fromB, c.toB) + record.base.slice(c.toA);
  const shift = c.toB - c.fromB - (c.toA - c.fromA);
  const marks = record.baseMarks;
  const baseMarks = marks && joinMarks([...sliceMarks(marks, 0, c.fromA), ...sliceMarks(marksOf(current), c.fromB, c.toB, c.fromA), ...sliceMarks(marks, c.toA, record.base.length, c.toA + shift)]);
  return without(record, index, base, baseMarks, shift, 0);
}

/** What rejecting a change does to the English: `from`–`to` of its plain text becomes `text`. */
export interface Rejection {
  /** The record after it (null when no change is left). */
  readonly record: ReviewRecord | null;
  readonly from: number;
  readonly to: number;
  readonly text: string;
  /** The marks `text` had in the baseline, over its offsets; null for a record saved without them (the text then takes the marks around it). */
  readonly marks: readonly SpanMark[] | null;
}

/**
 * Rejecting a change restores its span of the baseline in the English, marks included: answers the
 * replacement to make in the current English and the record after it.
 */
export function rejectChange(record: ReviewRecord, index: number): Rejection | null {
  const c = record.changes[index];
  if (!c) return null;
  const text = record.base.slice(c.fromA, c.toA);
  const marks = record.baseMarks ? sliceMarks(record.baseMarks, c.fromA, c.toA) : null;
  return { record: without(record, index, record.base, record.baseMarks, 0, c.toA - c.fromA - (c.toB - c.fromB)), from: c.fromB, to: c.toB, text, marks };
}

/**
 * The tracked changes between two whole texts, as if `stamp` had made them in one edit: what a merged
 * review table brings to a confirmed paragraph. Null when the texts are the same.
 */
export function changesBetween(before: English, after: string, stamp: ChangeStamp): ReviewRecord | null {
  return trackEdit(null, before, after, stamp);
}
