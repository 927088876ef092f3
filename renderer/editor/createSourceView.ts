import type { Node } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { TermOccurrence } from '../../src/glossary/termOccurrences.js';
import { runInHeading } from './plugins/runInHeading.js';
import { selectionReporter, type SelectionListener } from './plugins/selectionReporter.js';
import { termHighlight } from './plugins/termHighlight.js';

export interface SourceViewOptions {
  /** The unit's `source` node: the view's whole document. */
  readonly source: Node;
  readonly runIn: number | null;
  readonly label: () => string;
  readonly occurrencesOf: (doc: Node) => readonly TermOccurrence[];
  readonly onSelection: SelectionListener;
  /** Marks added or removed (a manual term link, a note anchor). */
  readonly onChange: (source: Node) => void;
}

/**
 * The Chinese of one row: a ProseMirror view that is not editable (the text is the report's), but
 * selectable, with glossary terms highlighted and marks for links and notes. The workbench changes
 * its marks by dispatching transactions to it.
 */
export function createSourceView(host: HTMLElement, options: SourceViewOptions): EditorView {
  const view: EditorView = new EditorView(host, {
    state: EditorState.create({
      doc: options.source,
      plugins: [termHighlight(options.occurrencesOf), runInHeading(options.runIn), selectionReporter(options.onSelection)],
    }),
    editable: () => false,
    attributes: () => ({ 'aria-label': options.label(), 'aria-readonly': 'true', lang: 'zh-CN', class: 'source-view' }),
    dispatchTransaction(tr) {
      const next = view.state.apply(tr);
      view.updateState(next);
      if (tr.docChanged) options.onChange(next.doc);
    },
  });
  return view;
}
