import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { findingText } from '../../../src/qa/findingText.js';
import { checkOf, QA_CHECKS, type ProjectQaFinding } from '../../../src/qa/runQa.js';
import { useWorkbenchContext } from '../../app/workbenchContext.js';
import { useAnalysisTick } from '../../hooks/useAnalysisTick.js';

/** A finding in words, in the UI language: glossary terms named, other paragraphs by number. */
export function FindingMessage({ finding }: { readonly finding: ProjectQaFinding }): ReactNode {
  const { t } = useTranslation();
  const { glossaries, store } = useWorkbenchContext();
  return <>{findingText(t, finding, glossaries.snapshot.entries, (id) => store.indexOf(id) + 1)}</>;
}

/**
 * One finding: severity, paragraph, message; a click goes there; Ignore keeps it away until the text
 * changes; a misspelling can be added to the user's own words instead (then it is never flagged again).
 */
export function FindingItem({ finding, showWhere }: { readonly finding: ProjectQaFinding; readonly showWhere: boolean }): ReactNode {
  const { t } = useTranslation();
  const { store, editor, qa } = useWorkbenchContext();
  const word = finding.code === 'qa.spelling' ? finding.params['word'] : undefined;
  return (
    <li className={`finding severity-${finding.severity}${finding.ignored ? ' ignored' : ''}`}>
      <button type="button" className="finding-jump" onClick={() => editor.focus(finding.unitId, finding.target, finding.source)}>
        <span className={`severity severity-${finding.severity}`}>{t(`qaSeverity.${finding.severity}`)}</span>{' '}
        {showWhere && <span className="finding-where">{t('checks.paragraph', { n: store.indexOf(finding.unitId) + 1 })}</span>} <FindingMessage finding={finding} />
      </button>
      <button type="button" className="link-button" onClick={() => store.setIgnored(finding.key, !finding.ignored)}>
        {finding.ignored ? t('qa.restore') : t('qa.ignore')}
      </button>
      {typeof word === 'string' && qa.spelling && (
        <button type="button" className="link-button" onClick={() => void qa.spelling?.addWord(word)}>
          {t('spelling.addWord')}
        </button>
      )}
    </li>
  );
}

/** The QA panel: every finding of the project, grouped by check, with severity, jump-to and ignore. */
export function ChecksTab(): ReactNode {
  const { t } = useTranslation();
  const { qa } = useWorkbenchContext();
  useAnalysisTick();
  const [showIgnored, setShowIgnored] = useState(false);
  const [showInfo, setShowInfo] = useState(false);
  const all = qa.all();
  const visible = all.filter((f) => (showIgnored || !f.ignored) && (showInfo || f.severity !== 'info'));
  const ignored = all.filter((f) => f.ignored).length;
  return (
    <div>
      <h2>{t('checks.title')}</h2>
      <div className="side-actions">
        <label className="choice">
          <input type="checkbox" checked={showInfo} onChange={(e) => setShowInfo(e.target.checked)} /> {t('qa.showInfo')}
        </label>
        <label className="choice">
          <input type="checkbox" checked={showIgnored} onChange={(e) => setShowIgnored(e.target.checked)} /> {t('qa.showIgnored', { count: ignored })}
        </label>
      </div>
      {visible.length === 0 && <p className="muted">{t('checks.none')}</p>}
      {QA_CHECKS.map((check) => {
        const group = visible.filter((f) => checkOf(f.code) === check);
        if (group.length === 0) return null;
        return (
          <section key={check} aria-label={t(`qaCheck.${check}`)}>
            <h3>
              {t(`qaCheck.${check}`)} ({group.length})
            </h3>
            <ul className="finding-list">
              {group.map((f) => (
                <FindingItem key={f.key} finding={f} showWhere />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
