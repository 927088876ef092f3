import { UNIT_STATUSES, type UnitStatus } from '../../document/unitAttrs.js';

/** The words of a review table, in the translator's UI language. */
export interface ReviewLabels {
  readonly id: string;
  readonly status: string;
  readonly chinese: string;
  readonly english: string;
  readonly comment: string;
  /** What the reviewer should do, printed above the table. */
  readonly instructions: string;
  readonly statuses: Readonly<Record<UnitStatus, string>>;
}

/** The review table's words from a translate function (the UI's or the CLI's i18next `t`). */
export function reviewLabels(translate: (key: string) => string): ReviewLabels {
  return {
    id: translate('deliver.review.id'),
    status: translate('deliver.review.status'),
    chinese: translate('print.chinese'),
    english: translate('print.english'),
    comment: translate('deliver.review.comment'),
    instructions: translate('deliver.review.instructions'),
    statuses: Object.fromEntries(UNIT_STATUSES.map((s) => [s, translate(`status.${s}`)])) as Record<UnitStatus, string>,
  };
}

/** Status words of every UI language (lower case) to statuses, for reading a review table's status column. */
export function statusWords(locales: ReadonlyArray<{ readonly status: Readonly<Record<string, string>> }>): Map<string, UnitStatus> {
  const words = new Map<string, UnitStatus>();
  for (const locale of locales) for (const s of UNIT_STATUSES) if (locale.status[s]) words.set((locale.status[s] as string).toLowerCase(), s);
  return words;
}
