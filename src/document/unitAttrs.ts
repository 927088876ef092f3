import type { ReviewRecord } from './reviewRecord.js';

/** What a unit is in the structure of a 公文 (official document). */
export const UNIT_KINDS = ['title', 'subtitle', 'author', 'salutation', 'heading', 'paragraph'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/**
 * Translation workflow state of a unit, in the order a unit normally passes through them; `rejected`
 * is the reviewer's verdict that the English must be redone (not done, like a draft).
 */
export const UNIT_STATUSES = ['untranslated', 'draft', 'translated', 'reviewed', 'rejected'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

/** Why a unit is excluded from translation, counts and export: detected page chrome, or the user's choice. */
export const EXCLUSION_REASONS = ['chrome', 'user'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

/**
 * What kind of chrome a detected line is: the reason shown in its row and in `info --json`
 * (`excludedReason`). `outsideReport` is a line before the report starts or after it ends that no
 * finer reason fits.
 */
export const CHROME_REASONS = [
  'toolbar',
  'breadcrumb',
  'sourceDate',
  'caption',
  'relatedLinks',
  'repeatedTitle',
  'repeatedText',
  'pageNumber',
  'runningHead',
  'siteNotice',
  'comments',
  'outsideReport',
] as const;
export type ChromeReason = (typeof CHROME_REASONS)[number];

/** The attributes of a `unit` node, as stored in `node.attrs` and in the project file. */
export interface UnitAttrs {
  readonly id: string;
  readonly kind: UnitKind;
  /** Heading level, 1 for the highest level present in the document; null for non-headings. */
  readonly level: number | null;
  /** UTF-16 length of the run-in heading at the start of the source (`(一)标题。正文…`), or null. */
  readonly runIn: number | null;
  readonly excluded: ExclusionReason | null;
  /** Why detection took the unit for chrome; meaningful only while `excluded` is `chrome` (null when unknown). */
  readonly excludedReason: ChromeReason | null;
  readonly status: UnitStatus;
  /** When the target or status last changed, in milliseconds since the epoch; null if never. */
  readonly updated: number | null;
  /** The English was filled by pre-translation from a memory and has not been edited since. */
  readonly fromMemory: boolean;
  /** The English was filled as a repetition of a confirmed unit with the same Chinese and has not been edited since. */
  readonly repetition: boolean;
  /** The translator locked the unit against edits of its English (unlocked explicitly). */
  readonly locked: boolean;
  /** Pending tracked changes of the English (its baseline and the changes since), or null. */
  readonly review: ReviewRecord | null;
}

/** Reads the typed attributes of a unit node (the schema's validators guarantee their shape). */
export function unitAttrs(node: { readonly attrs: Readonly<Record<string, unknown>> }): UnitAttrs {
  return node.attrs as unknown as UnitAttrs;
}
