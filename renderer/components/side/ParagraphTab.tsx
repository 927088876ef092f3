import { useEffect, useState, type ReactNode } from 'react';
import type { ProjectQaFinding } from '../../../src/qa/runQa.js';
import { useTranslation } from 'react-i18next';
import { countChars } from '../../../src/document/progress.js';
import { plainTextOf } from '../../../src/document/plainText.js';
import { segmentSentences } from '../../../src/import/segmentSentences.js';
import type { GlossaryActions } from '../../app/useGlossaryActions.js';
import { useWorkbenchContext } from '../../app/workbenchContext.js';
import { useAnalysisTick } from '../../hooks/useAnalysisTick.js';
import { useUnit } from '../../hooks/useStore.js';
import { FindingItem } from './ChecksTab.js';
import { TermDetails } from './TermList.js';

/** The current paragraph: its kind and counts, its glossary terms (Ctrl+1…9 inserts them), its findings and notes. */
export function ParagraphTab({ id, actions }: { readonly id: string; readonly actions: GlossaryActions }): ReactNode {
  const { t } = useTranslation();
  const wb = useWorkbenchContext();
  const { store, analysis, glossaries, editor } = wb;
  const unit = useUnit(store, id);
  const tick = useAnalysisTick();
  // Findings come from the project-wide check (consistency across paragraphs) and counts from every
  // paragraph: work over the whole report, done when the window is idle, not while a report opens.
  // Typing makes a new unit node at every key, so the unit itself is no dependency: its text is
  // followed by the tick (a quarter second after typing stops), its status and exclusion at once.
  // With the node as a dependency, each render after a key scheduled this work again, and its result
  // rendered the panel again: a loop that ran the project-wide work and a render of every term card
  // on every keystroke.
  const [wide, setWide] = useState<{ readonly findings: readonly ProjectQaFinding[]; readonly counts: ReadonlyMap<string, number> }>({ findings: [], counts: new Map() });
  const status = unit?.attrs.status;
  const excluded = unit?.attrs.excluded;
  useEffect(() => {
    const handle = requestIdleCallback(() => setWide({ findings: wb.qa.unit(id).filter((f) => !f.ignored), counts: analysis.entryCounts() }), { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }, [wb.qa, analysis, id, tick, status, excluded]);
  if (!unit) return null;
  const { attrs } = unit;
  const text = unit.source.textContent;
  const kind = attrs.kind === 'heading' ? t('kind.heading', { level: attrs.level }) : t(`kind.${attrs.kind}`);
  const entries = analysis.orderedEntries(id).map((entryId) => glossaries.snapshot.entries.get(entryId)).filter((e) => e !== undefined);
  const findings = wide.findings.filter((f) => f.unitId === id);
  const noteIds = new Set([...plainTextOf(unit.source).marks, ...plainTextOf(unit.target).marks].filter((m) => m.type === 'note').map((m) => String(m.attrs?.['noteId'])));
  const notes = store.meta.notes.filter((n) => noteIds.has(n.id));
  const counts = wide.counts;
  return (
    <div>
      <h2>
        {t('side.title')} {store.indexOf(id) + 1}
      </h2>
      <dl className="facts">
        <dt>{t('side.kind')}</dt>
        <dd>
          {kind}
          {attrs.runIn !== null ? ` · ${t('unit.runIn')}` : ''}
        </dd>
        <dt>{t('side.status')}</dt>
        <dd>{attrs.excluded ? t(attrs.excluded === 'chrome' ? 'unit.excludedChrome' : 'unit.excludedUser') : t(`status.${attrs.status}`)}</dd>
        <dt>{t('side.sentences')}</dt>
        <dd>{segmentSentences(text).length}</dd>
        <dt>{t('side.characters')}</dt>
        <dd>{countChars(text)}</dd>
      </dl>
      <div className="side-actions">
        {attrs.excluded ? (
          <button type="button" onClick={() => store.setExcluded(id, null)}>
            {t('side.include')}
          </button>
        ) : (
          <>
            <button type="button" onClick={() => store.setExcluded(id, 'user')}>
              {t('side.exclude')}
            </button>
            {attrs.status === 'translated' && (
              <button type="button" onClick={() => store.setStatus(id, 'reviewed')}>
                {t('side.markReviewed')}
              </button>
            )}
            {(attrs.status === 'translated' || attrs.status === 'reviewed') && (
              <button type="button" onClick={() => store.setStatus(id, 'rejected')}>
                {t('review.markRejected')}
              </button>
            )}
          </>
        )}
      </div>

      <h3>{t('side.terms', { count: entries.length })}</h3>
      {entries.length === 0 && <p className="muted">{t('side.noTerms')}</p>}
      <ol className="term-list">
        {entries.map((entry, i) => (
          <li key={entry.id}>
            <TermDetails entry={entry} count={counts.get(entry.id) ?? 0} />
            <div className="side-actions">
              {entry.renderings[0] && !attrs.excluded && (
                <button type="button" onClick={() => editor.insertTerm(id, entry.renderings[0] as string, entry.id)} aria-label={t('side.insertLabel', { term: entry.term })}>
                  {i < 9 ? t('side.insertN', { n: i + 1 }) : t('side.insert')}
                </button>
              )}
              <button type="button" onClick={() => actions.editEntry(entry.id)} aria-label={t('glossary.editLabel', { term: entry.term })}>
                {t('glossary.edit')}
              </button>
            </div>
          </li>
        ))}
      </ol>

      {findings.length > 0 && (
        <>
          <h3>{t('side.findings', { count: findings.length })}</h3>
          <ul className="finding-list">
            {findings.map((f) => (
              <FindingItem key={f.key} finding={f} showWhere={false} />
            ))}
          </ul>
        </>
      )}

      {notes.length > 0 && (
        <>
          <h3>{t('notes.title')}</h3>
          <ul className="note-list">
            {notes.map((n) => (
              <li key={n.id}>
                <button type="button" className="link-button" onClick={() => actions.editNote(n.id)}>
                  {n.text}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
