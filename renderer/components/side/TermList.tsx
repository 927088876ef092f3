import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry } from '../../../src/glossary/glossaryEntry.js';

/** The glossary card of one entry: renderings (preferred first), forbidden ones, note, status, count in the report. */
export function TermDetails({ entry, count }: { readonly entry: GlossaryEntry; readonly count: number | null }): ReactNode {
  const { t } = useTranslation();
  const [preferred, ...alternatives] = entry.renderings;
  return (
    <div className="term-details">
      <div className="term-head">
        <span lang="zh-CN" className="term-zh">
          {entry.term}
        </span>
        <span className={`badge badge-${entry.status}`}>{t(`glossary.statuses.${entry.status}`)}</span>
      </div>
      <div lang="en" className="term-en">
        {preferred ?? <span className="muted">{t('glossary.noRendering')}</span>}
      </div>
      {alternatives.length > 0 && (
        <div className="muted">
          {t('glossary.alternatives')}: <span lang="en">{alternatives.join('; ')}</span>
        </div>
      )}
      {entry.forbidden.length > 0 && (
        <div className="forbidden">
          {t('glossary.forbiddenShort')}: <span lang="en">{entry.forbidden.join('; ')}</span>
        </div>
      )}
      {entry.definition && <p className="term-definition">{entry.definition}</p>}
      {entry.note && <p className="term-note">{entry.note}</p>}
      {count !== null && <div className="muted">{t('glossary.occurrences', { count })}</div>}
    </div>
  );
}
