import { undo, redo, undoDepth } from 'prosemirror-history';
import type { Node } from 'prosemirror-model';
import { TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/buildDocument.js';
import { chunksBalanced, isChunked, toProjectDoc, unitList } from '../../src/document/chunks.js';
import { documentProgress } from '../../src/document/progress.js';
import { createProjectFile } from '../../src/document/projectFile.js';
import { schema } from '../../src/document/schema.js';
import { unitAttrs } from '../../src/document/unitAttrs.js';
import { correction, editorPlugins, type EditorServices } from '../editor/commands.js';
import { correct, findUnit, sidesOf, STRUCTURAL } from '../editor/transactions.js';
import { ProjectStore } from './projectStore.js';

const SOURCE = { fileName: 'report.txt', sha256: '0'.repeat(64), encoding: 'utf-8' as const, format: 'text' as const, importedAt: '2026-01-01T00:00:00.000Z' };

function seeds(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    text: i === 0 ? '政府工作报告' : `第${i + 1}段，经济运行稳中向好。`,
    kind: i === 0 ? ('title' as const) : ('paragraph' as const),
    level: null,
    runIn: null,
    excluded: i === n - 1 ? ('chrome' as const) : null,
    excludedReason: i === n - 1 ? ('siteNotice' as const) : null,
    notes: i === 2 ? [{ noteId: 'n1', start: 0, end: 2 }] : [],
  }));
}

const notices: string[] = [];
const services: EditorServices = {
  occurrences: () => [],
  rendering: (_id, n) => (n === 1 ? { text: 'economy', entryId: 'e1' } : null),
  memoryMatch: () => 'From memory',
  selectMatch: () => undefined,
  notify: (key) => void notices.push(key),
};

