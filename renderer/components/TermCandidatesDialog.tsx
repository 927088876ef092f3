import { useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermCandidates } from '../../src/api/contract.js';
import { candidateKey, type CandidateKind } from '../../src/glossary/extractTermCandidates.js';
import { normalizeText } from '../../src/glossary/normalizeText.js';
import type { GlossaryActions } from '../app/useGlossaryActions.js';
import { useWorkbenchContext } from '../app/workbenchContext.js';
import type { Backend } from '../platform/index.js';
import { Modal } from './Modal.js';

const KINDS: readonly CandidateKind[] = ['quoted', 'numbered', 'named', 'recurring'];

/**
 * *Find term candidates*: the report's phrases a translator may want in the glossary, ranked, each
 * with its count, first occurrence and the English the memories give it; *Add to glossary* adds one
 * in one step (as a proposed entry, with that English), *Go to* shows its first occurrence.
 */
export function TermCandidatesDialog({ backend, actions, onClose, onError }: { readonly backend: Backend; readonly actions: GlossaryActions; readonly onClose: () => void; readonly onError: (error: unknown) => void }): ReactNode {
  const { t } = useTranslation();
  const { store, glossaries, editor } = useWorkbenchContext();
  const snapshot = useSyncExternalStore(
    (l) => glossaries.subscribe(l),
    () => glossaries.snapshot,
  );
  const [result, setResult] = useState<TermCandidates | null>(null);
  const [filter, setFilter] = useState('');
  const [kind, setKind] = useState<CandidateKind | 'all'>('all');
  const [adding, setAdding] = useState<string | null>(null);
  // Terms added from this dialog: they stay in the list, marked as added.
  const [addedHere, setAddedHere] = useState<ReadonlySet<string>>(() => new Set());

  useEffect(() => {
    let live = true;
    const known = [...glossaries.snapshot.entries.values()].flatMap((e) => [e.term, ...e.variants]);
    backend.invoke('terms.extract', { file: store.toFile(), known }).then(
      (r) => live && setResult(r),
      (error: unknown) => {
        if (!live) return;
        onError(error);
        onClose();
      },
    );
    return () => {
      live = false;
    };
    // Extracts once, when the dialog opens; entries added meanwhile are marked, not re-extracted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Terms the glossaries have now (one just added shows as added).
  const inGlossary = useMemo(() => new Set([...snapshot.entries.values()].flatMap((e) => [e.term, ...e.variants]).map(candidateKey)), [snapshot]);
  const shown = useMemo(() => {
    const q = normalizeText(filter.trim());
    // A glossary that finished loading after the extraction started has terms the back end was not told
    // of: they are left out here, as the extraction leaves out the terms it knew.
    const known = (term: string): boolean => inGlossary.has(candidateKey(term)) && !addedHere.has(candidateKey(term));
    return (result?.candidates ?? []).filter((c) => !known(c.term) && (kind === 'all' || c.kind === kind) && (!q || normalizeText(c.term).includes(q) || normalizeText(c.rendering ?? '').includes(q)));
  }, [result, filter, kind, inGlossary, addedHere]);

  const add = async (term: string, rendering: string | null, candidateKind: CandidateKind): Promise<void> => {
    setAdding(term);
    setAddedHere((added) => new Set(added).add(candidateKey(term)));
    await actions.addEntryNow(term, rendering, ['candidate', candidateKind]);
    setAdding(null);
  };

  return (
    <Modal title={t('candidates.title')} onCancel={onClose}>
      <p className="muted">{t('candidates.intro')}</p>
      {!result && (
        <p role="status" aria-live="polite">
          {t('candidates.working')}
        </p>
      )}
      {result && (
        <>
          <p role="status">{t('candidates.summary', { count: result.candidates.length, known: result.known, memory: result.memoryUnits })}</p>
          <div className="candidates-filter">
            <input type="search" aria-label={t('candidates.filter')} placeholder={t('candidates.filter')} value={filter} onChange={(e) => setFilter(e.target.value)} />
            <select aria-label={t('candidates.kindFilter')} value={kind} onChange={(e) => setKind(e.target.value as CandidateKind | 'all')}>
              <option value="all">{t('candidates.allKinds')}</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`candidates.kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          {shown.length === 0 && <p className="muted">{t('candidates.none')}</p>}
          <ol className="candidate-list" aria-label={t('candidates.list')}>
            {shown.map((c) => {
              const added = inGlossary.has(candidateKey(c.term));
              const first = c.contexts[0];
              return (
                <li key={c.term} className="candidate">
                  <div className="candidate-head">
                    <span lang="zh-CN" className="term-zh">
                      {c.term}
                    </span>
                    <span className="muted">
                      ×{c.count} · {t(`candidates.kind.${c.kind}`)}
                    </span>
                  </div>
                  {c.rendering ? (
                    <div lang="en" className="term-en">
                      <span className="visually-hidden">{t('candidates.rendering')}: </span>
                      {c.rendering}
                    </div>
                  ) : (
                    c.memoryHits > 0 && <div className="muted">{t('candidates.memoryHits', { count: c.memoryHits })}</div>
                  )}
                  {first && (
                    <div lang="zh-CN" className="candidate-context">
                      …{first.before}
                      <mark>{c.term}</mark>
                      {first.after}…
                    </div>
                  )}
                  <div className="side-actions">
                    <button type="button" disabled={added || adding === c.term} aria-label={added ? t('candidates.added') + ': ' + c.term : t('candidates.addLabel', { term: c.term })} onClick={() => void add(c.term, c.rendering, c.kind)}>
                      {added ? t('candidates.added') : t('candidates.add')}
                    </button>
                    {first && (
                      <button type="button" aria-label={t('candidates.goToLabel', { term: c.term })} onClick={() => editor.focus(first.unitId, undefined, { start: first.start, end: first.end })}>
                        {t('candidates.goTo')}
                      </button>
                    )}
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      )}
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          {t('candidates.close')}
        </button>
      </div>
    </Modal>
  );
}
