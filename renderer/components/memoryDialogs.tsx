import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal.js';

/** Pre-translation's summary before it fills anything: how many untranslated paragraphs have exact matches. */
export function PretranslateDialog(props: { readonly filled: number; readonly untranslated: number; readonly onApply: () => void; readonly onCancel: () => void }): ReactNode {
  const { t } = useTranslation();
  return (
    <Modal title={t('memory.pretranslateTitle')} onCancel={props.onCancel}>
      <p>{t('memory.pretranslateBody', { filled: props.filled, untranslated: props.untranslated })}</p>
      <div className="modal-actions">
        <button type="button" className="primary" onClick={props.onApply}>
          {t('memory.pretranslateApply', { count: props.filled })}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('dialog.cancel')}
        </button>
      </div>
    </Modal>
  );
}

/** Asks before the user's memory is emptied. */
export function ClearMemoryDialog(props: { readonly size: number; readonly onClear: () => void; readonly onCancel: () => void }): ReactNode {
  const { t } = useTranslation();
  return (
    <Modal title={t('memory.clearTitle')} onCancel={props.onCancel}>
      <p>{t('memory.clearBody', { count: props.size })}</p>
      <div className="modal-actions">
        <button type="button" className="danger" onClick={props.onClear}>
          {t('memory.clearConfirm')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('dialog.cancel')}
        </button>
      </div>
    </Modal>
  );
}
