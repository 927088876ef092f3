import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { chunkRange, EVERY_CHUNK, forEachUnitOfChunks, unitAtPos } from '../../../src/document/chunks.js';
import { unitAttrs } from '../../../src/document/unitAttrs.js';
import type { TermOccurrence } from '../../../src/glossary/termOccurrences.js';
import { findUnit, spanPositions, type TextSpan } from '../transactions.js';
import { REFRESH, touchedUnits, unitDecorations } from './unitDecorations.js';

export const termHighlightKey = new PluginKey<TermState>('termHighlight');
export const runInHeadingKey = new PluginKey<DecorationSet>('runInHeading');
export const qaMarkKey = new PluginKey<DecorationSet>('qaMark');
export const activeUnitKey = new PluginKey<DecorationSet>('activeUnit');

/** Tells the term highlights to recompute every unit: the glossary changed. */
export function refreshTerms(tr: Transaction): Transaction {
  return tr.setMeta(termHighlightKey, REFRESH);
}

interface TermState {
  readonly set: DecorationSet;
  /** The chunks (by index) whose terms are shown: those near the viewport. */
  readonly shown: ReadonlySet<number>;
}

/** Transaction meta of the term highlights: chunks that came near the viewport or went away, or a refresh. */
type TermMeta = typeof REFRESH | { readonly show?: readonly number[]; readonly hide?: readonly number[] };


/**
 * Highlights the glossary terms of each unit's Chinese. The core finds the ranges (`occurrencesOf`,
 * cached per unit by the workbench); this plugin turns them into decorations, and maps them through
 * each transaction, recomputing only the units it touched. Only chunks near the viewport carry them:
 * Chromium tells each chunk when it starts or stops being rendered (`contentvisibilityautostatechange`,
 * as `content-visibility: auto` skips it), and the view part of the plugin passes that on, so the
 * document holds the highlight spans of a few hundred paragraphs, not of 2,000 (the browser's editing
 * walks every node of the editable document on each keystroke). The first occurrence of each of the
 * first nine entries of a unit carries its number, the Ctrl+number that inserts its rendering.
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
  /** The decorations of the chunks `indexes` (every chunk for `EVERY_CHUNK`, or the whole of an unchunked document). */
  const ofChunks = (doc: Node, indexes: Iterable<number>): Decoration[] => {
    const all: Decoration[] = [];
    forEachUnitOfChunks(doc, new Set(indexes), (unit, pos) => void all.push(...decorate(unit, pos)));
    return all;
  };
  return new Plugin<TermState>({
    key: termHighlightKey,
    state: {
      init: () => ({ set: DecorationSet.empty, shown: new Set<number>() }),
      apply(tr, value) {
        const meta = tr.getMeta(termHighlightKey) as TermMeta | undefined;
        const { shown } = value;
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
        if (meta === REFRESH) return { set: DecorationSet.create(tr.doc, ofChunks(tr.doc, shown)), shown };
        if (meta) {
          const next = new Set(shown);
          for (const c of meta.hide ?? []) {
            if (!next.delete(c)) continue;
            const range = chunkRange(tr.doc, c);
            if (range) set = set.remove(set.find(range.from, range.to));
          }
          const added = (meta.show ?? []).filter((c) => !next.has(c));
          for (const c of added) next.add(c);
          if (added.length) set = set.add(tr.doc, ofChunks(tr.doc, added));
          return { set, shown: next };
        }
        return set === value.set ? value : { set, shown };
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
        destroy: () => view.dom.removeEventListener('contentvisibilityautostatechange', onState, true),
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

/** Marks the row the selection is in (`data-active`, `aria-current`): the current paragraph. */
export function activeUnit(): Plugin<DecorationSet> {
  const decorate = (doc: Node, head: number): DecorationSet => {
    const unit = unitAtPos(doc, head);
    return unit ? DecorationSet.create(doc, [Decoration.node(unit.pos, unit.pos + unit.node.nodeSize, { 'data-active': 'true', 'aria-current': 'true' })]) : DecorationSet.empty;
  };
  return new Plugin<DecorationSet>({
    key: activeUnitKey,
    state: {
      init: (_config, state) => decorate(state.doc, state.selection.head),
      apply(tr, set, old, state) {
        if (!tr.docChanged && tr.selection.eq(old.selection)) return set;
        const before = unitAtPos(old.doc, old.selection.head);
        const after = unitAtPos(state.doc, state.selection.head);
        if (!tr.docChanged && before && after && before.pos === after.pos) return set;
        return decorate(state.doc, state.selection.head);
      },
    },
    props: { decorations: (state) => activeUnitKey.getState(state) ?? null },
  });
}
