import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../src/api/contract.js';
import type { Startup } from '../app/startSession.js';
import { useGlossaryActions } from '../app/useGlossaryActions.js';
import { useMemoryActions } from '../app/useMemoryActions.js';
import { useDeliverActions } from '../app/useDeliverActions.js';
import { useWorkbench } from '../app/useWorkbench.js';
import { WorkbenchContext, type Workbench } from '../app/workbenchContext.js';
import { useMetaValue } from '../hooks/useStore.js';
import { switchLanguage } from '../i18n/index.js';
import type { Backend } from '../platform/index.js';
import { ContextMenu, type MenuItem } from './ContextMenu.js';
import { SpellMenu } from './SpellMenu.js';
import { AlignDialog } from './align/AlignDialog.js';
import { ExportDialog, type ExportFormat } from './ExportDialog.js';
import { PreflightDialog } from './PreflightDialog.js';
import { PasteDialog } from './PasteDialog.js';
import { HiddenFileInput } from './HiddenFileInput.js';
import { ChangedOnDiskDialog, OpenDialog, RecoveryDialog, SaveDialog, UnsavedDialog } from './dialogs.js';
import { ClearMemoryDialog, PretranslateDialog } from './memoryDialogs.js';
import { ProgressBar } from './ProgressBar.js';
import { useProgress } from '../app/useProgress.js';
import { EntryDialog, ImportLanguagesDialog, LinkEntryDialog, NewGlossaryDialog, NoteDialog, PickGlossaryDialog } from './glossaryDialogs.js';
import { TermCard } from './TermCard.js';
import { TermCandidatesDialog } from './TermCandidatesDialog.js';
import { AboutDialog } from './AboutDialog.js';
import { Notices } from './Notices.js';
import { SidePanel } from './SidePanel.js';
import { StatusBar } from './StatusBar.js';
import { Toolbar } from './Toolbar.js';
import { UnitRows } from './UnitRows.js';
import { FindBar, stepFind, type FindRequest } from './FindBar.js';
import { FilterBar } from './FilterBar.js';
import { correct, type Correction } from '../editor/transactions.js';
import { correctionNotice } from '../editor/commands.js';
import { useRowTools } from '../app/useRowTools.js';
import { RepetitionOffer } from './RepetitionOffer.js';
import { ConfirmSentencesDialog } from './sentenceDialogs.js';
import { useSentenceMode } from '../app/useSentenceMode.js';
import type { Transaction } from 'prosemirror-state';
import { accept, goToChange, reject, settleAll, type ChangeAt } from '../editor/review.js';

