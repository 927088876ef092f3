import { TextSelection } from 'prosemirror-state';
import { unitAttrs } from '../../src/document/unitAttrs.js';
import { showQaMark } from '../editor/plugins/decorations.js';
import { caretIn, findUnit, insertMatchText, insertTermLink, selectInTarget, sidesOf, type TextSpan } from '../editor/transactions.js';
import type { ProjectStore } from '../store/projectStore.js';

/**
 * What the panels and dialogs ask of the one editor: go to a paragraph (from a finding, a note, a
 * term's occurrence, the preflight), insert a rendering or a memory match into it. Every action is a
 * transaction on the store's state; the view, when mounted, scrolls and takes the focus.
 */
export class EditorActions {
  constructor(private readonly store: ProjectStore) {}

  /**
   * Puts the caret in a paragraph's English (selecting `span` of it, plain-text offsets, if given) and
   * shows `source`, a span of its Chinese, as the one a finding concerns.
   */
  focus(id: string, span?: TextSpan, source?: TextSpan): void {
    const state = this.store.state;
    const tr = state ? selectInTarget(state, id, span) : null;
    if (!state || !tr) return;
    showQaMark(tr, source ? { unitId: id, source } : null);
    this.store.dispatch(tr.scrollIntoView());
    this.reveal(id);
  }

  /** Scrolls a paragraph's row into view and focuses the editor. */
  private reveal(id: string): void {
    const view = this.store.editorView;
    const unit = view ? findUnit(view.state.doc, id) : null;
    if (!view || !unit) return;
    const row = view.nodeDOM(unit.pos);
    if (row instanceof HTMLElement) row.scrollIntoView({ block: 'nearest' });
    view.focus();
  }

  /** The caret is put in the paragraph's English unless the selection is there already. */
  private caretIn(id: string): boolean {
    const state = this.store.state;
    const unit = state ? findUnit(state.doc, id) : null;
    if (!state || !unit || unitAttrs(unit.node).excluded) return false;
    const { target } = sidesOf(unit);
    if (state.selection.from < target.from || state.selection.to > target.to) this.store.dispatch(state.tr.setSelection(TextSelection.create(state.doc, caretIn(unit))));
    this.reveal(id);
    return true;
  }

  /** Inserts text at the caret of a paragraph's English as a link to a glossary entry. */
  insertTerm(id: string, text: string, entryId: string): void {
    if (!this.caretIn(id) || !this.store.state) return;
    this.store.dispatch(insertTermLink(this.store.state, text, entryId));
  }

  /** Inserts a memory match's English (the whole English when it is empty or wholly selected). */
  insertMatch(id: string, text: string): void {
    if (!this.caretIn(id) || !this.store.state) return;
    const tr = insertMatchText(this.store.state, text);
    if (tr) this.store.dispatch(tr);
  }
}
