import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryActions } from '../app/useGlossaryActions.js';
import { useWorkbenchContext } from '../app/workbenchContext.js';
import { useAnalysisTick } from '../hooks/useAnalysisTick.js';
import { useMetaValue } from '../hooks/useStore.js';
import type { MemoryActions } from '../app/useMemoryActions.js';
import { ChecksTab } from './side/ChecksTab.js';
import { DictionaryTab } from './side/DictionaryTab.js';
import { MemoryTab } from './side/MemoryTab.js';
import { GlossaryTab } from './side/GlossaryTab.js';
import { NotesTab } from './side/NotesTab.js';
import { ParagraphTab } from './side/ParagraphTab.js';
import { ReviewTab } from './side/ReviewTab.js';
import { allChanges } from '../editor/review.js';

const TABS = ['paragraph', 'dictionary', 'memory', 'glossary', 'checks', 'notes', 'review'] as const;
type Tab = (typeof TABS)[number];

/** The side panel: the current paragraph, the dictionary, the memories, the glossary, the project's checks and its notes. */
export function SidePanel({ actions, memoryActions }: { readonly actions: GlossaryActions; readonly memoryActions: MemoryActions }): ReactNode {
  const { t } = useTranslation();
  const { store, qa, memory } = useWorkbenchContext();
  const activeId = useMetaValue(store, (m) => m.activeId);
  const notes = useMetaValue(store, (m) => m.notes.length);
  const [tab, setTab] = useState<Tab>('paragraph');
  const tick = useAnalysisTick();
  // The project-wide count is work over every unit: do it when the window is idle, not while it opens.
  const [findings, setFindings] = useState(0);
  useEffect(() => {
    const handle = requestIdleCallback(() => setFindings(qa.all().filter((f) => !f.ignored && f.severity !== 'info').length), { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }, [qa, tick]);
  // Pending tracked changes, counted at the same quarter-second tick (units without a record cost a look at one attribute).
  const [pending, setPending] = useState(0);
  useEffect(() => setPending(allChanges(store.doc).length), [store, tick]);
  const badge: Record<Tab, number | null> = { paragraph: null, dictionary: null, memory: null, glossary: null, checks: findings, notes, review: pending };
  // A concordance request (Ctrl+Shift+F) brings the memory tab forward.
  const seenRequest = useRef(0);
  useEffect(
    () =>
      memory.subscribe(() => {
        const seq = memory.concordanceRequest?.seq ?? 0;
        if (seq === seenRequest.current) return;
        seenRequest.current = seq;
        setTab('memory');
      }),
    [memory],
  );

  const onKeyDown = (e: React.KeyboardEvent): void => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next = TABS[(TABS.indexOf(tab) + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length] as Tab;
    setTab(next);
    document.getElementById(`side-tab-${next}`)?.focus();
  };

  return (
    <aside className="side-panel" aria-label={t('side.panel')}>
      <div role="tablist" aria-label={t('side.panel')} className="side-tabs" onKeyDown={onKeyDown}>
        {TABS.map((name) => (
          <button
            key={name}
            id={`side-tab-${name}`}
            type="button"
            role="tab"
            aria-selected={tab === name}
            aria-controls={`side-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
          >
            {t(`side.tabs.${name}`)}
            {badge[name] ? <span className="tab-badge">{badge[name]}</span> : null}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`side-panel-${tab}`} aria-labelledby={`side-tab-${tab}`} className="side-content">
        {tab === 'paragraph' && (activeId ? <ParagraphTab id={activeId} actions={actions} /> : <p>{t('side.none')}</p>)}
        {tab === 'dictionary' && <DictionaryTab actions={actions} />}
        {tab === 'memory' && <MemoryTab actions={memoryActions} />}
        {tab === 'glossary' && <GlossaryTab actions={actions} />}
        {tab === 'checks' && <ChecksTab />}
        {tab === 'notes' && <NotesTab actions={actions} />}
        {tab === 'review' && <ReviewTab actions={actions} />}
        {tab === 'paragraph' && (
          <section aria-labelledby="side-shortcuts">
            <h3 id="side-shortcuts">{t('side.shortcuts')}</h3>
            <ul className="shortcuts">
              {(['confirm', 'move', 'save', 'undo', 'format', 'insertTerm', 'insertMatch', 'selectMatch', 'complete', 'spelling', 'concordance', 'addTerm', 'linkTerm', 'addNote', 'excludeAround', 'makeTitle', 'splitMerge', 'copySource', 'lock', 'reviewMode', 'reviewSettle', 'reviewNext', 'reviewComment'] as const).map((k) => (
                <li key={k}>{t(`shortcuts.${k}`)}</li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </aside>
  );
}
