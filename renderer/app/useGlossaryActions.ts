import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryExportFormat, ProjectListing } from '../../src/api/contract.js';
import type { GlossaryEntry } from '../../src/glossary/glossaryEntry.js';
import { GLOSSARY_EXTENSION } from '../../src/glossary/glossaryFile.js';
import type { Notice } from '../components/Notices.js';
import { BackendError, type Backend } from '../platform/index.js';
import { download } from '../platform/download.js';
import type { GlossaryStore } from '../store/glossaryStore.js';
import type { ProjectStore } from '../store/projectStore.js';
import type { SelectionTracker, TrackedSelection } from './selectionTracker.js';
import { anchorNote, linkSpan } from '../editor/transactions.js';

export type GlossaryDialog =
  | { readonly kind: 'entry'; readonly path: string; readonly entry: GlossaryEntry; readonly isNew: boolean }
  | { readonly kind: 'link'; readonly anchor: TrackedSelection }
  | { readonly kind: 'note'; readonly noteId: string | null; readonly text: string; readonly anchor: TrackedSelection | null; readonly review?: { readonly author: string } }
  | { readonly kind: 'pickGlossary'; readonly listing: Promise<ProjectListing> }
  | { readonly kind: 'newGlossary' }
  | { readonly kind: 'importLanguages'; readonly file: File; readonly path: string; readonly languages: readonly string[] }
  | { readonly kind: 'candidates' }
  | null;

const newId = (prefix: string): string => `${prefix}${crypto.randomUUID().replaceAll('-', '')}`;

/** A blank entry, prefilled from a selection: Chinese selected gives the term, English the rendering. */
export function draftEntry(term: string, rendering: string, now: string): GlossaryEntry {
  return {
    id: newId('e'),
    term,
    variants: [],
    renderings: rendering ? [rendering] : [],
    forbidden: [],
    definition: '',
    note: '',
    domain: '',
    tags: [],
    status: 'approved',
    createdAt: now,
    updatedAt: now,
  };
}

interface Services {
  readonly backend: Backend;
  readonly store: ProjectStore;
  readonly glossaries: GlossaryStore;
  readonly selection: SelectionTracker;
  readonly notify: (kind: Notice['kind'], text: string) => void;
  readonly fail: (error: unknown) => void;
}