/** The workbench window: toolbar, aligned rows, side panel, status bar, dialogs and notices. */
export function App({ backend, startup }: { readonly backend: Backend; readonly startup: Promise<Startup> }): ReactNode {
  const { t, i18n } = useTranslation();
  const progress = useProgress();
  const wb = useWorkbench(backend, startup, progress.track);
  const { store } = wb;
  const title = useMetaValue(store, (m) => m.title);
  const fileInput = useRef<HTMLInputElement>(null);
  const rowsPane = useRef<HTMLElement>(null);
  const [dragging, setDragging] = useState(false);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);
  const [exporting, setExporting] = useState<ExportFormat | null>(null);
  const [aligning, setAligning] = useState(false);
  const [about, setAbout] = useState(false);
  const [pasting, setPasting] = useState(false);
  const [finding, setFinding] = useState<FindRequest | null>(null);
  const [filtering, setFiltering] = useState(false);
  const glossary = useGlossaryActions({ backend, store, glossaries: wb.glossaries, selection: wb.selection, notify: wb.notify, fail: wb.fail });
  const memoryActions = useMemoryActions({ backend, store, memory: wb.memory, reloadMemory: wb.reloadMemory, notify: wb.notify, fail: wb.fail, track: progress.track });
  const [memoryMenu, setMemoryMenu] = useState<{ x: number; y: number } | null>(null);
  const reviewerName = useCallback(() => wb.review.current.author, [wb.review]);
  const deliver = useDeliverActions({ backend, store, notify: wb.notify, fail: wb.fail, reviewer: reviewerName });
  // XLIFF and TMX of the project, after the same preflight as the PDF and Word files.
  const { checkFirst, reviewInput } = deliver;
  const exportXliff = useCallback((): void => void checkFirst('xliff', () => void memoryActions.exportXliff()), [checkFirst, memoryActions]);
  const exportProjectTmx = useCallback((): void => void checkFirst('tmx', () => void memoryActions.exportTmx('project')), [checkFirst, memoryActions]);
  const [rowMenu, setRowMenu] = useState<{ unitId: string; x: number; y: number } | null>(null);
  const openRowMenu = useCallback((unitId: string, x: number, y: number) => setRowMenu({ unitId, x, y }), []);
  const askConfirm = wb.setConfirmAsk;
  const context = useMemo<Workbench>(
    () => ({ store, glossaries: wb.glossaries, analysis: wb.analysis, qa: wb.qa, memory: wb.memory, editor: wb.editor, dictionary: wb.dictionary, review: wb.review, openRowMenu, askConfirm }),
    [store, wb.glossaries, wb.analysis, wb.qa, wb.memory, wb.editor, wb.dictionary, wb.review, openRowMenu, askConfirm],
  );
  const sentenceMode = useSentenceMode(store, (text) => wb.notify('info', text));
  const correctRow = useCallback(
    (kind: Correction, unitId: string) => {
      const state = store.state;
      const made = state ? correct(state, kind, unitId) : null;
      if (!made) return;
      store.dispatch(made.tr);
      correctionNotice(kind, made.excluded, { notify: (key, values) => wb.notify('info', t(key, values)) });
    },
    [store, wb, t],
  );
  const rowTools = useRowTools(store, (text) => wb.notify('info', text));
  /** Ctrl+Shift+E: review mode on or off, said in a notice. */
  const toggleReview = useCallback(() => {
    const on = wb.review.toggle();
    wb.notify('info', t(on ? 'review.on' : 'review.off', { author: wb.review.current.author }));
  }, [wb, t]);
  const reviewing = useSyncExternalStore(
    (l) => wb.review.subscribe(l),
    () => wb.review.current.on,
  );
  const [changeMenu, setChangeMenu] = useState<{ at: ChangeAt; x: number; y: number } | null>(null);
  const settle = (make: Transaction | null): void => {
    if (make) store.dispatch(make);
  };
  const changeMenuItems = (at: ChangeAt): MenuItem[] => {
    const state = store.state;
    if (!state) return [];
    return [
      { label: t('review.accept'), shortcut: 'Ctrl+Alt+A', run: () => store.state && settle(accept(store.state, at)) },
      { label: t('review.reject'), shortcut: 'Ctrl+Alt+R', run: () => store.state && settle(reject(store.state, at)) },
      { label: t('review.acceptParagraph'), run: () => store.state && settle(settleAll(store.state, 'accept', new Set([at.unitId]))) },
      { label: t('review.rejectParagraph'), run: () => store.state && settle(settleAll(store.state, 'reject', new Set([at.unitId]))) },
      { label: t('review.next'), shortcut: 'Ctrl+Alt+PageDown', run: () => store.command(goToChange(1, (key) => wb.notify('info', t(key)))) },
    ];
  };
  const rowMenuItems = (unitId: string, at: { readonly x: number; readonly y: number }): MenuItem[] => {
    const unit = store.unit(unitId);
    const n = store.indexOf(unitId) + 1;
    return [
      { label: t('correct.excludeAbove'), shortcut: 'Ctrl+Alt+Home', run: () => correctRow('excludeAbove', unitId) },
      { label: t('correct.excludeBelow'), shortcut: 'Ctrl+Alt+End', run: () => correctRow('excludeBelow', unitId) },
      { label: t('correct.makeTitle'), shortcut: 'Ctrl+Alt+1', run: () => correctRow('makeTitle', unitId) },
      unit?.attrs.excluded
        ? { label: t('unit.include', { n }), run: () => store.setExcluded(unitId, null) }
        : { label: t('unit.exclude', { n }), run: () => store.setExcluded(unitId, 'user') },
      ...rowTools.rowItems(unitId, at),
      ...sentenceMode.rowItems(unitId),
    ];
  };

  // Glossary and note shortcuts work on the latest selection, in the Chinese or the English, in both modes.
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      // The selection a key before (Ctrl+Shift+→) reaches the editor's state with the browser's
      // selectionchange event, a task that may still be queued when this key arrives: the shortcuts that
      // read the selection run one task later, after it (they missed a fresh selection otherwise).
      const withSelection = (run: () => void): void => void setTimeout(run, 0);
      if (mod && e.shiftKey && !e.altKey && key === 'g') withSelection(() => void glossary.addTerm());
      else if (mod && e.shiftKey && !e.altKey && key === 'l') withSelection(() => glossary.linkSelection());
      else if (mod && e.altKey && !e.shiftKey && (key === 'm' || e.code === 'KeyM')) withSelection(() => glossary.addNote());
      else if (mod && e.altKey && !e.shiftKey && (key === 'c' || e.code === 'KeyC')) withSelection(() => glossary.addComment(wb.review.current.author));
      else if (mod && e.shiftKey && !e.altKey && (key === 'e' || e.code === 'KeyE')) toggleReview();
      else if (mod && e.shiftKey && !e.altKey && key === 'f') withSelection(() => wb.memory.requestConcordance(wb.selection.current?.text ?? ''));
      else if (mod && !e.shiftKey && !e.altKey && (key === 'f' || key === 'h')) {
        const state = store.state;
        const seed = state && !state.selection.empty ? state.doc.textBetween(state.selection.from, state.selection.to, '\n') : '';
        setFinding((f) => ({ mode: key === 'h' ? 'replace' : 'find', seq: (f?.seq ?? 0) + 1, seed: seed.includes('\n') ? '' : seed }));
      } else if (e.key === 'F3' && !mod && !e.altKey && !(e.target instanceof Element && e.target.closest('.find-bar'))) {
        if (finding) stepFind(store, e.shiftKey ? -1 : 1);
        else return;
      } else if (mod && e.altKey && !e.shiftKey && (key === 'f' || e.code === 'KeyF')) setFiltering((open) => !open);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [glossary, wb.memory, wb.selection, wb.review, store, finding, toggleReview]);

  // The back end builds native menus in the UI language.
  useEffect(() => {
    void backend.invoke('app.setLanguage', { language: i18n.language as Language }).catch(() => undefined);
  }, [backend, i18n.language]);

  // Native menu commands (Electron).
  useEffect(
    () =>
      backend.onMenuCommand(({ command, path }) => {
        if (command === 'import') fileInput.current?.click();
        else if (command === 'pasteProject') setPasting(true);
        else if (command === 'open') void wb.open();
        else if (command === 'save') void wb.save();
        else if (command === 'saveAs') void wb.save(true);
        else if (command === 'openRecent' && path) void wb.openPath(path);
        else if (command === 'addTerm') void glossary.addTerm();
        else if (command === 'linkTerm') glossary.linkSelection();
        else if (command === 'addNote') glossary.addNote();
        else if (command === 'addComment') glossary.addComment(wb.review.current.author);
        else if (command === 'toggleReview') toggleReview();
        else if (command === 'exportPdf') setExporting('pdf');
        else if (command === 'pretranslate') memoryActions.pretranslate();
        else if (command === 'importMemory') memoryActions.tmxInput.current?.click();
        else if (command === 'exportXliff') exportXliff();
        else if (command === 'mergeXliff') memoryActions.xliffInput.current?.click();
        else if (command === 'exportTmx') exportProjectTmx();
        else if (command === 'exportDocx') setExporting('docx');
        else if (command === 'mergeReview') reviewInput.current?.click();
        else if (command === 'concordance') wb.memory.requestConcordance(wb.selection.current?.text ?? '');
        else if (command === 'align') setAligning(true);
        else if (command === 'about') setAbout(true);
        else if (command === 'findTerms') glossary.findCandidates();
        else if (command === 'sentenceModeAll' || command === 'paragraphModeAll') sentenceMode.switchUnits('all', command === 'sentenceModeAll');
        else if (command === 'language:en' || command === 'language:zh-CN') void switchLanguage(command.slice('language:'.length) as Language);
      }),
    [backend, wb, glossary, memoryActions, exportXliff, exportProjectTmx, reviewInput, sentenceMode, toggleReview],
  );

  // Pasting outside the paragraphs into a project with no work in it (the sample, a fresh import) makes a new project of the clipboard.
  useEffect(() => {
    const onPaste = (e: ClipboardEvent): void => {
      const target = e.target as HTMLElement | null;
      if (pasting || !e.clipboardData || target?.closest('input, textarea, select, [contenteditable="true"], .ProseMirror')) return;
      const untouched = store.meta.path === null && store.units.every((u) => u.attrs.status === 'untranslated');
      if (!untouched) return;
      e.preventDefault();
      void wb.importPasted(e.clipboardData.getData('text/plain'), e.clipboardData.getData('text/html') || null);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [store, wb, pasting]);

  // Web mode has no native menu: the same shortcuts on the window. A page with unsaved work asks before it closes.
  useEffect(() => {
    if (backend.mode !== 'web') return;
    const onKey = (e: KeyboardEvent): void => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 's') {
        e.preventDefault();
        void wb.save(e.shiftKey);
      } else if (key === 'o') {
        e.preventDefault();
        if (e.shiftKey) fileInput.current?.click();
        else void wb.open();
      } else if (key === 'p' && !e.shiftKey) {
        e.preventDefault();
        setExporting('pdf');
      }
    };
    const onBeforeUnload = (e: BeforeUnloadEvent): void => {
      if (store.meta.dirty) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [backend, wb, store]);

  const dialog = wb.dialog;
  const gd = glossary.dialog;
  const menuItems = (): MenuItem[] => {
    const sel = wb.selection.current;
    const items: MenuItem[] = [];
    if (sel?.side === 'source') items.push({ label: t('menu.addTerm'), shortcut: 'Ctrl+Shift+G', run: () => void glossary.addTerm() });
    items.push({ label: t('menu.linkTerm'), shortcut: 'Ctrl+Shift+L', run: glossary.linkSelection });
    items.push({ label: t('menu.unlinkTerm'), run: glossary.unlinkSelection });
    items.push({ label: t('menu.addNote'), shortcut: 'Ctrl+Alt+M', run: glossary.addNote });
    items.push({ label: t('review.addComment'), shortcut: 'Ctrl+Alt+C', run: () => glossary.addComment(wb.review.current.author) });
    items.push(...rowTools.selectionItems());
    return items;
  };
  return (
    <WorkbenchContext.Provider value={context}>
    <div
      className={`app${dragging ? ' dragging' : ''}`}
      data-ready={wb.ready ? 'true' : 'false'}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer.files[0];
        if (file) void wb.importFile(file);
      }}
    >
      <Toolbar
        title={title}
        fileInput={fileInput}
        onImport={(f) => void wb.importFile(f)}
        onPasteProject={() => setPasting(true)}
        onOpen={() => void wb.open()}
        onSave={() => void wb.save()}
        onSaveAs={() => void wb.save(true)}
        onExport={() => setExporting('pdf')}
        onMemoryMenu={(x, y) => setMemoryMenu({ x, y })}
        onAbout={() => setAbout(true)}
        onFilter={() => setFiltering((open) => !open)}
        reviewing={reviewing}
        onReview={toggleReview}
      />
      <HiddenFileInput inputRef={memoryActions.tmxInput} accept=".tmx,.xlf,.xliff,.xml" label={t('memory.importInput')} onFile={(f) => void memoryActions.importMemory(f)} />
      <HiddenFileInput inputRef={memoryActions.xliffInput} accept=".xlf,.xliff,.xml" label={t('memory.mergeInput')} onFile={(f) => void memoryActions.mergeXliff(f)} />
      <HiddenFileInput inputRef={deliver.reviewInput} accept=".docx" label={t('deliver.mergeInput')} onFile={(f) => void deliver.mergeReview(f)} />
      <Notices notices={wb.notices} dismiss={wb.dismiss} />
      {rowTools.offer && <RepetitionOffer offer={rowTools.offer} auto={rowTools.auto} onFill={() => rowTools.offer && rowTools.fillOffer(rowTools.offer)} onAuto={rowTools.setAuto} onDismiss={rowTools.dismissOffer} />}
      <ProgressBar state={progress.state} />
      <div className="workspace">
        <div className="rows-column">
        {finding && <FindBar request={finding} onClose={() => setFinding(null)} notify={(text) => wb.notify('info', text)} />}
        <FilterBar open={filtering} onClose={() => setFiltering(false)} />
        <main
          className="rows-pane"
          ref={rowsPane}
          onContextMenu={(e) => {
            // A tracked change (an insertion, or a deletion's struck text): its own menu.
            const change = e.target instanceof Element ? e.target.closest('[data-change]') : null;
            if (change) {
              e.preventDefault();
              setChangeMenu({ at: { unitId: change.getAttribute('data-change-unit') ?? '', index: Number(change.getAttribute('data-change')) }, x: e.clientX, y: e.clientY });
              return;
            }
            if (!wb.selection.current && !rowTools.selectionItems().length) return;
            e.preventDefault();
            setMenu({ x: e.clientX, y: e.clientY });
          }}
        >
          <UnitRows />
        </main>
        </div>
        <SidePanel actions={glossary} memoryActions={memoryActions} />
      </div>
      <StatusBar store={store} />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('drop.hint')}
        </div>
      )}
      {pasting && (
        <PasteDialog
          onPaste={(text, html) => {
            setPasting(false);
            void wb.importPasted(text, html);
          }}
          onCancel={() => setPasting(false)}
        />
      )}
      {dialog?.kind === 'open' && <OpenDialog listing={dialog.listing} onOpen={(p) => void wb.openPath(p)} onCancel={() => wb.setDialog(null)} />}
      {dialog?.kind === 'save' && (
        <SaveDialog workspace={dialog.workspace} suggestedName={dialog.suggestedName} onSave={dialog.resolve} onCancel={() => dialog.resolve(null)} />
      )}
      {dialog?.kind === 'recovery' && (
        <RecoveryDialog journals={dialog.journals} onRecover={(k) => void wb.recover(k)} onDiscard={(k) => void wb.discardJournal(k)} onClose={() => wb.setDialog(null)} />
      )}
      {dialog?.kind === 'unsaved' && <UnsavedDialog onChoose={dialog.resolve} />}
      {dialog?.kind === 'changedOnDisk' && <ChangedOnDiskDialog path={dialog.path} onChoose={dialog.resolve} />}
      {gd?.kind === 'entry' && (
        <EntryDialog
          entry={gd.entry}
          isNew={gd.isNew}
          glossaryName={wb.glossaries.snapshot.linked.find((l) => l.path === gd.path)?.glossary?.name ?? gd.path}
          onSave={(entry) => void glossary.saveEntry(gd.path, entry)}
          onDelete={() => void glossary.deleteEntry(gd.entry.id)}
          onCancel={glossary.close}
        />
      )}
      {gd?.kind === 'link' && (
        <LinkEntryDialog snapshot={wb.glossaries.snapshot} selectedText={gd.anchor.text} onChoose={(id) => glossary.applyLink(gd.anchor, id)} onCancel={glossary.close} />
      )}
      {gd?.kind === 'note' && (
        <NoteDialog
          text={gd.text}
          anchorText={gd.anchor?.text ?? null}
          isNew={gd.noteId === null}
          {...(gd.review ? { reviewAuthor: gd.review.author } : {})}
          onSave={(text) => glossary.saveNote(gd.noteId, text, gd.anchor, gd.review)}
          onDelete={() => gd.noteId && glossary.deleteNote(gd.noteId)}
          onCancel={glossary.close}
        />
      )}
      {gd?.kind === 'pickGlossary' && <PickGlossaryDialog listing={gd.listing} onPick={(name) => void glossary.linkPath(name)} onCancel={glossary.close} />}
      {gd?.kind === 'newGlossary' && <NewGlossaryDialog onCreate={(name) => void glossary.createNamedGlossary(name)} onCancel={glossary.close} />}
      {gd?.kind === 'candidates' && <TermCandidatesDialog backend={backend} actions={glossary} onClose={glossary.close} onError={wb.fail} />}
      {about && <AboutDialog backend={backend} onClose={() => setAbout(false)} />}
      {gd?.kind === 'importLanguages' && (
        <ImportLanguagesDialog languages={gd.languages} onImport={(pair) => void glossary.importGlossaryFile(gd.file, gd.path, pair)} onCancel={glossary.close} />
      )}
      {exporting && (
        <ExportDialog
          backend={backend}
          store={store}
          initialFormat={exporting}
          checkFirst={deliver.checkFirst}
          checking={deliver.checking}
          onClose={() => setExporting(null)}
          onError={wb.fail}
          onDone={(name) => {
            setExporting(null);
            wb.notify('info', t('export.done', { name }));
          }}
        />
      )}
      {deliver.pending && (
        <PreflightDialog
          pending={deliver.pending}
          onStop={deliver.close}
          onExport={() => {
            deliver.pending?.proceed();
            deliver.close();
          }}
          onJump={(unitId) => {
            deliver.close();
            setExporting(null);
            wb.editor.focus(unitId);
          }}
        />
      )}
      {memoryActions.dialog?.kind === 'languages' && (
        <ImportLanguagesDialog
          languages={memoryActions.dialog.languages}
          onImport={(pair) => memoryActions.dialog?.kind === 'languages' && void memoryActions.importMemory(memoryActions.dialog.file, { sourceLang: pair.source, targetLang: pair.target })}
          onCancel={() => memoryActions.setDialog(null)}
        />
      )}
      {memoryActions.dialog?.kind === 'pretranslate' && (
        <PretranslateDialog
          filled={memoryActions.dialog.fills.size}
          untranslated={memoryActions.dialog.untranslated}
          analysis={memoryActions.dialog.analysis}
          onApply={() => memoryActions.dialog?.kind === 'pretranslate' && memoryActions.applyPretranslation(memoryActions.dialog.fills, memoryActions.dialog.untranslated)}
          onCancel={() => memoryActions.setDialog(null)}
        />
      )}
      {memoryActions.dialog?.kind === 'clear' && <ClearMemoryDialog size={wb.memory.userSize} onClear={() => void memoryActions.clearMemory()} onCancel={() => memoryActions.setDialog(null)} />}
      {memoryMenu && (
        <ContextMenu
          x={memoryMenu.x}
          y={memoryMenu.y}
          items={[
            { label: t('memory.import'), run: () => memoryActions.tmxInput.current?.click() },
            { label: t('align.menu'), run: () => setAligning(true) },
            { label: t('memory.pretranslate'), run: memoryActions.pretranslate },
            { label: t('memory.concordance'), shortcut: 'Ctrl+Shift+F', run: () => wb.memory.requestConcordance(wb.selection.current?.text ?? '') },
            { label: t('memory.exportXliff'), run: exportXliff },
            { label: t('memory.mergeXliff'), run: () => memoryActions.xliffInput.current?.click() },
            { label: t('memory.exportProjectTmx'), run: exportProjectTmx },
            { label: t('deliver.mergeReview'), run: () => deliver.reviewInput.current?.click() },
            { label: t('memory.exportUserTmx'), run: () => void memoryActions.exportTmx('user') },
            { label: t('memory.clear'), run: () => memoryActions.setDialog({ kind: 'clear' }) },
          ]}
          onClose={() => setMemoryMenu(null)}
        />
      )}
      {aligning && (
        <AlignDialog
          backend={backend}
          glossaries={wb.glossaries.snapshot.linked.map((l) => l.path)}
          onClose={() => setAligning(false)}
          notify={wb.notify}
          onSaved={(message) => {
            wb.notify('info', message);
            void wb.reloadMemory();
          }}
        />
      )}
      {menu && <ContextMenu x={menu.x} y={menu.y} items={menuItems()} onClose={() => setMenu(null)} />}
      {changeMenu && <ContextMenu x={changeMenu.x} y={changeMenu.y} items={changeMenuItems(changeMenu.at)} onClose={() => setChangeMenu(null)} />}
      {rowMenu && <ContextMenu x={rowMenu.x} y={rowMenu.y} items={rowMenuItems(rowMenu.unitId, rowMenu)} onClose={() => setRowMenu(null)} />}
      {rowTools.kindMenu && <ContextMenu x={rowTools.kindMenu.x} y={rowTools.kindMenu.y} items={rowTools.kindItems(rowTools.kindMenu.unitId)} onClose={rowTools.closeKindMenu} />}
      {wb.confirmAsk && (
        <ConfirmSentencesDialog
          request={wb.confirmAsk}
          onChoose={(choice) => {
            if (wb.confirmAsk) sentenceMode.answer(wb.confirmAsk, choice);
            wb.setConfirmAsk(null);
          }}
        />
      )}
      <SpellMenu assist={wb.assist} store={store} onError={wb.fail} />
      <TermCard container={rowsPane} />
    </div>
    </WorkbenchContext.Provider>
  );
}
