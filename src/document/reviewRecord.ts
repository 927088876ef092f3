import type { ChangeJSON } from 'prosemirror-changeset';
import type { SpanMark } from './plainText.js';

// The `review` attribute of a unit: kept in its own file so the schema can validate it without
// loading the change tracking (src/review/trackedChanges.ts explains the model).

/** Who made a part of a change, and when (milliseconds since the epoch). */
export interface ChangeStamp {
  readonly author: string;
  readonly time: number;
}

/** A unit's pending review: the English it started from and the changes since (ChangeSet's JSON). */
export interface ReviewRecord {
  readonly base: string;
  /**
   * The baseline's marks (bold, italic, term links, note anchors) as spans over `base`, as
   * `plainTextOf` gives them: what a rejected change's text comes back with. Absent in records saved
   * before baselines kept their marks; a reject then gives the restored text the marks around it.
   */
  readonly baseMarks?: readonly SpanMark[];
  readonly changes: readonly ChangeJSON<ChangeStamp>[];
}

const MAX_AUTHOR = 200;
const MAX_MARK_ATTRS = 20;
const MAX_MARK_TYPE = 50;

/** Checks a record's `baseMarks` (absent, or spans inside the baseline); `fail` throws. */
function checkBaseMarks(value: unknown, baseLength: number, fail: (why: string) => never): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || value.length > 100_000) fail('baseline marks are not a list');
  for (const m of value as unknown[]) {
    if (typeof m !== 'object' || m === null || Array.isArray(m)) fail('a baseline mark has no type');
    const { type, start, end, attrs } = m as Record<string, unknown>;
    if (typeof type !== 'string' || !type || type.length > MAX_MARK_TYPE) fail("a baseline mark has no type");
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || (start as number) < 0 || (end as number) <= (start as number) || (end as number) > baseLength) {
      fail("a baseline mark's range is not inside the baseline");
    }
    if (attrs === undefined) continue;
    const plain = typeof attrs === 'object' && attrs !== null && !Array.isArray(attrs);
    const values = plain ? Object.values(attrs) : [];
    if (!plain || values.length > MAX_MARK_ATTRS || !values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) {
      fail("a baseline mark's attributes are not a record of plain values");
    }
  }
}

/** Checks the shape of a `review` attribute (null, or a record whose ranges are consistent); throws a RangeError if it is wrong. */
export function validateReviewRecord(value: unknown): void {
  if (value === null) return;
  const fail = (why: string): never => {
    throw new RangeError(`invalid review record: ${why}`);
  };
  if (typeof value !== 'object' || Array.isArray(value)) fail('not an object');
  const { base, changes, baseMarks } = value as { base?: unknown; changes?: unknown; baseMarks?: unknown };
  if (typeof base !== 'string') fail('base is not text');
  checkBaseMarks(baseMarks, (base as string).length, fail);
  if (!Array.isArray(changes) || changes.length > 100_000) fail('changes are not a list');
  let lastA = 0;
  for (const c of changes as unknown[]) {
    const { fromA, toA, fromB, toB, deleted, inserted } = (c ?? {}) as Record<string, unknown>;
    if (![fromA, toA, fromB, toB].every((n) => Number.isSafeInteger(n) && (n as number) >= 0)) fail('a range is not offsets');
    if ((fromA as number) < lastA || (toA as number) < (fromA as number) || (toB as number) < (fromB as number) || (toA as number) > (base as string).length) fail('ranges out of order');
    lastA = toA as number;
    for (const [spans, length] of [
      [deleted, (toA as number) - (fromA as number)],
      [inserted, (toB as number) - (fromB as number)],
    ] as const) {
      if (!Array.isArray(spans)) fail('spans are not a list');
      let sum = 0;
      for (const s of spans as unknown[]) {
        const { length: l, data } = (s ?? {}) as { length?: unknown; data?: { author?: unknown; time?: unknown } };
        if (!Number.isSafeInteger(l) || (l as number) <= 0) fail('a span has no length');
        if (typeof data?.author !== 'string' || data.author.length > MAX_AUTHOR || !Number.isSafeInteger(data.time)) fail('a span has no author and time');
        sum += l as number;
      }
      if (sum !== length) fail('spans do not cover their range');
    }
  }
}

/**
 * Whether a record's changes fit the English they describe: each inserted range inside it, in order,
 * and the baseline's length plus what the changes add equal to its length.
 */
export function recordFits(record: ReviewRecord, englishLength: number): boolean {
  let length = record.base.length;
  let lastB = 0;
  for (const c of record.changes) {
    if (c.fromB < lastB || c.toB > englishLength) return false;
    lastB = c.toB;
    length += c.toB - c.fromB - (c.toA - c.fromA);
  }
  return length === englishLength;
}
