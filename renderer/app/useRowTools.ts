import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROW_KINDS } from '../../src/document/structure.js';
import { unitAttrs } from '../../src/document/unitAttrs.js';
import { findRepetitions } from '../../src/tm/repetitions.js';
import type { MenuItem } from '../components/ContextMenu.js';
import { CONFIRMED, canLock, copySourceTr, excludeUnitsTr, fillRepetitionsTr, mergeNextTr, selectedUnitIds, setKindTr, setLockedTr, splitAtCaret } from '../editor/rowTools.js';
import { findUnit, unitOfSelection } from '../editor/transactions.js';
import type { ProjectStore } from '../store/projectStore.js';

/** The setting *Fill repetitions automatically*, kept in this browser profile like the export options. */
const AUTO_KEY = 'duizhao.repetitions.auto';

/** An offer after Ctrl+Enter: the confirmed unit and how many others repeat its Chinese (or were filled already). */
export interface RepetitionOffer {
  readonly unitId: string;
  readonly count: number;
  readonly filled: boolean;
}

/**
 * The row tools in the workbench: the row menu's structure, copy and lock items, multi-row exclusion,
 * and the repetitions offer after each confirmation (filled at once when the setting says so).
 */
export function useRowTools(store: ProjectStore, notify: (text: string) => void) {
  const { t } = useTranslation();
  const [offer, setOffer] = useState<RepetitionOffer | null>(null);
  const [kindMenu, setKindMenu] = useState<{ readonly unitId: string; readonly x: number; readonly y: number } | null>(null);
  const [auto, setAutoState] = useState(() => localStorage.getItem(AUTO_KEY) === 'true');
  const setAuto = useCallback((on: boolean) => {
    localStorage.setItem(AUTO_KEY, String(on));
    setAutoState(on);
  }, []);

  const fill = useCallback(
    (unitId: string): number => {
      const state = store.state;
      const made = state ? fillRepetitionsTr(state, unitId) : null;
      if (made) store.dispatch(made.tr);
      return made?.filled ?? 0;
    },
    [store],
  );

  // Ctrl+Enter marks its transaction; a confirmed paragraph with repetitions gets the offer (or the fill).
  useEffect(
    () =>
      store.subscribeState((tr) => {
        // Another project: an offer about the last one goes.
        if (!tr) setOffer(null);
        const unitId = tr?.getMeta(CONFIRMED) as string | undefined;
        if (!unitId || !store.state) return;
        const count = findRepetitions(store.state.doc, unitId).length;
        if (!count) return;
        if (localStorage.getItem(AUTO_KEY) === 'true') {
          // After the confirmation's own transaction has been applied.
          queueMicrotask(() => setOffer({ unitId, count: fill(unitId), filled: true }));
        } else setOffer({ unitId, count, filled: false });
      }),
    [store, fill],
  );

  const run = useCallback(
    (tr: ReturnType<typeof setKindTr>, failKey?: string): void => {
      if (tr) store.dispatch(tr.scrollIntoView());
      else if (failKey) notify(t(failKey));
    },
    [store, notify, t],
  );

  /** The row menu's items of issue 15 for the unit `unitId`. */
  const rowItems = useCallback(
    (unitId: string, at: { readonly x: number; readonly y: number }): MenuItem[] => {
      const state = store.state;
      const found = state ? findUnit(state.doc, unitId) : null;
      if (!state || !found) return [];
      const attrs = unitAttrs(found.node);
      const items: MenuItem[] = [{ label: t('rowTools.kindMenu'), run: () => setKindMenu({ unitId, x: at.x, y: at.y }) }];
      items.push({
        label: t('rowTools.split'),
        shortcut: 'Ctrl+Alt+Enter',
        run: () => {
          const now = store.state;
          const here = now && unitOfSelection(now);
          run(here && unitAttrs(here.node).id === unitId ? splitAtCaret(now) : null, 'rowTools.splitWhere');
        },
      });
      items.push({ label: t('rowTools.merge'), shortcut: 'Ctrl+Alt+J', run: () => run(store.state && mergeNextTr(store.state, unitId), 'rowTools.cannotMerge') });
      if (!attrs.excluded && !attrs.locked) {
        items.push({
          label: t('rowTools.copySource'),
          shortcut: 'Ctrl+Shift+Insert',
          run: () => run(store.state && copySourceTr(store.state, unitId)),
        });
      }
      if (attrs.locked) items.push({ label: t('rowTools.unlock'), shortcut: 'Ctrl+Alt+L', run: () => run(store.state && setLockedTr(store.state, unitId, false)) });
      else if (canLock(found.node)) items.push({ label: t('rowTools.lock'), shortcut: 'Ctrl+Alt+L', run: () => run(store.state && setLockedTr(store.state, unitId, true)) });
      items.push(...selectionItems());
      return items;
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- selectionItems reads the store when the menu opens
    [store, run, t],
  );

  /** The kinds a row can be given, for the *Row kind* menu of the unit `unitId` (its current kind left out). */
  const kindItems = (unitId: string): MenuItem[] => {
    const found = store.state ? findUnit(store.state.doc, unitId) : null;
    if (!found) return [];
    const attrs = unitAttrs(found.node);
    return ROW_KINDS.filter((k) => k.kind !== attrs.kind || k.level !== attrs.level).map((k) => ({
      label: k.kind === 'heading' ? t('rowTools.headingLevel', { level: k.level }) : t(`rowTools.kinds.${k.kind}`),
      run: () => run(store.state && setKindTr(store.state, unitId, k.kind, k.level)),
    }));
  };

  /** *Exclude / Include the n selected rows*, when the selection spans several rows. */
  const selectionItems = (): MenuItem[] => {
    const state = store.state;
    const ids = state ? selectedUnitIds(state) : [];
    if (ids.length < 2) return [];
    const apply = (exclude: boolean): void => {
      const made = store.state ? excludeUnitsTr(store.state, ids, exclude) : null;
      if (made) store.dispatch(made.tr);
      notify(t(exclude ? 'rowTools.excludedRows' : 'rowTools.includedRows', { count: made?.changed ?? 0 }));
    };
    return [
      { label: t('rowTools.excludeSelected', { count: ids.length }), run: () => apply(true) },
      { label: t('rowTools.includeSelected', { count: ids.length }), run: () => apply(false) },
    ];
  };

  return { offer, dismissOffer: () => setOffer(null), fillOffer: (o: RepetitionOffer) => setOffer({ ...o, count: fill(o.unitId), filled: true }), auto, setAuto, rowItems, selectionItems, kindMenu, kindItems, closeKindMenu: () => setKindMenu(null) };
}
