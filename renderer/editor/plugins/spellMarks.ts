import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { chunkRange, EVERY_CHUNK, forEachUnitOfChunks, unitAtPos } from '../../../src/document/chunks.js';
import { plainTextOf, offsetOfPosition } from '../../../src/document/plainText.js';
import { unitAttrs } from '../../../src/document/unitAttrs.js';
import type { Misspelling, SpellChecker } from '../../../src/spelling/spellCheck.js';
import { closeHistory } from 'prosemirror-history';
import { AttrStep, ReplaceStep } from 'prosemirror-transform';
import { KEEP_ATTRS, sidesOf, spanPositions } from '../transactions.js';
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

/** A character of a word, as the checker reads words (letters and inner apostrophes). */
const WORD_CHAR = /[A-Za-z\u00C0-\u024F'’]/;

/** Whether a transaction is the translator typing or deleting at the caret (not an undo, a paste or a workbench action). */
function isTyping(tr: Transaction): boolean {
  return tr.steps.length === 1 && tr.steps[0] instanceof ReplaceStep && !tr.getMeta('uiEvent') && !tr.getMeta('history$') && !tr.getMeta(KEEP_ATTRS) && tr.selection.empty;
}

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
  /** Capitalised unknown words at a sentence's start, judged in idle time (the dictionary's suggestions are slow), then the marks are refreshed. */
  const pending = new Set<string>();
  let settleLater: (() => void) | null = null;
  /** The misspellings known now, and whether every word of the text is judged. */
  const quick = (checker: SpellChecker, text: string): { misspellings: Misspelling[]; complete: boolean } => {
    const found = checker.quickMisspellings(text);
    if (found.pending.length) {
      for (const word of found.pending) pending.add(word);
      settleLater?.();
    }
    return { misspellings: found.misspellings, complete: found.pending.length === 0 };
  };
  const misspellings = (checker: SpellChecker, target: Node): Misspelling[] => {
    if (cacheOf !== checker) {
      cacheOf = checker;
      cache = new WeakMap();
    }
    const found = cache.get(target);
    if (found) return found;
    const checked = quick(checker, plainTextOf(target).text);
    // A result with words still to judge is not kept: the refresh after they are judged checks again.
    if (checked.complete) cache.set(target, checked.misspellings);
    return checked.misspellings;
  };
  /**
   * The marks of a unit. `caret`: the translator is typing there, so the word the caret is in is left
   * unchecked (a word half typed is not a misspelling, and a capitalised unknown word can cost the
   * dictionary's suggestions) and returned as `typing`, checked once the caret leaves it.
   */
  const decorate = (checker: SpellChecker | null, unit: Node, pos: number, caret: number | null): { decorations: Decoration[]; typing: SpellState['typing'] } => {
    const decorations: Decoration[] = [];
    let typing: SpellState['typing'] = null;
    if (!checker || unitAttrs(unit).excluded || unit.childCount < 2 || unit.child(1).content.size === 0) return { decorations, typing };
    const target = unit.child(1);
    const found = { node: unit, pos };
    let list: Misspelling[] | null = null;
    const range = sidesOf(found).target;
    if (caret !== null && caret >= range.from && caret <= range.to) {
      const text = plainTextOf(target).text;
      const at = offsetOfPosition(target, caret - range.from);
      let start = at;
      let end = at;
      while (start > 0 && WORD_CHAR.test(text[start - 1] ?? '')) start--;
      while (end < text.length && WORD_CHAR.test(text[end] ?? '')) end++;
      if (end > start) {
        list = quick(checker, text.slice(0, start) + ' '.repeat(end - start) + text.slice(end)).misspellings;
        typing = spanPositions(found, 'target', { start, end });
      }
    }
    for (const m of list ?? misspellings(checker, target)) {
      const { from, to } = spanPositions(found, 'target', m);
      decorations.push(Decoration.inline(from, to, { class: 'spell-error', 'data-spell': m.word }, { word: m.word }));
    }
    return { decorations, typing };
  };
  const ofChunks = (checker: SpellChecker | null, doc: Node, indexes: Iterable<number>): Decoration[] => {
    const all: Decoration[] = [];
    if (checker) forEachUnitOfChunks(doc, new Set(indexes), (unit, pos) => void all.push(...decorate(checker, unit, pos, null).decorations));
    return all;
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
          let set = DecorationSet.create(tr.doc, ofChunks(checker, tr.doc, all(shown)));
          // The word still being typed stays unchecked.
          const head = tr.selection.empty ? tr.selection.head : null;
          const typing = value.typing && head !== null && head >= value.typing.from && head <= value.typing.to ? value.typing : null;
          const unit = typing ? unitAtPos(tr.doc, typing.from) : null;
          if (unit) set = set.remove(set.find(unit.pos, unit.pos + unit.node.nodeSize)).add(tr.doc, decorate(checker, unit.node, unit.pos, head).decorations);
          return { set, checker, shown, typing };
        }
        const { checker } = value;
        let { set, typing } = value;
        // The rules' appended status and time (attribute steps) after a keystroke keep the word being typed unchecked too.
        const attrsOnly = tr.steps.every((step) => step instanceof AttrStep);
        const caret = tr.docChanged && (isTyping(tr) || (typing !== null && attrsOnly && tr.selection.empty)) ? tr.selection.head : null;
        const redo = (unit: Node, pos: number, at: number | null = caret): void => {
          const made = decorate(checker, unit, pos, at);
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
        const head = tr.selection.empty ? tr.selection.head : null;
        if (typing && (head === null || head < typing.from || head > typing.to)) {
          const unit = unitAtPos(tr.doc, typing.from);
          typing = null;
          if (unit) redo(unit.node, unit.pos, null);
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
    view(view) {
      let handle: ReturnType<typeof setTimeout> | null = null;
      const settle = (): void => {
        handle = null;
        const checker = spellMarkKey.getState(view.state)?.checker;
        const words = [...pending];
        pending.clear();
        if (!checker || !words.length) return;
        for (const word of words) checker.settle(word);
        view.dispatch(refreshSpelling(view.state.tr));
      };
      // After the keystroke has been painted, off the typing path.
      settleLater = () => void (handle ??= setTimeout(settle, 200));
      if (pending.size) settleLater();
      return {
        destroy: () => {
          if (handle !== null) clearTimeout(handle);
          settleLater = null;
        },
      };
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
