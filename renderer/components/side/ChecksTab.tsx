import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermFinding } from '../../../src/glossary/checkTerminology.js';
import { useWorkbenchContext } from '../../app/workbenchContext.js';
import { useAnalysisTick } from '../../hooks/useAnalysisTick.js';

/** A terminology finding in words: which term, what the glossary expects, what the English has. */
export function FindingText({ finding }: { readonly finding: TermFinding }): ReactNode {
  const { t } = useTranslation();
  const { glossaries } = useWorkbenchContext();
  const entry = glossaries.snapshot.entries.get(finding.entryId);
  const term = entry?.term ?? finding.entryId;
  if (finding.code === 'term.missing') {
    return <>{t('checks.missing', { term, rendering: entry?.renderings.join(' / ') ?? '' })}</>;
  }
  return <>{t('checks.forbidden', { term, forbidden: entry?.forbidden.join(' / ') ?? '', rendering: entry?.renderings[0] ?? '' })}</>;
}

/** Every terminology finding of the project, grouped by kind; a click goes to its paragraph. */
export function ChecksTab(): ReactNode {
  const { t } = useTranslation();
  const { store, analysis, registry } = useWorkbenchContext();
  useAnalysisTick();
  const all = analysis.allFindings();
  const groups = (['term.missing', 'term.forbidden'] as const).map((code) => ({ code, items: all.filter((f) => f.finding.code === code) }));
  return (
    <div>
      <h2>{t('checks.title')}</h2>
      {all.length === 0 && <p className="muted">{t('checks.none')}</p>}
      {groups
        .filter((g) => g.items.length > 0)
        .map((g) => (
          <section key={g.code}>
            <h3>{t(`checks.group.${g.code === 'term.missing' ? 'missing' : 'forbidden'}`, { count: g.items.length })}</h3>
            <ul className="finding-list">
              {g.items.map(({ unitId, finding }, i) => (
                <li key={`${unitId}-${i}`} className={`finding finding-${finding.code.replace('.', '-')}`}>
                  <button type="button" className="finding-jump" onClick={() => registry.focus(unitId)}>
                    <span className="finding-where">{t('checks.paragraph', { n: store.indexOf(unitId) + 1 })}</span> <FindingText finding={finding} />
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
