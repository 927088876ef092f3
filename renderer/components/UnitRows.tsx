import type { EditorView } from 'prosemirror-view';
import { useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CHROME_REASONS, type ChromeReason } from '../../src/document/unitAttrs.js';
import { useWorkbenchContext } from '../app/workbenchContext.js';
import { refreshTerms } from '../editor/plugins/decorations.js';
import { LiveCellView } from '../editor/plugins/editingHost.js';
import { rowNodeViews, type RowChrome } from '../editor/nodeViews.js';
import { useMetaValue } from '../hooks/useStore.js';
import { rowLabels } from './rowLabels.js';
import { hideSelectionFromReact } from '../editor/reactSelection.js';

const idle = (callback: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: 500 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 0);
  return () => clearTimeout(handle);
};

/**
 * The aligned rows of the report, Chinese left, English right: one ProseMirror view over the whole
 * document (units in chunks of twenty-five, each chunk laid out only near the viewport). The rows' chrome is
 * drawn by the unit node views; React renders only the header and this host, once.
 */
export function UnitRows(): ReactNode {
  const { t, i18n } = useTranslation();
  const { store, openRowMenu, askConfirm } = useWorkbenchContext();
  const loadCount = useMetaValue(store, (m) => m.loadCount);
  const count = useMetaValue(store, (m) => (m.loadCount ? store.units.length : 0));
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the labels change with the language
  const labels = useMemo(() => rowLabels(t), [t, i18n.language]);
  const chrome = useMemo<RowChrome>(
    () => ({
      labels,
      openMenu: openRowMenu,
      askConfirm,
      reason: (attrs) =>
        attrs.excludedReason && (CHROME_REASONS as readonly string[]).includes(attrs.excludedReason)
          ? t(`chrome.reason.${attrs.excludedReason as ChromeReason}`)
          : null,
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- t follows the language, as labels do
    [labels, openRowMenu, askConfirm],
  );
  const chromeRef = useRef(chrome);
  chromeRef.current = chrome;
  const drawnWith = useRef<RowChrome | null>(null);

  // The view is made once the first project is there, and lives as long as the window.
  useLayoutEffect(() => {
    const state = store.state;
    if (view.current || !host.current || !state) return;
    const made: EditorView = new LiveCellView(host.current, {
      state,
      nodeViews: rowNodeViews((drawnWith.current = chromeRef.current)),
      dispatchTransaction: (tr) => store.dispatch(tr),
      attributes: { class: 'unit-document', role: 'presentation', translate: 'no' },
    });
    hideSelectionFromReact(made.dom);
    view.current = made;
    store.attach(made);
    performance.mark('duizhao:rows-rendered');
    performance.mark('duizhao:first-editor');
  }, [store, loadCount]);

  useEffect(
    () => () => {
      if (view.current) store.detach(view.current);
      view.current?.destroy();
      view.current = null;
    },
    [store],
  );

  // Term highlights come in idle time after the rows are on screen (and after each load).
  useEffect(
    () =>
      idle(() => {
        const state = store.state;
        if (state) store.dispatch(refreshTerms(state.tr));
      }),
    [store, loadCount],
  );

  // A new language: the rows' chrome is drawn again with its labels.
  useEffect(() => {
    if (!view.current || drawnWith.current === chrome) return;
    drawnWith.current = chrome;
    view.current.setProps({ nodeViews: rowNodeViews(chrome) });
  }, [chrome]);

  return (
    <div role="table" className="unit-table" aria-label={t('unit.rows')} aria-rowcount={count + 1}>
      <div role="rowgroup" className="header-group">
        <div role="row" className="unit-header" aria-rowindex={1}>
          <div role="columnheader" className="cell-meta">
            {t('columns.status')}
          </div>
          <div role="columnheader" className="cell-source">
            {t('columns.source')}
          </div>
          <div role="columnheader" className="cell-target">
            {t('columns.target')}
          </div>
        </div>
      </div>
      <div ref={host} className="unit-host" />
    </div>
  );
}
