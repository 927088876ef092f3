import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalSummary, OpenedProject, ProjectListing } from '../../src/api/contract.js';
import { reportTitle } from '../../src/document/projectTitle.js';
import { editorPlugins, type ConfirmRequest, type EditorServices } from '../editor/commands.js';
import { MAX_REPORT_BYTES } from '../../src/import/importReport.js';
import type { TrackProgress } from './useProgress.js';
import { errorMessage } from '../i18n/index.js';
import { BackendError, type Backend } from '../platform/index.js';
import type { Notice } from '../components/Notices.js';
import { GlossaryStore } from '../store/glossaryStore.js';
import { MemoryAnalysis } from '../store/memoryAnalysis.js';
import { ProjectStore } from '../store/projectStore.js';
import { QaAnalysis } from '../store/qaAnalysis.js';
import { Spelling } from './spelling.js';
import { SpellAssist } from './spellAssist.js';
import { refreshSpelling } from '../editor/plugins/spellMarks.js';
import { TermAnalysis } from '../store/termAnalysis.js';
import { refreshTerms } from '../editor/plugins/decorations.js';
import { changeTooltips, refreshReviewMarks } from '../editor/plugins/reviewMarks.js';
import { SelectionTracker } from './selectionTracker.js';
import { DictionaryFocus } from './dictionaryFocus.js';
import { ReviewMode } from './reviewMode.js';
import { EditorActions } from './editorActions.js';
import type { Startup } from './startSession.js';

/** Seconds of quiet after the last edit before the autosave journal is written. */
export const AUTOSAVE_DELAY_MS = 3000;

export type DialogState =
  | { readonly kind: 'open'; readonly listing: Promise<ProjectListing> }
  | { readonly kind: 'save'; readonly workspace: string; readonly suggestedName: string; readonly resolve: (name: string | null) => void }
  | { readonly kind: 'recovery'; readonly journals: readonly JournalSummary[] }
  | { readonly kind: 'unsaved'; readonly resolve: (choice: 'save' | 'discard' | 'cancel') => void }
  | { readonly kind: 'changedOnDisk'; readonly path: string; readonly resolve: (choice: 'overwrite' | 'saveAs' | 'cancel') => void }
  | null;

