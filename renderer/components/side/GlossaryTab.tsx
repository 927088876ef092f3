import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HiddenFileInput } from '../HiddenFileInput.js';
import type { GlossaryExportFormat } from '../../../src/api/contract.js';
import { normalizeText } from '../../../src/glossary/normalizeText.js';
import type { GlossaryActions } from '../../app/useGlossaryActions.js';
import { useWorkbenchContext } from '../../app/workbenchContext.js';
import { errorMessage } from '../../i18n/index.js';
import { useAnalysisTick } from '../../hooks/useAnalysisTick.js';
import { TermDetails } from './TermList.js';

type SortKey = 'term' | 'rendering' | 'updated' | 'occurrences';

const PAGE = 100;

/** The linked glossaries and their entries: search, sort, edit, delete, go to occurrences; import, export, link, create. */
export function GlossaryTab({ actions }: { readonly actions: GlossaryActions }): ReactNode {
  const { t } = useTranslation();
  const { glossaries, analysis, editor, store, dictionary } = useWorkbenchContext();
  const snapshot = useSyncExternalStore(
    (l) => glossaries.subscribe(l),
    () => glossaries.snapshot,
  );
  const tick = useAnalysisTick();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('term');
  const [shown, setShown] = useState(PAGE);
  const [format, setFormat] = useState<GlossaryExportFormat>('tbx');
  const [importInto, setImportInto] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const nextOccurrence = useRef(new Map<string, number>());

  // Occurrence counts follow the text and the glossary; `tick` says when either changed.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const counts = useMemo(() => analysis.entryCounts(), [analysis, tick, snapshot]);
  const list = useMemo(() => {
    const q = normalizeText(query.trim());
    const entries = [...snapshot.entries.values()].filter(
      (e) => !q || [e.term, ...e.variants, ...e.renderings, e.definition, e.note, e.domain, ...e.tags].some((s) => normalizeText(s).includes(q)),
    );
    const by: Record<SortKey, (a: (typeof entries)[number], b: (typeof entries)[number]) => number> = {
      term: (a, b) => a.term.localeCompare(b.term, 'zh-CN'),
      rendering: (a, b) => (a.renderings[0] ?? '').localeCompare(b.renderings[0] ?? '', 'en'),
      updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
      occurrences: (a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0),
    };
    return entries.sort(by[sort]);
  }, [snapshot, query, sort, counts]);

  // The pinyin of the terms shown (by words, as names are romanised), asked for in one call.
  const [pinyin, setPinyin] = useState<ReadonlyMap<string, string>>(new Map());
  const visibleTerms = useMemo(() => list.slice(0, shown).map((e) => e.term), [list, shown]);
  useEffect(() => {
    let live = true;
    dictionary.pinyinOf(visibleTerms).then(
      (map) => live && setPinyin(map),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [dictionary, visibleTerms]);

  const goToOccurrence = (entryId: string): void => {
    const units = analysis.unitsWith(entryId);
    if (units.length === 0) return;
    const at = (nextOccurrence.current.get(entryId) ?? 0) % units.length;
    nextOccurrence.current.set(entryId, at + 1);
    editor.focus(units[at] as string);
  };

  return (
    <div>
      <h2>{t('glossary.title')}</h2>
      <ul className="glossary-files">
        {snapshot.linked.map((l) => (
          <li key={l.path}>
            <div className="glossary-name" title={l.path}>
              {l.glossary?.name || l.path.split(/[\\/]/).pop()} {l.glossary && <span className="muted">({t('glossary.entryCount', { count: l.glossary.entries.length })})</span>}
            </div>
            {l.error && (
              <div className="notice-inline" role="alert">
                {errorMessage(l.error)}
              </div>
            )}
            <div className="side-actions">
              {l.glossary && (
                <>
                  <button
                    type="button"
                    onClick={() => {
                      setImportInto(l.path);
                      fileInput.current?.click();
                    }}
                  >
                    {t('glossary.import')}
                  </button>
                  <select aria-label={t('glossary.exportFormat')} value={format} onChange={(e) => setFormat(e.target.value as GlossaryExportFormat)}>
                    <option value="tbx">TBX v3 (TBX-Basic)</option>
                    <option value="martif">TBX 2008 (martif, OmegaT)</option>
                    <option value="csv">CSV</option>
                    <option value="tsv">TSV</option>
                  </select>
                  <button type="button" onClick={() => void actions.exportGlossary(l.path, format)}>
                    {t('glossary.export')}
                  </button>
                </>
              )}
              <button type="button" onClick={() => actions.unlinkGlossary(l.path)}>
                {t('glossary.unlink')}
              </button>
            </div>
          </li>
        ))}
        {snapshot.linked.length === 0 && <li className="muted">{t('glossary.noneLinked')}</li>}
      </ul>
      <div className="side-actions">
        <button type="button" onClick={() => void actions.addTerm()}>
          {t('glossary.add')}
        </button>
        <button type="button" onClick={() => void actions.linkGlossary()}>
          {t('glossary.linkFile')}
        </button>
        <button type="button" onClick={() => void actions.newGlossary()}>
          {t('glossary.newFile')}
        </button>
        <button type="button" onClick={actions.findCandidates}>
          {t('candidates.open')}
        </button>
      </div>
      <HiddenFileInput
        inputRef={fileInput}
        accept=".tbx,.xml,.csv,.tsv,.txt,.duizhao-glossary"
        label={t('glossary.importInput')}
        onFile={(file) => void actions.importGlossaryFile(file, importInto ?? store.meta.glossaries[0] ?? null)}
      />

      <div className="glossary-search">
        <input type="search" aria-label={t('glossary.search')} placeholder={t('glossary.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <select aria-label={t('glossary.sortBy')} value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
          {(['term', 'rendering', 'updated', 'occurrences'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`glossary.sort.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="muted">{t('glossary.matching', { count: list.length })}</p>
      <ul className="entry-list" aria-label={t('glossary.entries')}>
        {list.slice(0, shown).map((entry) => (
          <li key={entry.id}>
            <TermDetails entry={entry} count={counts.get(entry.id) ?? 0} />
            {pinyin.get(entry.term) && pinyin.get(entry.term) !== entry.term && (
              <div className="term-pinyin">
                <span className="muted">{t('dictionary.pinyinColumn')}: </span>
                <span lang="zh-Latn-pinyin">{pinyin.get(entry.term)}</span>
              </div>
            )}
            <div className="side-actions">
              <button type="button" onClick={() => actions.editEntry(entry.id)} aria-label={t('glossary.editLabel', { term: entry.term })}>
                {t('glossary.edit')}
              </button>
              <button type="button" onClick={() => void actions.deleteEntry(entry.id)} aria-label={t('glossary.deleteLabel', { term: entry.term })}>
                {t('glossary.delete')}
              </button>
              {(counts.get(entry.id) ?? 0) > 0 && (
                <button type="button" onClick={() => goToOccurrence(entry.id)} aria-label={t('glossary.nextOccurrenceLabel', { term: entry.term })}>
                  {t('glossary.nextOccurrence')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {list.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          {t('glossary.showMore', { count: list.length - shown })}
        </button>
      )}
    </div>
  );
}
