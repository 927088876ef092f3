import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { plainTextOf } from '../../../src/document/plainText.js';
import type { GlossaryActions } from '../../app/useGlossaryActions.js';
import { useWorkbenchContext } from '../../app/workbenchContext.js';
import { useAnalysisTick } from '../../hooks/useAnalysisTick.js';
import { useMeta } from '../../hooks/useStore.js';

/** All translator's notes of the project with the text they are anchored on; they become footnotes in the PDF. */
export function NotesTab({ actions }: { readonly actions: GlossaryActions }): ReactNode {
  const { t } = useTranslation();
  const { store, editor } = useWorkbenchContext();
  const meta = useMeta(store);
  useAnalysisTick();
  const anchors = new Map<string, { unitId: string; side: 'source' | 'target'; text: string }>();
  for (const unit of store.units) {
    for (const side of ['source', 'target'] as const) {
      const { text, marks } = plainTextOf(side === 'source' ? unit.source : unit.target);
      for (const m of marks) if (m.type === 'note') anchors.set(String(m.attrs?.['noteId']), { unitId: unit.attrs.id, side, text: text.slice(m.start, m.end) });
    }
  }
  return (
    <div>
      <h2>{t('notes.title')}</h2>
      <p className="muted">{t('notes.hint')}</p>
      {meta.notes.length === 0 && <p className="muted">{t('notes.none')}</p>}
      <ul className="note-list">
        {meta.notes.map((n) => {
          const anchor = anchors.get(n.id);
          return (
            <li key={n.id}>
              {anchor && (
                <button type="button" className="finding-jump" onClick={() => editor.focus(anchor.unitId)}>
                  <span className="finding-where">
                    {t('checks.paragraph', { n: store.indexOf(anchor.unitId) + 1 })} · {t(anchor.side === 'source' ? 'columns.source' : 'columns.target')}
                  </span>{' '}
                  <q lang={anchor.side === 'source' ? 'zh-CN' : 'en'}>{anchor.text}</q>
                </button>
              )}
              <p>{n.text}</p>
              <div className="side-actions">
                <button type="button" onClick={() => actions.editNote(n.id)}>
                  {t('notes.edit')}
                </button>
                <button type="button" onClick={() => actions.deleteNote(n.id)}>
                  {t('notes.delete')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
