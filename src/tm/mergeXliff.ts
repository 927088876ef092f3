import type { Mark, Node } from 'prosemirror-model';
import { nodesOf, plainTextOf, type PlainText, type SpanMark } from '../document/plainText.js';
import type { LoadedProject, ProjectFile, ProjectNote } from '../document/projectFile.js';
import { schema } from '../document/schema.js';
import { englishTarget, withEnglish } from '../document/segments.js';
import { unitAttrs, type UnitStatus } from '../document/unitAttrs.js';
import { primaryLanguage } from '../util/languageTag.js';
import { fail, ok, type Problem, type Result } from '../util/result.js';
import type { XliffDocument, XliffProblemCode, XliffState, XliffUnit } from './xliff.js';

/** What a merge changed. */
export interface MergeSummary {
  /** Paragraphs whose English, status or notes changed. */
  readonly updated: number;
  /** Paragraphs of the file that were already the same. */
  readonly unchanged: number;
  /** Notes added or edited. */
  readonly notes: number;
  /** Locked paragraphs the file would have changed: skipped, English, status and notes as they were. */
  readonly locked: number;
}

const sameText = (a: string, b: string): boolean => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

function statusOf(state: XliffState | null, hasText: boolean, previous: UnitStatus): UnitStatus {
  if (!hasText) return 'untranslated';
  switch (state) {
    case 'reviewed':
    case 'final':
      return 'reviewed';
    case 'translated':
      return 'translated';
    case 'draft':
    case 'initial':
      return 'draft';
    case 'rejected':
      return 'rejected';
    default:
      return previous === 'untranslated' ? 'draft' : previous;
  }
}

/** Adds spans of marks to an inline node's content, keeping what it had (source side: text never changes). */
function withMarks(node: Node, spans: readonly SpanMark[]): Node {
  if (!spans.length) return node;
  const current = plainTextOf(node);
  const key = (s: SpanMark): string => `${s.type}|${s.start}|${s.end}|${JSON.stringify(s.attrs ?? {})}`;
  const have = new Set(current.marks.map(key));
  const added = spans.filter((s) => !have.has(key(s)));
  if (!added.length) return node;
  return node.type.create(null, nodesOf({ text: current.text, marks: [...current.marks, ...added] }));
}

const noteIdsIn = (content: PlainText): Set<string> =>
  new Set(content.marks.filter((m) => m.type === 'note').map((m) => String(m.attrs?.['noteId'])));

/**
 * Merges a translated XLIFF back into its project. Refused, with nothing changed, when the file
 * was made from another source: its recorded source hash differs, its languages are not Chinese →
 * English, one of its units has an id the project lacks, or a unit's Chinese differs from the
 * paragraph's. Otherwise every unit's English (with bold, italic, links and note anchors), its
 * status and its notes return to their paragraph: notes by id are updated, notes another tool added
 * become new notes anchored on the English (the Chinese when there is none). A locked paragraph is
 * left as it is (counted in `locked`). `newId` makes note ids.
 */