function openStore(n = 120): ProjectStore {
  const store = new ProjectStore(() => editorPlugins(services));
  const file = createProjectFile(buildDocument(seeds(n)), SOURCE, '2026-01-01T00:00:00.000Z', [], [
    { id: 'n1', text: 'A note', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' },
  ]);
  store.load({ path: null, file, journalKey: 'k', diskHash: null, openElsewhere: null });
  return store;
}

const state = (store: ProjectStore) => {
  if (!store.state) throw new Error('no state');
  return store.state;
};

/** Puts the caret at the end of a unit's English. */
function caretIn(store: ProjectStore, id: string): void {
  const s = state(store);
  const unit = findUnit(s.doc, id);
  if (!unit) throw new Error(`no unit ${id}`);
  store.dispatch(s.tr.setSelection(TextSelection.create(s.doc, sidesOf(unit).target.to)));
}

function type(store: ProjectStore, text: string): void {
  const s = state(store);
  store.dispatch(s.tr.insertText(text));
}

const target = (store: ProjectStore, id: string) => store.unit(id)?.target.textContent;
const run = (store: ProjectStore, command: Parameters<ProjectStore['command']>[0]) => store.command(command);

describe('the project store: one editor state', () => {
  it('loads the project file as a chunked document and saves it back in the file’s shape', () => {
    const store = openStore(120);
    expect(isChunked(state(store).doc)).toBe(true);
    const file = store.toFile();
    const original = createProjectFile(buildDocument(seeds(120)), SOURCE, '2026-01-01T00:00:00.000Z');
    expect(file.doc).toEqual(original.doc);
    expect(store.meta.title).toBe('政府工作报告');
    expect(store.meta.activeId).toBe('u1');
    expect(store.ids).toHaveLength(120);
    expect(store.indexOf('u77')).toBe(76);
  });

  it('turns an edit of an English into a draft, counts progress by chunk, and marks the project dirty', () => {
    const store = openStore();
    const changes = store.changeCount;
    caretIn(store, 'u5');
    expect(store.meta.activeId).toBe('u5');
    type(store, 'Fifth paragraph.');
    expect(target(store, 'u5')).toBe('Fifth paragraph.');
    const attrs = store.unit('u5')?.attrs;
    expect(attrs?.status).toBe('draft');
    expect(attrs?.updated).toBeTypeOf('number');
    expect(store.meta.dirty).toBe(true);
    expect(store.changeCount).toBeGreaterThan(changes);
    store.setStatus('u5', 'translated');
    expect(store.meta.progress).toEqual(documentProgress(toProjectDoc(state(store).doc)));
    expect(store.meta.progress.unitsDone).toBe(1);
    // Emptying it makes it untranslated again.
    const unit = findUnit(state(store).doc, 'u5') as { node: Node; pos: number };
    const { target: range } = sidesOf(unit);
    store.dispatch(state(store).tr.delete(range.from, range.to));
    expect(store.unit('u5')?.attrs.status).toBe('untranslated');
  });

  it('keeps the Chinese read-only, units whole, and an excluded paragraph’s English closed, but lets marks on the Chinese through', () => {
    const store = openStore();
    const doc = state(store).doc;
    const unit = findUnit(doc, 'u4') as { node: Node; pos: number };
    const before = store.toFile();
    store.dispatch(state(store).tr.insertText('x', sidesOf(unit).source.from + 1));
    const next = findUnit(doc, 'u5') as { node: Node; pos: number };
    store.dispatch(state(store).tr.delete(sidesOf(unit).target.from, sidesOf(next).target.from + 1));
    const excluded = findUnit(doc, 'u120') as { node: Node; pos: number };
    store.dispatch(state(store).tr.insertText('y', sidesOf(excluded).target.from));
    expect(store.toFile().doc).toEqual(before.doc);
    const { source } = sidesOf(unit);
    store.dispatch(state(store).tr.addMark(source.from, source.from + 2, schema.marks.term.create({ entryId: 'e9' })));
    expect(store.unit('u4')?.source.firstChild?.marks[0]?.type.name).toBe('term');
    store.dispatch(state(store).tr.addMark(source.from, source.to, schema.marks.strong.create()));
    expect(store.unit('u4')?.source.content.size).toBe(unit.node.child(0).content.size);
    expect(JSON.stringify(store.unit('u4')?.source.toJSON())).not.toContain('strong');
  });

  it('pre-translates in one transaction that one undo takes back', () => {
    const store = openStore();
    caretIn(store, 'u2');
    type(store, 'Typed first.');
    const filled = store.fillFromMemory(new Map([['u3', 'Third.'], ['u4', 'Fourth.'], ['u2', 'not over typed text']]));
    expect(filled).toBe(2);
    expect(target(store, 'u3')).toBe('Third.');
    expect(store.unit('u3')?.attrs).toMatchObject({ status: 'draft', fromMemory: true });
    expect(target(store, 'u2')).toBe('Typed first.');
    run(store, undo);
    expect(target(store, 'u3')).toBe('');
    expect(target(store, 'u4')).toBe('');
    expect(store.unit('u3')?.attrs.status).toBe('untranslated');
    expect(target(store, 'u2')).toBe('Typed first.');
    run(store, redo);
    expect(target(store, 'u4')).toBe('Fourth.');
  });

  it('deletes a note with its anchors, and an undo brings both back', () => {
    const store = openStore();
    const anchored = () => JSON.stringify(store.unit('u3')?.source.toJSON()).includes('"noteId":"n1"');
    expect(anchored()).toBe(true);
    store.deleteNote('n1');
    expect(anchored()).toBe(false);
    expect(store.meta.notes).toEqual([]);
    expect(store.toFile().notes).toEqual([]);
    run(store, undo);
    expect(anchored()).toBe(true);
    expect(store.meta.notes.map((n) => n.id)).toEqual(['n1']);
    expect(store.toFile().notes.map((n) => n.id)).toEqual(['n1']);
    run(store, redo);
    expect(store.meta.notes).toEqual([]);
  });

  it('merges a file as one undoable transaction of the units that changed, keeping the others', () => {
    const store = openStore();
    const unchanged = store.unit('u50')?.node;
    const file = store.toFile();
    const doc = schema.nodeFromJSON(file.doc);
    const units = unitList(doc).map((u) =>
      unitAttrs(u).id === 'u7' ? schema.nodes.unit.create({ ...u.attrs, status: 'reviewed' }, [u.child(0), schema.nodes.target.create(null, schema.text('Merged.'))]) : u,
    );
    store.merge({ ...file, doc: schema.nodes.doc.create(null, units).toJSON() as Record<string, unknown> });
    expect(target(store, 'u7')).toBe('Merged.');
    expect(store.unit('u7')?.attrs.status).toBe('reviewed');
    expect(store.unit('u50')?.node).toBe(unchanged);
    expect(undoDepth(state(store))).toBe(1);
    run(store, undo);
    expect(target(store, 'u7')).toBe('');
    expect(store.unit('u7')?.attrs.status).toBe('untranslated');
  });

  it('applies the corrections of import as commands and transactions, each one undo step', () => {
    const store = openStore(10);
    caretIn(store, 'u4');
    notices.length = 0;
    expect(run(store, correction('excludeAbove', services))).toBe(true);
    expect(store.units.slice(0, 3).map((u) => u.attrs.excluded)).toEqual(['user', 'user', 'user']);
    expect(notices).toEqual(['correct.excludedAbove']);
    const made = correct(state(store), 'makeTitle', 'u4');
    if (!made) throw new Error('no correction');
    store.dispatch(made.tr);
    expect(store.unit('u4')?.attrs.kind).toBe('title');
    expect(store.meta.title).toBe('第4段，经济运行稳中向好。');
    run(store, undo);
    expect(store.unit('u4')?.attrs.kind).toBe('paragraph');
    run(store, undo);
    expect(store.units.slice(0, 3).map((u) => u.attrs.excluded)).toEqual([null, null, null]);
    expect(store.meta.title).toBe('政府工作报告');
    // Below the last included row there is only the chrome, already excluded: nothing to do.
    caretIn(store, 'u9');
    expect(correct(state(store), 'excludeBelow', 'u9')).toBeNull();
  });

  it('keeps the chunks balanced when a structural change adds units', () => {
    const store = openStore(100);
    const extra = unitList(buildDocument(seeds(60))).map((u, i) => schema.nodes.unit.create({ ...u.attrs, id: `x${i}` }, u.content));
    store.dispatch(state(store).tr.insert(1, extra).setMeta(STRUCTURAL, true));
    const doc = state(store).doc;
    expect(unitList(doc)).toHaveLength(160);
    expect(chunksBalanced(doc)).toBe(true);
    expect(store.toFile().doc['content']).toHaveLength(160);
    expect(store.indexOf('u1')).toBe(60);
  });
});
