import type { Node } from 'prosemirror-model';
import { history } from 'prosemirror-history';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { plainTextPaste } from './plugins/plainTextPaste.js';
import { selectionReporter, type SelectionListener } from './plugins/selectionReporter.js';
import { rowKeymaps, type RowCommands } from './rowKeymap.js';

export interface RowEditorOptions extends RowCommands {
  /** The unit's `target` node: the editor's whole document. */
  readonly target: Node;
  /** The state of an earlier view of this row (kept while the row was far off screen), with its undo history. */
  readonly state?: EditorState;
  /** The accessible name and placeholder, read on every update so a language switch shows at once. */
  readonly label: () => string;
  readonly placeholder: () => string;
  readonly editable: () => boolean;
  readonly onChange: (target: Node) => void;
  readonly onFocus: () => void;
  readonly onSelection: SelectionListener;
}

/**
 * Creates the English editor of one row: its own small ProseMirror state whose document is the
 * unit's `target` node, with its own undo history. One editor per row keeps every transaction, and
 * so every keystroke, proportional to one paragraph, whatever the size of the report.
 */
export function createRowEditor(host: HTMLElement, options: RowEditorOptions): EditorView {
  const state =
    options.state && options.state.doc === options.target
      ? options.state
      : EditorState.create({ doc: options.target, plugins: [...rowKeymaps(options), history(), plainTextPaste(), selectionReporter(options.onSelection)] });
  const view: EditorView = new EditorView(host, {
    state,
    editable: options.editable,
    attributes: (s) => ({
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-label': options.label(),
      lang: 'en',
      spellcheck: 'true',
      class: 'target-editor',
      'data-placeholder': options.placeholder(),
      'data-empty': s.doc.content.size === 0 ? 'true' : 'false',
    }),
    dispatchTransaction(tr) {
      const next = view.state.apply(tr);
      view.updateState(next);
      if (tr.docChanged) options.onChange(next.doc);
    },
    handleDOMEvents: {
      focus: () => {
        options.onFocus();
        return false;
      },
    },
  });
  if (!performance.getEntriesByName('duizhao:first-editor').length) performance.mark('duizhao:first-editor');
  return view;
}
