import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal.js';

/**
 * *New project from clipboard*: a paste target. Pasting (Ctrl+V) hands the clipboard's HTML (as a
 * browser copies a page) and plain text to `onPaste`; nothing is inserted here.
 */
export function PasteDialog({ onPaste, onCancel }: { readonly onPaste: (text: string, html: string | null) => void; readonly onCancel: () => void }): ReactNode {
  const { t } = useTranslation();
  return (
    <Modal title={t('paste.title')} onCancel={onCancel}>
      <p>{t('paste.hint')}</p>
      <div
        className="paste-target"
        role="textbox"
        aria-label={t('paste.target')}
        aria-multiline="true"
        tabIndex={0}
        contentEditable
        suppressContentEditableWarning
        onPaste={(e) => {
          e.preventDefault();
          const html = e.clipboardData.getData('text/html');
          onPaste(e.clipboardData.getData('text/plain'), html || null);
        }}
        onBeforeInput={(e) => e.preventDefault()}
      />
      <div className="dialog-buttons">
        <button type="button" onClick={onCancel}>
          {t('dialog.cancel')}
        </button>
      </div>
    </Modal>
  );
}
