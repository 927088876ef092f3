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
      Enter: swallow,
      ...Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`Mod-${i + 1}`, insertRendering(commands, i + 1)])),
    }),
    keymap(baseKeymap),
  ];
}
