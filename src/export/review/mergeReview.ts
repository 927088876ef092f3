import type { Mark, Node } from 'prosemirror-model';
import type { LoadedProject, ProjectFile, ProjectNote } from '../../document/projectFile.js';
import { schema } from '../../document/schema.js';
import { englishTarget, withEnglish } from '../../document/segments.js';
import { unitAttrs, type UnitStatus } from '../../document/unitAttrs.js';
import { nodesOf, plainTextOf, type PlainText } from '../../document/plainText.js';
import { fnv1a } from '../../util/fingerprint.js';
import { trackEdit } from '../../review/trackedChanges.js';
import { fail, ok, type Problem, type Result } from '../../util/result.js';
import type { ReviewProblemCode, ReviewTable } from './readReviewDocx.js';

/**
 * One change a review brings, before it is applied: a new English (tracked changes by the reviewer on
 * a confirmed paragraph, a new draft on the others), a comment (which becomes a note), a status the
 * reviewer set (only "reviewed" and "rejected" are taken), or a conflict (the reviewer changed English
 * that the translator has also changed since the export; the translator's stays and the reviewer's is
 * kept as a note).
 */
export type ReviewChange =
  | { readonly kind: 'english'; readonly unitId: string; readonly before: string; readonly after: PlainText }
  | { readonly kind: 'comment'; readonly unitId: string; readonly text: string }
  | { readonly kind: 'status'; readonly unitId: string; readonly before: UnitStatus; readonly after: UnitStatus }
  | { readonly kind: 'conflict'; readonly unitId: string; readonly project: string; readonly reviewer: string };

/** What a merge changed, by kind, and how many rows the reviewer left as they were. */
export interface ReviewSummary {
  readonly english: number;
  /** Of `english`: changes recorded as tracked changes (the paragraph was confirmed). */
  readonly tracked: number;
  /** Locked paragraphs whose English or status the review would have changed: left as they were. */
  readonly locked: number;
  readonly comments: number;
  readonly status: number;
  readonly conflicts: number;
  readonly unchanged: number;
}

/** Text compared as the reader sees it: whitespace runs as one space, ends trimmed. */
const normalized = (text: string): string => text.replace(/\s+/g, ' ').trim();
const sameChinese = (a: string, b: string): boolean => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/** The fingerprint of a unit's English as the review table hides it in the id cell, to tell the reviewer's changes from the translator's. */
export const reviewFingerprint = (english: string): string => fnv1a(normalized(english));

/**
 * The changes a review table brings to its project. Refused, with nothing changed, when the file was
 * made for another source (its source checksum differs), has no rows, names a paragraph twice or one
 * the project lacks, or its Chinese differs from the project's. `statusWords` maps the status column's
 * words (any UI language) to statuses.
 */
export function reviewChanges(project: LoadedProject, table: ReviewTable, statusWords: ReadonlyMap<string, UnitStatus>): Result<ReviewChange[], Problem<ReviewProblemCode>> {
  const { file, doc } = project;
  if (table.sourceSha256 === null) return fail('review.notReview');
  if (table.sourceSha256 !== file.source.sha256) return fail('review.otherSource', { file: table.sourceFile ?? '?', project: file.source.fileName });
  const rows = table.rows.filter((r) => r.id);
  if (!rows.length) return fail('review.noRows');
  const units = new Map<string, Node>();
  doc.forEach((u) => units.set(unitAttrs(u).id, u));
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.id)) return fail('review.duplicateId', { id: row.id });
    seen.add(row.id);
    const unit = units.get(row.id);
    if (!unit) return fail('review.unknownUnit', { id: row.id, file: table.sourceFile ?? '?' });
    if (!sameChinese(unit.child(0).textContent, row.source)) return fail('review.sourceChanged', { id: row.id, text: row.source.slice(0, 40) });
  }
  const changes: ReviewChange[] = [];
  for (const row of rows) {
    const unit = units.get(row.id) as Node;
    const attrs = unitAttrs(unit);
    const current = plainTextOf(unit.child(1)).text;
    const reviewer = row.target.text;
    let englishChanged = false;
    if (normalized(reviewer) !== normalized(current) && (row.fingerprint === null || row.fingerprint !== reviewFingerprint(reviewer))) {
      if (row.fingerprint !== null && row.fingerprint !== reviewFingerprint(current)) changes.push({ kind: 'conflict', unitId: row.id, project: current, reviewer });
      else {
        changes.push({ kind: 'english', unitId: row.id, before: current, after: row.target });
        englishChanged = true;
      }
    }
    const status = statusWords.get(row.status.toLowerCase());
    // The reviewer's verdicts are taken: Reviewed, or Rejected (the English goes back to the translator).
    if (!englishChanged && (status === 'reviewed' || status === 'rejected') && attrs.status !== status && normalized(current)) changes.push({ kind: 'status', unitId: row.id, before: attrs.status, after: status });
    for (const text of [row.comment, ...row.comments.map((c) => (c.author ? `${c.author}: ${c.text}` : c.text))]) {
      if (text) changes.push({ kind: 'comment', unitId: row.id, text: text.slice(0, 20_000) });
    }
  }
  return ok(changes);
}

