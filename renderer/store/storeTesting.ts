import { TextSelection } from 'prosemirror-state';
import type { EditorServices } from '../editor/commands.js';
import { findUnit, sidesOf } from '../editor/transactions.js';
import type { ProjectStore } from './projectStore.js';

/** For tests of the store and the editor's plugins: services that answer nothing (spread it and override what a test needs). */
export const quietServices: EditorServices = {
  occurrences: () => [],
  rendering: () => null,
  memoryMatch: () => null,
  selectMatch: () => undefined,
  notify: () => undefined,
};

/**
 * For tests: puts the caret at the end of a unit's English and types `text` one character per
 * transaction, as the view does; `each` runs after every character.
 */
export function typeAtEnd(store: ProjectStore, id: string, text: string, each: () => void = () => undefined): void {
  const state = store.state;
  const unit = state ? findUnit(state.doc, id) : null;
  if (!state || !unit) throw new Error(`no unit ${id}`);
  store.dispatch(state.tr.setSelection(TextSelection.create(state.doc, sidesOf(unit).target.to)));
  for (const ch of text) {
    const now = store.state;
    if (!now) throw new Error('no state');
    store.dispatch(now.tr.insertText(ch));
    each();
  }
}
