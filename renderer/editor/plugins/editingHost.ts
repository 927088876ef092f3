import { Plugin, PluginKey, TextSelection, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet, EditorView, type DirectEditorProps } from 'prosemirror-view';
import { unitAtPos } from '../../../src/document/chunks.js';
import { unitAttrs } from '../../../src/document/unitAttrs.js';
import { domSelection } from '../domSelection.js';
import { hideSelectionFromReact } from '../reactSelection.js';

/**
 * The live cell: the English cell the caret rests in is an editing host of its own, the one place
 * Chromium edits, while the rest of the report stays in the one document around it.
 *
 * Why: on every keystroke Chromium does work proportional to the rendered content of the editing
 * host the caret is in (its typing command, and the selection sync for input methods, which computes
 * the caret's offset in the host's text and walks its nodes). With the whole report as one editable
 * element, that is every rendered row (`content-visibility: auto` renders the rows within half a
 * viewport of the screen: about fifty at 2,000 paragraphs), with each term highlight and each row's
 * chrome element; measured in `bench/profile.ts`, 3 ms a key more than in a twenty-paragraph report.
 * With the cell as its own host (`contenteditable="true"` inside a `contenteditable="false"` cell),
 * that work covers one paragraph whatever the report's size.
 *
 * The document is still one ProseMirror state and view: this plugin only decides which cell is live.
 * A cell is live when the selection lies inside one English cell (a paragraph's or, in sentence mode,
 * a sentence's) that is not excluded, and the user is not moving or extending the selection: while a
 * mouse button is down or a navigation key is held, no cell is live and the whole report is one
 * editable element again, so the caret and the selection cross rows as the browser moves them.
 *
 * ProseMirror assumes the focus is on its own element: `LiveCellView` counts the live cell as the
 * view's focus, and `liveCellFocus` keeps the focus in the live cell while the view has it (Chromium
 * types only into the focused host) without telling ProseMirror of focus moving between its element
 * and the cell.
 */

export const editingHostKey = new PluginKey<HostState>('editingHost');

interface HostState {
  /** The user is moving or extending the selection (a mouse button down, a navigation key held). */
  readonly suspended: boolean;
  /** The live cell's node decoration (empty when there is none). */
  readonly set: DecorationSet;
}

/** The spec that marks the live cell's decoration; node views read it. */
const LIVE = { liveCell: true } as const;

/** Keys that move the caret or extend the selection: the browser moves them across rows. */
const NAVIGATION = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/** The range of the English cell (a `target` or `segment` textblock) the selection lies in, or null. */
export function liveCellRange(state: EditorState): { from: number; to: number } | null {
  const { selection } = state;
  if (!(selection instanceof TextSelection)) return null;
  const { $from, $to } = selection;
  const cell = $from.parent;
  if (cell !== $to.parent || (cell.type.name !== 'target' && cell.type.name !== 'segment')) return null;
  const unit = unitAtPos(state.doc, $from.pos);
  if (!unit || unitAttrs(unit.node).excluded) return null;
  return { from: $from.before(), to: $from.after() };
}

function liveSet(state: EditorState, range: { from: number; to: number } | null): DecorationSet {
  return range ? DecorationSet.create(state.doc, [Decoration.node(range.from, range.to, {}, LIVE)]) : DecorationSet.empty;
}

/** Whether a node view's decorations make it the live cell. */
export function isLive(decorations: readonly Decoration[]): boolean {
  return decorations.some((d) => (d.spec as { liveCell?: boolean }).liveCell === true);
}

/** The live cell's editable element, per view (a node view sets it when it becomes live). */
const liveElements = new WeakMap<EditorView, HTMLElement>();

/** Whether `editor` is the live cell's editable element (the rows' chrome leaves its editability alone). */
export function isLiveElement(editor: Element): boolean {
  return editor.getAttribute('data-live') === 'true';
}

/**
 * Makes the English cell `cell` (with its editable element `editor`) live or not; a cell that is not
 * live is editable as part of the document unless its paragraph is `excluded`. A cell that stops being
 * live while it has the focus gives it to the view's element first, so the focus never falls to the
 * page; a cell that becomes live takes the focus from the view's element after the view's update.
 */
export function setLive(view: EditorView, cell: HTMLElement, editor: HTMLElement, live: boolean, excluded: boolean): void {
  if (live) {
    // React looks into the focused element's selection around its commits when it is editable: ProseMirror keeps this one.
    hideSelectionFromReact(editor);
    cell.setAttribute('contenteditable', 'false');
    editor.setAttribute('contenteditable', 'true');
    editor.setAttribute('data-live', 'true');
    liveElements.set(view, editor);
    return;
  }
  if (liveElements.get(view) === editor) liveElements.delete(view);
  if (!isLiveElement(editor)) return;
  const focused = editor.ownerDocument.activeElement === editor;
  editor.removeAttribute('data-live');
  cell.removeAttribute('contenteditable');
  if (excluded) editor.setAttribute('contenteditable', 'false');
  else editor.removeAttribute('contenteditable');
  if (focused) view.dom.focus({ preventScroll: true });
}

/** Gives the live cell the focus when the view has it elsewhere (on its own element). */
function focusLiveCell(view: EditorView): void {
  const editor = liveElements.get(view);
  const active = view.root.activeElement;
  if (editor && active !== editor && active === view.dom && editor.isConnected) editor.focus({ preventScroll: true });
}

