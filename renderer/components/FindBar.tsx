import { TextSelection } from 'prosemirror-state';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { forEachUnit } from '../../src/document/chunks.js';
import { unitAttrs } from '../../src/document/unitAttrs.js';
import { compileFinder } from '../../src/find/findText.js';
import { useWorkbenchContext } from '../app/workbenchContext.js';
import { replaceAllMatches, replaceCurrentMatch, stepMatch } from '../editor/find.js';
import { findState, setFind } from '../editor/plugins/findHighlight.js';
import { useMetaValue } from '../hooks/useStore.js';
import type { ProjectStore } from '../store/projectStore.js';

/** How the bar was opened: Ctrl+F (find) or Ctrl+H (replace); `seq` changes at each press, `seed` is the selected text. */
export interface FindRequest {
  readonly mode: 'find' | 'replace';
  readonly seq: number;
  readonly seed: string;
}

/** The ids of the rows the editor's selection spans (the current row when it is collapsed). */
function selectedRows(store: ProjectStore): Set<string> {
  const state = store.state;
  const ids = new Set<string>();
  if (!state) return ids;
  const { from, to } = state.selection;
  forEachUnit(state.doc, (unit, pos) => {
    if (pos > to) return false;
    if (pos + unit.nodeSize >= from) ids.add(unitAttrs(unit).id);
    return true;
  });
  return ids;
}

/** Shows the current occurrence's row: ProseMirror scrolls to the selection, the row is brought to the middle. */
function revealMatch(store: ProjectStore): void {
  const view = store.editorView;
  const state = store.state;
  const find = state ? findState(state) : null;
  const match = find?.matches[find.current];
  if (!view || !match) return;
  const { node } = view.domAtPos(match.from);
  const element = node instanceof Element ? node : node.parentElement;
  const row = element?.closest('.unit-row');
  row?.scrollIntoView({ block: 'center' });
  // A chunk laid out only now may change the heights above it: once more after the frame.
  requestAnimationFrame(() => row?.scrollIntoView({ block: 'nearest' }));
}

/** Next (1) or previous (-1) occurrence (Enter, Shift+Enter, F3): selected and scrolled to. */
export function stepFind(store: ProjectStore, delta: -1 | 1): void {
  const state = store.state;
  const tr = state ? stepMatch(state, delta) : null;
  if (!tr) return;
  store.dispatch(tr);
  revealMatch(store);
}

/**
 * Find and replace over the whole project (Ctrl+F, Ctrl+H): the English, or the Chinese (find only);
 * match case, whole words, regular expressions; all rows or the selected ones. The search reads the
 * document, so rows off screen are found; the current occurrence is selected and scrolled to.
 */
