import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../../src/tm/analysis.js';
import { ChoiceDialog } from './dialogs.js';
import { Modal } from './Modal.js';

/** An analysis as memoQ and Trados show one: a match band a row, sentences, characters and their share. */
export function AnalysisTable({ analysis }: { readonly analysis: Analysis }): ReactNode {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const share = (chars: number): string => (analysis.total.characters ? percent.format(chars / analysis.total.characters) : '—');
  return (
    <table className="analysis-table" aria-label={t('analysis.title')}>
      <thead>
        <tr>
          <th scope="col">{t('analysis.band')}</th>
          <th scope="col">{t('analysis.sentences')}</th>
          <th scope="col">{t('analysis.characters')}</th>
          <th scope="col">{t('analysis.share')}</th>
        </tr>
      </thead>
      <tbody>
        {analysis.bands.map((b) => (
          <tr key={b.band}>
            <th scope="row">{t(`analysis.bands.${b.band}`)}</th>
            <td>{number.format(b.sentences)}</td>
            <td>{number.format(b.characters)}</td>
            <td>{share(b.characters)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('analysis.total')}</th>
          <td>{number.format(analysis.total.sentences)}</td>
          <td>{number.format(analysis.total.characters)}</td>
          <td>{share(analysis.total.characters)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/**
 * Before pre-translation fills anything: the project analysed against the memories (match bands and
 * repetitions) and how many untranslated paragraphs have exact matches to fill.
 */
export function PretranslateDialog(props: {
  readonly filled: number;
  readonly untranslated: number;
  readonly analysis: Analysis;
  readonly onApply: () => void;
  readonly onCancel: () => void;
}): ReactNode {
  const { t } = useTranslation();
  return (
    <Modal title={t('memory.pretranslateTitle')} onCancel={props.onCancel}>
      <AnalysisTable analysis={props.analysis} />
      <p>{props.filled ? t('memory.pretranslateBody', { filled: props.filled, untranslated: props.untranslated }) : t('memory.pretranslateNone', { untranslated: props.untranslated })}</p>
      <div className="modal-actions">
        {props.filled > 0 && (
          <button type="button" className="primary" onClick={props.onApply}>
            {t('memory.pretranslateApply', { count: props.filled })}
          </button>
        )}
        <button type="button" onClick={props.onCancel}>
          {props.filled ? t('dialog.cancel') : t('dialog.close')}
        </button>
      </div>
    </Modal>
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
