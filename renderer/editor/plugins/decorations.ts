import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { chunkRange, EVERY_CHUNK, unitAtPos, unitCount } from '../../../src/document/chunks.js';
import { unitAttrs } from '../../../src/document/unitAttrs.js';
import type { TermOccurrence } from '../../../src/glossary/termOccurrences.js';
import { findUnit, forEachCell, spanPositions, type TextSpan } from '../transactions.js';
import { isSentenceMode, sourceSentences } from '../../../src/document/segments.js';
import { REFRESH, touchedUnits, unitDecorations } from './unitDecorations.js';

export const termHighlightKey = new PluginKey<TermState>('termHighlight');
export const runInHeadingKey = new PluginKey<DecorationSet>('runInHeading');
export const qaMarkKey = new PluginKey<DecorationSet>('qaMark');
export const activeUnitKey = new PluginKey<DecorationSet>('activeUnit');

/** Tells the term highlights to recompute every unit: the glossary changed. */
export function refreshTerms(tr: Transaction): Transaction {
  return tr.setMeta(termHighlightKey, REFRESH);
}

/** Reading-order indexes of units, both ends included. */
export interface UnitWindow {
  readonly from: number;
  readonly to: number;
}

interface TermState {
  readonly set: DecorationSet;
  /** The chunks (by index) whose terms are shown: those near the viewport. */
  readonly shown: ReadonlySet<number>;
  /**
   * Within those chunks, the units that carry highlights: the rows on screen and a few either side.
   * Null until the view has measured them (and without a view): every unit of the shown chunks.
   */
  readonly near: UnitWindow | null;
}

/** Transaction meta of the term highlights: chunks that came near the viewport or went away, the rows on screen, or a refresh. */
type TermMeta = typeof REFRESH | { readonly show?: readonly number[]; readonly hide?: readonly number[]; readonly near?: UnitWindow };

/** Rows either side of those on screen that carry their highlights too, ready for a scroll. */
export const NEAR_MARGIN = 4;

const within = (w: UnitWindow | null, i: number): boolean => w === null || (i >= w.from && i <= w.to);

/** Each unit of the chunks `chunks` (every chunk for `EVERY_CHUNK`) with its position and reading-order index. */
function forEachIndexedUnit(doc: Node, chunks: ReadonlySet<number>, f: (unit: Node, pos: number, index: number, chunk: number) => void): void {
  const every = chunks.has(EVERY_CHUNK);
  let index = 0;
  doc.forEach((chunk, offset, c) => {
    if (chunk.type.name !== 'chunk') {
      if (every || chunks.has(c)) f(chunk, offset, index, c);
      index++;
      return;
    }
    if (!every && !chunks.has(c)) {
      index += chunk.childCount;
      return;
    }
    chunk.forEach((unit, unitOffset) => void f(unit, offset + 1 + unitOffset, index++, c));
  });
}


/**
 * Highlights the glossary terms of each unit's Chinese. The core finds the ranges (`occurrencesOf`,
 * cached per unit by the workbench); this plugin turns them into decorations, and maps them through
 * each transaction, recomputing only the units it touched. Only rows near the viewport carry them:
 * Chromium tells each chunk when it starts or stops being rendered (`contentvisibilityautostatechange`,
 * as `content-visibility: auto` skips it), and within those chunks only the rows on screen and
 * `NEAR_MARGIN` either side are highlighted (measured after each scroll), so the document holds the
 * highlight spans of a dozen paragraphs, not of the fifty of two rendered chunks. That matters on
 * every keystroke: Chromium's selection sync for input methods walks the editable document's text
 * node by node (`Editor::SyncSelection`), and each highlight cuts a paragraph's text into more nodes.
 * The first occurrence of each of the first nine entries of a unit carries its number, the
 * Ctrl+number that inserts its rendering.
 */
