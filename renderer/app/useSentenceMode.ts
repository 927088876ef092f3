import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isSentenceMode } from '../../src/document/segments.js';
import type { ConfirmRequest } from '../editor/commands.js';
import { setSentenceMode, setStatus } from '../editor/transactions.js';
import type { MenuItem } from '../components/ContextMenu.js';
import type { ProjectStore } from '../store/projectStore.js';

/** What the confirmation dialog of a half-translated sentence-mode paragraph answers. */
export type ConfirmChoice = 'typed' | 'all' | 'cancel';

/** The workbench's sentence-mode actions: the row menu's and the project's switches, and the answer to the confirmation dialog. */
export interface SentenceModeActions {
  /** Switches the units named (or all) to sentence mode or paragraph mode: one undo step, with a message when nothing could switch. */
  switchUnits(ids: ReadonlySet<string> | 'all', sentences: boolean): void;
  /** The row menu's items for a unit (an excluded unit offers only the project's switches). */
  rowItems(unitId: string): MenuItem[];
  /** Applies the answer of the dialog: confirm the sentences with English only, all of them, or nothing. */
  answer(request: ConfirmRequest, choice: ConfirmChoice): void;
}

/** Sentence mode's actions over the one store; `notify` shows a message in the UI language. */
export function useSentenceMode(store: ProjectStore, notify: (text: string) => void): SentenceModeActions {
  const { t } = useTranslation();
  const switchUnits = useCallback(
    (ids: ReadonlySet<string> | 'all', sentences: boolean) => {
      const state = store.state;
      if (!state) return;
      const made = setSentenceMode(state, ids, sentences);
      if (!made) {
        notify(t(ids === 'all' ? 'sentences.nothingToSwitch' : 'sentences.cannotSwitch'));
        return;
      }
      store.dispatch(made.tr);
      if (ids === 'all') notify(t(sentences ? 'sentences.allSentences' : 'sentences.allParagraphs', { count: made.switched }));
    },
    [store, notify, t],
  );
  const rowItems = (unitId: string): MenuItem[] => {
    const unit = store.unit(unitId);
    const project: MenuItem[] = [
      { label: t('sentences.allToSentences'), shortcut: 'Ctrl+Alt+Shift+S', run: () => switchUnits('all', true) },
      { label: t('sentences.allToParagraphs'), run: () => switchUnits('all', false) },
    ];
    if (!unit || unit.attrs.excluded) return project;
    const sentences = isSentenceMode(unit.node);
    return [{ label: t(sentences ? 'sentences.toParagraph' : 'sentences.toSentences'), shortcut: 'Ctrl+Alt+S', run: () => switchUnits(new Set([unitId]), !sentences) }, ...project];
  };
  const answer = (request: ConfirmRequest, choice: ConfirmChoice): void => {
    const state = store.state;
    if (choice === 'cancel' || !state) return;
    const tr = setStatus(state, request.unitId, request.status, Date.now(), choice === 'typed');
    if (tr) store.dispatch(tr);
  };
  return { switchUnits, rowItems, answer };
}
