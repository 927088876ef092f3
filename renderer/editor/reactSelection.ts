/**
 * React, around each commit anywhere in the window (a panel's refresh, a status line), reads the
 * selection of the focused element when that element's `contentEditable` property is `'true'`, and
 * to do so walks every node inside it counting characters (`getSelectionInformation`, then
 * `restoreSelection`). With the caret in the editor that is the whole report's DOM, all of it (rows
 * out of sight included) and about twice the nodes in sentence mode: typing in bursts in the
 * 2,000-paragraph bench in sentence mode, the panels' refresh renders took 12-117 ms each, 8.5 ms a
 * key on average, nearly all of it this walk (`bench/profile.ts --sentences --pause 260`). The editor's DOM is ProseMirror's, which keeps its own selection; React
 * has nothing to restore in it. So the editor element's `contentEditable` property (not the
 * attribute, by which Chromium edits and ProseMirror sets) reads `'inherit'` while editable, and
 * React leaves its selection alone.
 */
export function hideSelectionFromReact(dom: HTMLElement): void {
  Object.defineProperty(dom, 'contentEditable', {
    configurable: true,
    get: () => (dom.getAttribute('contenteditable') === 'false' ? 'false' : 'inherit'),
    set: (value: string) => {
      if (value === 'inherit') dom.removeAttribute('contenteditable');
      else dom.setAttribute('contenteditable', value);
    },
  });
}
