import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal.js';

/** A question with one action and Cancel. */
function ConfirmDialog(props: { readonly title: string; readonly body: string; readonly action: string; readonly danger?: boolean; readonly onConfirm: () => void; readonly onCancel: () => void }): ReactNode {
  const { t } = useTranslation();
  return (
    <Modal title={props.title} onCancel={props.onCancel}>
      <p>{props.body}</p>
      <div className="modal-actions">
        <button type="button" className={props.danger ? 'danger' : 'primary'} onClick={props.onConfirm}>
          {props.action}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('dialog.cancel')}
        </button>
      </div>
    </Modal>
  );
}

/** Pre-translation's summary before it fills anything: how many untranslated paragraphs have exact matches. */
export function PretranslateDialog(props: { readonly filled: number; readonly untranslated: number; readonly onApply: () => void; readonly onCancel: () => void }): ReactNode {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('memory.pretranslateTitle')}
      body={t('memory.pretranslateBody', { filled: props.filled, untranslated: props.untranslated })}
      action={t('memory.pretranslateApply', { count: props.filled })}
      onConfirm={props.onApply}
      onCancel={props.onCancel}
    />
  );
}

/** Asks before the user's memory is emptied. */
export function ClearMemoryDialog(props: { readonly size: number; readonly onClear: () => void; readonly onCancel: () => void }): ReactNode {
  const { t } = useTranslation();
  return <ConfirmDialog title={t('memory.clearTitle')} body={t('memory.clearBody', { count: props.size })} action={t('memory.clearConfirm')} danger onConfirm={props.onClear} onCancel={props.onCancel} />;
}
