import type { Node } from 'prosemirror-model';
import type { OpenedProject } from '../../src/api/contract.js';
import { type Progress, sumProgress, unitProgress } from '../../src/document/progress.js';
import type { ProjectFile, ProjectNote } from '../../src/document/projectFile.js';
import { removeMarks } from '../../src/document/removeMarks.js';
import { schema } from '../../src/document/schema.js';
import { unitAttrs, type ExclusionReason, type UnitAttrs, type UnitStatus } from '../../src/document/unitAttrs.js';

/** One row as the UI holds it. `revision` changes when the target is replaced from outside its editor. */
export interface UnitState {
  readonly attrs: UnitAttrs;
  readonly source: Node;
  readonly target: Node;
  readonly revision: number;
}

/** What the status bar and menus show; a new object whenever one of its fields changes. */
export interface ProjectMeta {
  readonly path: string | null;
  readonly journalKey: string;
  readonly fileName: string;
  readonly title: string | null;
  readonly loadCount: number;
  readonly progress: Progress;
  readonly dirty: boolean;
  readonly saving: boolean;
  readonly savedAt: string | null;
  readonly journaledAt: string | null;
  readonly activeId: string | null;
  /** Linked glossary files (absolute paths). */
  readonly glossaries: readonly string[];
  readonly notes: readonly ProjectNote[];
  /** Fingerprints of QA findings the translator ignored. */
  readonly qaIgnored: readonly string[];
  /** Hash of the file on disk as last read or written here: a save checks it is still what is there. */
  readonly diskHash: string | null;
}

type Listener = () => void;

const EMPTY_PROGRESS: Progress = { unitsDone: 0, unitsTotal: 0, charsDone: 0, charsTotal: 0, englishWords: 0 };

/** The status a unit gets when its English changes: empty is untranslated, any edit makes a draft to confirm again. */
export function statusAfterEdit(previous: UnitStatus, target: Node): UnitStatus {
  if (target.textContent.trim() === '') return 'untranslated';
  return previous === 'draft' ? previous : 'draft';
}

/**
 * The open project in the UI. Rows subscribe to their own unit, the rest to `meta`; an edit in one
 * row's editor touches only that row's unit (and `meta` when status, progress or dirtiness change),
 * so typing costs the same in a report of 20 paragraphs or 2,000.
 */
export class ProjectStore {
  private header: Omit<ProjectFile, 'doc'> | null = null;
  private unitList: UnitState[] = [];
  private indexById = new Map<string, number>();
  private unitListeners = new Map<string, Set<Listener>>();
  private metaListeners = new Set<Listener>();
  private changeListeners = new Set<Listener>();
  private unitProgress: Progress[] = [];
  private metaValue: ProjectMeta = {
    path: null,
    journalKey: '',
    fileName: '',
    title: null,
    loadCount: 0,
    progress: EMPTY_PROGRESS,
    dirty: false,
    saving: false,
    savedAt: null,
    journaledAt: null,
    activeId: null,
    glossaries: [],
    notes: [],
    qaIgnored: [],
    diskHash: null,
  };

  /** Replaces the open project; `dirty` is true for recovered, unsaved work. */
  load(opened: OpenedProject, options: { dirty?: boolean; journaledAt?: string | null } = {}): void {
    const { doc: docJson, ...header } = opened.file;
    const doc = schema.nodeFromJSON(docJson);
    this.header = header;
    this.unitList = [];
    this.indexById.clear();
    this.unitProgress = [];
    let title: string | null = null;
    doc.forEach((unit, _offset, i) => {
      const attrs = unitAttrs(unit);
      this.unitList.push({ attrs, source: unit.child(0), target: unit.child(1), revision: 0 });
      this.indexById.set(attrs.id, i);
      this.unitProgress.push(unitProgress(unit));
      if (title === null && attrs.kind === 'title' && !attrs.excluded) title = unit.child(0).textContent;
    });
    this.setMeta({
      path: opened.path,
      journalKey: opened.journalKey,
      fileName: header.source.fileName,
      title,
      loadCount: this.metaValue.loadCount + 1,
      progress: sumProgress(this.unitProgress),
      dirty: options.dirty ?? false,
      saving: false,
      savedAt: header.savedAt,
      journaledAt: options.journaledAt ?? null,
      activeId: this.unitList[0]?.attrs.id ?? null,
      glossaries: header.glossaries,
      notes: header.notes,
      qaIgnored: header.qaIgnored,
      diskHash: opened.diskHash,
    });
    for (const listeners of this.unitListeners.values()) listeners.forEach((l) => l());
  }

