import { Plugin, PluginKey } from 'prosemirror-state';

export const plainTextPasteKey = new PluginKey('plainTextPaste');

/**
 * Pastes text from other programs as plain text (a translator pasting from a browser or a word
 * processor wants the words, not the styling); line breaks become spaces, since a target is one
 * paragraph. A slice copied inside Duizhao keeps its marks, so annotations survive copy and paste.
 */
export function plainTextPaste(): Plugin {
  return new Plugin({
    key: plainTextPasteKey,
    props: {
      handlePaste(view, event) {
        const data = event.clipboardData;
        if (!data) return false;
        if ((data.getData('text/html') || '').includes('data-pm-slice')) return false;
        const text = data.getData('text/plain');
        if (!text) return true;
        const clean = text.replace(/\r\n?/g, '\n').replace(/\s*\n\s*/g, ' ');
        view.dispatch(view.state.tr.insertText(clean).scrollIntoView());
        return true;
      },
    },
  });
}