const noteIdsOf = (node: Node): string[] => [...new Set(plainTextOf(node).marks.filter((m) => m.type === 'note').map((m) => String(m.attrs?.['noteId'])))];

/** A node with a note mark over all its text. */
function anchorWhole(node: Node, noteId: string): Node {
  const content = plainTextOf(node);
  if (!content.text) return node;
  const mark: Mark = schema.marks.note.create({ noteId });
  return node.type.create(null, nodesOf({ text: content.text, marks: [...content.marks, { type: 'note', start: 0, end: content.text.length, attrs: mark.attrs }] }));
}

/**
 * Applies review changes to a project: new English of a confirmed paragraph (translated or reviewed,
 * or one with tracked changes already) as tracked changes by `reviewer`, its status kept; of any other
 * as a draft (the notes anchored on the old English move to the new one in both cases); comments as
 * notes anchored on the English (the Chinese where there is none; a comment the paragraph already has
 * as a note is not added twice), "reviewed" statuses, and for a conflict a note made by
 * `conflictNote` from the reviewer's English. A locked paragraph's English and status stay as they
 * are (counted in `locked`). `newId` makes note ids.
 */
export function applyReviewChanges(
  project: LoadedProject,
  changes: readonly ReviewChange[],
  options: { readonly now: string; readonly newId: () => string; readonly conflictNote: (reviewerEnglish: string) => string; readonly reviewer: string },
): { file: ProjectFile; doc: Node; summary: ReviewSummary } {
  const byUnit = new Map<string, ReviewChange[]>();
  for (const c of changes) byUnit.set(c.unitId, [...(byUnit.get(c.unitId) ?? []), c]);
  const notes = new Map(project.file.notes.map((n) => [n.id, n]));
  const summary = { english: 0, tracked: 0, locked: 0, comments: 0, status: 0, conflicts: 0, unchanged: 0 };
  const units: Node[] = [];
  const time = Date.parse(options.now);
  project.doc.forEach((unit) => {
    const attrs = unitAttrs(unit);
    const mine = byUnit.get(attrs.id);
    if (!mine) {
      units.push(unit);
      return;
    }
    let source = unit.child(0);
    const original = englishTarget(unit);
    let target = original;
    let status = attrs.status;
    let updated = attrs.updated;
    let review = attrs.review;
    let changed = false;
    if (attrs.locked && mine.some((c) => c.kind === 'english' || c.kind === 'status')) summary.locked++;
    const addNote = (text: string): void => {
      const present = [...noteIdsOf(source), ...noteIdsOf(target)].some((id) => notes.get(id)?.text === text);
      if (present) return;
      const note: ProjectNote = { id: options.newId(), text, createdAt: options.now, updatedAt: options.now };
      notes.set(note.id, note);
      if (target.textContent) target = anchorWhole(target, note.id);
      else source = anchorWhole(source, note.id);
      changed = true;
    };
    for (const c of mine) {
      if ((c.kind === 'english' || c.kind === 'status') && attrs.locked) continue;
      if (c.kind === 'english') {
        const kept = noteIdsOf(target);
        // Its text and marks: what the baseline keeps if this edit starts the record.
        const before = plainTextOf(target);
        target = schema.nodes.target.create(null, nodesOf(c.after));
        for (const id of kept) target = anchorWhole(target, id);
        const confirmed = review !== null || status === 'translated' || status === 'reviewed';
        if (confirmed && target.textContent.trim()) {
          review = trackEdit(review, before, plainTextOf(target).text, { author: options.reviewer, time });
          summary.tracked++;
        } else status = target.textContent.trim() ? 'draft' : 'untranslated';
        updated = time;
        summary.english++;
        changed = true;
      } else if (c.kind === 'status') {
        status = c.after;
        updated = time;
        summary.status++;
        changed = true;
      } else if (c.kind === 'comment') {
        const before = notes.size;
        addNote(c.text);
        if (notes.size > before) summary.comments++;
      } else {
        addNote(options.conflictNote(c.reviewer));
        summary.conflicts++;
      }
    }
    if (!changed) {
      units.push(unit);
      return;
    }
    units.push(withEnglish(unit, target, { ...attrs, status, updated, review, fromMemory: attrs.fromMemory && target.eq(original) }, source));
  });
  const doc = schema.nodes.doc.create(null, units);
  doc.check();
  summary.unchanged = project.doc.childCount - byUnit.size;
  return { file: { ...project.file, notes: [...notes.values()], doc: doc.toJSON() as Record<string, unknown> }, doc, summary };
}