export function termHighlight(occurrencesOf: (unit: Node) => readonly TermOccurrence[]): Plugin<TermState> {
  const decorate = (unit: Node, pos: number): Decoration[] => {
    const numbers = new Map<string, number>();
    const base = pos + 2;
    return occurrencesOf(unit).map((o) => {
      const first = !numbers.has(o.entryId);
      if (first) numbers.set(o.entryId, numbers.size + 1);
      const n = numbers.get(o.entryId) as number;
      return Decoration.inline(base + o.start, base + o.end, {
        class: `term term-${o.kind}`,
        'data-entry-id': o.entryId,
        ...(first && n <= 9 ? { 'data-term-n': String(n) } : {}),
      });
    });
  };
  /** The decorations of the units near the viewport in the chunks `indexes` (every chunk for `EVERY_CHUNK`, or the whole of an unchunked document). */
  const ofChunks = (doc: Node, indexes: Iterable<number>, near: UnitWindow | null): Decoration[] => {
    const all: Decoration[] = [];
    forEachIndexedUnit(doc, new Set(indexes), (unit, pos, i) => {
      if (within(near, i)) all.push(...decorate(unit, pos));
    });
    return all;
  };
  return new Plugin<TermState>({
    key: termHighlightKey,
    state: {
      init: () => ({ set: DecorationSet.empty, shown: new Set<number>(), near: null }),
      apply(tr, value) {
        const meta = tr.getMeta(termHighlightKey) as TermMeta | undefined;
        const { shown, near } = value;
        let { set } = value;
        if (tr.docChanged) {
          set = set.map(tr.mapping, tr.doc);
          const back = tr.mapping.invert();
          for (const [pos, unit] of touchedUnits(tr)) {
            // Terms are in the Chinese: a change to the English (typing) only maps them.
            const before = tr.before.nodeAt(back.map(pos, 1));
            if (before?.type === unit.type && before.child(0) === unit.child(0)) continue;
            set = set.remove(set.find(pos, pos + unit.nodeSize)).add(tr.doc, decorate(unit, pos));
          }
        }
        if (meta === REFRESH) return { set: DecorationSet.create(tr.doc, ofChunks(tr.doc, shown, near)), shown, near };
        if (meta) {
          const next = new Set(shown);
          for (const c of meta.hide ?? []) {
            if (!next.delete(c)) continue;
            const range = chunkRange(tr.doc, c);
            if (range) set = set.remove(set.find(range.from, range.to));
          }
          const added = (meta.show ?? []).filter((c) => !next.has(c));
          for (const c of added) next.add(c);
          let nextNear = near;
          if (meta.near && (near === null || meta.near.from !== near.from || meta.near.to !== near.to)) {
            // Rows that left the window lose their highlights, rows that came into it (in shown chunks) get them.
            nextNear = meta.near;
            const gone: Decoration[] = [];
            const come: Decoration[] = [];
            forEachIndexedUnit(tr.doc, next, (unit, pos, i, c) => {
              const was = within(near, i);
              const is = within(nextNear, i);
              if (was && !is) gone.push(...set.find(pos, pos + unit.nodeSize));
              // The chunks shown by this same transaction are decorated below.
              else if (is && !was && !added.includes(c)) come.push(...decorate(unit, pos));
            });
            if (gone.length) set = set.remove(gone);
            if (come.length) set = set.add(tr.doc, come);
          }
          if (added.length) set = set.add(tr.doc, ofChunks(tr.doc, added, nextNear));
          return { set, shown: next, near: nextNear };
        }
        return set === value.set ? value : { set, shown, near };
      },
    },
    props: {
      decorations: (state) => termHighlightKey.getState(state)?.set ?? null,
    },
    view(view) {
      const supported = 'oncontentvisibilityautostatechange' in window;
      const chunkOf = (element: Element): number | null => {
        if (!element.classList.contains('unit-chunk')) return null;
        try {
          return view.state.doc.resolve(view.posAtDOM(element, 0)).index(0);
        } catch {
          return null;
        }
      };
      const onState = (event: Event): void => {
        const c = event.target instanceof Element ? chunkOf(event.target) : null;
        if (c === null) return;
        const skipped = (event as Event & { skipped?: boolean }).skipped;
        view.dispatch(view.state.tr.setMeta(termHighlightKey, skipped ? { hide: [c] } : { show: [c] }));
      };
      // The rows on screen, a frame after each scroll (or resize, or a move to another row): found by
      // hit testing the top and bottom of the visible part of the document.
      let frame = 0;
      const rowIndexAt = (x: number, y: number, step: number): number | null => {
        for (let k = 0; k < 12; k++) {
          const row = document.elementFromPoint(x, y + k * step)?.closest('.unit-row');
          const source = row && view.dom.contains(row) ? row.querySelector('.source-view') : null;
          if (!source) continue;
          try {
            const unit = unitAtPos(view.state.doc, view.posAtDOM(source, 0));
            if (unit) return unit.index;
          } catch {
            // a row being redrawn: try the next point
          }
        }
        return null;
      };
      const measure = (): void => {
        frame = 0;
        if (view.isDestroyed) return;
        const box = view.dom.getBoundingClientRect();
        // What the scrolling box around the document (or the window) lets be seen of it.
        let clip = { top: 0, bottom: window.innerHeight };
        for (let at = view.dom.parentElement; at; at = at.parentElement) {
          if (/(auto|scroll)/.test(getComputedStyle(at).overflowY)) {
            clip = at.getBoundingClientRect();
            break;
          }
        }
        const top = Math.max(box.top, clip.top, 0) + 2;
        const bottom = Math.min(box.bottom, clip.bottom, window.innerHeight) - 2;
        if (bottom <= top) return;
        const x = box.left + Math.min(box.width / 2, 200);
        const first = rowIndexAt(x, top, 24);
        const last = rowIndexAt(x, bottom, -24);
        if (first === null || last === null) return;
        const near = { from: Math.max(0, Math.min(first, last) - NEAR_MARGIN), to: Math.max(first, last) + NEAR_MARGIN };
        const current = termHighlightKey.getState(view.state)?.near;
        if (current && current.from === near.from && current.to === near.to) return;
        // Not while a click or a drag is under way, nor before the editor has read a selection the
        // browser has just made: redrawing rows then would put the caret back where it was.
        if ((pointerDown || !selectionRead()) && ++deferred < 30) {
          frame = requestAnimationFrame(measure);
          return;
        }
        deferred = 0;
        view.dispatch(view.state.tr.setMeta(termHighlightKey, { near }));
      };
      let deferred = 0;
      let pointerDown = false;
      const down = (): void => void (pointerDown = true);
      const up = (): void => void (pointerDown = false);
      /** Whether the browser's selection in the document is the editor's (the editor has read it). */
      const selectionRead = (): boolean => {
        const dom = document.getSelection();
        if (!dom?.anchorNode || !view.dom.contains(dom.anchorNode)) return true;
        try {
          return view.posAtDOM(dom.anchorNode, dom.anchorOffset) === view.state.selection.anchor && (!dom.focusNode || view.posAtDOM(dom.focusNode, dom.focusOffset) === view.state.selection.head);
        } catch {
          return true;
        }
      };
      view.dom.addEventListener('pointerdown', down, true);
      window.addEventListener('pointerup', up, true);
      window.addEventListener('pointercancel', up, true);
      const schedule = (): void => {
        if (!frame) frame = requestAnimationFrame(measure);
      };
      window.addEventListener('scroll', schedule, { capture: true, passive: true });
      window.addEventListener('resize', schedule, { passive: true });
      schedule();
      // Without the event (other engines), every chunk carries its highlights.
      if (supported) {
        view.dom.addEventListener('contentvisibilityautostatechange', onState, true);
        // A new state (another project opened) keeps the chunk elements ProseMirror reuses, and they send no
        // event while their rendering does not change: the chunks rendered at the next frame are read once.
        requestAnimationFrame(() => {
          if (view.isDestroyed) return;
          const rendered = [...view.dom.querySelectorAll('.unit-chunk')].filter((el) => el.checkVisibility({ contentVisibilityAuto: true })).map(chunkOf).filter((c) => c !== null);
          if (rendered.length) view.dispatch(view.state.tr.setMeta(termHighlightKey, { show: rendered }));
        });
      } else queueMicrotask(() => view.dispatch(view.state.tr.setMeta(termHighlightKey, { show: [EVERY_CHUNK] })));
      return {
        // Typing stays in its row and is never measured. A move to another row, rows added or taken
        // away, a change that is not to the text (a filter, a find), or another project may have
        // moved the rows on screen without a scroll.
        update: (updated, previous) => {
          const { state } = updated;
          if (
            state.doc === previous.doc ||
            termHighlightKey.getState(state)?.near == null ||
            unitAtPos(previous.doc, previous.selection.head)?.index !== unitAtPos(state.doc, state.selection.head)?.index ||
            unitCount(state.doc) !== unitCount(previous.doc)
          ) {
            schedule();
          }
        },
        destroy: () => {
          view.dom.removeEventListener('contentvisibilityautostatechange', onState, true);
          window.removeEventListener('scroll', schedule, { capture: true });
          window.removeEventListener('resize', schedule);
          view.dom.removeEventListener('pointerdown', down, true);
          window.removeEventListener('pointerup', up, true);
          window.removeEventListener('pointercancel', up, true);
          cancelAnimationFrame(frame);
        },
      };
    },
  });
}

