import { TextSelection, type EditorState, type Selection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/**
 * The browser's selection as the editor's, when the two differ: a key pressed right after a click can
 * arrive before ProseMirror has read the click's new selection, and a row command must act on the row
 * the caret is in.
 */
export function domSelection(state: EditorState, view: EditorView | undefined): Selection | null {
  const dom = view ? (view.root as Document).getSelection?.() : null;
  if (!view || !dom?.anchorNode || !dom.focusNode || !view.dom.contains(dom.anchorNode) || !view.dom.contains(dom.focusNode)) return null;
  try {
    const anchor = view.posAtDOM(dom.anchorNode, dom.anchorOffset);
    const head = view.posAtDOM(dom.focusNode, dom.focusOffset);
    const $anchor = state.doc.resolve(anchor);
    const $head = state.doc.resolve(head);
    if (!$anchor.parent.inlineContent || !$head.parent.inlineContent) return null;
    const selection = TextSelection.between($anchor, $head);
    return selection.eq(state.selection) ? null : selection;
  } catch {
    return null;
  }
}
