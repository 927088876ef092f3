import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LOW_CONFIDENCE, pairText, type Alignment } from '../../../src/align/alignment.js';
import { markWrong, mergeWithNext, shiftSentence, splitPair } from '../../../src/align/reviewAlignment.js';
import { errorMessage } from '../../i18n/index.js';
import { BackendError, type Backend } from '../../platform/index.js';
import { download } from '../../platform/download.js';
import { ChoiceDialog } from '../dialogs.js';

interface Props {
  readonly backend: Backend;
  readonly initial: Alignment;
  readonly onClose: () => void;
  readonly onSaved: (message: string) => void;
  readonly notify: (kind: 'info' | 'error', text: string) => void;
}

/** Past and future states of the review: each change is one step of undo. */
interface History {
  readonly past: readonly Alignment[];
  readonly present: Alignment;
  readonly future: readonly Alignment[];
}

const toCheck = (a: Alignment, k: number): boolean => {
  const p = a.pairs[k];
  return p !== undefined && !p.wrong && !p.edited && p.confidence < LOW_CONFIDENCE;
};

/**
 * The review of an alignment, Chinese left and English right, one row a pair. Pairs below the
 * confidence threshold are marked "to check". The focused pair can be merged with the next, split,
 * have its first or last sentence on either side shifted to its neighbour, or be marked wrong; every
 * change can be undone. The pairs then go into the user's memory or a TMX file.
 */