/** Sets a run-in heading (`(一)标题。`, the first `runIn` characters of a unit's Chinese) apart from its body. */
export function runInHeading(): Plugin<DecorationSet> {
  return unitDecorations(runInHeadingKey, (unit, pos) => {
    const runIn = unitAttrs(unit).runIn;
    const size = unit.child(0).content.size;
    return runIn && size ? [Decoration.inline(pos + 2, pos + 2 + Math.min(runIn, size), { class: 'run-in-heading' })] : [];
  });
}

/** What a QA finding concerns, shown in the text when the translator goes to it from the Checks tab. */
export interface QaMark {
  readonly unitId: string;
  readonly source?: TextSpan | undefined;
  readonly target?: TextSpan | undefined;
}

/** Shows a QA finding's spans (the Chinese in red, the English underlined), or clears them (null). */
export function showQaMark(tr: Transaction, mark: QaMark | null): Transaction {
  return tr.setMeta(qaMarkKey, mark ?? 'clear');
}

/**
 * The spans of the QA finding the translator went to: decorations mapped through every edit (so the
 * mark stays on its words as the English changes), replaced when another finding is shown, cleared
 * when the unit's Chinese or English is replaced wholesale.
 */
export function qaMarks(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: qaMarkKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const meta = tr.getMeta(qaMarkKey) as QaMark | 'clear' | undefined;
        if (meta === 'clear') return DecorationSet.empty;
        if (meta) {
          const unit = findUnit(tr.doc, meta.unitId);
          if (!unit) return DecorationSet.empty;
          const decorations: Decoration[] = [];
          for (const side of ['source', 'target'] as const) {
            const span = meta[side];
            if (!span || span.end <= span.start) continue;
            const { from, to } = spanPositions(unit, side, span);
            if (to > from) decorations.push(Decoration.inline(from, to, { class: `qa-mark qa-mark-${side}` }));
          }
          return DecorationSet.create(tr.doc, decorations);
        }
        return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
      },
    },
    props: { decorations: (state) => qaMarkKey.getState(state) ?? null },
  });
}

