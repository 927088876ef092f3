import type { EditorView } from 'prosemirror-view';

/** The latest non-empty selection in a row view: what "the selected text" means for the glossary and notes. */
export interface TrackedSelection {
  readonly unitId: string;
  readonly side: 'source' | 'target';
  readonly view: EditorView;
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/** Remembers the latest selection across all row views; a collapsed selection in the same view clears it. */
export class SelectionTracker {
  private value: TrackedSelection | null = null;

  get current(): TrackedSelection | null {
    // A view that was given up (scrolled far away) no longer holds the selection.
    return this.value && this.value.view.dom.isConnected ? this.value : null;
  }

  report(unitId: string, side: 'source' | 'target', view: EditorView): void {
    const { from, to, empty } = view.state.selection;
    if (empty) {
      if (this.value?.view === view) this.value = null;
      return;
    }
    this.value = { unitId, side, view, from, to, text: view.state.doc.textBetween(from, to, '\n') };
  }
}
