import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { findingOf } from '../../src/export/preflight/openFindings.js';
import type { PreflightItem } from '../../src/export/preflight/preflightItem.js';
import { findingText } from '../../src/qa/findingText.js';
import type { PendingPreflight } from '../app/useDeliverActions.js';
import { useWorkbenchContext } from '../app/workbenchContext.js';
import { Modal } from './Modal.js';

/** Items shown per group; a long project's untranslated paragraphs are counted, the first ones listed. */
const SHOWN = 200;

/**
 * The preflight before an export: open QA errors and warnings, unfinished paragraphs, glossary terms
 * without a rendering, grouped; a click on an item goes to its paragraph (as a click in the Checks tab
 * does). The translator exports anyway or stops.
 */
export function PreflightDialog(props: { readonly pending: PendingPreflight; readonly onExport: () => void; readonly onStop: () => void; readonly onJump: (unitId: string) => void }): ReactNode {
  const { t } = useTranslation();
  const { store, glossaries } = useWorkbenchContext();
  const { result } = props.pending;
  const number = (id: string | null): number => (id ? store.indexOf(id) + 1 : 0);
  const message = (item: PreflightItem): string =>
    item.code === 'finding' ? findingText(t, findingOf(item), glossaries.snapshot.entries, number) : t(`preflight.items.${item.code}`, item.params);
  const codes = [...new Set(result.items.map((i) => i.code))];
  return (
    <Modal title={t('preflight.title')} onCancel={props.onStop}>
      <p>{t('preflight.intro', { errors: result.errors, warnings: result.warnings })}</p>
      <div className="preflight-list">
        {codes.map((code) => {
          const group = result.items.filter((i) => i.code === code);
          return (
            <section key={code} aria-label={t(`preflight.groups.${code}`)}>
              <h3>
                {t(`preflight.groups.${code}`)} ({group.length})
              </h3>
              <ul className="finding-list">
                {group.slice(0, SHOWN).map((item, i) => (
                  <li key={`${item.unitId ?? ''}-${i}`} className={`finding severity-${item.severity}`}>
                    <button type="button" className="finding-jump" disabled={!item.unitId} onClick={() => item.unitId && props.onJump(item.unitId)}>
                      <span className={`severity severity-${item.severity}`}>{t(`preflight.severity.${item.severity}`)}</span>{' '}
                      {item.unitId && <span className="finding-where">{t('checks.paragraph', { n: number(item.unitId) })}</span>} {message(item)}
                    </button>
                  </li>
                ))}
                {group.length > SHOWN && <li className="muted">{t('preflight.more', { count: group.length - SHOWN })}</li>}
              </ul>
            </section>
          );
        })}
      </div>
      <div className="modal-actions">
        <button type="button" onClick={props.onStop}>
          {t('preflight.stop')}
        </button>
        <button type="button" className="primary" onClick={props.onExport}>
          {t('preflight.exportAnyway')}
        </button>
      </div>
    </Modal>
  );
}
