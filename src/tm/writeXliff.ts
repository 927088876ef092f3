import type { Node } from 'prosemirror-model';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { ProjectFile, ProjectNote } from '../document/projectFile.js';
import { unitAttrs, type UnitStatus } from '../document/unitAttrs.js';
import { plainTextOf, type PlainText } from '../document/plainText.js';
import { trackedChanges, type TrackedChange } from '../review/trackedChanges.js';
import { DZ_NAMESPACE, TERM_REF, XLIFF2_NAMESPACE } from './xliff.js';

// Writing XLIFF 2.0 (the format is described at the top of xliff.ts, which reads it). A module of its
// own so that reading a memory does not load the XML writer and its DOM.

/** Events at an offset of inline content: spans that end there, then spans that start there. */
function writeInline(parent: XMLBuilder, content: PlainText, prefix: string): void {
  const spans = content.marks.map((m, i) => ({ mark: m, id: `${prefix}${i + 1}` }));
  const cuts = new Set<number>([0, content.text.length]);
  for (const s of spans) cuts.add(s.mark.start).add(s.mark.end);
  for (let i = content.text.indexOf('\n'); i >= 0; i = content.text.indexOf('\n', i + 1)) cuts.add(i).add(i + 1);
  const sorted = [...cuts].sort((a, b) => a - b);
  let breaks = 0;
  for (let k = 0; k < sorted.length; k++) {
    const at = sorted[k] as number;
    for (const s of spans.filter((x) => x.mark.end === at && x.mark.start < at).reverse()) {
      if (s.mark.type === 'strong' || s.mark.type === 'em') parent.ele('ec', { startRef: s.id });
      else parent.ele('em', { startRef: s.id });
    }
    for (const s of spans.filter((x) => x.mark.start === at && x.mark.end > at)) {
      const attrs = s.mark.attrs ?? {};
      if (s.mark.type === 'strong') parent.ele('sc', { id: s.id, type: 'fmt', subType: 'xlf:b' });
      else if (s.mark.type === 'em') parent.ele('sc', { id: s.id, type: 'fmt', subType: 'xlf:i' });
      else if (s.mark.type === 'term') parent.ele('sm', { id: s.id, type: 'term', ref: `${TERM_REF}${String(attrs['entryId'])}` });
      else if (s.mark.type === 'note') parent.ele('sm', { id: s.id, type: 'comment', ref: `#n=${String(attrs['noteId'])}` });
    }
    const next = sorted[k + 1];
    if (next === undefined) break;
    const piece = content.text.slice(at, next);
    if (piece === '\n') parent.ele('ph', { id: `${prefix}br${++breaks}`, type: 'fmt', subType: 'xlf:lb' });
    else if (piece) parent.txt(piece);
  }
}

const STATE_OUT: Record<UnitStatus, { state: string; subState?: string }> = {
  untranslated: { state: 'initial' },
  draft: { state: 'translated', subState: 'dz:draft' },
  translated: { state: 'translated' },
  reviewed: { state: 'reviewed' },
  rejected: { state: 'translated', subState: 'dz:rejected' },
};

/** A pending tracked change as a note's text, for the reader of the XLIFF (quotes mark the texts). */
function changeNoteText(change: TrackedChange): string {
  const parts = [change.deleted ? `deleted “${change.deleted}”` : '', change.inserted ? `inserted “${change.inserted}”` : ''].filter(Boolean);
  return `Tracked change: ${parts.join(', ')}`;
}

/** Writes a project as XLIFF 2.0 (see the top of this file). `notes` are the project's notes. */
export function writeXliff(file: ProjectFile, doc: Node, options: { readonly version: string }): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(XLIFF2_NAMESPACE, 'xliff', {
    version: '2.0',
    srcLang: 'zh-CN',
    trgLang: 'en',
    'xmlns:dz': DZ_NAMESPACE,
  });
  const indent = (e: XMLBuilder, depth: number): void => void e.txt(`\n${'  '.repeat(depth)}`);
  indent(root, 1);
  const fileEl = root.ele('file', {
    id: 'f1',
    original: file.source.fileName,
    'xml:space': 'preserve',
    'dz:sourceSha256': file.source.sha256,
    'dz:tool': `Duizhao ${options.version}`,
  });
  const notesById = new Map(file.notes.map((n) => [n.id, n]));
  doc.forEach((unit) => {
    const attrs = unitAttrs(unit);
    if (attrs.excluded) return;
    const source = plainTextOf(unit.child(0));
    const target = plainTextOf(unit.child(1));
    indent(fileEl, 2);
    const unitEl = fileEl.ele('unit', { id: attrs.id, type: `dz:${attrs.kind}` });
    const noteIds = [...new Set([...source.marks, ...target.marks].filter((m) => m.type === 'note').map((m) => String(m.attrs?.['noteId'])))];
    const notes = noteIds.map((id) => notesById.get(id)).filter((n): n is ProjectNote => n !== undefined);
    const changes = trackedChanges(attrs.review, target.text);
    if (notes.length || changes.length) {
      indent(unitEl, 3);
      const notesEl = unitEl.ele('notes');
      for (const n of notes) {
        indent(notesEl, 4);
        const review = n.kind === 'review' ? { category: 'dz:review', 'dz:author': n.author ?? '' } : {};
        notesEl.ele('note', { id: n.id, ...review, 'dz:createdAt': n.createdAt, 'dz:updatedAt': n.updatedAt }).txt(n.text);
      }
      for (const c of changes) {
        indent(notesEl, 4);
        notesEl.ele('note', { category: 'dz:trackedChange', 'dz:author': c.author, 'dz:createdAt': new Date(c.time).toISOString() }).txt(changeNoteText(c));
      }
      indent(notesEl, 3);
    }
    indent(unitEl, 3);
    const hasTarget = target.text.length > 0;
    const { state, subState } = STATE_OUT[hasTarget ? attrs.status : 'untranslated'];
    const segment = unitEl.ele('segment', { state, ...(subState ? { subState } : {}) });
    indent(segment, 4);
    writeInline(segment.ele('source'), source, 's');
    if (hasTarget) {
      indent(segment, 4);
      writeInline(segment.ele('target'), target, 't');
    }
    indent(segment, 3);
    indent(unitEl, 2);
  });
  indent(fileEl, 1);
  indent(root, 0);
  return `${root.end({ prettyPrint: false })}\n`;
}