export function mergeXliff(
  project: LoadedProject,
  xliff: XliffDocument,
  options: { readonly now: string; readonly newId: () => string },
): Result<{ file: ProjectFile; doc: Node; summary: MergeSummary }, Problem<XliffProblemCode>> {
  const { file, doc } = project;
  if (xliff.sourceSha256 !== null && xliff.sourceSha256 !== file.source.sha256) {
    return fail('xliff.otherSource', { original: xliff.original || '?', project: file.source.fileName });
  }
  if ((xliff.sourceLang && primaryLanguage(xliff.sourceLang) !== 'zh') || (xliff.targetLang && primaryLanguage(xliff.targetLang) !== 'en')) {
    return fail('xliff.languages', { source: xliff.sourceLang || '?', target: xliff.targetLang || '?' });
  }
  if (!xliff.units.length) return fail('xliff.noUnits');
  const index = new Map<string, number>();
  doc.forEach((u, _o, i) => index.set(unitAttrs(u).id, i));
  for (const u of xliff.units) {
    const at = index.get(u.id);
    if (at === undefined) return fail('xliff.unknownUnit', { id: u.id, original: xliff.original || '?' });
    const source = doc.child(at).child(0).textContent;
    if (!sameText(source, u.source.text)) return fail('xliff.sourceChanged', { id: u.id, text: u.source.text.slice(0, 40) });
  }

  const notes = new Map(file.notes.map((n) => [n.id, n]));
  let noteChanges = 0;
  let updated = 0;
  let unchanged = 0;
  let locked = 0;
  const units: Node[] = [];
  const byId = new Map<string, XliffUnit>(xliff.units.map((u) => [u.id, u]));
  doc.forEach((unit) => {
    const attrs = unitAttrs(unit);
    const incoming = byId.get(attrs.id);
    if (!incoming) {
      units.push(unit);
      return;
    }
    if (attrs.locked) {
      // A locked paragraph is not overwritten: anything the file would change in it is skipped.
      const theirs = incoming.target ? schema.nodes.target.create(null, nodesOf(incoming.target)) : unit.child(1);
      const theirStatus = incoming.target ? statusOf(incoming.state, theirs.textContent.trim() !== '', attrs.status) : attrs.status;
      const same = theirs.eq(unit.child(1)) && theirStatus === attrs.status && incoming.notes.every((n) => n.id !== null && notes.get(n.id)?.text === n.text);
      if (same) unchanged++;
      else locked++;
      units.push(unit);
      return;
    }
    let source = withMarks(unit.child(0), incoming.source.marks);
    const original = englishTarget(unit);
    let target = original;
    if (incoming.target) target = schema.nodes.target.create(null, nodesOf(incoming.target));
    const hasText = target.textContent.trim() !== '';
    const status = incoming.target ? statusOf(incoming.state, hasText, attrs.status) : attrs.status;

    // Notes: by id when they are ours, else new, anchored on the English (or the Chinese).
    const anchored = new Set([...noteIdsIn(plainTextOf(source)), ...noteIdsIn(plainTextOf(target))]);
    const anchorWhole = (noteId: string): void => {
      const mark: Mark = schema.marks.note.create({ noteId });
      if (target.textContent) target = withMarks(target, [{ type: 'note', start: 0, end: plainTextOf(target).text.length, attrs: mark.attrs }]);
      else source = withMarks(source, [{ type: 'note', start: 0, end: plainTextOf(source).text.length, attrs: mark.attrs }]);
    };
    let notesChanged = false;
    for (const n of incoming.notes) {
      const known = n.id !== null ? notes.get(n.id) : undefined;
      const validId = n.id !== null && /^[A-Za-z_][\w.-]{0,63}$/.test(n.id);
      if (known) {
        if (known.text !== n.text) {
          notes.set(known.id, { ...known, text: n.text, updatedAt: n.updatedAt ?? options.now });
          notesChanged = true;
        }
        if (!anchored.has(known.id)) anchorWhole(known.id);
        continue;
      }
      // A note that came without one of our ids: skip it if this paragraph already has one saying the same.
      const duplicate = [...anchored].some((id) => notes.get(id)?.text === n.text);
      if (duplicate) continue;
      const id = validId && n.id !== null && !notes.has(n.id) ? n.id : options.newId();
      const note: ProjectNote = { id, text: n.text.slice(0, 20_000), createdAt: n.createdAt ?? options.now, updatedAt: n.updatedAt ?? options.now, ...(n.review ? { kind: 'review' as const, author: n.review.author.slice(0, 200) } : {}) };
      notes.set(id, note);
      if (!anchored.has(id)) anchorWhole(id);
      anchored.add(id);
      notesChanged = true;
    }
    if (notesChanged) noteChanges++;

    const changed = notesChanged || status !== attrs.status || !target.eq(original) || !source.eq(unit.child(0));
    if (!changed) {
      unchanged++;
      units.push(unit);
      return;
    }
    updated++;
    const updatedAt = !target.eq(original) || status !== attrs.status ? Date.parse(options.now) : attrs.updated;
    units.push(withEnglish(unit, target, { ...attrs, status, updated: updatedAt }, source));
  });
  const merged = schema.nodes.doc.create(null, units);
  merged.check();
  return ok({
    file: { ...file, notes: [...notes.values()], doc: merged.toJSON() as Record<string, unknown> },
    doc: merged,
    summary: { updated, unchanged, notes: noteChanges, locked },
  });
}
