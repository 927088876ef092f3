import type { TFunction } from 'i18next';
import { UNIT_STATUSES, type UnitStatus } from '../../src/document/unitAttrs.js';

/** Every string a row shows, built once per language: 2,000 rows must not each call i18next ten times. */
export interface RowLabels {
  readonly number: (n: number) => string;
  readonly statusLabel: (n: number) => string;
  readonly sourceLabel: (n: number) => string;
  readonly targetLabel: (n: number) => string;
  readonly include: (n: number) => string;
  /** The row menu's button. */
  readonly menu: (n: number) => string;
  readonly includeButton: string;
  readonly excludedChrome: string;
  /** The tooltip of a chrome row whose reason is known: "Excluded as page chrome: Toolbar or menu". */
  readonly excludedBecause: (reason: string) => string;
  readonly excludedUser: string;
  readonly excludedChromeShort: string;
  readonly excludedUserShort: string;
  readonly placeholder: string;
  readonly fromMemory: string;
  readonly fromMemoryShort: string;
  readonly repetition: string;
  readonly repetitionShort: string;
  readonly locked: string;
  /** The badge of a row with pending tracked changes (review mode). */
  readonly pendingChanges: string;
  readonly statuses: Readonly<Record<UnitStatus, string>>;
}

const MARK = '\u0000';

/** A message with `{{n}}` as a function of n: one i18next call, then string replacement. */
function template(t: TFunction, key: string): (n: number) => string {
  const text = t(key, { n: MARK });
  return (n) => text.split(MARK).join(String(n));
}

/** Builds the row labels for the current language. */
export function rowLabels(t: TFunction): RowLabels {
  return {
    number: template(t, 'unit.number'),
    statusLabel: template(t, 'unit.statusLabel'),
    sourceLabel: template(t, 'unit.sourceLabel'),
    targetLabel: template(t, 'unit.targetLabel'),
    include: template(t, 'unit.include'),
    menu: template(t, 'unit.menu'),
    includeButton: t('unit.includeShort'),
    excludedChrome: t('unit.excludedChrome'),
    excludedBecause: ((text: string) => (reason: string) => text.split(MARK).join(reason))(t('chrome.excludedBecause', { reason: MARK })),
    excludedUser: t('unit.excludedUser'),
    excludedChromeShort: t('unit.excludedChromeShort'),
    excludedUserShort: t('unit.excludedUserShort'),
    placeholder: t('unit.emptyTarget'),
    fromMemory: t('unit.fromMemory'),
    fromMemoryShort: t('unit.fromMemoryShort'),
    repetition: t('rowTools.repetitionBadge'),
    repetitionShort: t('rowTools.repetitionShort'),
    locked: t('rowTools.lockedBadge'),
    pendingChanges: t('review.pendingBadge'),
    statuses: Object.fromEntries(UNIT_STATUSES.map((s) => [s, t(`status.${s}`)])) as Record<UnitStatus, string>,
  };
}
