import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/buildDocument.js';
import { createProjectFile, parseProjectFile, serializeProjectFile } from '../../src/document/projectFile.js';
import { unitAttrs } from '../../src/document/unitAttrs.js';
import { editorPlugins, type EditorServices } from '../editor/commands.js';
import { allChanges } from '../editor/review.js';
import { findUnit, setStatus, sidesOf } from '../editor/transactions.js';
import { ProjectStore } from './projectStore.js';
import { quietServices } from './storeTesting.js';

const SOURCE = { fileName: 'report.txt', sha256: '0'.repeat(64), encoding: 'utf-8' as const, format: 'text' as const, importedAt: '2026-01-01T00:00:00.000Z' };
const services: EditorServices = { ...quietServices, reviewer: () => ({ on: true, author: 'Ana Reviewer' }) };

function openStore(fileText?: string): ProjectStore {
  const store = new ProjectStore(() => editorPlugins(services));
  if (fileText) {
    const parsed = parseProjectFile(fileText);
    if (!parsed.ok) throw new Error(parsed.error.code);
    store.load({ path: null, file: parsed.value.file, journalKey: 'k', diskHash: null, openElsewhere: null });
    return store;
  }
  const doc = buildDocument(['第一段。', '第二段。'].map((text) => ({ text, kind: 'paragraph' as const, level: null, runIn: null, excluded: null })));
  store.load({ path: null, file: createProjectFile(doc, SOURCE, '2026-01-01T00:00:00.000Z'), journalKey: 'k', diskHash: null, openElsewhere: null });
  return store;
}

function typeEnglish(store: ProjectStore, id: string, from: number, to: number, text: string): void {
  const state = store.state;
  const unit = state && findUnit(state.doc, id);
  if (!state || !unit) throw new Error(id);
  const start = sidesOf(unit).target.from;
  store.dispatch(state.tr.insertText(text, start + from, start + to));
}

describe('review mode in the project file', () => {
  it('saves pending changes with their authors and times, and reopens them', () => {
    const store = openStore();
    typeEnglish(store, 'u1', 0, 0, 'Growth was stable.');
    store.setStatus('u1', 'translated');
    typeEnglish(store, 'u1', 11, 17, 'steady');
    expect(allChanges(store.doc).map((c) => [c.change.deleted, c.change.inserted, c.change.author])).toEqual([['stable', 'steady', 'Ana Reviewer']]);
    const text = serializeProjectFile(store.toFile());
    const reopened = openStore(text);
    const changes = allChanges(reopened.doc);
    expect(changes.map((c) => [c.unitId, c.change.deleted, c.change.inserted, c.change.author])).toEqual([['u1', 'stable', 'steady', 'Ana Reviewer']]);
    expect(changes[0]?.change.time).toBe(allChanges(store.doc)[0]?.change.time);
    expect(reopened.unit('u1')?.attrs.status).toBe('translated');
    expect(reopened.unit('u1')?.target.textContent).toBe('Growth was steady.');
  });

  it('refuses a file whose tracked changes do not fit its English', () => {
    const store = openStore();
    typeEnglish(store, 'u1', 0, 0, 'Growth was stable.');
    store.setStatus('u1', 'translated');
    typeEnglish(store, 'u1', 0, 0, 'Overall, ');
    const json = JSON.parse(serializeProjectFile(store.toFile())) as { doc: { content: Array<{ content: Array<{ content: Array<{ text: string }> }> }> } };
    const target = json.doc.content[0]?.content[1]?.content[0];
    if (target) target.text = 'Something else entirely.';
    const parsed = parseProjectFile(JSON.stringify(json));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatchObject({ code: 'project.invalid', params: { path: 'doc.content.0.attrs.review' } });
  });

  it('opens a version 2 file (before review mode) unchanged: no records, no comments, no ignored words', () => {
    const store = openStore();
    typeEnglish(store, 'u2', 0, 0, 'Second.');
    const file = JSON.parse(serializeProjectFile(store.toFile())) as Record<string, unknown> & { doc: { content: Array<{ attrs: Record<string, unknown> }> } };
    delete file['spellIgnored'];
    for (const unit of file.doc.content) delete unit.attrs['review'];
    const reopened = openStore(JSON.stringify({ ...file, version: 2 }));
    expect(reopened.units.map((u) => u.attrs.review)).toEqual([null, null]);
    expect(reopened.unit('u2')?.target.textContent).toBe('Second.');
    expect(reopened.meta.spellIgnored).toEqual([]);
    expect(reopened.toFile().version).toBe(3);
  });

  it('keeps the spell menu\'s ignored words with the project (save and reopen)', () => {
    const store = openStore();
    store.ignoreSpelling('Liangjiang');
    store.ignoreSpelling('Liangjiang');
    expect(store.meta.dirty).toBe(true);
    const reopened = openStore(serializeProjectFile(store.toFile()));
    expect(reopened.meta.spellIgnored).toEqual(['Liangjiang']);
  });

  it('a locked row refuses a status change from the store', () => {
    const store = openStore();
    typeEnglish(store, 'u1', 0, 0, 'Growth was stable.');
    store.setStatus('u1', 'translated');
    const state = store.state;
    const unit = state && findUnit(state.doc, 'u1');
    if (!state || !unit) throw new Error('u1');
    store.dispatch(state.tr.setNodeAttribute(unit.pos, 'locked', true));
    store.setStatus('u1', 'rejected');
    expect(unitAttrs(findUnit(store.doc, 'u1')?.node ?? store.doc).status).toBe('translated');
    expect(setStatus(store.state ?? state, 'u1', 'rejected')).not.toBeNull();
  });
});
