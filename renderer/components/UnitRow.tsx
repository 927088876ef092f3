import { memo, type ReactNode } from 'react';
import { UNIT_STATUSES, type UnitStatus } from '../../src/document/unitAttrs.js';
import { useWorkbenchContext } from '../app/workbenchContext.js';
import { useMetaValue, useUnit } from '../hooks/useStore.js';
import type { RowLabels } from './rowLabels.js';
import { RowView } from './RowView.js';

interface Props {
  readonly id: string;
  readonly n: number;
  readonly labels: RowLabels;
}

/** One aligned row: number and status, the Chinese, the English editor. Excluded rows are greyed and can be included again. */
export const UnitRow = memo(function UnitRow({ id, n, labels }: Props): ReactNode {
  const { store } = useWorkbenchContext();
  const unit = useUnit(store, id);
  const active = useMetaValue(store, (m) => m.activeId === id);
  if (!unit) return null;
  const { attrs } = unit;
  const classes = ['unit-row', `kind-${attrs.kind}`, `status-${attrs.status}`];
  if (attrs.level !== null) classes.push(`level-${Math.min(attrs.level, 4)}`);
  if (attrs.runIn !== null) classes.push('run-in');
  if (attrs.excluded) classes.push('excluded');
  if (active) classes.push('active');

  return (
    <div role="row" className={classes.join(' ')} data-unit-id={id} aria-rowindex={n + 1} aria-current={active ? 'true' : undefined}>
      <div role="cell" className="cell-meta">
        <span className="unit-number" aria-label={labels.number(n)}>
          {n}
        </span>
        {attrs.excluded ? (
          <>
            <span className="excluded-badge" title={attrs.excluded === 'chrome' ? labels.excludedChrome : labels.excludedUser}>
              {attrs.excluded === 'chrome' ? labels.excludedChromeShort : labels.excludedUserShort}
            </span>
            <span className="visually-hidden">{attrs.excluded === 'chrome' ? labels.excludedChrome : labels.excludedUser}</span>
            <button type="button" className="link-button" onClick={() => store.setExcluded(id, null)} aria-label={labels.include(n)}>
              {labels.includeButton}
            </button>
          </>
        ) : (
          <select
            className={`status-select status-${attrs.status}`}
            aria-label={labels.statusLabel(n)}
            value={attrs.status}
            onChange={(e) => store.setStatus(id, e.target.value as UnitStatus)}
          >
            {UNIT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {labels.statuses[s]}
              </option>
            ))}
          </select>
        )}
        {attrs.fromMemory && (
          <span className="tm-badge" title={labels.fromMemory}>
            {labels.fromMemoryShort}
          </span>
        )}
      </div>
      <div role="cell" className="cell-source" lang="zh-CN">
        <RowView id={id} side="source" label={labels.sourceLabel(n)} placeholder="" excluded={attrs.excluded !== null} revision={unit.revision} runIn={attrs.runIn} />
      </div>
      <div role="cell" className="cell-target">
        <RowView id={id} side="target" label={labels.targetLabel(n)} placeholder={labels.placeholder} excluded={attrs.excluded !== null} revision={unit.revision} runIn={null} />
      </div>
    </div>
  );
});
