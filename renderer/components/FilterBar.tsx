import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { UNIT_STATUSES, type UnitStatus } from '../../src/document/unitAttrs.js';
import { plainTextOf } from '../../src/document/plainText.js';
import { compileFinder } from '../../src/find/findText.js';
import { filterUnits, isEmptyFilter, type FilterFacts, type FilterableUnit, type UnitFilter } from '../../src/filters/unitFilter.js';
import { QA_CHECKS, checkOf, type QaCheck } from '../../src/qa/runQa.js';
import type { Severity } from '../../src/qa/qaFinding.js';
import { MATCH_BANDS, bandOfScore, type MatchBand } from '../../src/tm/analysis.js';
import { useWorkbenchContext, type Workbench } from '../app/workbenchContext.js';
import { setRowFilter } from '../editor/plugins/rowFilter.js';
import { useMetaValue } from '../hooks/useStore.js';

type Band = Exclude<MatchBand, 'repetition'>;
const BANDS = MATCH_BANDS.filter((b): b is Band => b !== 'repetition');
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The filter bar's controls, as plain values. */
interface FilterForm {
  readonly statuses: ReadonlySet<UnitStatus>;
  readonly check: '' | 'any' | QaCheck;
  readonly severity: '' | Severity;
  readonly band: '' | Band;
  readonly excluded: 'show' | 'hide' | 'only';
  readonly entryId: string;
  readonly contains: string;
  readonly containsSide: 'either' | 'source' | 'target';
}

const EMPTY_FORM: FilterForm = { statuses: new Set(), check: '', severity: '', band: '', excluded: 'show', entryId: '', contains: '', containsSide: 'either' };

function filterOf(form: FilterForm): UnitFilter {
  const finder = form.contains ? compileFinder({ text: form.contains, matchCase: false, wholeWords: false, regex: false }) : null;
  return {
    ...(form.statuses.size ? { statuses: form.statuses } : {}),
    excluded: form.excluded,
    ...(form.check || form.severity
      ? { findings: { ...(form.check && form.check !== 'any' ? { checks: new Set([form.check]) } : {}), ...(form.severity ? { severities: new Set([form.severity]) } : {}) } }
      : {}),
    ...(form.band ? { bands: new Set([form.band]) } : {}),
    ...(form.entryId ? { entryId: form.entryId } : {}),
    ...(finder?.ok ? { contains: { finder: finder.value, side: form.containsSide } } : {}),
  };
}

/** What the filter reads of the analyses the workbench keeps: open QA findings, memory bands, glossary terms. */
function factsOf(wb: Workbench, filter: UnitFilter): FilterFacts {
  const findings = new Map<string, Array<{ check: QaCheck; severity: Severity }>>();
  if (filter.findings) {
    for (const f of wb.qa.all()) {
      if (f.ignored) continue;
      const list = findings.get(f.unitId) ?? [];
      list.push({ check: checkOf(f.code), severity: f.severity });
      findings.set(f.unitId, list);
    }
  }
  return {
    findings: (id) => findings.get(id) ?? [],
    band: (id) => {
      const best = wb.memory.matchesFor(id)[0]?.matches[0];
      return bandOfScore(best ? best.score : null);
    },
    entryIds: (id) => new Set(wb.analysis.occurrences(id).map((o) => o.entryId)),
  };
}

/**
 * The grid's filter: by status, QA finding (check and severity), memory match band, exclusion,
 * glossary entry and text. The rows that do not pass are hidden in the one document; the strip says
 * how many are shown and clears the filter. The rows are chosen when a control changes.
 */