/** The workbench's state and actions: the open project, dialogs, notices, and what the menus and keys do. */
export function useWorkbench(backend: Backend, startup: Promise<Startup>, track: TrackProgress) {
  const { t, i18n } = useTranslation();
  // The editor's plugins read the workbench's services, made just after the store that holds the state.
  const services = useRef<EditorServices | null>(null);
  // Sentence mode: a paragraph to confirm although some of its sentences have no English (the dialog asks).
  const [confirmAsk, setConfirmAsk] = useState<ConfirmRequest | null>(null);
  const store = useMemo(() => new ProjectStore(() => (services.current ? editorPlugins(services.current) : [])), []);
  const editor = useMemo(() => new EditorActions(store), [store]);
  const glossaries = useMemo(() => new GlossaryStore(), []);
  const analysis = useMemo(() => new TermAnalysis(store, glossaries), [store, glossaries]);
  const qa = useMemo(() => new QaAnalysis(store, glossaries, new Spelling(backend)), [store, glossaries, backend]);
  const memory = useMemo(() => new MemoryAnalysis(store), [store]);
  const assist = useMemo(() => new SpellAssist(qa, analysis, glossaries, memory, store), [qa, analysis, glossaries, memory, store]);
  const selection = useMemo(() => new SelectionTracker(), []);
  const dictionary = useMemo(() => new DictionaryFocus(backend), [backend]);
  // Made once: the tracker reads it on every edit; its default name is the OS user's once known.
  const [review] = useState(() => new ReviewMode(t('review.defaultReviewer')));
  const [dialog, setDialog] = useState<DialogState>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [workspace, setWorkspace] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const noticeId = useRef(0);

  const notify = useCallback((kind: Notice['kind'], text: string) => {
    const id = ++noticeId.current;
    setNotices((list) => [...list.slice(-3), { id, kind, text }]);
    if (kind === 'info') setTimeout(() => setNotices((list) => list.filter((n) => n.id !== id)), 6000);
  }, []);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const fail = useCallback(
    (error: unknown) => notify('error', error instanceof BackendError ? errorMessage(error) : t('errors.internal', { detail: String(error) })),
    [notify, t],
  );

  const show = useCallback(
    (opened: OpenedProject, options?: { dirty?: boolean; journaledAt?: string | null }) => {
      selection.clear();
      store.load(opened, options);
      if (opened.openElsewhere) notify('error', t('notice.openElsewhere', { pid: opened.openElsewhere.pid, since: new Date(opened.openElsewhere.since).toLocaleString() }));
    },
    [store, selection, notify, t],
  );

  // ----- saving -----
  const choosePath = useCallback(async (): Promise<string | null> => {
    const suggested = (reportTitle(store.doc) || store.meta.fileName.replace(/\.[^.]*$/, '')).slice(0, 80) || 'project';
    if (backend.mode === 'electron') return (await backend.invoke('dialog.saveProject', { suggestedName: `${suggested}.duizhao` })).path;
    return new Promise<string | null>((resolve) =>
      setDialog({
        kind: 'save',
        workspace: workspace ?? '',
        suggestedName: suggested,
        resolve: (name) => {
          setDialog(null);
          resolve(name);
        },
      }),
    );
  }, [backend, store, workspace]);

  const save = useCallback(
    async (saveAs = false, overwrite = false): Promise<boolean> => {
      if (store.meta.saving) return false;
      let path: string | null = null;
      try {
        path = !saveAs && store.meta.path ? store.meta.path : await choosePath();
        if (!path) return false;
        const file = store.toFile();
        const before = store.changeCount;
        store.setSaving(true);
        // The file is expected to be as this window last read or wrote it; Save As to another file checks nothing.
        const expectedHash = path === store.meta.path ? store.meta.diskHash : null;
        const saved = await backend.invoke('project.save', { path, file, journalKey: store.meta.journalKey, expectedHash, overwrite });
        store.markSaved(saved.path, saved.savedAt, saved.journalKey, store.changeCount !== before, saved.diskHash);
        notify('info', t('notice.saved', { name: saved.path.split(/[\\/]/).pop() }));
        return true;
      } catch (error) {
        store.setSaving(false);
        if (error instanceof BackendError && error.code === 'save.changedOnDisk' && path) {
          // Another program (or another Duizhao) wrote the file since: the translator chooses; nothing is lost either way.
          const changedPath = path;
          const choice = await new Promise<'overwrite' | 'saveAs' | 'cancel'>((resolve) =>
            setDialog({
              kind: 'changedOnDisk',
              path: changedPath,
              resolve: (c) => {
                setDialog(null);
                resolve(c);
              },
            }),
          );
          if (choice === 'overwrite') return save(false, true);
          if (choice === 'saveAs') return save(true);
          return false;
        }
        fail(error);
        return false;
      }
    },
    [backend, store, choosePath, notify, fail, t],
  );

  /** Before another project replaces this one: ask about unsaved changes. False means stop. */
  const settleUnsaved = useCallback(async (): Promise<boolean> => {
    if (!store.meta.dirty) return true;
    const choice = await new Promise<'save' | 'discard' | 'cancel'>((resolve) =>
      setDialog({
        kind: 'unsaved',
        resolve: (c) => {
          setDialog(null);
          resolve(c);
        },
      }),
    );
    if (choice === 'cancel') return false;
    if (choice === 'save') return save();
    await backend.invoke('journal.discard', { key: store.meta.journalKey }).catch(() => undefined);
    return true;
  }, [backend, store, save]);

  // ----- opening and importing -----
  // Import and open read and validate first, with no side effects; only a good project asks about unsaved work.
  const importFile = useCallback(
    async (file: File) => {
      try {
        // A file over the limit is refused before it is read into memory and sent.
        if (file.size > MAX_REPORT_BYTES) throw new BackendError({ code: 'import.tooLarge', params: { limit: MAX_REPORT_BYTES, size: file.size }, message: 'too large' });
        const opened = await track(t('progress.importing', { name: file.name }), async () => backend.invoke('project.import', { fileName: file.name, data: new Uint8Array(await file.arrayBuffer()) }));
        if (!(await settleUnsaved())) return;
        show(opened);
        const excluded = store.units.filter((u) => u.attrs.excluded).length;
        notify('info', t('notice.imported', { name: file.name, units: store.units.length, excluded }));
      } catch (error) {
        fail(error);
      }
    },
    [backend, store, settleUnsaved, show, notify, fail, t, track],
  );

  /** A new project from pasted text: a browser's HTML when the clipboard has it, else the plain text, through the import pipeline. */
  const importPasted = useCallback(
    async (text: string, html: string | null) => {
      try {
        if (!text.trim() && !html?.trim()) return;
        const opened = await backend.invoke('project.paste', { text, html: html?.trim() ? html : null });
        if (!(await settleUnsaved())) return;
        show(opened);
        const excluded = store.units.filter((u) => u.attrs.excluded).length;
        notify('info', t('paste.imported', { units: store.units.length, excluded }));
      } catch (error) {
        fail(error);
      }
    },
    [backend, store, settleUnsaved, show, notify, fail, t],
  );

  const openPath = useCallback(
    async (path: string) => {
      setDialog(null);
      try {
        const opened = await backend.invoke('project.open', { path });
        if (!(await settleUnsaved())) return;
        show(opened);
        notify('info', t('notice.opened', { name: (opened.path ?? path).split(/[\\/]/).pop() }));
      } catch (error) {
        fail(error);
      }
    },
    [backend, settleUnsaved, show, notify, fail, t],
  );

  const open = useCallback(async () => {
    if (backend.mode === 'electron') {
      try {
        const { path } = await backend.invoke('dialog.openProject', {});
        if (path) await openPath(path);
      } catch (error) {
        fail(error);
      }
      return;
    }
    setDialog({ kind: 'open', listing: backend.invoke('project.files', {}) });
  }, [backend, openPath, fail]);

  // ----- crash recovery -----
  const recover = useCallback(
    async (key: string) => {
      setDialog(null);
      try {
        const entry = await backend.invoke('journal.read', { key });
        show(entry, { dirty: true, journaledAt: entry.journaledAt });
        notify('info', t('dialog.recoveredNote', { time: new Date(entry.journaledAt).toLocaleString() }));
      } catch (error) {
        fail(error);
      }
    },
    [backend, show, notify, fail, t],
  );

  const discardJournal = useCallback(
    async (key: string) => {
      await backend.invoke('journal.discard', { key }).catch(fail);
      setDialog((d) => {
        if (d?.kind !== 'recovery') return d;
        const journals = d.journals.filter((j) => j.key !== key);
        return journals.length ? { kind: 'recovery', journals } : null;
      });
    },
    [backend, fail],
  );

  // ----- start -----
  useEffect(() => {
    let live = true;
    (async () => {
      try {
        const { info, session: start } = await startup;
        if (!live) return;
        setWorkspace(info.workspace);
        if (info.userName) review.setFallbackName(info.userName);
        show(start.opened);
        if (start.launchError) notify('error', t('dialog.launchFailed', { message: errorMessage(start.launchError) }));
        if (start.journals.length) setDialog({ kind: 'recovery', journals: start.journals });
      } catch (error) {
        fail(error);
      } finally {
        if (live) setReady(true);
      }
    })();
    return () => {
      live = false;
    };
    // Runs once per window.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // ----- autosave journal -----
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = async (): Promise<void> => {
      const meta = store.meta;
      if (!meta.dirty || meta.saving) return;
      try {
        const { journaledAt } = await backend.invoke('journal.write', { key: meta.journalKey, path: meta.path, file: store.toFile() });
        if (store.meta.dirty) store.markJournaled(journaledAt);
      } catch {
        // The journal is a safety net; a failed write is retried after the next edit.
      }
    };
    const unsubscribe = store.subscribeChanges(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void write(), AUTOSAVE_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [backend, store]);

  // ----- the user's memory: loaded once; a new current paragraph selects its best match -----
  const reloadMemory = useCallback(async () => {
    try {
      const { units } = await backend.invoke('tm.load', {});
      await memory.setUserUnits(units);
    } catch (error) {
      fail(error);
    }
  }, [backend, memory, fail]);
  useEffect(() => {
    void reloadMemory();
    let active = store.meta.activeId;
    return store.subscribeMeta(() => {
      if (store.meta.activeId === active) return;
      active = store.meta.activeId;
      memory.resetSelection();
    });
  }, [store, memory, reloadMemory]);

  // ----- linked glossaries follow the project's links -----
  useEffect(() => {
    let linked: readonly string[] | null = null;
    let request = 0;
    const load = (): void => {
      const paths = store.meta.glossaries;
      if (paths === linked) return;
      linked = paths;
      const mine = ++request;
      backend
        .invoke('glossary.load', { paths: [...paths] })
        .then(({ glossaries: loaded }) => {
          if (mine !== request) return;
          glossaries.setLinked(loaded);
          for (const l of loaded) if (l.error) notify('error', errorMessage(l.error));
        })
        .catch(fail);
    };
    load();
    return store.subscribeMeta(load);
  }, [backend, store, glossaries, notify, fail]);

  // ----- the editor's services: row commands' needs, term highlights, the selection's readers -----
  // The plugins keep the services of the project's opening, and this render's `t` is fixed to the
  // language of now: their words come from the i18next instance, in the language of when they speak.
  services.current = {
    occurrences: (unit) => analysis.occurrencesOf(unit),
    rendering: (id, n) => {
      const entryId = analysis.orderedEntries(id)[n - 1];
      const entry = entryId ? glossaries.snapshot.entries.get(entryId) : undefined;
      const text = entry?.renderings[0];
      return entry && text ? { text, entryId: entry.id } : null;
    },
    memoryMatch: (id) => {
      const sentence = store.meta.activeSentence;
      const match = memory.flatMatches(id, sentence)[memory.selectedIndex] ?? memory.flatMatches(id, sentence)[0];
      if (!match) notify('info', i18n.t('memory.noMatch'));
      return match?.unit.target ?? null;
    },
    selectMatch: (id, delta) => memory.select(memory.selectedIndex + delta, memory.flatMatches(id, store.meta.activeSentence).length),
    notify: (key, values) => notify('info', i18n.t(key, values)),
    askConfirm: setConfirmAsk,
    assist,
    reviewer: () => review.current,
    describeChange: changeTooltips(i18n),
  };

  // A language switch: the tracked changes' tooltips are drawn again in the new words (not only once a paragraph is edited).
  const tooltipLanguage = useRef(i18n.language);
  useEffect(() => {
    if (tooltipLanguage.current === i18n.language) return;
    tooltipLanguage.current = i18n.language;
    const state = store.state;
    if (state) store.dispatch(refreshReviewMarks(state.tr));
  }, [store, i18n.language]);

  // The dictionary loaded, a word added to my words or ignored: the spell marks are computed again.
  useEffect(
    () =>
      assist.subscribe(() => {
        const state = store.state;
        if (state) store.dispatch(refreshSpelling(state.tr));
      }),
    [store, assist],
  );

  // Selected Chinese is looked up in the dictionary card; the glossary and notes read the latest selection.
  useEffect(
    () =>
      store.subscribeState(() => {
        const state = store.state;
        const span = state ? selection.report(state) : null;
        if (span?.side === 'source') dictionary.lookUpSelection(span.text);
      }),
    [store, selection, dictionary],
  );

  // A changed glossary: the term highlights of every paragraph are computed again.
  useEffect(
    () =>
      glossaries.subscribe(() => {
        const state = store.state;
        if (state) store.dispatch(refreshTerms(state.tr));
      }),
    [store, glossaries],
  );

  return {
    store,
    confirmAsk,
    setConfirmAsk,
    editor,
    glossaries,
    analysis,
    qa,
    memory,
    assist,
    reloadMemory,
    selection,
    dictionary,
    review,
    dialog,
    setDialog,
    notices,
    notify,
    dismiss,
    workspace,
    ready,
    importFile,
    importPasted,
    open,
    openPath,
    save,
    recover,
    discardJournal,
    fail,
  };
}
