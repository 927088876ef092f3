import { useCallback, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpellAssist } from '../app/spellAssist.js';
import { replaceWord } from '../editor/plugins/spellMarks.js';
import type { ProjectStore } from '../store/projectStore.js';
import { ContextMenu, type MenuItem } from './ContextMenu.js';

/**
 * The menu on a misspelt word of the English (right-click on its wavy underline, or the context-menu
 * key / Shift+F10 with the caret on it): up to five suggestions (a click replaces the word, one undo
 * step), *Add to my words* (kept across projects, as in the Checks tab) and *Ignore* (this project, saved with it).
 */
export function SpellMenu({ assist, store, onError }: { readonly assist: SpellAssist; readonly store: ProjectStore; readonly onError: (error: unknown) => void }): ReactNode {
  const { t } = useTranslation();
  const request = useSyncExternalStore(
    useCallback((listener: () => void) => assist.subscribeMenu(listener), [assist]),
    () => assist.menu,
  );
  const close = useCallback(() => {
    assist.closeSpellMenu();
    store.editorView?.focus();
  }, [assist, store]);
  if (!request) return null;
  const suggestions = assist.suggestions(request.word);
  const items: MenuItem[] = [
    ...suggestions.map((s) => ({
      label: s,
      run: () => {
        const state = store.state;
        const tr = state ? replaceWord(state, request, s) : null;
        if (tr) store.dispatch(tr);
      },
    })),
    ...(suggestions.length ? [] : [{ label: t('spelling.noSuggestions'), run: () => undefined }]),
    { label: t('spelling.addWord'), run: () => void assist.addWord(request.word).catch(onError) },
    { label: t('spelling.ignore'), run: () => assist.ignore(request.word) },
  ];
  return <ContextMenu x={request.x} y={request.y} items={items} onClose={close} />;
}
