import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConfirmRequest } from '../editor/commands.js';
import type { ConfirmChoice } from '../app/useSentenceMode.js';
import { ChoiceDialog } from './dialogs.js';

/**
 * Asks before a sentence-mode paragraph is confirmed while some of its sentences have no English:
 * confirm only the sentences with English (the first choice, Enter), all of them (their characters
 * then count as done), or nothing (Escape).
 */
export function ConfirmSentencesDialog(props: { readonly request: ConfirmRequest; readonly onChoose: (choice: ConfirmChoice) => void }): ReactNode {
  const { t } = useTranslation();
  const { empty, total } = props.request;
  return (
    <ChoiceDialog
      title={t('sentences.confirmTitle')}
      body={t('sentences.confirmBody', { count: empty, total })}
      choices={[
        { value: 'typed', label: t('sentences.confirmTyped', { count: total - empty }) },
        { value: 'all', label: t('sentences.confirmAll', { count: total }) },
      ]}
      onChoose={props.onChoose}
    />
  );
}