/** Glossary entries, links between text and entries, notes, and glossary files: what the glossary UI does. */
export function useGlossaryActions({ backend, store, glossaries, selection, notify, fail }: Services) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<GlossaryDialog>(null);
  const close = useCallback(() => setDialog(null), []);

  /** The glossary new entries go to; with none linked, the default glossary is linked first. */
  const writablePath = useCallback(async (): Promise<string> => {
    const path = glossaries.writablePath;
    if (path) return path;
    const { path: fallback } = await backend.invoke('glossary.default', {});
    store.setGlossaries([...store.meta.glossaries.filter((g) => g !== fallback), fallback]);
    return fallback;
  }, [backend, store, glossaries]);

  /** Opens the entry form prefilled with a term (and rendering), or the entry the glossary already has for the term. */
  const addTermFor = useCallback(
    async (term: string, rendering = '') => {
      try {
        const existing = [...glossaries.snapshot.entries.values()].find((e) => e.term === term);
        if (existing) {
          setDialog({ kind: 'entry', path: glossaries.snapshot.pathOf.get(existing.id) ?? (await writablePath()), entry: existing, isNew: false });
          return;
        }
        setDialog({ kind: 'entry', path: await writablePath(), entry: draftEntry(term, rendering, new Date().toISOString()), isNew: true });
      } catch (error) {
        fail(error);
      }
    },
    [glossaries, writablePath, fail],
  );

  const addTerm = useCallback(async () => {
    const sel = selection.current;
    await addTermFor(sel?.side === 'source' ? sel.text.trim() : '', sel?.side === 'target' ? sel.text.trim() : '');
  }, [selection, addTermFor]);

  /**
   * Adds an entry at once, without the form (one step, from the term candidates): to the glossary new
   * entries go to, as proposed until the translator settles it. False when it could not be saved.
   */
  const addEntryNow = useCallback(
    async (term: string, rendering: string | null, tags: readonly string[] = []): Promise<boolean> => {
      try {
        const path = await writablePath();
        const entry: GlossaryEntry = { ...draftEntry(term, rendering ?? '', new Date().toISOString()), status: 'proposed', tags: [...tags] };
        const { glossary } = await backend.invoke('glossary.saveEntry', { path, entry });
        glossaries.replace(path, glossary);
        notify('info', t('candidates.addedNotice', { term }));
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    [backend, glossaries, writablePath, notify, fail, t],
  );

  const editEntry = useCallback(
    (entryId: string) => {
      const entry = glossaries.snapshot.entries.get(entryId);
      const path = glossaries.snapshot.pathOf.get(entryId);
      if (entry && path) setDialog({ kind: 'entry', path, entry, isNew: false });
    },
    [glossaries],
  );

  const saveEntry = useCallback(
    async (path: string, entry: GlossaryEntry): Promise<boolean> => {
      try {
        const { glossary } = await backend.invoke('glossary.saveEntry', { path, entry: { ...entry, updatedAt: new Date().toISOString() } });
        glossaries.replace(path, glossary);
        setDialog(null);
        notify('info', t('glossary.saved', { term: entry.term }));
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    [backend, glossaries, notify, fail, t],
  );

  const deleteEntry = useCallback(
    async (entryId: string) => {
      const path = glossaries.snapshot.pathOf.get(entryId);
      const entry = glossaries.snapshot.entries.get(entryId);
      if (!path || !entry || !window.confirm(t('glossary.confirmDelete', { term: entry.term }))) return;
      try {
        const { glossary } = await backend.invoke('glossary.deleteEntry', { path, id: entryId });
        glossaries.replace(path, glossary);
        setDialog(null);
      } catch (error) {
        fail(error);
      }
    },
    [backend, glossaries, fail, t],
  );

  // ----- links and notes on selected text -----
  const requireSelection = useCallback((): TrackedSelection | null => {
    const sel = selection.current;
    if (!sel) notify('info', t('glossary.selectFirst'));
    return sel;
  }, [selection, notify, t]);

  const linkSelection = useCallback(() => {
    const anchor = requireSelection();
    if (anchor) setDialog({ kind: 'link', anchor });
  }, [requireSelection]);

  const applyLink = useCallback(
    (anchor: TrackedSelection, entryId: string) => {
      const tr = store.state ? linkSpan(store.state, anchor, entryId) : null;
      if (tr) store.dispatch(tr);
      setDialog(null);
    },
    [store],
  );

  const unlinkSelection = useCallback(() => {
    const anchor = requireSelection();
    const tr = anchor && store.state ? linkSpan(store.state, anchor, null) : null;
    if (tr) store.dispatch(tr);
  }, [requireSelection, store]);

  const addNote = useCallback(() => {
    const anchor = requireSelection();
    if (anchor) setDialog({ kind: 'note', noteId: null, text: '', anchor });
  }, [requireSelection]);

  /** A reviewer's comment on the selected span: a note of kind `review` with the reviewer's name. */
  const addComment = useCallback(
    (author: string) => {
      const anchor = requireSelection();
      if (anchor) setDialog({ kind: 'note', noteId: null, text: '', anchor, review: { author } });
    },
    [requireSelection],
  );

  const editNote = useCallback(
    (noteId: string) => {
      const note = store.meta.notes.find((n) => n.id === noteId);
      if (note) setDialog({ kind: 'note', noteId, text: note.text, anchor: null, ...(note.kind === 'review' ? { review: { author: note.author ?? '' } } : {}) });
    },
    [store],
  );

  const saveNote = useCallback(
    (noteId: string | null, text: string, anchor: TrackedSelection | null, review?: { readonly author: string }) => {
      const now = new Date().toISOString();
      const existing = noteId ? store.meta.notes.find((n) => n.id === noteId) : undefined;
      const id = existing?.id ?? newId('n');
      const kind = existing ? (existing.kind ? { kind: existing.kind, author: existing.author } : {}) : review ? { kind: 'review' as const, author: review.author } : {};
      store.upsertNote({ id, text, createdAt: existing?.createdAt ?? now, updatedAt: now, ...kind });
      const tr = !existing && anchor && store.state ? anchorNote(store.state, anchor, id) : null;
      if (tr) store.dispatch(tr);
      setDialog(null);
    },
    [store],
  );

  const deleteNote = useCallback(
    (noteId: string) => {
      if (!window.confirm(t('notes.confirmDelete'))) return;
      store.deleteNote(noteId);
      setDialog(null);
    },
    [store, t],
  );

  // ----- glossary files -----
  const linkGlossary = useCallback(async () => {
    if (backend.mode === 'electron') {
      try {
        const { path } = await backend.invoke('dialog.openGlossary', {});
        if (path && !store.meta.glossaries.includes(path)) store.setGlossaries([...store.meta.glossaries, path]);
      } catch (error) {
        fail(error);
      }
      return;
    }
    setDialog({ kind: 'pickGlossary', listing: backend.invoke('project.files', {}) });
  }, [backend, store, fail]);

  const linkPath = useCallback(
    async (requested: string) => {
      setDialog(null);
      try {
        const [loaded] = (await backend.invoke('glossary.load', { paths: [requested] })).glossaries;
        if (!loaded || loaded.error) throw new BackendError(loaded?.error ?? { code: 'glossary.notFound', message: requested });
        if (!store.meta.glossaries.includes(loaded.path)) store.setGlossaries([...store.meta.glossaries, loaded.path]);
      } catch (error) {
        fail(error);
      }
    },
    [backend, store, fail],
  );

  const unlinkGlossary = useCallback((path: string) => store.setGlossaries(store.meta.glossaries.filter((g) => g !== path)), [store]);

  const newGlossary = useCallback(async () => {
    if (backend.mode !== 'electron') return setDialog({ kind: 'newGlossary' });
    try {
      const { path } = await backend.invoke('dialog.saveGlossary', { suggestedName: `glossary${GLOSSARY_EXTENSION}` });
      if (!path) return;
      const created = await backend.invoke('glossary.create', { path, name: '' });
      store.setGlossaries([...store.meta.glossaries, created.path]);
    } catch (error) {
      fail(error);
    }
  }, [backend, store, fail]);

  const createNamedGlossary = useCallback(
    async (name: string) => {
      try {
        const created = await backend.invoke('glossary.create', { path: `${name}${GLOSSARY_EXTENSION}`, name });
        store.setGlossaries([...store.meta.glossaries, created.path]);
        setDialog(null);
      } catch (error) {
        fail(error);
      }
    },
    [backend, store, fail],
  );

  const importGlossaryFile = useCallback(
    async (file: File, path: string | null, pair: { source?: string; target?: string } = {}) => {
      try {
        const into = path ?? (await writablePath());
        const data = new Uint8Array(await file.arrayBuffer());
        const summary = await backend.invoke('glossary.importFile', { path: into, fileName: file.name, data, ...pair });
        glossaries.replace(into, summary.glossary);
        setDialog(null);
        notify('info', t('glossary.imported', { name: file.name, added: summary.added, merged: summary.merged, skipped: summary.skipped, source: summary.sourceLang, target: summary.targetLang }));
      } catch (error) {
        if (error instanceof BackendError && (error.code === 'tbx.noSourceLanguage' || error.code === 'tbx.noTargetLanguage')) {
          const languages = String(error.params['languages'] ?? '').split(', ').filter(Boolean);
          setDialog({ kind: 'importLanguages', file, path: path ?? (await writablePath()), languages });
          return;
        }
        fail(error);
      }
    },
    [backend, glossaries, writablePath, notify, fail, t],
  );

  const exportGlossary = useCallback(
    async (path: string, format: GlossaryExportFormat) => {
      try {
        const { fileName, data } = await backend.invoke('glossary.export', { path, format });
        download(fileName, data, format === 'csv' ? 'text/csv' : format === 'tsv' ? 'text/tab-separated-values' : 'application/x-tbx+xml');
      } catch (error) {
        fail(error);
      }
    },
    [backend, fail],
  );

  /** Opens *Find term candidates*. */
  const findCandidates = useCallback(() => setDialog({ kind: 'candidates' }), []);

  return {
    dialog,
    close,
    findCandidates,
    addTerm,
    addTermFor,
    addEntryNow,
    editEntry,
    saveEntry,
    deleteEntry,
    linkSelection,
    applyLink,
    unlinkSelection,
    addNote,
    addComment,
    editNote,
    saveNote,
    deleteNote,
    linkGlossary,
    linkPath,
    unlinkGlossary,
    newGlossary,
    createNamedGlossary,
    importGlossaryFile,
    exportGlossary,
  };
}

export type GlossaryActions = ReturnType<typeof useGlossaryActions>;
