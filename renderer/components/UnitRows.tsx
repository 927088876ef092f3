import { useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkbenchContext } from '../app/workbenchContext.js';
import { useMetaValue } from '../hooks/useStore.js';
import { rowLabels } from './rowLabels.js';
import { UnitRow } from './UnitRow.js';

/** Rows rendered at once: more than a tall screen holds. */
const FIRST_ROWS = 40;
/** Rows added per idle slice afterwards; each slice stays well under a frame budget of work per row. */
const ROWS_PER_SLICE = 60;
/** Estimated height of a row not yet rendered, so the scroll bar is about right from the start. */
const ESTIMATED_ROW_PX = 96;
/**
 * Rows per block. Each block has `content-visibility: auto` of its own, so typing in one row lays out
 * that row's block and the few dozen block boxes, not 2,000 sibling rows.
 */
const ROWS_PER_BLOCK = 50;

function blocksOf(ids: readonly string[]): string[][] {
  const blocks: string[][] = [];
  for (let i = 0; i < ids.length; i += ROWS_PER_BLOCK) blocks.push(ids.slice(i, i + ROWS_PER_BLOCK));
  return blocks;
}

const idle = (callback: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: 100 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 0);
  return () => clearTimeout(handle);
};

/**
 * The aligned rows of the report: Chinese left, English right. The first screenful renders at once;
 * the rest follows in idle-time slices, so a 2,000-paragraph report is editable as soon as it is
 * visible and the whole document is in the page (for the browser's find and for screen readers)
 * moments later.
 */
export function UnitRows(): ReactNode {
  const { t, i18n } = useTranslation();
  const { store, registry } = useWorkbenchContext();
  const loadCount = useMetaValue(store, (m) => m.loadCount);
  const [ids, setIds] = useState<string[]>(() => store.ids);
  const [rendered, setRendered] = useState(FIRST_ROWS);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the labels change with the language
  const labels = useMemo(() => rowLabels(t), [t, i18n.language]);

  useEffect(() => {
    setIds(store.ids);
    setRendered(FIRST_ROWS);
  }, [store, loadCount]);

  useEffect(
    () => registry.onNeedRow((id) => setRendered((r) => Math.max(r, store.indexOf(id) + ROWS_PER_SLICE))),
    [registry, store],
  );

  useEffect(() => {
    if (rendered >= ids.length) return;
    return idle(() => setRendered((r) => r + ROWS_PER_SLICE));
  }, [rendered, ids.length]);

  useLayoutEffect(() => {
    if (ids.length) performance.mark('duizhao:rows-rendered');
  }, [ids]);

  const shown = ids.slice(0, rendered);
  const pending = ids.length - shown.length;
  return (
    <div role="table" className="unit-table" aria-label={t('unit.rows')} aria-rowcount={ids.length + 1} aria-busy={pending > 0}>
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
      {blocksOf(shown).map((block, b) => (
        <div role="rowgroup" className="row-block" key={`${loadCount}:${b}`}>
          {block.map((id, i) => (
            <UnitRow key={id} id={id} n={b * ROWS_PER_BLOCK + i + 1} labels={labels} />
          ))}
        </div>
      ))}
      {pending > 0 && <div className="rows-pending" style={{ height: pending * ESTIMATED_ROW_PX }} aria-hidden="true" />}
    </div>
  );
}
