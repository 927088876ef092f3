import { describe, expect, it } from 'vitest';
import { recordFits, validateReviewRecord } from '../document/reviewRecord.js';
import { acceptChange, changesBetween, rejectChange, replacementOf, trackEdit, trackedChanges, type ReviewRecord } from './trackedChanges.js';

const ana = { author: 'Ana', time: 1_000 };
const bo = { author: 'Bo', time: 2_000 };

/** Types `after` over `before` one keystroke at a time, as the editor would report it. */
function typeOver(record: ReviewRecord | null, before: string, edits: ReadonlyArray<readonly [number, number, string]>, stamp = ana): { record: ReviewRecord | null; text: string } {
  let text = before;
  let r = record;
  for (const [from, to, insert] of edits) {
    const next = text.slice(0, from) + insert + text.slice(to);
    r = trackEdit(r, text, next, stamp);
    text = next;
  }
  return { record: r, text };
}

/** What applying the record's changes to its baseline gives: must be the current English. */
function rebuild(record: ReviewRecord, current: string): string {
  let out = '';
  let at = 0;
  for (const c of trackedChanges(record, current)) {
    out += record.base.slice(at, c.fromA) + c.inserted;
    at = c.toA;
  }
  return out + record.base.slice(at);
}

describe('tracked changes of a paragraph', () => {
  it('records a replaced word as one deletion and one insertion with author and time', () => {
    const record = changesBetween('The big house is red.', 'The large house is red.', ana);
    expect(trackedChanges(record, 'The large house is red.')).toEqual([
      expect.objectContaining({ deleted: 'big', inserted: 'large', fromB: 4, toB: 9, author: 'Ana', time: 1_000, authors: ['Ana'] }),
    ]);
  });

  it('keeps each change to its own author; typing back what was deleted leaves no change', () => {
    let { record, text } = typeOver(null, 'We will deepen reform.', [[3, 7, 'shall']]);
    ({ record, text } = typeOver(record, text, [[text.length - 1, text.length - 1, ' further']], bo));
    const changes = trackedChanges(record, text);
    expect(changes.map((c) => [c.deleted, c.inserted, c.author])).toEqual([
      ['will', 'shall', 'Ana'],
      ['', ' further', 'Bo'],
    ]);
    expect(rebuild(record as ReviewRecord, text)).toBe(text);
    // Bo deletes his words again, Ana types "will" back: nothing is left to review.
    ({ record, text } = typeOver(record, text, [[text.indexOf(' further'), text.indexOf(' further') + 8, '']], bo));
    ({ record, text } = typeOver(record, text, [[3, 8, 'will']]));
    expect(text).toBe('We will deepen reform.');
    expect(record).toBeNull();
  });

  it('builds the same changes keystroke by keystroke as in one edit', () => {
    const keys: Array<[number, number, string]> = [];
    const word = 'very ';
    for (let i = 0; i < word.length; i++) keys.push([17 + i, 17 + i, word.charAt(i)]);
    const { record, text } = typeOver(null, 'The house is red.', [[4, 4, 'big '], ...keys]);
    expect(text).toBe('The big house is very red.');
    expect(trackedChanges(record, text).map((c) => c.inserted)).toEqual(['big ', 'very ']);
  });

  it('accepting a change moves the baseline and leaves the English; the other changes stay', () => {
    const text = 'We shall deepen the reform.';
    const record = changesBetween('We will deepen reform.', text, ana) as ReviewRecord;
    expect(trackedChanges(record, text).map((c) => [c.deleted, c.inserted])).toEqual([
      ['will', 'shall'],
      ['', ' the'],
    ]);
    const accepted = acceptChange(record, 0, text) as ReviewRecord;
    expect(accepted.base).toBe('We shall deepen reform.');
    expect(trackedChanges(accepted, text).map((c) => [c.deleted, c.inserted, c.fromA])).toEqual([['', ' the', 15]]);
    expect(recordFits(accepted, text.length)).toBe(true);
    expect(acceptChange(accepted, 0, text)).toBeNull();
  });

  it('rejecting a change restores its baseline text; the later changes shift with it', () => {
    const text = 'We shall deepen the reform.';
    const record = changesBetween('We will deepen reform.', text, ana) as ReviewRecord;
    const rejected = rejectChange(record, 0);
    expect(rejected).toMatchObject({ from: 3, to: 8, text: 'will' });
    const after = text.slice(0, 3) + 'will' + text.slice(8);
    const left = rejected?.record as ReviewRecord;
    expect(trackedChanges(left, after).map((c) => [c.inserted, c.fromB])).toEqual([[' the', 14]]);
    expect(rebuild(left, after)).toBe(after);
    expect(recordFits(left, after.length)).toBe(true);
  });

  it('a record survives JSON and is checked on the way in', () => {
    const record = changesBetween('A red car.', 'A blue car.', ana);
    const back = JSON.parse(JSON.stringify(record)) as unknown;
    expect(() => validateReviewRecord(back)).not.toThrow();
    expect(trackedChanges(back as ReviewRecord, 'A blue car.')[0]).toMatchObject({ deleted: 'red', inserted: 'blue' });
    expect(() => validateReviewRecord({ base: 'x', changes: [{ fromA: 0, toA: 5, fromB: 0, toB: 0, deleted: [], inserted: [] }] })).toThrow(RangeError);
    expect(() => validateReviewRecord({ base: 1, changes: [] })).toThrow(RangeError);
    expect(recordFits(record as ReviewRecord, 'A blue car!!'.length)).toBe(false);
  });

  it('keeps the baseline\'s marks: a reject gives back its text with them, an accept takes the new text\'s marks from the English', () => {
    const bold = { type: 'strong', start: 3, end: 7 };
    const before = { text: 'We will deepen reform.', marks: [bold, { type: 'note', start: 15, end: 21, attrs: { noteId: 'n1' } }] };
    const record = changesBetween(before, 'We deepen reform further.', ana) as ReviewRecord;
    expect(record.baseMarks).toEqual(before.marks);
    // Deleted "will " (bold "will"): it comes back bold; the change after it keeps the same baseline marks.
    expect(rejectChange(record, 0)).toMatchObject({ from: 3, to: 3, text: 'will ', marks: [{ type: 'strong', start: 0, end: 4 }] });
    expect(rejectChange(record, 0)?.record?.baseMarks).toEqual(before.marks);
    // Accepting " further" (made a term link in the English): the baseline takes the link, the note shifts not.
    const current = { text: 'We deepen reform further.', marks: [{ type: 'term', start: 17, end: 24, attrs: { entryId: 'e1' } }] };
    const accepted = acceptChange(record, 1, current) as ReviewRecord;
    expect(accepted.base).toBe('We will deepen reform further.');
    expect(accepted.baseMarks).toEqual([bold, { type: 'note', start: 15, end: 21, attrs: { noteId: 'n1' } }, { type: 'term', start: 22, end: 29, attrs: { entryId: 'e1' } }]);
    // Accepting the deletion: the marks after it move back, the bold goes with its text.
    const both = acceptChange(accepted, 0, current);
    expect(both).toBeNull();
    const deletedFirst = acceptChange(record, 0, current) as ReviewRecord;
    expect(deletedFirst.base).toBe('We deepen reform.');
    expect(deletedFirst.baseMarks).toEqual([{ type: 'note', start: 10, end: 16, attrs: { noteId: 'n1' } }]);
    // Keystroke by keystroke, the marks stay those of the English the record started from.
    const typed = typeOver(null, 'We will deepen reform.', [[3, 8, '']]).record as ReviewRecord;
    expect(typed.baseMarks).toEqual([]);
    expect(trackEdit(record, 'We deepen reform further.', 'We deepen reform further!', ana)?.baseMarks).toBe(record.baseMarks);
  });

  it('a record saved without baseline marks keeps none: a reject answers no marks (the restored text takes those around it)', () => {
    const { base, changes } = changesBetween('A red car.', 'A blue car.', ana) as ReviewRecord;
    const old: ReviewRecord = { base, changes };
    expect(() => validateReviewRecord(old)).not.toThrow();
    expect(rejectChange(old, 0)).toMatchObject({ text: 'red', marks: null });
    expect(trackEdit(old, 'A blue car.', 'A blue car!', ana)).not.toHaveProperty('baseMarks');
    expect(acceptChange(trackEdit(old, 'A blue car.', 'A blue car!', ana) as ReviewRecord, 0, { text: 'A blue car!', marks: [{ type: 'strong', start: 2, end: 6 }] })).not.toHaveProperty('baseMarks');
  });

  it('refuses malformed baseline marks with a clear reason', () => {
    const { base, changes } = changesBetween('A red car.', 'A blue car.', ana) as ReviewRecord;
    const check = (baseMarks: unknown) => () => validateReviewRecord({ base, changes, baseMarks });
    expect(check([{ type: 'strong', start: 2, end: 5 }, { type: 'note', start: 0, end: 1, attrs: { noteId: 'n1' } }])).not.toThrow();
    expect(check('bold')).toThrow(/baseline marks are not a list/);
    expect(check([null])).toThrow(/a baseline mark has no type/);
    expect(check([{ type: '', start: 0, end: 1 }])).toThrow(/a baseline mark has no type/);
    expect(check([{ type: 'strong', start: 3, end: 3 }])).toThrow(/a baseline mark's range/);
    expect(check([{ type: 'strong', start: 2, end: 99 }])).toThrow(/a baseline mark's range/);
    expect(check([{ type: 'strong', start: -1, end: 2 }])).toThrow(/a baseline mark's range/);
    expect(check([{ type: 'strong', start: 0.5, end: 2 }])).toThrow(/a baseline mark's range/);
    expect(check([{ type: 'note', start: 0, end: 2, attrs: 'n1' }])).toThrow(/a baseline mark's attributes/);
    expect(check([{ type: 'note', start: 0, end: 2, attrs: { noteId: { deep: 1 } } }])).toThrow(/a baseline mark's attributes/);
    expect(check([{ type: 'note', start: 0, end: 2, attrs: ['n1'] }])).toThrow(RangeError);
  });

  it('finds the one replacement between two texts', () => {
    expect(replacementOf('abcdef', 'abXef')).toEqual({ from: 2, toBefore: 4, toAfter: 3 });
    expect(replacementOf('aaa', 'aaaa')).toEqual({ from: 3, toBefore: 3, toAfter: 4 });
    expect(replacementOf('same', 'same')).toBeNull();
  });
});