/**
 * In sentence mode, the Chinese sentence of the English cell the caret is in, as document positions: the
 * sentence being translated is marked in the Chinese column, as translation grids mark a segment's source.
 */
export function currentSentence(unit: { readonly node: Node; readonly pos: number }, head: number): { from: number; to: number } | null {
  let index = -1;
  forEachCell(unit, (cell, pos, i) => {
    if (head > pos && head <= pos + 1 + cell.content.size) index = i;
  });
  const range = index < 0 ? undefined : sourceSentences(unit.node).ranges[index];
  return range ? spanPositions(unit, 'source', range) : null;
}

/** Marks the row the selection is in (`data-active`, `aria-current`): the current paragraph; in sentence mode also the Chinese sentence of the caret's cell. */
export function activeUnit(): Plugin<DecorationSet> {
  const decorate = (doc: Node, head: number): DecorationSet => {
    const unit = unitAtPos(doc, head);
    if (!unit) return DecorationSet.empty;
    const sentence = currentSentence(unit, head);
    return DecorationSet.create(doc, [
      Decoration.node(unit.pos, unit.pos + unit.node.nodeSize, { 'data-active': 'true', 'aria-current': 'true' }),
      ...(sentence && sentence.to > sentence.from ? [Decoration.inline(sentence.from, sentence.to, { class: 'current-sentence' })] : []),
    ]);
  };
  return new Plugin<DecorationSet>({
    key: activeUnitKey,
    state: {
      init: (_config, state) => decorate(state.doc, state.selection.head),
      apply(tr, set, old, state) {
        if (!tr.docChanged && tr.selection.eq(old.selection)) return set;
        const before = unitAtPos(old.doc, old.selection.head);
        const after = unitAtPos(state.doc, state.selection.head);
        // In sentence mode the caret's sentence cell matters too (moving between cells moves the mark).
        if (!tr.docChanged && before && after && before.pos === after.pos && !isSentenceMode(after.node)) return set;
        return decorate(state.doc, state.selection.head);
      },
    },
    props: { decorations: (state) => activeUnitKey.getState(state) ?? null },
  });
}
