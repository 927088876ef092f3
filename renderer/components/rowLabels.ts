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
  /** Sentence mode: the textbox of one sentence's English ("English of sentence 3 of 14, paragraph 5"). */
  readonly sentenceLabel: (n: number, k: number, total: number) => string;
  /** Sentence mode: the short number of a sentence cell ("3/14"). */
  readonly sentenceNumber: (k: number, total: number) => string;
}

const MARK = '\u0000';
const MARK_K = '\u0001';
const MARK_TOTAL = '\u0002';

/** A message with `{{n}}`, `{{k}}` and `{{total}}` as a function of them: one i18next call, then string replacement. */
function template3(t: TFunction, key: string): (n: number, k: number, total: number) => string {
  const text = t(key, { n: MARK, k: MARK_K, total: MARK_TOTAL });
  return (n, k, total) => text.split(MARK).join(String(n)).split(MARK_K).join(String(k)).split(MARK_TOTAL).join(String(total));
}

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
    sentenceLabel: template3(t, 'sentences.cellLabel'),
    sentenceNumber: ((f: (n: number, k: number, total: number) => string) => (k: number, total: number) => f(0, k, total))(template3(t, 'sentences.cellNumber')),
  };
}
