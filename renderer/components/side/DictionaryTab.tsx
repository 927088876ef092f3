import { useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DictionarySource } from '../../../src/dictionary/dictionaryFormat.js';
import type { DictionaryEntryView, DictionaryWord } from '../../../src/dictionary/lookUpWord.js';
import { normalizeText } from '../../../src/glossary/normalizeText.js';
import type { GlossaryActions } from '../../app/useGlossaryActions.js';
import { useWorkbenchContext } from '../../app/workbenchContext.js';
import { errorMessage } from '../../i18n/index.js';
import { BackendError } from '../../platform/index.js';
import { TermDetails } from './TermList.js';

/** One dictionary entry: headword (traditional where it differs), pinyin, numbered senses. */
function Entry({ entry }: { readonly entry: DictionaryEntryView }): ReactNode {
  const { t } = useTranslation();
  return (
    <li className="dict-entry">
      <div className="dict-head">
        <span lang="zh-CN" className="term-zh">
          {entry.simplified}
        </span>
        {entry.traditional !== entry.simplified && (
          <span lang="zh-TW" className="muted">
            {t('dictionary.traditional', { form: entry.traditional })}
          </span>
        )}
        <span lang="zh-Latn-pinyin" className="dict-pinyin">
          {entry.pinyin}
        </span>
      </div>
      <ol lang="en" className="dict-senses" aria-label={t('dictionary.senses', { word: entry.simplified })}>
        {entry.senses.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ol>
    </li>
  );
}

function Words({ words }: { readonly words: readonly DictionaryWord[] }): ReactNode {
  return (
    <ul className="dict-entries">
      {words.flatMap((w) => w.entries.map((e, i) => <Entry key={`${w.word}-${i}`} entry={e} />))}
    </ul>
  );
}

/**
 * The dictionary card for the selected Chinese (or, through `DictionaryFocus.lookUpAt`, the word at
 * a point): CC-CEDICT entries longest match first, pinyin, the glossary's entries for it, and how
 * the memories have it.
 */
export function DictionaryTab({ actions }: { readonly actions: GlossaryActions }): ReactNode {
  const { t } = useTranslation();
  const { dictionary, glossaries, memory } = useWorkbenchContext();
  const state = useSyncExternalStore(
    (l) => dictionary.subscribe(l),
    () => dictionary.snapshot,
  );
  const snapshot = useSyncExternalStore(
    (l) => glossaries.subscribe(l),
    () => glossaries.snapshot,
  );
  const [source, setSource] = useState<DictionarySource | null>(null);
  useEffect(() => {
    let live = true;
    dictionary.source().then(
      (s) => live && setSource(s),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [dictionary]);

  const query = state.lookup?.query ?? '';
  const key = normalizeText(query);
  const inGlossary = useMemo(
    () => (key ? [...snapshot.entries.values()].filter((e) => [e.term, ...e.variants].some((f) => normalizeText(f) === key || normalizeText(f).includes(key))).slice(0, 5) : []),
    [snapshot, key],
  );
  const concordance = useMemo(() => (query ? memory.concordance(query, 'source') : { hits: [], total: 0 }), [memory, query]);

  const { lookup } = state;
  return (
    <div className="dictionary-tab">
      <h2>{t('dictionary.title')}</h2>
      {!state.query && <p className="muted">{t('dictionary.hint')}</p>}
      {state.loading && !lookup && <p role="status">{t('dictionary.loading')}</p>}
      {state.error !== null && (
        <p role="alert" className="notice-inline">
          {state.error instanceof BackendError ? errorMessage(state.error) : String(state.error)}
        </p>
      )}
      {lookup && (
        <section className="dict-card" aria-label={t('dictionary.cardLabel', { text: lookup.query })} aria-busy={state.loading}>
          <div className="dict-query">
            <span lang="zh-CN" className="dict-query-text">
              {lookup.query}
            </span>
            <span className="visually-hidden">{t('dictionary.pinyin')}: </span>
            <span lang="zh-Latn-pinyin" className="dict-pinyin">
              {lookup.pinyin}
            </span>
          </div>
          <h3>{t('dictionary.glossary')}</h3>
          {inGlossary.length === 0 && <p className="muted">{t('dictionary.noGlossary')}</p>}
          <ul className="entry-list">
            {inGlossary.map((e) => (
              <li key={e.id}>
                <TermDetails entry={e} count={null} />
              </li>
            ))}
          </ul>
          {!inGlossary.some((e) => normalizeText(e.term) === key) && (
            <div className="side-actions">
              <button type="button" onClick={() => void actions.addTermFor(lookup.query)}>
                {t('dictionary.addToGlossary')}
              </button>
            </div>
          )}

          {lookup.entries.length > 0 && <h3>{t('dictionary.entries')}</h3>}
          {lookup.entries.length > 0 && (
            <ul className="dict-entries" aria-label={t('dictionary.entries')}>
              {lookup.entries.map((e, i) => (
                <Entry key={i} entry={e} />
              ))}
            </ul>
          )}
          {lookup.entries.length === 0 && (
            <>
              <p className="muted">{t('dictionary.notFound', { text: lookup.query })}</p>
              {lookup.parts.length > 0 ? (
                <>
                  <h3>{t('dictionary.parts')}</h3>
                  <Words words={lookup.parts} />
                </>
              ) : (
                <p className="muted">{t('dictionary.noWords')}</p>
              )}
            </>
          )}
          {lookup.shorter.length > 0 && (
            <>
              <h3>{t('dictionary.shorter')}</h3>
              <Words words={lookup.shorter} />
            </>
          )}

          <h3>{t('dictionary.memory')}</h3>
          <p className="muted">{concordance.total ? t('dictionary.memoryCount', { count: concordance.total }) : t('dictionary.noMemory')}</p>
          <ul className="dict-concordance">
            {concordance.hits.slice(0, 3).map((h, i) => (
              <li key={i}>
                <div lang="zh-CN">{h.unit.source}</div>
                <div lang="en" className="muted">
                  {h.unit.target}
                </div>
              </li>
            ))}
          </ul>
          {concordance.total > 0 && (
            <div className="side-actions">
              <button type="button" onClick={() => memory.requestConcordance(lookup.query)}>
                {t('dictionary.searchMemory')}
              </button>
            </div>
          )}
        </section>
      )}
      {source && (
        <p className="dict-source muted">
          {t('dictionary.source', { date: source.date.slice(0, 10), entries: source.entries.toLocaleString(), publisher: source.publisher })}
        </p>
      )}
    </div>
  );
}
