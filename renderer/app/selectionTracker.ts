import type { EditorState } from 'prosemirror-state';
import { sideSelection, type SideSelection } from '../editor/transactions.js';

/** The latest non-empty selection in one side of one paragraph: what "the selected text" is for the glossary and notes. */
export type TrackedSelection = SideSelection;

/** Remembers the editor's selection when it is a span of one side of one unit; a collapsed selection clears it. */
export class SelectionTracker {
  private value: TrackedSelection | null = null;

  get current(): TrackedSelection | null {
    return this.value;
  }

  /** Reads the selection of a new editor state; answers the span when it changed to a new one. */
  report(state: EditorState): TrackedSelection | null {
    const next = sideSelection(state);
    if (next) {
      const same = this.value && this.value.from === next.from && this.value.to === next.to && this.value.text === next.text;
      this.value = next;
      return same ? null : next;
    }
    if (state.selection.empty) this.value = null;
    return null;
  }

  clear(): void {
    this.value = null;
  }
}
