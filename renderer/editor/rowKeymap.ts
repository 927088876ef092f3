import { baseKeymap, toggleMark } from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import type { Command, Plugin } from 'prosemirror-state';
import { schema } from '../../src/document/schema.js';

/** What the row's keys ask of the workbench beyond the editor itself. */
export interface RowCommands {
  /** Ctrl+Enter: mark translated and go to the next untranslated paragraph. */
  confirm(): void;
  /** Alt+Up / Alt+Down: the previous or next paragraph. */
  move(delta: -1 | 1): void;
  /** Ctrl+1…9: the preferred rendering of the n-th glossary term of this paragraph's Chinese, if any. */
  rendering(n: number): { readonly text: string; readonly entryId: string } | null;
  /** Ctrl+M: the English of the memory match selected in the side panel for this paragraph, if any. */
  memoryMatch(): string | null;
  /** Alt+Shift+Up / Alt+Shift+Down: select the previous or next memory match. */
  selectMatch(delta: -1 | 1): void;
}

/**
 * Inserts the selected memory match: it replaces the whole English when that is empty or wholly
 * selected, else the selection (or goes in at the cursor).
 */
export function insertMatch(commands: RowCommands): Command {
  return (state, dispatch) => {
    const english = commands.memoryMatch();
    if (english === null) return true;
    const { from, to } = state.selection;
    const whole = state.doc.textContent.trim() === '' || (from <= 1 && to >= state.doc.content.size - 1);
    const tr = whole ? state.tr.replaceWith(0, state.doc.content.size, schema.text(english)) : state.tr.replaceSelectionWith(schema.text(english), false);
    dispatch?.(tr.scrollIntoView());
    return true;
  };
}

/** Inserts a rendering at the selection as a term link, so the English keeps its tie to the entry. */
export function insertRendering(commands: RowCommands, n: number): Command {
  return (state, dispatch) => {
    const found = commands.rendering(n);
    if (!found) return true;
    const mark = schema.marks.term.create({ entryId: found.entryId });
    dispatch?.(state.tr.replaceSelectionWith(schema.text(found.text, [mark]), false).setStoredMarks([]).scrollIntoView());
    return true;
  };
}

const insertHardBreak: Command = (state, dispatch) => {
  dispatch?.(state.tr.replaceSelectionWith(schema.nodes.hard_break.create()).scrollIntoView());
  return true;
};

/** A target is one paragraph: Enter does not split it. */
const swallow: Command = () => true;

/** The keys of an English editor: workbench navigation first, then formatting, history and the base keymap. */
export function rowKeymaps(commands: RowCommands): Plugin[] {
  const run =
    (f: () => void): Command =>
    () => {
      f();
      return true;
    };
  return [
    keymap({
      'Mod-Enter': run(() => commands.confirm()),
      'Alt-ArrowUp': run(() => commands.move(-1)),
      'Alt-ArrowDown': run(() => commands.move(1)),
      'Mod-z': undo,
      'Mod-Shift-z': redo,
      'Mod-y': redo,
      'Mod-b': toggleMark(schema.marks.strong),
      'Mod-i': toggleMark(schema.marks.em),
      'Shift-Enter': insertHardBreak,
      'Mod-m': insertMatch(commands),
      'Alt-Shift-ArrowUp': run(() => commands.selectMatch(-1)),
      'Alt-Shift-ArrowDown': run(() => commands.selectMatch(1)),
      Enter: swallow,
      ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`Mod-${i + 1}`, insertRendering(commands, i + 1)])),
    }),
    keymap(baseKeymap),
  ];
}