export function FindBar({ request, onClose, notify }: { readonly request: FindRequest; readonly onClose: () => void; readonly notify: (text: string) => void }): ReactNode {
  const { t } = useTranslation();
  const { store } = useWorkbenchContext();
  const loadCount = useMetaValue(store, (m) => m.loadCount);
  const [text, setText] = useState(request.seed);
  const [replaceWith, setReplaceWith] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [wholeWords, setWholeWords] = useState(false);
  const [regex, setRegex] = useState(false);
  const [side, setSide] = useState<'target' | 'source'>('target');
  const [scope, setScope] = useState<ReadonlySet<string> | null>(null);
  const [replacing, setReplacing] = useState(request.mode === 'replace');
  const input = useRef<HTMLInputElement>(null);
  const replaceInput = useRef<HTMLInputElement>(null);

  // Each Ctrl+F / Ctrl+H: the mode it asks for, the selected text as the query, the focus in the box.
  useLayoutEffect(() => {
    if (request.mode === 'replace') setReplacing(true);
    if (request.seed) setText(request.seed);
    input.current?.focus();
    input.current?.select();
  }, [request]);

  const compiled = useMemo(() => (text ? compileFinder({ text, matchCase, wholeWords, regex }) : null), [text, matchCase, wholeWords, regex]);
  const error = compiled && !compiled.ok ? t(`errors.${compiled.error.code}`, compiled.error.params) : null;

  // The query goes to the editor's find plugin at each change (and again after a project is loaded).
  useEffect(() => {
    const state = store.state;
    if (!state) return;
    store.dispatch(setFind(state.tr, compiled?.ok ? { finder: compiled.value, side, scope } : null));
  }, [store, compiled, side, scope, loadCount]);
  useEffect(
    () => () => {
      const state = store.state;
      if (state && findState(state)?.spec) store.dispatch(setFind(state.tr, null));
    },
    [store],
  );

  const found = useSyncExternalStore(
    useCallback((l: () => void) => store.subscribeState(l), [store]),
    () => {
      const f = store.state ? findState(store.state) : null;
      return f ? `${f.current}/${f.matches.length}` : '-1/0';
    },
  );
  const [current, total] = found.split('/').map(Number) as [number, number];

  const go = (delta: -1 | 1): void => {
    if (!error) stepFind(store, delta);
  };
  const replaceOne = (): void => {
    const state = store.state;
    if (error || !state) return;
    const tr = replaceCurrentMatch(state, replaceWith);
    if (!tr) return;
    store.dispatch(tr);
    revealMatch(store);
  };
  const replaceAll = (): void => {
    const state = store.state;
    if (error || !state) return;
    const made = replaceAllMatches(state, replaceWith);
    if (!made) return;
    store.dispatch(made.tr);
    notify(t('find.replaced', { count: made.count }));
  };
  const close = (): void => {
    onClose();
    // Back in the text: the current occurrence (if any) is the editor's selection.
    const view = store.editorView;
    const state = store.state;
    if (view && state && state.selection instanceof TextSelection) view.focus();
  };
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Enter' && e.target === input.current) {
      e.preventDefault();
      go(e.shiftKey ? -1 : 1);
    } else if (e.key === 'Enter' && e.target === replaceInput.current) {
      e.preventDefault();
      if ((e.ctrlKey || e.metaKey) && e.altKey) replaceAll();
      else replaceOne();
    } else if (e.key === 'F3') {
      e.preventDefault();
      go(e.shiftKey ? -1 : 1);
    }
  };
  const count = !text || error ? '' : total === 0 ? t('find.none') : current >= 0 ? t('find.position', { current: current + 1, total }) : t('find.count', { count: total });
  const canReplace = side === 'target';

  return (
    <div className="find-bar" role="search" aria-label={t('find.label')} onKeyDown={onKey}>
      <div className="find-line">
        <input ref={input} type="search" aria-label={t('find.find')} placeholder={t('find.find')} value={text} onChange={(e) => setText(e.target.value)} aria-invalid={error ? 'true' : 'false'} />
        <span className="find-count" role="status" aria-live="polite">
          {count}
        </span>
        <button type="button" onClick={() => go(-1)} title="Shift+Enter, Shift+F3">
          {t('find.previous')}
        </button>
        <button type="button" onClick={() => go(1)} title="Enter, F3">
          {t('find.next')}
        </button>
        <label>
          <input type="checkbox" checked={matchCase} onChange={(e) => setMatchCase(e.target.checked)} /> {t('find.matchCase')}
        </label>
        <label>
          <input type="checkbox" checked={wholeWords} onChange={(e) => setWholeWords(e.target.checked)} /> {t('find.wholeWords')}
        </label>
        <label>
          <input type="checkbox" checked={regex} onChange={(e) => setRegex(e.target.checked)} /> {t('find.regex')}
        </label>
        <label>
          {t('find.in')}{' '}
          <select value={side} onChange={(e) => setSide(e.target.value as 'target' | 'source')}>
            <option value="target">{t('find.english')}</option>
            <option value="source">{t('find.chinese')}</option>
          </select>
        </label>
        <label>
          <input type="checkbox" checked={scope !== null} onChange={(e) => setScope(e.target.checked ? selectedRows(store) : null)} /> {t('find.selectedRows')}
        </label>
        <button type="button" onClick={() => setReplacing(!replacing)} aria-expanded={replacing}>
          {t('find.replaceToggle')}
        </button>
        <button type="button" onClick={close} aria-label={t('find.close')}>
          ×
        </button>
      </div>
      {replacing && (
        <div className="find-line">
          <input ref={replaceInput} type="text" aria-label={t('find.replaceWith')} placeholder={t('find.replaceWith')} value={replaceWith} onChange={(e) => setReplaceWith(e.target.value)} disabled={!canReplace} />
          <button type="button" onClick={replaceOne} disabled={!canReplace} title="Enter">
            {t('find.replace')}
          </button>
          <button type="button" onClick={replaceAll} disabled={!canReplace} title="Ctrl+Alt+Enter">
            {t('find.replaceAll')}
          </button>
          {!canReplace && <span className="find-note">{t('find.chineseReadOnly')}</span>}
        </div>
      )}
      {error && (
        <p className="find-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
