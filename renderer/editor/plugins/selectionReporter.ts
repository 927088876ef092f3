import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

export const selectionReporterKey = new PluginKey('selectionReporter');

/** Receives a view's selection whenever it changes (empty selections included). */
export type SelectionListener = (view: EditorView) => void;

/** Reports each change of a view's selection, so the workbench knows what "the selected text" is. */
export function selectionReporter(listener: SelectionListener): Plugin {
  return new Plugin({
    key: selectionReporterKey,
    view: () => ({
      update(view, previous) {
        if (!view.state.selection.eq(previous.selection) || view.state.doc !== previous.doc) listener(view);
      },
    }),
  });
}
