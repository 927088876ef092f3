import type { GlossaryEntry } from '../glossary/glossaryEntry.js';
import type { QaFinding } from './qaFinding.js';

/** Looks a message up by key with parameters: i18next's `t`, in the UI and on the command line alike. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * A finding in words: its code's message with the glossary term and renderings named, another
 * paragraph by its number ("¶ 12"), and "start" or "end" in the reader's language.
 */
export function findingText(t: Translate, finding: QaFinding, entries: ReadonlyMap<string, GlossaryEntry>, paragraphNumber: (unitId: string) => number): string {
  const entryId = finding.params['entryId'];
  const entry = typeof entryId === 'string' ? entries.get(entryId) : undefined;
  const other = finding.params['other'];
  return t(`qaFinding.${finding.code}`, {
    ...finding.params,
    term: entry?.term ?? '',
    rendering: entry?.renderings.join(' / ') ?? '',
    forbidden: entry?.forbidden.join(' / ') ?? '',
    ...(typeof other === 'string' ? { other: t('checks.paragraph', { n: paragraphNumber(other) }) } : {}),
    where: finding.params['where'] === 'start' ? t('qa.start') : t('qa.end'),
  });
}
