import type { Node } from 'prosemirror-model';
import { EditorState, TextSelection, type Plugin, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { isHistoryTransaction } from 'prosemirror-history';
import type { OpenedProject } from '../../src/api/contract.js';
import { forEachUnit, toEditorDoc, toProjectDoc, unitAt, unitAtPos, unitCount } from '../../src/document/chunks.js';
import { type Progress, sumProgress, unitProgress } from '../../src/document/progress.js';
import type { ProjectFile, ProjectNote } from '../../src/document/projectFile.js';
import { projectTitle } from '../../src/document/projectTitle.js';
import { schema } from '../../src/document/schema.js';
import { unitAttrs, type ExclusionReason, type UnitAttrs, type UnitStatus } from '../../src/document/unitAttrs.js';
import type { PretranslateFill } from '../../src/tm/pretranslate.js';
import * as edits from '../editor/transactions.js';

/** One unit as the panels read it: a view of a node of the one document (the same object while the node is unchanged). */
export interface UnitState {
  readonly node: Node;
  readonly attrs: UnitAttrs;
  readonly source: Node;
  readonly target: Node;
}

/** What the status bar and menus show; a new object whenever one of its fields changes. */
export interface ProjectMeta {
  readonly path: string | null;
  readonly journalKey: string;
  readonly fileName: string;
  /** `projectTitle` of the document: the report's title, else the source file's name. */
  readonly title: string;
  readonly loadCount: number;
  readonly progress: Progress;
  readonly dirty: boolean;
  readonly saving: boolean;
  readonly savedAt: string | null;
  readonly journaledAt: string | null;
  /** The unit the selection is in (the current paragraph of the side panel). */
  readonly activeId: string | null;
  /** Sentence mode: the index of the sentence cell the selection is in (the memory panel's sentence); null outside one. */
  readonly activeSentence: number | null;
  /** Linked glossary files (absolute paths). */
  readonly glossaries: readonly string[];
  readonly notes: readonly ProjectNote[];
  /** Fingerprints of QA findings the translator ignored. */
  readonly qaIgnored: readonly string[];
  /** Words the spell check ignores in this project (the spell menu's Ignore), saved with it. */
  readonly spellIgnored: readonly string[];
  /** Hash of the file on disk as last read or written here: a save checks it is still what is there. */
  readonly diskHash: string | null;
}

type Listener = () => void;

const EMPTY_PROGRESS: Progress = { unitsDone: 0, unitsTotal: 0, charsDone: 0, charsTotal: 0, englishWords: 0 };
const unitStates = new WeakMap<Node, UnitState>();
const unitProgressCache = new WeakMap<Node, Progress>();
const chunkProgressCache = new WeakMap<Node, Progress>();

/** The panel's view of a unit node, made once per node. */
export function unitState(node: Node): UnitState {
  let state = unitStates.get(node);
  if (!state) unitStates.set(node, (state = { node, attrs: unitAttrs(node), source: node.child(0), target: node.child(1) }));
  return state;
}

function progressOfUnit(unit: Node): Progress {
  let p = unitProgressCache.get(unit);
  if (!p) unitProgressCache.set(unit, (p = unitProgress(unit)));
  return p;
}

/** Progress of an editor document: untouched chunks answer from their cache, so an edit recounts one chunk. */
function progressOf(doc: Node): Progress {
  const parts: Progress[] = [];
  doc.forEach((chunk) => {
    if (chunk.type !== schema.nodes.chunk) return void parts.push(progressOfUnit(chunk));
    let p = chunkProgressCache.get(chunk);
    if (!p) {
      const units: Progress[] = [];
      chunk.forEach((unit) => void units.push(progressOfUnit(unit)));
      chunkProgressCache.set(chunk, (p = sumProgress(units)));
    }
    parts.push(p);
  });
  return sumProgress(parts);
}

function notesAnchored(doc: Node): Set<string> {
  const ids = new Set<string>();
  doc.descendants((node) => {
    if (!node.isText) return true;
    for (const m of node.marks) if (m.type === schema.marks.note) ids.add(m.attrs['noteId'] as string);
    return false;
  });
  return ids;
}

/**
 * The open project in the UI: one ProseMirror `EditorState` whose document is the whole report
 * (units in chunks), the project file's header, and what the panels read. Every change goes through
 * `dispatch` as a transaction, from the editor view or from the workbench (status, pre-translation,
 * merges, notes, corrections), so one undo history covers them all. Saving converts the document back
 * to the project file's shape. Works without a view (tests), and with the one view attached.
 */
export class ProjectStore {
  private header: Omit<ProjectFile, 'doc'> | null = null;
  private editorState: EditorState | null = null;
  private view: EditorView | null = null;
  private indexById = new Map<string, number>();
  private indexedDoc: Node | null = null;
  private unitsCache: { doc: Node; list: UnitState[] } | null = null;
  private projectDocCache: { doc: Node; project: Node } | null = null;
  /** Notes whose anchors a change took away (a deleted note, an undone merge): back if an undo restores an anchor. */
  private stashedNotes = new Map<string, ProjectNote>();
  private metaListeners = new Set<Listener>();
  private changeListeners = new Set<Listener>();
  private stateListeners = new Set<(tr: Transaction | null) => void>();
  private changes = 0;
  private metaValue: ProjectMeta = {
    path: null,
    journalKey: '',
    fileName: '',
    title: '',
    loadCount: 0,
    progress: EMPTY_PROGRESS,
    dirty: false,
    saving: false,
    savedAt: null,
    journaledAt: null,
    activeId: null,
    activeSentence: null,
    glossaries: [],
    notes: [],
    qaIgnored: [],
    spellIgnored: [],
    diskHash: null,
  };

  /** `plugins` makes the editor's plugins for each loaded document (keys, history, rules, decorations). */
  constructor(private readonly plugins: () => Plugin[] = () => []) {}

  /** Replaces the open project with a fresh state and history; `dirty` is true for recovered, unsaved work. */
  load(opened: OpenedProject, options: { dirty?: boolean; journaledAt?: string | null } = {}): void {
    const { doc: docJson, ...header } = opened.file;
    const doc = toEditorDoc(schema.nodeFromJSON(docJson));
    this.header = header;
    this.stashedNotes.clear();
    // Reopen where the translator stopped: the caret at the end of the English of the unit saved last.
    const last = header.lastUnit ? edits.findUnit(doc, header.lastUnit) : null;
    const selection = last ? TextSelection.create(doc, edits.caretIn(last)) : undefined;
    this.editorState = EditorState.create({ doc, selection, plugins: this.plugins() });
    this.scrollPending = last !== null;
    let firstIncluded: string | null = null;
    forEachUnit(doc, (unit) => {
      if (unitAttrs(unit).excluded) return true;
      firstIncluded = unitAttrs(unit).id;
      return false;
    });
    if (last) firstIncluded = unitAttrs(last.node).id;
    this.setMeta({
      path: opened.path,
      journalKey: opened.journalKey,
      fileName: header.source.fileName,
      title: projectTitle(doc, header.source.fileName),
      loadCount: this.metaValue.loadCount + 1,
      progress: progressOf(doc),
      dirty: options.dirty ?? false,
      saving: false,
      savedAt: header.savedAt,
      journaledAt: options.journaledAt ?? null,
      activeId: firstIncluded,
      activeSentence: null,
      glossaries: header.glossaries,
      notes: header.notes,
      qaIgnored: header.qaIgnored,
      spellIgnored: header.spellIgnored,
      diskHash: opened.diskHash,
    });
    this.view?.updateState(this.editorState);
    this.scrollToCaret();
    this.stateListeners.forEach((l) => l(null));
  }

  /** Whether a loaded project's caret still has to be scrolled to (the view may come after the load). */
  private scrollPending = false;

  private scrollToCaret(): void {
    const view = this.view;
    if (!this.scrollPending || !view) return;
    this.scrollPending = false;
    // After the rows are laid out: the chunks near the caret are drawn first.
    requestAnimationFrame(() => {
      if (this.view !== view || !this.editorState) return;
      this.dispatch(this.editorState.tr.scrollIntoView());
      const row = view.nodeDOM(unitAtPos(view.state.doc, view.state.selection.head)?.pos ?? -1);
      if (row instanceof HTMLElement) row.scrollIntoView({ block: 'center' });
    });
  }

  /** The editor state, null before the first project is loaded. */
  get state(): EditorState | null {
    return this.editorState;
  }

  /** The one view, while it is mounted. */
  get editorView(): EditorView | null {
    return this.view;
  }

  /** The view shows this store's state from now on, and its transactions come here. */
  attach(view: EditorView): void {
    this.view = view;
    if (this.editorState && view.state !== this.editorState) view.updateState(this.editorState);
    this.scrollToCaret();
  }

  detach(view: EditorView): void {
    if (this.view === view) this.view = null;
  }

  /** Applies a transaction (the view's, or one built by the workbench) and tells everyone who reads the project. */
  dispatch(tr: Transaction): void {
    const before = this.editorState;
    if (!before) return;
    const { state } = before.applyTransaction(tr);
    if (state === before) return;
    this.editorState = state;
    this.view?.updateState(state);
    let meta = this.metaValue;
    if (state.doc !== before.doc) {
      this.changes++;
      if (isHistoryTransaction(tr)) meta = { ...meta, notes: this.reconcileNotes(before.doc, state.doc) };
      meta = { ...meta, progress: progressOf(state.doc), title: projectTitle(state.doc, meta.fileName), dirty: true };
      if (meta.progress.unitsDone === this.metaValue.progress.unitsDone && meta.progress.charsDone === this.metaValue.progress.charsDone && meta.progress.unitsTotal === this.metaValue.progress.unitsTotal && meta.progress.charsTotal === this.metaValue.progress.charsTotal) {
        meta = { ...meta, progress: this.metaValue.progress };
      }
    }
    if (!state.selection.eq(before.selection) || state.doc !== before.doc) {
      const unit = unitAtPos(state.doc, state.selection.head);
      const activeId = unit ? unitAttrs(unit.node).id : meta.activeId;
      if (activeId !== meta.activeId) meta = { ...meta, activeId };
      const $head = state.selection.$head;
      const activeSentence = $head.parent.type === schema.nodes.segment ? $head.index($head.depth - 1) : null;
      if (activeSentence !== meta.activeSentence) meta = { ...meta, activeSentence };
    }
    if (meta.notes !== this.metaValue.notes && this.header) this.header = { ...this.header, notes: [...meta.notes] };
    if (
      meta.progress !== this.metaValue.progress || meta.title !== this.metaValue.title || meta.dirty !== this.metaValue.dirty || meta.activeId !== this.metaValue.activeId || meta.activeSentence !== this.metaValue.activeSentence || meta.notes !== this.metaValue.notes
    ) {
      this.setMeta(meta);
    }
    this.stateListeners.forEach((l) => l(tr));
    if (state.doc !== before.doc) this.changeListeners.forEach((l) => l());
  }

  /** After an undo or redo: notes whose anchors came back return, notes whose anchors went are kept aside. */
  private reconcileNotes(before: Node, after: Node): readonly ProjectNote[] {
    const was = notesAnchored(before);
    const is = notesAnchored(after);
    let notes = this.metaValue.notes.filter((n) => {
      if (was.has(n.id) && !is.has(n.id)) {
        this.stashedNotes.set(n.id, n);
        return false;
      }
      return true;
    });
    for (const [id, note] of this.stashedNotes) {
      if (!is.has(id) || notes.some((n) => n.id === id)) continue;
      notes = [...notes, note];
      this.stashedNotes.delete(id);
    }
    return notes.length === this.metaValue.notes.length && notes.every((n, i) => n === this.metaValue.notes[i]) ? this.metaValue.notes : notes;
  }

  get meta(): ProjectMeta {
    return this.metaValue;
  }

  /** The editor's document (units in chunks); an empty document before the first load. */
  get doc(): Node {
    return this.editorState?.doc ?? schema.nodes.doc.create(null, schema.nodes.unit.createAndFill({ id: 'none' }));
  }

  /** The document in the project file's shape (`doc > unit+`), for the core's functions; cached per document. */
  get projectDoc(): Node {
    const doc = this.doc;
    if (this.projectDocCache?.doc !== doc) this.projectDocCache = { doc, project: toProjectDoc(doc) };
    return this.projectDocCache.project;
  }

  /** The units in reading order (the same objects for unchanged units). */
  get units(): readonly UnitState[] {
    const doc = this.editorState?.doc;
    if (!doc) return [];
    if (this.unitsCache?.doc !== doc) {
      const list: UnitState[] = [];
      forEachUnit(doc, (unit) => void list.push(unitState(unit)));
      this.unitsCache = { doc, list };
    }
    return this.unitsCache.list;
  }

  /** Unit ids in reading order. */
  get ids(): string[] {
    return this.units.map((u) => u.attrs.id);
  }

  private index(): Map<string, number> {
    const doc = this.editorState?.doc ?? null;
    // Units are never reordered by editing; the index is rebuilt when their number changes or on a load.
    if (doc && (this.indexedDoc === null || unitCount(doc) !== this.indexById.size || this.indexedLoad !== this.metaValue.loadCount)) {
      this.indexById.clear();
      forEachUnit(doc, (unit, _pos, i) => void this.indexById.set(unitAttrs(unit).id, i));
      this.indexedDoc = doc;
      this.indexedLoad = this.metaValue.loadCount;
    }
    return this.indexById;
  }

  private indexedLoad = -1;

  /** A unit by id: found by its index chunk by chunk, not by listing 2,000 units after each keystroke. */
  unit(id: string): UnitState | undefined {
    const i = this.index().get(id);
    const doc = this.editorState?.doc;
    if (i === undefined || !doc) return undefined;
    if (this.unitsCache?.doc === doc) return this.unitsCache.list[i];
    const found = unitAt(doc, i);
    return found ? unitState(found.node) : undefined;
  }

  indexOf(id: string): number {
    return this.index().get(id) ?? -1;
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

  /** Called after every new state (a transaction, or a load with `null`): selection included. */
  subscribeState(listener: (tr: Transaction | null) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  /**
   * One unit's attributes (status, exclusion, kind) or a load: what the current paragraph's panel shows
   * at once. Typing in its English does not call the listener (the panel's analyses follow the quarter-second tick).
   */
  subscribeUnit(id: string, listener: Listener): () => void {
    let last = this.unit(id)?.attrs;
    return this.subscribeState((tr) => {
      if (tr && !tr.docChanged) return;
      const attrs = this.unit(id)?.attrs;
      const same = attrs === last || (attrs && last && attrs.status === last.status && attrs.excluded === last.excluded && attrs.kind === last.kind && attrs.level === last.level && attrs.runIn === last.runIn && attrs.fromMemory === last.fromMemory && attrs.repetition === last.repetition && attrs.locked === last.locked);
      last = attrs;
      if (!same || !tr) listener();
    });
  }

  private run(tr: Transaction | null): boolean {
    if (!tr) return false;
    this.dispatch(tr);
    return true;
  }

  /** Sets the workflow status of a unit (Ctrl+Enter, the status menu). */
  setStatus(id: string, status: UnitStatus): void {
    if (this.editorState) this.run(edits.setStatus(this.editorState, id, status));
  }

  /** Excludes a unit from translation, or includes it again (null). */
  setExcluded(id: string, excluded: ExclusionReason | null): void {
    if (this.editorState) this.run(edits.setExcluded(this.editorState, id, excluded));
  }

  /** Pre-translation as one undoable transaction; answers how many paragraphs were filled. */
  fillFromMemory(fills: ReadonlyMap<string, PretranslateFill>): number {
    const made = this.editorState ? edits.fillFromMemory(this.editorState, fills) : null;
    if (made) this.dispatch(made.tr);
    return made?.filled ?? 0;
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

  /** The spell menu's Ignore: the word is not marked in this project from now on, and the project saves it. */
  ignoreSpelling(word: string): void {
    if (this.metaValue.spellIgnored.includes(word)) return;
    const spellIgnored = [...this.metaValue.spellIgnored, word];
    if (this.header) this.header = { ...this.header, spellIgnored };
    this.touchMeta({ spellIgnored });
  }

  /** Adds or edits a note's text (its anchor is a mark placed by `anchorNote`). */
  upsertNote(note: ProjectNote): void {
    const notes = this.metaValue.notes.some((n) => n.id === note.id) ? this.metaValue.notes.map((n) => (n.id === note.id ? note : n)) : [...this.metaValue.notes, note];
    if (this.header) this.header = { ...this.header, notes };
    this.touchMeta({ notes });
  }

  /** Deletes a note: its anchors go in one undoable transaction, and an undo brings the note back with them. */
  deleteNote(noteId: string): void {
    const note = this.metaValue.notes.find((n) => n.id === noteId);
    if (note) this.stashedNotes.set(noteId, note);
    const notes = this.metaValue.notes.filter((n) => n.id !== noteId);
    if (this.header) this.header = { ...this.header, notes };
    this.touchMeta({ notes });
    if (this.editorState) this.run(edits.removeNoteAnchors(this.editorState, noteId));
  }

  /**
   * A project file from outside (a merged XLIFF or review table): its changed units come in as one
   * undoable transaction, its notes join the project's. A file whose units differ in number or order
   * is loaded instead (a fresh history).
   */
  merge(file: ProjectFile): void {
    const state = this.editorState;
    const incoming = schema.nodeFromJSON(file.doc);
    const tr = state ? edits.replaceUnits(state, incoming) : null;
    const { path, journalKey, diskHash } = this.metaValue;
    if (!state || (!tr && !incoming.eq(toProjectDoc(state.doc)))) {
      this.load({ path, file, journalKey, diskHash, openElsewhere: null }, { dirty: true });
      return;
    }
    if (this.header) this.header = { ...this.header, notes: file.notes };
    this.touchMeta({ notes: file.notes });
    if (tr) this.dispatch(tr);
  }

  /** Runs a ProseMirror command on the state (through the view when there is one, so it keeps focus). */
  command(command: (state: EditorState, dispatch: (tr: Transaction) => void) => boolean): boolean {
    if (!this.editorState) return false;
    return command(this.editorState, (tr) => this.dispatch(tr));
  }

  setSaving(saving: boolean): void {
    if (this.metaValue.saving !== saving) this.setMeta({ ...this.metaValue, saving });
  }

  /** Records a completed save of the state as it was when `toFile` was called. */
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

  /** The project as a file, ready to save or journal: the document in the file's shape. Throws if nothing is loaded. */
  toFile(): ProjectFile {
    if (!this.header || !this.editorState) throw new Error('no project is loaded');
    const lastUnit = this.metaValue.activeId ?? undefined;
    return { ...this.header, ...(lastUnit ? { lastUnit } : {}), doc: this.projectDoc.toJSON() as Record<string, unknown> };
  }

  /** A change to the project's own data (not the document): marks it dirty and tells autosave. */
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
