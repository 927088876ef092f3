import type { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { buildDocument } from './buildDocument.js';
import { toEditorDoc, toProjectDoc, unitList } from './chunks.js';
import { createProjectFile, parseProjectFile, serializeProjectFile } from './projectFile.js';
import { schema } from './schema.js';
import { mergeWithNext, newUnitId, setExcludedMany, setKind, splitUnit } from './structure.js';
import { unitAttrs } from './unitAttrs.js';

const base = buildDocument([
  { text: '政府工作报告', kind: 'title', level: null, runIn: null, excluded: null },
  { text: '（一）稳增长。经济回升向好。', kind: 'paragraph', level: null, runIn: 6, excluded: null },
  { text: '就业形势稳定。', kind: 'paragraph', level: null, runIn: null, excluded: null },
  { text: '首页', kind: 'paragraph', level: null, runIn: null, excluded: 'chrome', excludedReason: 'breadcrumb' },
]);

/** The document with English and statuses on some units. */
function translated(doc: Node, english: Record<string, string>): Node {
  return schema.nodes.doc.create(
    null,
    unitList(doc).map((u) => {
      const id = unitAttrs(u).id;
      const text = english[id];
      return text ? u.type.create({ ...u.attrs, status: 'translated' }, [u.child(0), schema.nodes.target.create(null, schema.text(text))]) : u;
    }),
  );
}

function undo(tr: Transform): Node {
  let d = tr.doc;
  for (let i = tr.steps.length - 1; i >= 0; i--) d = (tr.steps[i] as Transform['steps'][number]).invert(tr.docs[i] as Node).apply(d).doc as Node;
  return d;
}

const rows = (doc: Node) => unitList(doc).map((u) => [unitAttrs(u).id, u.child(0).textContent, u.child(1).textContent, unitAttrs(u).status]);

describe('structure corrections', () => {
  it('changes a row kind and heading level; a second title makes the first a paragraph; nothing to change is false', () => {
    const tr = new Transform(base);
    expect(setKind(tr, 'u2', 'heading', 2)).toBe(true);
    expect(unitAttrs(unitList(tr.doc)[1] as Node)).toMatchObject({ kind: 'heading', level: 2, runIn: null });
    expect(setKind(tr, 'u2', 'heading', 2)).toBe(false);
    expect(setKind(tr, 'u3', 'title', null)).toBe(true);
    expect(unitList(tr.doc).map((u) => unitAttrs(u).kind)).toEqual(['paragraph', 'heading', 'title', 'paragraph']);
    expect(setKind(tr, 'nope', 'author', null)).toBe(false);
    expect(undo(tr).eq(base)).toBe(true);
  });

  it('splits at an offset of the Chinese: the English stays with the first part, the second gets a new unique id', () => {
    const doc = translated(base, { u2: 'Stabilise growth. The economy recovered.' });
    const tr = new Transform(toEditorDoc(doc));
    expect(newUnitId(doc)).toBe('u5');
    expect(splitUnit(tr, 'u2', 7, 1000)).toBe(true);
    expect(rows(tr.doc)).toEqual([
      ['u1', '政府工作报告', '', 'untranslated'],
      ['u2', '（一）稳增长。', 'Stabilise growth. The economy recovered.', 'draft'],
      ['u5', '经济回升向好。', '', 'untranslated'],
      ['u3', '就业形势稳定。', '', 'untranslated'],
      ['u4', '首页', '', 'untranslated'],
    ]);
    expect(unitAttrs(unitList(tr.doc)[1] as Node).runIn).toBe(6);
    expect(unitAttrs(unitList(tr.doc)[2] as Node)).toMatchObject({ kind: 'paragraph', runIn: null, updated: 1000 });
    expect(newUnitId(tr.doc)).toBe('u6');
    // Either end of the Chinese is no split.
    expect(splitUnit(new Transform(doc), 'u2', 0)).toBe(false);
    expect(splitUnit(new Transform(doc), 'u2', 14)).toBe(false);
    expect(undo(tr).eq(toEditorDoc(doc))).toBe(true);
  });

  it('a split survives the project file (saved, parsed back)', () => {
    const tr = new Transform(base);
    splitUnit(tr, 'u3', 2);
    const file = createProjectFile(toProjectDoc(tr.doc), { fileName: 'r.txt', sha256: 'a'.repeat(64), encoding: 'utf-8', format: 'text', importedAt: '2026-12-06T00:00:00.000Z' }, '2026-12-06T00:00:00.000Z');
    const parsed = parseProjectFile(serializeProjectFile({ ...file, lastUnit: 'u5' }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(unitList(parsed.value.doc).map((u) => unitAttrs(u).id)).toEqual(['u1', 'u2', 'u3', 'u5', 'u4']);
    expect(parsed.value.file.lastUnit).toBe('u5');
    // An older file, without the new unit attributes and without lastUnit, still loads with their defaults.
    const older = JSON.parse(serializeProjectFile(file)) as { doc: { content: Array<{ attrs: Record<string, unknown> }> } };
    for (const unit of older.doc.content) {
      delete unit.attrs['locked'];
      delete unit.attrs['repetition'];
    }
    const old = parseProjectFile(JSON.stringify(older));
    expect(old.ok && old.value.file.lastUnit).toBe(undefined);
    expect(old.ok && unitList(old.value.doc).every((u) => !unitAttrs(u).locked && !unitAttrs(u).repetition)).toBe(true);
  });

  it('merges a row with the next: Chinese run together, English joined with a space, status kept only when both had it', () => {
    const doc = translated(base, { u2: 'Stabilise growth.', u3: 'Jobs were stable.' });
    const tr = new Transform(toEditorDoc(doc));
    expect(mergeWithNext(tr, 'u2')).toBe(true);
    expect(rows(tr.doc).slice(1, 3)).toEqual([
      ['u2', '（一）稳增长。经济回升向好。就业形势稳定。', 'Stabilise growth. Jobs were stable.', 'translated'],
      ['u4', '首页', '', 'untranslated'],
    ]);
    expect(undo(tr).eq(toEditorDoc(doc))).toBe(true);
    const mixed = new Transform(translated(base, { u1: 'Report' }));
    expect(mergeWithNext(mixed, 'u1')).toBe(true);
    expect(rows(mixed.doc)[0]).toEqual(['u1', '政府工作报告（一）稳增长。经济回升向好。', 'Report', 'draft']);
    expect(mergeWithNext(new Transform(base), 'u4')).toBe(false);
  });

  it('merges across a chunk boundary of the editor document', () => {
    const many = toEditorDoc(buildDocument(Array.from({ length: 60 }, (_, i) => ({ text: `第${i + 1}段。`, kind: 'paragraph' as const, level: null, runIn: null, excluded: null }))));
    const tr = new Transform(many);
    expect(mergeWithNext(tr, 'u25')).toBe(true);
    expect(unitList(tr.doc)).toHaveLength(59);
    expect(unitList(tr.doc)[24]?.child(0).textContent).toBe('第25段。第26段。');
    tr.doc.check();
  });

  it('a locked row is neither split nor merged', () => {
    const locked = schema.nodes.doc.create(null, unitList(base).map((u, i) => (i === 2 ? u.type.create({ ...u.attrs, locked: true }, u.content) : u)));
    expect(splitUnit(new Transform(locked), 'u3', 2)).toBe(false);
    expect(mergeWithNext(new Transform(locked), 'u2')).toBe(false);
    expect(mergeWithNext(new Transform(locked), 'u3')).toBe(false);
  });

  it('excludes and includes several rows at once, leaving rows already so alone', () => {
    const tr = new Transform(base);
    expect(setExcludedMany(tr, ['u2', 'u3', 'u4'], true)).toBe(2);
    expect(unitList(tr.doc).map((u) => unitAttrs(u).excluded)).toEqual([null, 'user', 'user', 'chrome']);
    expect(setExcludedMany(tr, ['u2', 'u3', 'u4'], false)).toBe(3);
    expect(unitList(tr.doc).map((u) => [unitAttrs(u).excluded, unitAttrs(u).excludedReason])).toEqual([[null, null], [null, null], [null, null], [null, null]]);
    expect(setExcludedMany(new Transform(base), ['u1'], false)).toBe(0);
  });
});
