import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepetitionOffer as Offer } from '../app/useRowTools.js';

/**
 * After Ctrl+Enter on a paragraph whose Chinese repeats elsewhere: *Fill n repetitions* (or, with the
 * setting on, word that they were filled), with the setting itself beside it.
 */
export function RepetitionOffer({ offer, auto, onFill, onAuto, onDismiss }: { readonly offer: Offer; readonly auto: boolean; readonly onFill: () => void; readonly onAuto: (on: boolean) => void; readonly onDismiss: () => void }): ReactNode {
  const { t } = useTranslation();
  return (
    <div className="repetition-offer" role="status">
      <span>{offer.filled ? t('rowTools.repetitionsFilled', { count: offer.count }) : t('rowTools.repetitionsFound', { count: offer.count })}</span>
      {!offer.filled && (
        <button type="button" onClick={onFill}>
          {t('rowTools.fillRepetitions', { count: offer.count })}
        </button>
      )}
      <label>
        <input type="checkbox" checked={auto} onChange={(e) => onAuto(e.target.checked)} />
        {t('rowTools.fillAutomatically')}
      </label>
      <button type="button" className="link-button" onClick={onDismiss} aria-label={t('notice.dismiss')}>
        ×
      </button>
    </div>
  );
}
