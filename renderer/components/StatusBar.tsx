import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeta } from '../hooks/useStore.js';
import type { ProjectStore } from '../store/projectStore.js';

// Intl formatters are costly to build; the status bar renders often, so keep one per language.
const timeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function time(iso: string, language: string): string {
  let format = timeFormats.get(language);
  if (!format) timeFormats.set(language, (format = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', second: '2-digit' })));
  return format.format(new Date(iso));
}

function numberFormat(language: string): Intl.NumberFormat {
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(language)));
  return format;
}

/** Progress (paragraphs and characters translated / total, English words written) and the save state. */
export function StatusBar({ store }: { readonly store: ProjectStore }): ReactNode {
  const { t, i18n } = useTranslation();
  const meta = useMeta(store);
  const { progress } = meta;
  const percent = progress.charsTotal === 0 ? 0 : Math.floor((100 * progress.charsDone) / progress.charsTotal);
  const number = numberFormat(i18n.language);
  let save: string;
  if (meta.saving) save = t('statusbar.saving');
  else if (meta.dirty) save = meta.journaledAt ? t('statusbar.autosaved', { time: time(meta.journaledAt, i18n.language) }) : t('statusbar.unsaved');
  else if (meta.savedAt && meta.path) save = t('statusbar.savedAt', { time: time(meta.savedAt, i18n.language) });
  else save = t('statusbar.neverSaved');
  const name = meta.path ? meta.path.split(/[\\/]/).pop() : t('statusbar.untitled');

  return (
    <footer className="status-bar" aria-label={t('statusbar.label')}>
      <span className="progress-units" data-testid="progress-units">
        {t('statusbar.paragraphs', { done: number.format(progress.unitsDone), total: number.format(progress.unitsTotal) })}
      </span>
      <span className="progress-chars" data-testid="progress-chars">
        {t('statusbar.characters', { done: number.format(progress.charsDone), total: number.format(progress.charsTotal), percent })}
      </span>
      <span className="progress-words" data-testid="progress-words">
        {t('statusbar.englishWords', { count: progress.englishWords, formatted: number.format(progress.englishWords) })}
      </span>
      <span className="progress-bar" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </span>
      <span className="file-name" title={meta.path ?? undefined}>
        {t('statusbar.file', { name })}
      </span>
      <span className={`save-state${meta.dirty ? ' dirty' : ''}`} data-testid="save-state" aria-live="polite">
        {save}
      </span>
    </footer>
  );
}
