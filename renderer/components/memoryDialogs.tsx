import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceDialog } from './dialogs.js';

/** Pre-translation's summary before it fills anything: how many untranslated paragraphs have exact matches. */
export function PretranslateDialog(props: { readonly filled: number; readonly untranslated: number; readonly onApply: () => void; readonly onCancel: () => void }): ReactNode {
  const { t } = useTranslation();
  return (
    <ChoiceDialog
      title={t('memory.pretranslateTitle')}
      body={t('memory.pretranslateBody', { filled: props.filled, untranslated: props.untranslated })}
      choices={[{ value: 'apply', label: t('memory.pretranslateApply', { count: props.filled }) }]}
      onChoose={(c) => (c === 'apply' ? props.onApply() : props.onCancel())}
    />
  );
}

/** Asks before the user's memory is emptied. */
export function ClearMemoryDialog(props: { readonly size: number; readonly onClear: () => void; readonly onCancel: () => void }): ReactNode {
  const { t } = useTranslation();
  return (
    <ChoiceDialog
      title={t('memory.clearTitle')}
      body={t('memory.clearBody', { count: props.size })}
      choices={[{ value: 'clear', label: t('memory.clearConfirm'), danger: true }]}
      onChoose={(c) => (c === 'clear' ? props.onClear() : props.onCancel())}
    />
  );
}
