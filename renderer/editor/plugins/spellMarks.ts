import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { unitAtPos } from '../../../src/document/chunks.js';
import { plainTextOf } from '../../../src/document/plainText.js';
import { unitAttrs } from '../../../src/document/unitAttrs.js';
import type { Misspelling, SpellChecker } from '../../../src/spelling/spellCheck.js';
import { closeHistory } from 'prosemirror-history';
import { sidesOf, spanPositions } from '../transactions.js';
import { termHighlightKey } from './decorations.js';
import { REFRESH, touchedUnits } from './unitDecorations.js';

export const spellMarkKey = new PluginKey<SpellState>('spellMarks');

/** A misspelt word the translator asked about (right-click, or the context-menu key on it). */
export interface SpellMenuRequest {
  readonly word: string;
  readonly from: number;
  readonly to: number;
  /** Where the menu opens, in the window's coordinates. */
  readonly x: number;
  readonly y: number;
}

/** What the spell marks ask of the workbench. */
export interface SpellServices {
  /** The project's checker (glossary renderings and the user's words accepted, the words ignored this session), or null until the dictionary is loaded. */
  spellChecker(): SpellChecker | null;
  /** Opens the suggestions menu on a marked word. */
  openSpellMenu(request: SpellMenuRequest): void;
}

interface SpellState {
  readonly set: DecorationSet;
  /** The checker the marks were computed with. */
  readonly checker: SpellChecker | null;
  /** The term highlights' shown chunks the marks follow (the same chunks: those near the viewport). */
  readonly shown: ReadonlySet<number> | null;
  /** A word left unmarked because the caret is at its end (being typed): marked once the caret leaves it. */
  readonly typing: { readonly from: number; readonly to: number } | null;
}

/** Tells the spell marks to check every shown unit again: the dictionary loaded, a word was added or ignored. */
export function refreshSpelling(tr: Transaction): Transaction {
  return tr.setMeta(spellMarkKey, REFRESH);
}

const EVERY_CHUNK = -1;

/**
 * Wavy underlines under the misspelt words of each row's English, from the same project checker as the
 * QA's Spelling check (so a glossary rendering or one of the user's words is never marked). Like the term
 * highlights, the marks are drawn only on the chunks near the viewport (this plugin follows the term
 * highlights' shown chunks, so it must come after `termHighlight`), mapped through every edit, and
 * recomputed only for the units a transaction touched; the misspellings of an English are cached by its
 * node, so scrolling back costs nothing. The word the caret is at the end of is not marked while it is
 * being typed. Right-click on a mark, or the context-menu key / Shift+F10 on it, opens the suggestions.
 */
