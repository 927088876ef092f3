import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../src/api/contract.js';
import type { Startup } from '../app/startSession.js';
import { useWorkbench } from '../app/useWorkbench.js';
import { useMetaValue } from '../hooks/useStore.js';
import { switchLanguage } from '../i18n/index.js';
import type { Backend } from '../platform/index.js';
import { OpenDialog, RecoveryDialog, SaveDialog, UnsavedDialog } from './dialogs.js';
import { Notices } from './Notices.js';
import { SidePanel } from './SidePanel.js';
import { StatusBar } from './StatusBar.js';
import { Toolbar } from './Toolbar.js';
import { UnitRows } from './UnitRows.js';

/** The workbench window: toolbar, aligned rows, side panel, status bar, dialogs and notices. */
export function App({ backend, startup }: { readonly backend: Backend; readonly startup: Promise<Startup> }): ReactNode {
  const { t, i18n } = useTranslation();
  const wb = useWorkbench(backend, startup);
  const { store } = wb;
  const title = useMetaValue(store, (m) => m.title);
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  // The back end builds native menus in the UI language.
  useEffect(() => {
    void backend.invoke('app.setLanguage', { language: i18n.language as Language }).catch(() => undefined);
  }, [backend, i18n.language]);

  // Native menu commands (Electron).
  useEffect(
    () =>
      backend.onMenuCommand(({ command, path }) => {
        if (command === 'import') fileInput.current?.click();
        else if (command === 'open') void wb.open();
        else if (command === 'save') void wb.save();
        else if (command === 'saveAs') void wb.save(true);
        else if (command === 'openRecent' && path) void wb.openPath(path);
        else if (command === 'language:en' || command === 'language:zh-CN') void switchLanguage(command.slice('language:'.length) as Language);
      }),
    [backend, wb],
  );

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
  return (
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
        onOpen={() => void wb.open()}
        onSave={() => void wb.save()}
        onSaveAs={() => void wb.save(true)}
      />
      <Notices notices={wb.notices} dismiss={wb.dismiss} />
      <div className="workspace">
        <main className="rows-pane">
          <UnitRows store={store} registry={wb.registry} commands={wb.rowCommands} />
        </main>
        <SidePanel store={store} />
      </div>
      <StatusBar store={store} />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('drop.hint')}
        </div>
      )}
      {dialog?.kind === 'open' && <OpenDialog listing={dialog.listing} onOpen={(p) => void wb.openPath(p)} onCancel={() => wb.setDialog(null)} />}
      {dialog?.kind === 'save' && (
        <SaveDialog workspace={dialog.workspace} suggestedName={dialog.suggestedName} onSave={dialog.resolve} onCancel={() => dialog.resolve(null)} />
      )}
      {dialog?.kind === 'recovery' && (
        <RecoveryDialog journals={dialog.journals} onRecover={(k) => void wb.recover(k)} onDiscard={(k) => void wb.discardJournal(k)} onClose={() => wb.setDialog(null)} />
      )}
      {dialog?.kind === 'unsaved' && <UnsavedDialog onChoose={dialog.resolve} />}
    </div>
  );
}