  get meta(): ProjectMeta {
    return this.metaValue;
  }

  get units(): readonly UnitState[] {
    return this.unitList;
  }

  /** Unit ids in reading order. */
  get ids(): string[] {
    return this.unitList.map((u) => u.attrs.id);
  }

  unit(id: string): UnitState | undefined {
    const index = this.indexById.get(id);
    return index === undefined ? undefined : this.unitList[index];
  }

  indexOf(id: string): number {
    return this.indexById.get(id) ?? -1;
  }

  subscribeUnit(id: string, listener: Listener): () => void {
    let set = this.unitListeners.get(id);
    if (!set) this.unitListeners.set(id, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  subscribeMeta(listener: Listener): () => void {
    this.metaListeners.add(listener);
    return () => this.metaListeners.delete(listener);
  }

  /** Called after every change to the content (not to save state): drives autosave. */
  subscribeChanges(listener: Listener): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** The English of a unit changed in its editor. */
  setTarget(id: string, target: Node): void {
    const index = this.indexById.get(id);
    const unit = index === undefined ? undefined : this.unitList[index];
    if (index === undefined || !unit || unit.target === target) return;
    const status = statusAfterEdit(unit.attrs.status, target);
    this.replaceUnit(index, { ...unit, target, attrs: { ...unit.attrs, status, updated: Date.now(), fromMemory: false } }, status !== unit.attrs.status || unit.attrs.fromMemory);
  }

  /** The Chinese of a unit changed its marks (a manual term link, a note) in its view. */
  setSource(id: string, source: Node): void {
    const index = this.indexById.get(id);
    const unit = index === undefined ? undefined : this.unitList[index];
    if (index === undefined || !unit || unit.source === source) return;
    this.replaceUnit(index, { ...unit, source }, false);
  }

  /** Links or unlinks glossaries. */
  setGlossaries(paths: readonly string[]): void {
    if (this.header) this.header = { ...this.header, glossaries: [...paths] };
    this.touchMeta({ glossaries: [...paths] });
  }

  /** Ignores a QA finding (by its fingerprint), or restores it. */
  setIgnored(key: string, ignored: boolean): void {
    const has = this.metaValue.qaIgnored.includes(key);
    if (has === ignored) return;
    const qaIgnored = ignored ? [...this.metaValue.qaIgnored, key] : this.metaValue.qaIgnored.filter((k) => k !== key);
    if (this.header) this.header = { ...this.header, qaIgnored };
    this.touchMeta({ qaIgnored });
  }

  /** Adds or edits a note's text (its anchor is a mark placed by the caller). */
  upsertNote(note: ProjectNote): void {
    const notes = this.metaValue.notes.some((n) => n.id === note.id)
      ? this.metaValue.notes.map((n) => (n.id === note.id ? note : n))
      : [...this.metaValue.notes, note];
    if (this.header) this.header = { ...this.header, notes };
    this.touchMeta({ notes });
  }

  /** Deletes a note and its anchors in the text; open editors of those units take the new text. */
  deleteNote(noteId: string): void {
    const notes = this.metaValue.notes.filter((n) => n.id !== noteId);
    if (this.header) this.header = { ...this.header, notes };
    const isAnchor = (m: { type: { name: string }; attrs: Record<string, unknown> }): boolean => m.type.name === 'note' && m.attrs['noteId'] === noteId;
    this.unitList.forEach((unit, index) => {
      const source = removeMarks(unit.source, isAnchor);
      const target = removeMarks(unit.target, isAnchor);
      if (source !== unit.source || target !== unit.target) {
        this.unitList[index] = { ...unit, source, target, revision: unit.revision + 1 };
        this.unitListeners.get(unit.attrs.id)?.forEach((l) => l());
      }
    });
    this.touchMeta({ notes });
  }

  /**
   * Pre-translation: each paragraph named gets its English as plain text, status draft, marked as
   * from memory; open editors take the new text. One change for autosave, however many paragraphs.
   */
  fillFromMemory(fills: ReadonlyMap<string, string>): number {
    let filled = 0;
    const now = Date.now();
    for (const [id, english] of fills) {
      const index = this.indexById.get(id);
      const unit = index === undefined ? undefined : this.unitList[index];
      if (index === undefined || !unit || unit.attrs.status !== 'untranslated' || unit.target.textContent.trim() !== '') continue;
      const target = schema.nodes.target.create(null, english ? schema.text(english) : null);
      const attrs: UnitAttrs = { ...unit.attrs, status: 'draft', updated: now, fromMemory: true };
      this.unitList[index] = { ...unit, target, attrs, revision: unit.revision + 1 };
      this.unitProgress[index] = unitProgress(schema.nodes.unit.create(attrs, [unit.source, target]));
      this.unitListeners.get(id)?.forEach((l) => l());
      filled++;
    }
    if (filled) {
      this.changes++;
      this.setMeta({ ...this.metaValue, progress: sumProgress(this.unitProgress), dirty: true });
      this.changeListeners.forEach((l) => l());
    }
    return filled;
  }

  /** Sets the workflow status of a unit (Ctrl+Enter, the status menu). */
  setStatus(id: string, status: UnitStatus): void {
    const index = this.indexById.get(id);
    const unit = index === undefined ? undefined : this.unitList[index];
    if (index === undefined || !unit || unit.attrs.status === status) return;
    this.replaceUnit(index, { ...unit, attrs: { ...unit.attrs, status, updated: Date.now() } }, true);
  }

  /** Excludes a unit from translation, or includes it again (null). */
  setExcluded(id: string, excluded: ExclusionReason | null): void {
    const index = this.indexById.get(id);
    const unit = index === undefined ? undefined : this.unitList[index];
    if (index === undefined || !unit || unit.attrs.excluded === excluded) return;
    this.replaceUnit(index, { ...unit, attrs: { ...unit.attrs, excluded } }, true);
  }

  setActive(id: string | null): void {
    if (this.metaValue.activeId !== id) this.setMeta({ ...this.metaValue, activeId: id });
  }

  setSaving(saving: boolean): void {
    if (this.metaValue.saving !== saving) this.setMeta({ ...this.metaValue, saving });
  }

  /** Records a completed save of the state as it was when `snapshotFile` was taken. */
  markSaved(path: string, savedAt: string, journalKey: string, changedSince: boolean, diskHash: string): void {
    if (this.header) this.header = { ...this.header, savedAt };
    this.setMeta({ ...this.metaValue, path, savedAt, journalKey, dirty: changedSince, saving: false, journaledAt: null, diskHash });
  }

  markJournaled(journaledAt: string): void {
    this.setMeta({ ...this.metaValue, journaledAt });
  }

  /** A counter that changes on every content change; compare before and after an async save. */
  get changeCount(): number {
    return this.changes;
  }

  private changes = 0;

  /** The project as a file, ready to save or journal. Throws if nothing is loaded (a programmer error). */
  toFile(): ProjectFile {
    if (!this.header) throw new Error('no project is loaded');
    const units = this.unitList.map((u) => schema.nodes.unit.create(u.attrs, [u.source, u.target]));
    const doc = schema.nodes.doc.create(null, units);
    return { ...this.header, doc: doc.toJSON() as Record<string, unknown> };
  }

  private replaceUnit(index: number, next: UnitState, attrsChanged: boolean): void {
    this.unitList[index] = next;
    this.changes++;
    let meta = this.metaValue;
    if (attrsChanged) {
      this.unitProgress[index] = unitProgress(schema.nodes.unit.create(next.attrs, [next.source, next.target]));
      meta = { ...meta, progress: sumProgress(this.unitProgress) };
    }
    if (!meta.dirty) meta = { ...meta, dirty: true };
    if (meta !== this.metaValue) this.setMeta(meta);
    if (attrsChanged) this.unitListeners.get(next.attrs.id)?.forEach((l) => l());
    this.changeListeners.forEach((l) => l());
  }

  /** A change to the project's own data (not a unit): marks it dirty and tells autosave. */
  private touchMeta(change: Partial<ProjectMeta>): void {
    this.changes++;
    this.setMeta({ ...this.metaValue, ...change, dirty: true });
    this.changeListeners.forEach((l) => l());
  }

  private setMeta(meta: ProjectMeta): void {
    this.metaValue = meta;
    this.metaListeners.forEach((l) => l());
  }
}