/** The live cell plugin: the decoration that marks it, and the pauses while the user moves the selection. */
export function editingHost(): Plugin<HostState> {
  const suspend = (view: EditorView): void => {
    if (!editingHostKey.getState(view.state)?.suspended) view.dispatch(view.state.tr.setMeta(editingHostKey, true));
  };
  /**
   * The user has put the selection where it goes (the button or key is released): its cell, if any,
   * becomes live. The browser moved the selection and ProseMirror may not have read it yet (it does
   * on the selection's change event, which can come later), so it is read here first.
   */
  const resume = (view: EditorView): void => {
    if (!editingHostKey.getState(view.state)?.suspended) return;
    const tr = view.state.tr.setMeta(editingHostKey, false);
    const selection = view.hasFocus() ? domSelection(view.state, view) : null;
    if (selection) tr.setSelection(selection);
    view.dispatch(tr);
  };
  return new Plugin<HostState>({
    key: editingHostKey,
    state: {
      init: (_config, state) => ({ suspended: false, set: liveSet(state, liveCellRange(state)) }),
      apply(tr, value, old, state) {
        const meta = tr.getMeta(editingHostKey) as boolean | undefined;
        const suspended = meta ?? value.suspended;
        if (suspended === value.suspended && !tr.docChanged && tr.selection.eq(old.selection)) return value;
        const before = value.set.find()[0];
        const range = suspended ? null : liveCellRange(state);
        // Typing in the live cell maps its decoration: the node views see the same one and do nothing.
        if (range && before) {
          const mapped = value.set.map(tr.mapping, state.doc);
          const now = mapped.find()[0];
          if (now && now.from === range.from && now.to === range.to) return { suspended, set: mapped };
        }
        return { suspended, set: liveSet(state, range) };
      },
    },
    props: {
      decorations: (state) => editingHostKey.getState(state)?.set ?? null,
      handleDOMEvents: {
        mousedown: (view, event) => {
          if (event.button !== 0) return false;
          suspend(view);
          const up = (): void => {
            window.removeEventListener('mouseup', up);
            resume(view);
          };
          // Bubbling on the window: after ProseMirror's own handling of the release.
          window.addEventListener('mouseup', up);
          return false;
        },
      },
      handleKeyDown: (view, event) => {
        // Keys of an input method's composition move in its candidates, not in the text.
        if (NAVIGATION.has(event.key) && !event.isComposing && !view.composing) suspend(view);
        return false;
      },
    },
    view(view) {
      const keyup = (event: KeyboardEvent): void => {
        if (!event.shiftKey || event.key === 'Shift') resume(view);
      };
      // A key released elsewhere (a dialog took the focus) or the window left: never stay paused.
      const left = (): void => resume(view);
      window.addEventListener('keyup', keyup);
      window.addEventListener('blur', left);
      return {
        update: () => focusLiveCell(view),
        destroy: () => {
          window.removeEventListener('keyup', keyup);
          window.removeEventListener('blur', left);
        },
      };
    },
  });
}

/**
 * The editor's view: ProseMirror's, with the live cell counted as its focus (ProseMirror otherwise
 * reads the focus as lost when it moves into the cell, and stops following the selection).
 */
export class LiveCellView extends EditorView {
  private readonly stopFocus: () => void;

  constructor(place: ConstructorParameters<typeof EditorView>[0], props: DirectEditorProps) {
    super(place, props);
    this.stopFocus = liveCellFocus(this);
  }

  override destroy(): void {
    this.stopFocus();
    super.destroy();
  }

  override hasFocus(): boolean {
    const active = this.root.activeElement;
    return active === this.dom || (active !== null && active === liveElements.get(this));
  }
}

/**
 * Focus moving between the view's element and its live cell stays inside the editor, so ProseMirror
 * is not told of it (its blur handler would drop its focused state and class); focus arriving on the
 * view's element while a cell is live passes on to the cell; focus leaving or entering the live cell
 * from outside the editor is told to ProseMirror as the blur or focus of its element.
 */
function liveCellFocus(view: EditorView): () => void {
  const dom = view.dom;
  const live = (target: EventTarget | null): boolean => target !== null && target === liveElements.get(view);
  const intoCell = (event: FocusEvent): void => {
    if (event.target === dom && live(event.relatedTarget)) event.stopPropagation();
  };
  const onFocus = (): void => focusLiveCell(view);
  // As ProseMirror's element would: a blur when the focus goes anywhere but the view's element (a row's
  // controls included), a focus when it comes from anywhere else.
  const leave = (event: FocusEvent): void => {
    if (live(event.target) && event.relatedTarget !== dom) dom.dispatchEvent(new FocusEvent('blur', { relatedTarget: event.relatedTarget }));
  };
  const enter = (event: FocusEvent): void => {
    if (live(event.target) && event.relatedTarget !== dom) dom.dispatchEvent(new FocusEvent('focus', { relatedTarget: event.relatedTarget }));
  };
  // Capturing on the parent runs before ProseMirror's own listeners on its element.
  const parent = dom.parentNode;
  parent?.addEventListener('blur', intoCell as EventListener, true);
  dom.addEventListener('focus', onFocus);
  dom.addEventListener('focusout', leave);
  dom.addEventListener('focusin', enter);
  return () => {
    parent?.removeEventListener('blur', intoCell as EventListener, true);
    dom.removeEventListener('focus', onFocus);
    dom.removeEventListener('focusout', leave);
    dom.removeEventListener('focusin', enter);
  };
}
