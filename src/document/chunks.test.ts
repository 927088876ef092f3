import { Transform } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { buildDocument } from './buildDocument.js';
import {
  balanceChunks,
  CHUNK_SIZE,
  chunksBalanced,
  forEachUnit,
  isChunked,
  MAX_CHUNK,
  MIN_CHUNK,
  toEditorDoc,
  toProjectDoc,
  unitAt,
  unitAtPos,
  unitCount,
  unitList,
} from './chunks.js';
import { excludeAbove, makeTitle } from './corrections.js';
import { documentProgress } from './progress.js';
import { createProjectFile, parseProjectFile, serializeProjectFile } from './projectFile.js';
import { projectTitle } from './projectTitle.js';
import { schema } from './schema.js';
import { unitAttrs } from './unitAttrs.js';

const seeds = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ text: `第${i + 1}段。`, kind: i === 0 ? ('title' as const) : ('paragraph' as const), level: null, runIn: null, excluded: null }));
const source = { fileName: 'r.txt', sha256: '0'.repeat(64), encoding: 'utf-8' as const, format: 'text' as const, importedAt: '2026-01-01T00:00:00.000Z' };
const ids = (doc: Parameters<typeof unitList>[0]) => unitList(doc).map((u) => unitAttrs(u).id);

describe('the chunked editor document', () => {
  it('groups units in chunks and converts back to the same project document', () => {
    const project = buildDocument(seeds(2001));
    const editor = toEditorDoc(project);
    expect(isChunked(editor)).toBe(true);
    expect(editor.childCount).toBe(Math.floor(2001 / CHUNK_SIZE));
    expect(editor.child(0).childCount).toBe(CHUNK_SIZE);
    expect(() => editor.check()).not.toThrow();
    const back = toProjectDoc(editor);
    expect(back.eq(project)).toBe(true);
    expect(JSON.stringify(back.toJSON())).toBe(JSON.stringify(project.toJSON()));
    // The units are the same nodes, re-parented.
    expect(back.child(1234)).toBe(project.child(1234));
    // Converting a document already in the wanted shape returns it.
    expect(toEditorDoc(editor)).toBe(editor);
    expect(toProjectDoc(project)).toBe(project);
  });

  it('walks, counts and finds units the same in both shapes', () => {
    const project = buildDocument(seeds(120));
    const editor = toEditorDoc(project);
    expect(unitCount(editor)).toBe(120);
    expect(unitCount(project)).toBe(120);
    expect(ids(editor)).toEqual(ids(project));
    const positions: number[] = [];
    forEachUnit(editor, (unit, pos, index) => {
      expect(editor.nodeAt(pos)).toBe(unit);
      expect(unitAt(editor, index)?.pos).toBe(pos);
      expect(unitAtPos(editor, pos + 3)?.index).toBe(index);
      positions.push(pos);
    });
    expect(positions).toHaveLength(120);
    expect(unitAt(editor, 120)).toBeNull();
    expect(unitAt(project, 77)?.node).toBe(project.child(77));
    expect(unitAtPos(project, (unitAt(project, 77)?.pos ?? 0) + 2)?.index).toBe(77);
    // A walk stops when asked.
    let seen = 0;
    forEachUnit(editor, () => ++seen < 3);
    expect(seen).toBe(3);
  });

  it('gives the same title, progress and corrections on either shape', () => {
    const project = buildDocument(seeds(80));
    const editor = toEditorDoc(project);
    expect(projectTitle(editor, 'r.txt')).toBe(projectTitle(project, 'r.txt'));
    expect(documentProgress(editor)).toEqual(documentProgress(project));
    const onEditor = new Transform(editor);
    const onProject = new Transform(project);
    excludeAbove(onEditor, 'u60');
    excludeAbove(onProject, 'u60');
    makeTitle(onEditor, 'u70');
    makeTitle(onProject, 'u70');
    expect(toProjectDoc(onEditor.doc).eq(onProject.doc)).toBe(true);
  });

  it('is never written to a project file, and a file holding chunks is refused', () => {
    const project = buildDocument(seeds(60));
    const file = createProjectFile(toProjectDoc(toEditorDoc(project)), source, '2026-01-01T00:00:00.000Z');
    expect(JSON.stringify(file.doc)).not.toContain('chunk');
    const good = parseProjectFile(serializeProjectFile(file));
    expect(good.ok).toBe(true);
    const chunked = { ...file, doc: toEditorDoc(project).toJSON() as Record<string, unknown> };
    const bad = parseProjectFile(serializeProjectFile(chunked));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('project.invalid');
  });

  it('keeps chunks balanced when units are added or removed, touching only the chunks out of bounds', () => {
    const editor = toEditorDoc(buildDocument(seeds(300)));
    expect(chunksBalanced(editor)).toBe(true);
    // Remove 40 units from the third chunk: it falls below the minimum.
    const third = unitAt(editor, 100);
    const fortieth = unitAt(editor, 140);
    if (!third || !fortieth) throw new Error('missing units');
    const tr = new Transform(editor);
    tr.delete(third.pos, fortieth.pos);
    expect(chunksBalanced(tr.doc)).toBe(false);
    expect(balanceChunks(tr)).toBe(true);
    expect(chunksBalanced(tr.doc)).toBe(true);
    expect(unitCount(tr.doc)).toBe(260);
    expect(tr.doc.child(0)).toBe(editor.child(0));
    expect(tr.doc.child(tr.doc.childCount - 1)).toBe(editor.child(editor.childCount - 1));
    expect(ids(tr.doc)).toEqual(ids(editor).filter((_, i) => i < 100 || i >= 140));

    // Add 80 units to the first chunk: it grows past the maximum and is split.
    const grow = new Transform(editor);
    const extra = buildDocument(seeds(80)).content;
    const units: ReturnType<typeof schema.nodes.unit.create>[] = [];
    extra.forEach((u, _o, i) => units.push(schema.nodes.unit.create({ ...u.attrs, id: `x${i}` }, u.content)));
    grow.insert(1, units);
    expect(chunksBalanced(grow.doc)).toBe(false);
    balanceChunks(grow);
    expect(chunksBalanced(grow.doc)).toBe(true);
    expect(unitCount(grow.doc)).toBe(380);
    for (let c = 0; c < grow.doc.childCount; c++) {
      expect(grow.doc.child(c).childCount).toBeGreaterThanOrEqual(MIN_CHUNK);
      expect(grow.doc.child(c).childCount).toBeLessThanOrEqual(MAX_CHUNK);
    }
    expect(() => grow.doc.check()).not.toThrow();
    // Balanced already: nothing to do.
    expect(balanceChunks(new Transform(editor))).toBe(false);
  });

  it('joins a short remainder to the last chunk', () => {
    const n = CHUNK_SIZE * 4 + MIN_CHUNK - 1;
    const editor = toEditorDoc(buildDocument(seeds(n)));
    expect(editor.childCount).toBe(4);
    expect(editor.child(3).childCount).toBe(CHUNK_SIZE + MIN_CHUNK - 1);
    expect(chunksBalanced(editor)).toBe(true);
    expect(toEditorDoc(buildDocument(seeds(7))).childCount).toBe(1);
  });
});