export function spellMarks(services: SpellServices): Plugin<SpellState> {
  let cacheOf: SpellChecker | null = null;
  let cache = new WeakMap<Node, Misspelling[]>();
  const misspellings = (checker: SpellChecker, target: Node): Misspelling[] => {
    if (cacheOf !== checker) {
      cacheOf = checker;
      cache = new WeakMap();
    }
    let found = cache.get(target);
    if (!found) cache.set(target, (found = checker.misspellings(plainTextOf(target).text)));
    return found;
  };
  const decorate = (checker: SpellChecker | null, unit: Node, pos: number, caret: number | null): { decorations: Decoration[]; typing: SpellState['typing'] } => {
    const decorations: Decoration[] = [];
    let typing: SpellState['typing'] = null;
    if (!checker || unitAttrs(unit).excluded || unit.childCount < 2 || unit.child(1).content.size === 0) return { decorations, typing };
    for (const m of misspellings(checker, unit.child(1))) {
      const { from, to } = spanPositions({ node: unit, pos }, 'target', m);
      if (caret === to) {
        typing = { from, to };
        continue;
      }
      decorations.push(Decoration.inline(from, to, { class: 'spell-error', 'data-spell': m.word }, { word: m.word }));
    }
    return { decorations, typing };
  };
  const ofChunks = (checker: SpellChecker | null, doc: Node, indexes: Iterable<number>): Decoration[] => {
    const all: Decoration[] = [];
    if (!checker) return all;
    const wanted = new Set(indexes);
    doc.forEach((chunk, offset, c) => {
      if (!wanted.has(c) && !wanted.has(EVERY_CHUNK)) return;
      if (chunk.type.name !== 'chunk') return void all.push(...decorate(checker, chunk, offset, null).decorations);
      chunk.forEach((unit, unitOffset) => void all.push(...decorate(checker, unit, offset + 1 + unitOffset, null).decorations));
    });
    return all;
  };
  const chunkRange = (doc: Node, c: number): { from: number; to: number } | null => {
    if (c < 0 || c >= doc.childCount) return null;
    let from = 0;
    for (let i = 0; i < c; i++) from += doc.child(i).nodeSize;
    return { from, to: from + doc.child(c).nodeSize };
  };
  /** The chunks the term highlights show (null: that plugin is not there, every chunk is shown). */
  const shownOf = (state: EditorState): ReadonlySet<number> | null => termHighlightKey.getState(state)?.shown ?? null;
  const all = (shown: ReadonlySet<number> | null): Iterable<number> => shown ?? [EVERY_CHUNK];

  return new Plugin<SpellState>({
    key: spellMarkKey,
    state: {
      init: () => ({ set: DecorationSet.empty, checker: null, shown: null, typing: null }),
      apply(tr, value, _old, state) {
        const shown = shownOf(state);
        const refresh = tr.getMeta(spellMarkKey) === REFRESH || tr.getMeta(termHighlightKey) === REFRESH;
        if (refresh) {
          const checker = services.spellChecker();
          return { set: DecorationSet.create(tr.doc, ofChunks(checker, tr.doc, all(shown))), checker, shown, typing: null };
        }
        const { checker } = value;
        let { set, typing } = value;
        const caret = tr.selection.empty ? tr.selection.head : null;
        const redo = (unit: Node, pos: number): void => {
          const made = decorate(checker, unit, pos, caret);
          set = set.remove(set.find(pos, pos + unit.nodeSize)).add(tr.doc, made.decorations);
          if (made.typing) typing = made.typing;
        };
        if (tr.docChanged) {
          set = set.map(tr.mapping, tr.doc);
          if (typing) {
            const from = tr.mapping.map(typing.from, -1);
            const to = tr.mapping.map(typing.to, 1);
            typing = to > from ? { from, to } : null;
          }
          const touched = touchedUnits(tr);
          // Units far from the viewport (a replace-all, a pre-translation) lose their marks until they come near.
          for (const [pos, unit] of touched) {
            if (checker && (shown === null || shown.has(EVERY_CHUNK) || shown.has(tr.doc.resolve(pos).index(0)))) redo(unit, pos);
            else set = set.remove(set.find(pos, pos + unit.nodeSize));
          }
        }
        // The caret left the word being typed: mark it now if it is still misspelt.
        if (typing && (caret === null || caret < typing.from || caret > typing.to)) {
          const unit = unitAtPos(tr.doc, typing.from);
          typing = null;
          if (unit) redo(unit.node, unit.pos);
        }
        if (shown !== value.shown && checker) {
          if (shown === null || value.shown === null) set = DecorationSet.create(tr.doc, ofChunks(checker, tr.doc, all(shown)));
          else {
            for (const c of value.shown) {
              if (shown.has(c)) continue;
              const range = chunkRange(tr.doc, c);
              if (range) set = set.remove(set.find(range.from, range.to));
            }
            const added = [...shown].filter((c) => !value.shown?.has(c));
            if (added.length) set = set.add(tr.doc, ofChunks(checker, tr.doc, added));
          }
        }
        return set === value.set && shown === value.shown && typing === value.typing ? value : { set, checker, shown, typing };
      },
    },
    props: {
      decorations: (state) => spellMarkKey.getState(state)?.set ?? null,
      handleDOMEvents: {
        contextmenu(view, event) {
          const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
          const mark = at ? spellMarkAt(view.state, at.pos) : null;
          if (!mark) return false;
          // The workbench's own menu (on a text selection) stays shut: this one is about the word.
          event.preventDefault();
          event.stopPropagation();
          services.openSpellMenu({ ...mark, x: event.clientX, y: event.clientY });
          return true;
        },
      },
      handleKeyDown(view, event) {
        if (!(event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey))) return false;
        return openAtCaret(view, services);
      },
    },
  });
}

/** The marked word at `pos` (inside it or at either end), if any. */
export function spellMarkAt(state: EditorState, pos: number): { word: string; from: number; to: number } | null {
  const set = spellMarkKey.getState(state)?.set;
  const found = set?.find(pos, pos, (spec: { word?: string }) => typeof spec.word === 'string')[0];
  return found ? { word: (found.spec as { word: string }).word, from: found.from, to: found.to } : null;
}

/** The context-menu key or Shift+F10 on a marked word: its suggestions at the caret. */
function openAtCaret(view: EditorView, services: SpellServices): boolean {
  const mark = spellMarkAt(view.state, view.state.selection.head);
  if (!mark) return false;
  const coords = view.coordsAtPos(mark.from);
  services.openSpellMenu({ ...mark, x: coords.left, y: coords.bottom });
  return true;
}

/**
 * Replaces a marked word by a suggestion: one undoable step, keeping the word's marks (a term link, bold).
 * Null when the word is no longer there (the English changed since the menu opened).
 */
export function replaceWord(state: EditorState, request: Pick<SpellMenuRequest, 'word' | 'from' | 'to'>, replacement: string): Transaction | null {
  const { word, from, to } = request;
  if (to > state.doc.content.size || state.doc.textBetween(from, to) !== word) return null;
  const unit = unitAtPos(state.doc, from);
  if (!unit) return null;
  const { target } = sidesOf(unit);
  if (from < target.from || to > target.to) return null;
  return closeHistory(state.tr.insertText(replacement, from, to));
}
