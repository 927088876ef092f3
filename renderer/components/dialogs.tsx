import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalSummary, ProjectListing } from '../../src/api/contract.js';
import { PROJECT_EXTENSION } from '../../src/document/projectFile.js';
import { usePromised } from '../hooks/usePromised.js';
import { Modal } from './Modal.js';

/** What a listing shows when the back end cannot answer. */
export const EMPTY_LISTING: ProjectListing = { workspace: null, files: [], recent: [] };

const when = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** Web mode's Open dialog: the workspace's projects (not its glossaries: the Glossary tab links those) and the recent ones. */
export function OpenDialog(props: {
  readonly listing: Promise<ProjectListing>;
  readonly onOpen: (path: string) => void;
  readonly onCancel: () => void;
}): ReactNode {
  const { t, i18n } = useTranslation();
  const listing = usePromised(props.listing, EMPTY_LISTING);
  return (
    <Modal title={t('dialog.openTitle')} onCancel={props.onCancel}>
      {listing && (
        <>
          {listing.workspace !== null && (
            <section>
              <h3>{t('dialog.workspaceFiles', { folder: listing.workspace })}</h3>
              {!listing.files.some((f) => f.name.endsWith(PROJECT_EXTENSION)) ? (
                <p>{t('dialog.noFiles')}</p>
              ) : (
                <ul className="file-list">
                  {listing.files.filter((f) => f.name.endsWith(PROJECT_EXTENSION)).map((f) => (
                    <li key={f.path}>
                      <button type="button" onClick={() => props.onOpen(f.name)}>
                        {f.name}
                      </button>{' '}
                      <span className="muted">{when(f.modified, i18n.language)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}
          <section>
            <h3>{t('dialog.recentFiles')}</h3>
            {listing.recent.length === 0 ? (
              <p>{t('menu.noRecent')}</p>
            ) : (
              <ul className="file-list">
                {listing.recent.map((r) => (
                  <li key={r.path}>
                    <button type="button" onClick={() => props.onOpen(r.path)} title={r.path}>
                      {r.title}
                    </button>{' '}
                    <span className="muted">{r.path}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      <div className="modal-actions">
        <button type="button" onClick={props.onCancel}>
          {t('dialog.cancel')}
        </button>
      </div>
    </Modal>
  );
}

/** A file name the workspace refuses: a path separator, a character Windows forbids, or a leading dot. */
export const BAD_NAME = /[\\/:*?"<>|]|^\./;

/** Web mode's Save dialog: a plain file name inside the workspace folder. */
export function SaveDialog(props: {
  readonly workspace: string;
  readonly suggestedName: string;
  readonly onSave: (name: string) => void;
  readonly onCancel: () => void;
}): ReactNode {
  const { t } = useTranslation();
  const [name, setName] = useState(props.suggestedName);
  const trimmed = name.trim();
  const full = trimmed.endsWith(PROJECT_EXTENSION) ? trimmed : `${trimmed}${PROJECT_EXTENSION}`;
  const bad = trimmed.length === 0 || BAD_NAME.test(trimmed);
  return (
    <Modal title={t('dialog.saveTitle')} onCancel={props.onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!bad) props.onSave(full);
        }}
      >
        <label className="field">
          {t('dialog.fileName')}
          <input value={name} onChange={(e) => setName(e.target.value)} aria-invalid={bad} aria-describedby="save-hint" />
        </label>
        <p id="save-hint" className="muted">
          {bad && trimmed.length > 0 ? t('dialog.badName') : t('dialog.fileNameHint', { folder: props.workspace })}
        </p>
        <div className="modal-actions">
          <button type="button" onClick={props.onCancel}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="primary" disabled={bad}>
            {t('dialog.saveButton')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** After a crash: the unsaved work the journals hold, each to recover or discard. */
export function RecoveryDialog(props: {
  readonly journals: readonly JournalSummary[];
  readonly onRecover: (key: string) => void;
  readonly onDiscard: (key: string) => void;
  readonly onClose: () => void;
}): ReactNode {
  const { t, i18n } = useTranslation();
  return (
    <Modal title={t('dialog.recoveryTitle')} onCancel={props.onClose}>
      <p>{t('dialog.recoveryBody')}</p>
      <ul className="file-list">
        {props.journals.map((j) => (
          <li key={j.key}>
            <strong>{j.title}</strong> <span className="muted">{j.path ?? ''}</span>
            <div className="muted">{t('dialog.journaledAt', { time: when(j.journaledAt, i18n.language) })}</div>
            <div className="modal-actions">
              <button type="button" className="primary" onClick={() => props.onRecover(j.key)}>
                {t('dialog.recover')}
              </button>
              <button type="button" onClick={() => props.onDiscard(j.key)}>
                {t('dialog.discard')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <div className="modal-actions">
        <button type="button" onClick={props.onClose}>
          {t('dialog.close')}
        </button>
      </div>
    </Modal>
  );
}

/** A question with a few answers and Cancel (Escape cancels too); the first answer is the primary one. */
export function ChoiceDialog<C extends string>(props: {
  readonly title: string;
  readonly body: string;
  readonly choices: ReadonlyArray<{ readonly value: C; readonly label: string; readonly danger?: boolean }>;
  readonly onChoose: (choice: C | 'cancel') => void;
}): ReactNode {
  const { t } = useTranslation();
  return (
    <Modal title={props.title} onCancel={() => props.onChoose('cancel')}>
      <p>{props.body}</p>
      <div className="modal-actions">
        {props.choices.map((c, i) => (
          <button key={c.value} type="button" className={c.danger ? 'danger' : i === 0 ? 'primary' : undefined} onClick={() => props.onChoose(c.value)}>
            {c.label}
          </button>
        ))}
        <button type="button" onClick={() => props.onChoose('cancel')}>
          {t('dialog.cancel')}
        </button>
      </div>
    </Modal>
  );
}

/** Asks what to do with unsaved changes before another project replaces them. */
export function UnsavedDialog(props: { readonly onChoose: (choice: 'save' | 'discard' | 'cancel') => void }): ReactNode {
  const { t } = useTranslation();
  return (
    <ChoiceDialog
      title={t('dialog.unsavedTitle')}
      body={t('dialog.unsavedBody')}
      choices={[
        { value: 'save', label: t('dialog.saveFirst') },
        { value: 'discard', label: t('dialog.discardChanges') },
      ]}
      onChoose={props.onChoose}
    />
  );
}

/** The project file changed on disk since this window read it: save elsewhere, overwrite it, or stop. */
export function ChangedOnDiskDialog(props: { readonly path: string; readonly onChoose: (choice: 'overwrite' | 'saveAs' | 'cancel') => void }): ReactNode {
  const { t } = useTranslation();
  return (
    <ChoiceDialog
      title={t('dialog.changedTitle')}
      body={t('dialog.changedBody', { name: props.path.split(/[\\/]/).pop() })}
      choices={[
        { value: 'saveAs', label: t('dialog.saveAsNew') },
        { value: 'overwrite', label: t('dialog.overwrite'), danger: true },
      ]}
      onChoose={props.onChoose}
    />
  );
}
