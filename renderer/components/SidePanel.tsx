import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countChars } from '../../src/document/progress.js';
import { segmentSentences } from '../../src/import/segmentSentences.js';
import { useMetaValue, useUnit } from '../hooks/useStore.js';
import type { ProjectStore } from '../store/projectStore.js';

function ActiveUnit({ store, id }: { readonly store: ProjectStore; readonly id: string }): ReactNode {
  const { t } = useTranslation();
  const unit = useUnit(store, id);
  if (!unit) return null;
  const { attrs } = unit;
  const text = unit.source.textContent;
  const kind = attrs.kind === 'heading' ? t('kind.heading', { level: attrs.level }) : t(`kind.${attrs.kind}`);
  return (
    <section aria-labelledby="side-unit-title">
      <h2 id="side-unit-title">
        {t('side.title')} {store.indexOf(id) + 1}
      </h2>
      <dl className="facts">
        <dt>{t('side.kind')}</dt>
        <dd>
          {kind}
          {attrs.runIn !== null ? ` · ${t('unit.runIn')}` : ''}
        </dd>
        <dt>{t('side.status')}</dt>
        <dd>{attrs.excluded ? t(attrs.excluded === 'boilerplate' ? 'unit.excludedBoilerplate' : 'unit.excludedUser') : t(`status.${attrs.status}`)}</dd>
        <dt>{t('side.sentences')}</dt>
        <dd>{segmentSentences(text).length}</dd>
        <dt>{t('side.characters')}</dt>
        <dd>{countChars(text)}</dd>
      </dl>
      <div className="side-actions">
        {attrs.excluded ? (
          <button type="button" onClick={() => store.setExcluded(id, null)}>
            {t('side.include')}
          </button>
        ) : (
          <>
            <button type="button" onClick={() => store.setExcluded(id, 'user')}>
              {t('side.exclude')}
            </button>
            {attrs.status === 'translated' && (
              <button type="button" onClick={() => store.setStatus(id, 'reviewed')}>
                {t('side.markReviewed')}
              </button>
            )}
          </>
        )}
      </div>
    </section>
  );
}

/** The side panel: the current paragraph now; glossary, memory and QA panels join it in later work. */
export function SidePanel({ store }: { readonly store: ProjectStore }): ReactNode {
  const { t } = useTranslation();
  const activeId = useMetaValue(store, (m) => m.activeId);
  return (
    <aside className="side-panel" aria-label={t('side.title')}>
      {activeId ? <ActiveUnit store={store} id={activeId} /> : <p>{t('side.none')}</p>}
      <section aria-labelledby="side-shortcuts">
        <h2 id="side-shortcuts">{t('side.shortcuts')}</h2>
        <ul className="shortcuts">
          {(['confirm', 'move', 'save', 'undo', 'format'] as const).map((k) => (
            <li key={k}>{t(`shortcuts.${k}`)}</li>
          ))}
        </ul>
      </section>
    </aside>
  );
}
