import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { plainTextOf } from '../../../src/document/plainText.js';
import type { GlossaryActions } from '../../app/useGlossaryActions.js';
import { useWorkbenchContext } from '../../app/workbenchContext.js';
import { useAnalysisTick } from '../../hooks/useAnalysisTick.js';
import { useMeta } from '../../hooks/useStore.js';
import { accept, allChanges, neighbourChange, reject, selectChange, settleAll, type ChangeAt } from '../../editor/review.js';

/**
 * The Review tab: review mode and the reviewer's name, the pending tracked changes of the project
 * (each with its author and time, to accept or reject, or go to), all of a paragraph's or the
 * project's at once, and the reviewers' comments.
 */
export function ReviewTab({ actions }: { readonly actions: GlossaryActions }): ReactNode {
  const { t, i18n } = useTranslation();
  const { store, editor, review } = useWorkbenchContext();
  const reviewer = useSyncExternalStore(
    (l) => review.subscribe(l),
    () => review.current,
  );
  const [name, setName] = useState(reviewer.author);
  useEffect(() => setName(reviewer.author), [reviewer.author]);
  const meta = useMeta(store);
  useAnalysisTick();
  const changes = allChanges(store.doc);
  const run = (make: (state: NonNullable<typeof store.state>) => ReturnType<typeof accept>): void => {
    const state = store.state;
    const tr = state ? make(state) : null;
    if (tr) store.dispatch(tr);
  };
  const go = (at: ChangeAt | null): void => {
    const state = store.state;
    const tr = state && at ? selectChange(state, at) : null;
    if (!tr) return;
    store.dispatch(tr);
    store.editorView?.focus();
  };
  const time = (ms: number): string => new Date(ms).toLocaleString(i18n.language);
  const byUnit = new Map<string, typeof changes>();
  for (const c of changes) byUnit.set(c.unitId, [...(byUnit.get(c.unitId) ?? []), c]);
  const comments = meta.notes.filter((n) => n.kind === 'review');
  const commentAnchors = new Map<string, { unitId: string; text: string }>();
  if (comments.length) {
    for (const unit of store.units) {
      for (const side of [unit.source, unit.target]) {
        const { text, marks } = plainTextOf(side);
        for (const m of marks) if (m.type === 'note') commentAnchors.set(String(m.attrs?.['noteId']), { unitId: unit.attrs.id, text: text.slice(m.start, m.end) });
      }
    }
  }

  return (
    <div className="review-tab">
      <h2>{t('review.title')}</h2>
      <label className="field-inline">
        <input type="checkbox" checked={reviewer.on} onChange={(e) => review.setOn(e.target.checked)} /> {t('review.mode')}
      </label>
      <form
        className="field"
        onSubmit={(e) => {
          e.preventDefault();
          review.setAuthor(name);
        }}
      >
        <label>
          {t('review.reviewerName')}
          <input value={name} maxLength={200} onChange={(e) => setName(e.target.value)} onBlur={() => review.setAuthor(name)} />
        </label>
      </form>
      <p className="muted">{t('review.hint')}</p>
      <div className="review-actions" role="toolbar" aria-label={t('review.toolbar')}>
        <button type="button" onClick={() => go(store.state && neighbourChange(store.state, -1))} disabled={!changes.length} title="Ctrl+Alt+PageUp">
          {t('review.previous')}
        </button>
        <button type="button" onClick={() => go(store.state && neighbourChange(store.state, 1))} disabled={!changes.length} title="Ctrl+Alt+PageDown">
          {t('review.next')}
        </button>
        <button type="button" onClick={() => run((s) => settleAll(s, 'accept', null))} disabled={!changes.length}>
          {t('review.acceptAll')}
        </button>
        <button type="button" onClick={() => run((s) => settleAll(s, 'reject', null))} disabled={!changes.length}>
          {t('review.rejectAll')}
        </button>
        <button type="button" onClick={() => actions.addComment(review.current.author)}>
          {t('review.addComment')}
        </button>
      </div>
      <h3>{t('review.pending', { count: changes.length })}</h3>
      {!changes.length && <p className="muted">{t('review.none')}</p>}
      {[...byUnit].map(([unitId, list]) => {
        const n = store.indexOf(unitId) + 1;
        return (
          <section key={unitId} aria-label={t('checks.paragraph', { n })}>
            <h4>
              <button type="button" className="link-button" onClick={() => editor.focus(unitId)}>
                {t('checks.paragraph', { n })}
              </button>{' '}
              <button type="button" onClick={() => run((s) => settleAll(s, 'accept', new Set([unitId])))}>
                {t('review.acceptParagraph')}
              </button>{' '}
              <button type="button" onClick={() => run((s) => settleAll(s, 'reject', new Set([unitId])))}>
                {t('review.rejectParagraph')}
              </button>
            </h4>
            <ul className="review-list">
              {list.map(({ change }) => {
                const at = { unitId, index: change.index };
                return (
                  <li key={`${change.index}:${change.fromB}`}>
                    <button type="button" className="finding-jump" onClick={() => go(at)}>
                      {change.deleted && (
                        <del className="tc-del" lang="en">
                          {change.deleted}
                        </del>
                      )}{' '}
                      {change.inserted && (
                        <ins className="tc-ins" lang="en">
                          {change.inserted}
                        </ins>
                      )}
                    </button>
                    <div className="review-meta">{t('review.byAt', { author: change.author, time: time(change.time) })}</div>
                    <button type="button" onClick={() => run((s) => accept(s, at))} aria-label={t('review.acceptOne', { text: change.inserted || change.deleted })}>
                      {t('review.accept')}
                    </button>{' '}
                    <button type="button" onClick={() => run((s) => reject(s, at))} aria-label={t('review.rejectOne', { text: change.inserted || change.deleted })}>
                      {t('review.reject')}
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      <h3>{t('review.comments', { count: comments.length })}</h3>
      {!comments.length && <p className="muted">{t('review.noComments')}</p>}
      <ul className="review-list">
        {comments.map((c) => {
          const anchor = commentAnchors.get(c.id);
          return (
            <li key={c.id}>
              {anchor && (
                <button type="button" className="finding-jump" onClick={() => editor.focus(anchor.unitId)}>
                  <span className="finding-where">{t('checks.paragraph', { n: store.indexOf(anchor.unitId) + 1 })}</span> <q>{anchor.text}</q>
                </button>
              )}
              <p>{c.text}</p>
              <div className="review-meta">{t('review.byAt', { author: c.author ?? '', time: time(Date.parse(c.updatedAt)) })}</div>
              <button type="button" className="link-button" onClick={() => actions.editNote(c.id)}>
                {t('notes.edit')}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
