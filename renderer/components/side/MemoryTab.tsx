import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiffPart } from '../../../src/tm/fuzzy.js';
import type { ConcordanceHit, TmMatch } from '../../../src/tm/tmIndex.js';
import type { MemoryActions } from '../../app/useMemoryActions.js';
import { useWorkbenchContext } from '../../app/workbenchContext.js';
import { useAnalysisTick } from '../../hooks/useAnalysisTick.js';
import { useMetaValue } from '../../hooks/useStore.js';

/** The memory's source with what differs from the current Chinese marked: its own text, and what the current text has instead. */
function DiffText({ parts }: { readonly parts: readonly DiffPart[] }): ReactNode {
  return (
    <>
      {parts.map((p, i) =>
        p.op === 'equal' ? (
          <span key={i}>{p.text}</span>
        ) : p.op === 'delete' ? (
          <del key={i} className="diff-memory">
            {p.text}
          </del>
        ) : (
          <ins key={i} className="diff-current">
            {p.text}
          </ins>
        ),
      )}
    </>
  );
}

function Highlighted({ text, ranges }: { readonly text: string; readonly ranges: ConcordanceHit['ranges'] }): ReactNode {
  const out: ReactNode[] = [];
  let at = 0;
  ranges.forEach((r, i) => {
    if (r.start > at) out.push(text.slice(at, r.start));
    out.push(<mark key={i}>{text.slice(r.start, r.end)}</mark>);
    at = r.end;
  });
  out.push(text.slice(at));
  return <>{out}</>;
}

function MatchItem({ match, n, selected, onInsert, onSelect }: { readonly match: TmMatch; readonly n: number; readonly selected: boolean; readonly onInsert: () => void; readonly onSelect: () => void }): ReactNode {
  const { t } = useTranslation();
  const { numbers } = match;
  return (
    <li className={`tm-match${selected ? ' selected' : ''}${match.score === 100 ? ' exact' : ''}`} aria-current={selected ? 'true' : undefined} onClick={onSelect}>
      <div className="tm-match-head">
        <span className="tm-score" aria-label={t('memory.scoreLabel', { score: match.score })}>
          {match.score}%
        </span>
        {numbers && (
          <span className="tm-numbers" role="note">
            {numbers.reordered ? t('memory.numbersReordered') : t('memory.numbersDiffer', { memory: numbers.memory.join(', ') || '—', current: numbers.current.join(', ') || '—' })}
          </span>
        )}
        <span className="tm-origin">{match.unit.unitId ? t('memory.fromProject') : match.unit.origin}</span>
        <button
          type="button"
          className="link-button"
          onClick={(e) => {
            e.stopPropagation();
            onInsert();
          }}
          aria-label={t('memory.insertLabel', { n })}
        >
          {t('memory.insert')}
        </button>
      </div>
      <div className="tm-source" lang="zh-CN">
        <DiffText parts={match.diff} />
      </div>
      <div className="tm-target" lang="en">
        {match.unit.target}
      </div>
    </li>
  );
}

/** The side panel's memory tab: matches for the current paragraph, concordance, and the memories' sizes and actions. */
export function MemoryTab({ actions }: { readonly actions: MemoryActions }): ReactNode {
  const { t } = useTranslation();
  const { store, memory, editor } = useWorkbenchContext();
  const activeId = useMetaValue(store, (m) => m.activeId);
  const activeSentence = useMetaValue(store, (m) => m.activeSentence);
  const version = useSyncExternalStore(
    (l) => memory.subscribe(l),
    () => memory.snapshot,
  );
  const tick = useAnalysisTick();
  const [query, setQuery] = useState('');
  const [side, setSide] = useState<'source' | 'target'>('source');
  const [results, setResults] = useState<{ hits: ConcordanceHit[]; total: number } | null>(null);

  const request = memory.concordanceRequest;
  useEffect(() => {
    if (!request) return;
    setQuery(request.text);
    const english = /^[\x20-\x7e]+$/.test(request.text);
    setSide(english ? 'target' : 'source');
    setResults(memory.concordance(request.text, english ? 'target' : 'source'));
    document.getElementById('concordance-query')?.focus();
  }, [request, memory]);

  void version;
  void tick;
  const parts = activeId ? memory.shownParts(activeId, activeSentence) : [];
  const selected = memory.selectedIndex;
  let n = 0;
  const insert = (match: TmMatch): void => {
    if (activeId) editor.insertMatch(activeId, match.unit.target);
  };

  return (
    <div className="memory-tab">
      <p className="tm-sizes">{t('memory.sizes', { user: memory.userSize, project: memory.projectSize })}</p>
      <div className="tm-actions">
        <button type="button" onClick={() => actions.tmxInput.current?.click()}>
          {t('memory.import')}
        </button>
        <button type="button" onClick={actions.pretranslate}>
          {t('memory.pretranslate')}
        </button>
      </div>
      <section aria-labelledby="tm-matches">
        <h3 id="tm-matches">{t('memory.matches')}</h3>
        {!activeId && <p>{t('side.none')}</p>}
        {activeId && parts.every((p) => !p.matches.length) && <p className="muted">{t('memory.none')}</p>}
        {parts
          .filter((p) => p.matches.length)
          .map((part, i) => (
            <div key={i} className="tm-part">
              <h4 lang="zh-CN" title={part.text}>
                {part.kind === 'paragraph' ? t('memory.wholeParagraph') : part.text.length > 28 ? `${part.text.slice(0, 28)}…` : part.text}
              </h4>
              <ol className="tm-matches">
                {part.matches.map((m) => {
                  const index = n++;
                  return <MatchItem key={index} match={m} n={index + 1} selected={index === selected} onInsert={() => insert(m)} onSelect={() => memory.select(index, Number.MAX_SAFE_INTEGER)} />;
                })}
              </ol>
            </div>
          ))}
      </section>
      <section aria-labelledby="tm-concordance">
        <h3 id="tm-concordance">{t('memory.concordance')}</h3>
        <form
          className="concordance-form"
          onSubmit={(e) => {
            e.preventDefault();
            setResults(memory.concordance(query, side));
          }}
        >
          <input id="concordance-query" type="search" value={query} onChange={(e) => setQuery(e.target.value)} aria-label={t('memory.concordanceQuery')} placeholder={t('memory.concordanceQuery')} />
          <select value={side} onChange={(e) => setSide(e.target.value as 'source' | 'target')} aria-label={t('memory.concordanceSide')}>
            <option value="source">{t('memory.sideChinese')}</option>
            <option value="target">{t('memory.sideEnglish')}</option>
          </select>
          <button type="submit">{t('memory.search')}</button>
        </form>
        {results && (
          <>
            <p className="muted" role="status">
              {t('memory.hits', { count: results.total, shown: results.hits.length })}
            </p>
            <ul className="concordance-hits">
              {results.hits.map((h, i) => (
                <li key={i}>
                  <div className="tm-source" lang="zh-CN">
                    {h.side === 'source' ? <Highlighted text={h.unit.source} ranges={h.ranges} /> : h.unit.source}
                  </div>
                  <div className="tm-target" lang="en">
                    {h.side === 'target' ? <Highlighted text={h.unit.target} ranges={h.ranges} /> : h.unit.target}
                  </div>
                  <div className="tm-origin">{h.unit.unitId ? t('memory.fromProject') : h.unit.origin}</div>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
