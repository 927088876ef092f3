import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../src/api/contract.js';
import { switchLanguage } from '../i18n/index.js';
import { HiddenFileInput } from './HiddenFileInput.js';

interface Props {
  readonly onImport: (file: File) => void;
  /** Opens *New project from clipboard*. */
  readonly onPasteProject: () => void;
  readonly onOpen: () => void;
  readonly onSave: () => void;
  readonly onSaveAs: () => void;
  readonly onExport: () => void;
  /** Opens the Memory menu under its button. */
  readonly onMemoryMenu: (x: number, y: number) => void;
  /** Opens *About Duizhao* (version, data licences). */
  readonly onAbout: () => void;
  /** Shows or hides the filter bar. */
  readonly onFilter: () => void;
  /** Review mode is on (tracked changes); the toggle shows it pressed. */
  readonly reviewing: boolean;
  readonly onReview: () => void;
  readonly title: string | null;
  /** Exposes the hidden file input so the native menu's Import can open it. */
  readonly fileInput: React.RefObject<HTMLInputElement | null>;
}

/** The window's own menu: file actions and the UI language (Electron adds native menus with the same commands). */
export function Toolbar({ onImport, onPasteProject, onOpen, onSave, onSaveAs, onExport, onMemoryMenu, onAbout, onFilter, reviewing, onReview, title, fileInput }: Props): ReactNode {
  const { t, i18n } = useTranslation();
  return (
    <header className="toolbar">
      <div className="brand" aria-hidden="true">
        对照 <span>Duizhao</span>
      </div>
      <nav role="toolbar" aria-label={t('menu.toolbar')}>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('menu.import')}
        </button>
        <button type="button" onClick={onPasteProject}>
          {t('paste.menu')}
        </button>
        <button type="button" onClick={onOpen}>
          {t('menu.open')}
        </button>
        <button type="button" onClick={onSave}>
          {t('menu.save')}
        </button>
        <button type="button" onClick={onSaveAs}>
          {t('menu.saveAs')}
        </button>
        <button type="button" onClick={onExport}>
          {t('export.export')}
        </button>
        <button
          type="button"
          aria-haspopup="menu"
          onClick={(e) => {
            const r = e.currentTarget.getBoundingClientRect();
            onMemoryMenu(r.left, r.bottom + 2);
          }}
        >
          {t('memory.menu')}
        </button>
        <button type="button" onClick={onFilter} title="Ctrl+Alt+F">
          {t('filter.open')}
        </button>
        <button type="button" className="review-toggle" aria-pressed={reviewing} onClick={onReview} title="Ctrl+Shift+E">
          {t('review.mode')}
        </button>
        <button type="button" onClick={onAbout}>
          {t('about.open')}
        </button>
      </nav>
      <HiddenFileInput inputRef={fileInput} accept=".txt,.text,.html,.htm,.xhtml,.shtml,.docx,.doc,.pdf,text/plain,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document" label={t('dialog.importInput')} onFile={onImport} />
      <h1 className="doc-title" lang="zh-CN">
        {title}
      </h1>
      <label className="language">
        <span className="visually-hidden">{t('language.label')}</span>
        <select aria-label={t('language.label')} value={i18n.language} onChange={(e) => void switchLanguage(e.target.value as Language)}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