export function AlignReview({ backend, initial, onClose, onSaved, notify }: Props): ReactNode {
  const { t } = useTranslation();
  const [history, setHistory] = useState<History>({ past: [], present: initial, future: [] });
  const [active, setActive] = useState(() => Math.max(0, initial.pairs.findIndex((_, k) => toCheck(initial, k))));
  const [saved, setSaved] = useState(false);
  const [confirmClose, setConfirmClose] = useState(false);
  const [busy, setBusy] = useState(false);
  const list = useRef<HTMLOListElement>(null);
  const alignment = history.present;
  const count = alignment.pairs.length;
  const current = Math.min(active, Math.max(0, count - 1));

  const change = useCallback((next: Alignment) => {
    setHistory((h) => (next === h.present ? h : { past: [...h.past, h.present].slice(-200), present: next, future: [] }));
    setSaved(false);
  }, []);
  const undo = (): void => setHistory((h) => (h.past.length ? { past: h.past.slice(0, -1), present: h.past[h.past.length - 1] as Alignment, future: [h.present, ...h.future] } : h));
  const redo = (): void => setHistory((h) => (h.future.length ? { past: [...h.past, h.present], present: h.future[0] as Alignment, future: h.future.slice(1) } : h));

  // The review opens with the first pair to check focused, so the keys work at once.
  useEffect(() => {
    list.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus();
  }, []);

  // Keep the focused row in view and focused when the list has focus.
  useEffect(() => {
    const row = list.current?.querySelector<HTMLElement>(`[data-pair="${current}"]`);
    row?.scrollIntoView?.({ block: 'nearest' });
    if (list.current?.contains(document.activeElement)) row?.focus();
  }, [current, alignment]);

  const actions = {
    merge: () => change(mergeWithNext(alignment, current)),
    split: () => change(splitPair(alignment, current)),
    zhUp: () => change(shiftSentence(alignment, current, 'zh', 'up')),
    zhDown: () => change(shiftSentence(alignment, current, 'zh', 'down')),
    enUp: () => change(shiftSentence(alignment, current, 'en', 'up')),
    enDown: () => change(shiftSentence(alignment, current, 'en', 'down')),
    wrong: () => change(markWrong(alignment, current, !alignment.pairs[current]?.wrong)),
    next: () => {
      for (let step = 1; step <= count; step++) {
        const k = (current + step) % count;
        if (toCheck(alignment, k)) return setActive(k);
      }
    },
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    if (mod && key === 'z') (e.shiftKey ? redo : undo)();
    else if (mod && key === 'y') redo();
    else if (mod) return;
    else if (e.altKey && e.key === 'ArrowUp') (e.shiftKey ? actions.zhUp : actions.enUp)();
    else if (e.altKey && e.key === 'ArrowDown') (e.shiftKey ? actions.zhDown : actions.enDown)();
    else if (e.altKey) return;
    else if (e.key === 'ArrowUp') setActive(Math.max(0, current - 1));
    else if (e.key === 'ArrowDown') setActive(Math.min(count - 1, current + 1));
    else if (e.key === 'Home') setActive(0);
    else if (e.key === 'End') setActive(count - 1);
    else if (key === 'm') actions.merge();
    else if (key === 's') actions.split();
    else if (key === 'w') actions.wrong();
    else if (key === 'n') actions.next();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const save = async (): Promise<void> => {
    setBusy(true);
    try {
      const r = await backend.invoke('align.save', { alignment });
      setSaved(true);
      onSaved(t('align.saved', { added: r.added, duplicates: r.duplicates, skipped: r.skipped, total: r.total }));
    } catch (e) {
      notify('error', e instanceof BackendError ? errorMessage(e) : String(e));
    } finally {
      setBusy(false);
    }
  };
  const exportTmx = async (): Promise<void> => {
    setBusy(true);
    try {
      const r = await backend.invoke('align.exportTmx', { alignment });
      download(r.fileName, r.data, 'application/x-tmx+xml');
      notify('info', t('align.exported', { count: r.count, name: r.fileName }));
    } catch (e) {
      notify('error', e instanceof BackendError ? errorMessage(e) : String(e));
    } finally {
      setBusy(false);
    }
  };
  const close = (): void => (saved || history.past.length === 0 ? onClose() : setConfirmClose(true));

  const checks = alignment.pairs.filter((_, k) => toCheck(alignment, k)).length;
  const wrong = alignment.pairs.filter((p) => p.wrong).length;
  const pair = alignment.pairs[current];
  const button = (name: keyof typeof actions, label: string, pressed?: boolean): ReactNode => (
    <button type="button" onClick={actions[name]} disabled={!pair || busy} aria-pressed={pressed}>
      {label}
    </button>
  );

  return (
    <div className="modal-backdrop">
      <div className="modal align-review" role="dialog" aria-modal="true" aria-labelledby="align-review-title" onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), close())}>
        <h2 id="align-review-title">{t('align.reviewTitle', { zh: alignment.zh.name, en: alignment.en.name })}</h2>
        <p className="align-summary" role="status">
          {t('align.summary', { count, toCheck: checks, wrong })}
        </p>
        <div role="toolbar" aria-label={t('align.actions')} className="align-toolbar">
          {button('merge', t('align.merge'))}
          {button('split', t('align.split'))}
          {button('zhUp', t('align.zhUp'))}
          {button('zhDown', t('align.zhDown'))}
          {button('enUp', t('align.enUp'))}
          {button('enDown', t('align.enDown'))}
          {button('wrong', pair?.wrong ? t('align.unmarkWrong') : t('align.markWrong'), Boolean(pair?.wrong))}
          {button('next', t('align.nextToCheck'))}
          <button type="button" onClick={undo} disabled={!history.past.length}>
            {t('align.undo')}
          </button>
          <button type="button" onClick={redo} disabled={!history.future.length}>
            {t('align.redo')}
          </button>
        </div>
        <p className="align-keys">{t('align.keys')}</p>
        <ol ref={list} className="align-pairs" role="listbox" aria-label={t('align.pairs')} onKeyDown={onKeyDown}>
          {alignment.pairs.map((p, k) => {
            const text = pairText(alignment, p);
            const check = toCheck(alignment, k);
            const status = p.wrong ? t('align.wrong') : p.edited ? t('align.edited') : check ? t('align.toCheck') : '';
            return (
              <li
                key={k}
                id={`align-pair-${k}`}
                data-pair={k}
                role="option"
                aria-selected={k === current}
                tabIndex={k === current ? 0 : -1}
                className={`align-pair${check ? ' check' : ''}${p.wrong ? ' wrong' : ''}${k === current ? ' active' : ''}`}
                onClick={() => setActive(k)}
              >
                <span className="visually-hidden">{t('align.pairLabel', { number: k + 1 })}</span>
                <span className="align-zh" lang="zh-CN">
                  {text.zh || t('align.nothing')}
                </span>
                <span className="align-en" lang="en">
                  {text.en || t('align.nothing')}
                </span>
                <span className="align-confidence">
                  {t('align.confidence', { percent: Math.round(p.confidence * 100) })}
                  {status && <span className="align-status"> {status}</span>}
                </span>
              </li>
            );
          })}
        </ol>
        <div className="modal-actions">
          <button type="button" className="primary" onClick={() => void save()} disabled={busy}>
            {t('align.save')}
          </button>
          <button type="button" onClick={() => void exportTmx()} disabled={busy}>
            {t('align.exportTmx')}
          </button>
          <button type="button" onClick={close}>
            {t('align.close')}
          </button>
        </div>
      </div>
      {confirmClose && (
        <ChoiceDialog
          title={t('align.unsavedTitle')}
          body={t('align.unsavedBody')}
          choices={[{ value: 'discard', label: t('align.discard'), danger: true }]}
          onChoose={(c) => (c === 'discard' ? onClose() : setConfirmClose(false))}
        />
      )}
    </div>
  );
}