export function FilterBar({ open, onClose }: { readonly open: boolean; readonly onClose: () => void }): ReactNode {
  const { t } = useTranslation();
  const wb = useWorkbenchContext();
  const { store, glossaries, analysis } = wb;
  const loadCount = useMetaValue(store, (m) => m.loadCount);
  const [form, setForm] = useState<FilterForm>(EMPTY_FORM);
  const [shown, setShown] = useState<{ shown: number; total: number } | null>(null);
  const update = (change: Partial<FilterForm>): void => setForm((f) => ({ ...f, ...change }));

  // A new project starts unfiltered.
  useEffect(() => setForm(EMPTY_FORM), [loadCount]);

  useEffect(() => {
    const state = store.state;
    if (!state) return;
    const filter = filterOf(form);
    if (isEmptyFilter(filter)) {
      store.dispatch(setRowFilter(state.tr, null));
      setShown(null);
      return;
    }
    const units: FilterableUnit[] = store.units.map((u) => ({ id: u.attrs.id, status: u.attrs.status, excluded: u.attrs.excluded !== null, source: plainTextOf(u.source).text, target: plainTextOf(u.target).text }));
    const ids = filterUnits(units, filter, factsOf(wb, filter));
    store.dispatch(setRowFilter(state.tr, new Set(ids)));
    setShown({ shown: ids.length, total: units.length });
    // The filter is computed when a control changes (or a project is loaded), not at each edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form, store, loadCount]);

  const entries = useMemo(() => {
    if (!open) return [];
    const counts = analysis.entryCounts();
    return [...counts.keys()]
      .map((id) => glossaries.snapshot.entries.get(id))
      .filter((e) => e !== undefined)
      .map((e) => ({ id: e.id, label: `${e.term}${e.renderings[0] ? ` — ${e.renderings[0]}` : ''}` }))
      .sort((a, b) => a.label.localeCompare(b.label, 'zh'));
  }, [open, analysis, glossaries.snapshot]);

  return (
    <>
      {open && (
        <div className="filter-bar" role="group" aria-label={t('filter.label')} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
          <fieldset>
            <legend>{t('filter.status')}</legend>
            {UNIT_STATUSES.map((s) => (
              <label key={s}>
                <input
                  type="checkbox"
                  checked={form.statuses.has(s)}
                  onChange={(e) => {
                    const next = new Set(form.statuses);
                    if (e.target.checked) next.add(s);
                    else next.delete(s);
                    update({ statuses: next });
                  }}
                />{' '}
                {t(`status.${s}`)}
              </label>
            ))}
          </fieldset>
          <label>
            {t('filter.check')}{' '}
            <select value={form.check} onChange={(e) => update({ check: e.target.value as FilterForm['check'] })}>
              <option value="">{t('filter.any')}</option>
              <option value="any">{t('filter.anyCheck')}</option>
              {QA_CHECKS.map((c) => (
                <option key={c} value={c}>
                  {t(`qaCheck.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('filter.severity')}{' '}
            <select value={form.severity} onChange={(e) => update({ severity: e.target.value as FilterForm['severity'] })}>
              <option value="">{t('filter.any')}</option>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {t(`qaSeverity.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('filter.band')}{' '}
            <select value={form.band} onChange={(e) => update({ band: e.target.value as FilterForm['band'] })}>
              <option value="">{t('filter.any')}</option>
              {BANDS.map((b) => (
                <option key={b} value={b}>
                  {t(`analysis.bands.${b}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('filter.excluded')}{' '}
            <select value={form.excluded} onChange={(e) => update({ excluded: e.target.value as FilterForm['excluded'] })}>
              <option value="show">{t('filter.excludedShow')}</option>
              <option value="hide">{t('filter.excludedHide')}</option>
              <option value="only">{t('filter.excludedOnly')}</option>
            </select>
          </label>
          <label>
            {t('filter.entry')}{' '}
            <select value={form.entryId} onChange={(e) => update({ entryId: e.target.value })}>
              <option value="">{t('filter.any')}</option>
              {entries.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('filter.contains')}{' '}
            <input type="search" value={form.contains} onChange={(e) => update({ contains: e.target.value })} />
          </label>
          <select aria-label={t('filter.containsSide')} value={form.containsSide} onChange={(e) => update({ containsSide: e.target.value as FilterForm['containsSide'] })}>
            <option value="either">{t('filter.either')}</option>
            <option value="source">{t('find.chinese')}</option>
            <option value="target">{t('find.english')}</option>
          </select>
          <button type="button" onClick={() => setForm((f) => ({ ...f }))}>
            {t('filter.refresh')}
          </button>
          <button type="button" onClick={onClose} aria-label={t('filter.close')}>
            ×
          </button>
        </div>
      )}
      {shown && (
        <div className="filter-status" role="status">
          {t('filter.showing', { shown: shown.shown, total: shown.total })} ·{' '}
          <button type="button" className="link-button" onClick={() => setForm(EMPTY_FORM)}>
            {t('filter.clear')}
          </button>
        </div>
      )}
    </>
  );
}
