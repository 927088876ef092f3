import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { ReplaceStep } from 'prosemirror-transform';
import type { EditorView } from 'prosemirror-view';
import { unitAtPos } from '../../../src/document/chunks.js';
import { schema } from '../../../src/document/schema.js';
import { unitAttrs } from '../../../src/document/unitAttrs.js';
import { prefixAt, rankCompletions, type Completion, type CompletionSources } from '../../../src/predictive/completions.js';
import { KEEP_ATTRS, sidesOf } from '../transactions.js';

export const predictiveKey = new PluginKey<Prediction | null>('predictive');

/** What predictive typing asks of the workbench. */
export interface PredictiveServices {
  /** The glossary renderings of the terms in a unit's Chinese and its memory matches' English. */
  completionSources(unitId: string): CompletionSources;
  /** The popup's accessible name (UI text, in the UI's language). */
  readonly completionsLabel: () => string;
}

/** The completions offered for the word being typed, from `from` (its start) to `to` (the caret). */
export interface Prediction {
  readonly from: number;
  readonly to: number;
  readonly items: readonly Completion[];
  readonly index: number;
}

type Meta = 'dismiss' | { readonly index: number };

/** The completions of the word ending at the caret in an English, if any. */
function predict(state: EditorState | { doc: EditorState['doc']; selection: EditorState['selection'] }, services: PredictiveServices): Prediction | null {
  const { selection, doc } = state;
  if (!selection.empty) return null;
  const unit = unitAtPos(doc, selection.head);
  if (!unit || unitAttrs(unit.node).excluded) return null;
  const { target } = sidesOf(unit);
  const head = selection.head;
  if (head < target.from || head > target.to) return null;
  // Only at a word's end: a letter after the caret means the word goes on.
  if (/[A-Za-z\u00C0-\u024F'’-]/.test(doc.textBetween(head, Math.min(head + 1, target.to), '\n'))) return null;
  const prefix = prefixAt(doc.textBetween(target.from, head, '\n', '\n'));
  if (!prefix) return null;
  const items = rankCompletions(prefix, services.completionSources(unitAttrs(unit.node).id));
  return items.length ? { from: head - prefix.length, to: head, items, index: 0 } : null;
}

/** Whether a transaction is the translator typing (or deleting) in one place: not a paste, a drop or a workbench action. */
function isTyping(tr: Transaction): boolean {
  if (tr.getMeta('uiEvent') || tr.getMeta(KEEP_ATTRS)) return false;
  const replaces = tr.steps.filter((s) => s instanceof ReplaceStep);
  return replaces.length === 1 && tr.steps.length === 1;
}

/** Accepts the offered completion: it replaces the word typed so far (a glossary rendering as a link to its entry). */
export function acceptCompletion(state: EditorState, prediction: Prediction, index = prediction.index): Transaction | null {
  const item = prediction.items[index];
  if (!item) return null;
  const tr = state.tr;
  if (item.source === 'glossary' && item.entryId) {
    const marks = state.doc.resolve(prediction.from).marks().filter((m) => m.type !== schema.marks.term);
    tr.replaceWith(prediction.from, prediction.to, schema.text(item.text, [...marks, schema.marks.term.create({ entryId: item.entryId })])).setStoredMarks(marks);
  } else tr.insertText(item.text, prediction.from, prediction.to);
  return tr.setMeta(predictiveKey, 'dismiss').scrollIntoView();
}

/**
 * Predictive typing in the English: once the word at the caret has three letters, a small list at the
 * caret offers the glossary renderings of the terms in the row's Chinese and the memory's words and
 * phrases that start with it (`rankCompletions`). Tab or Enter accepts the highlighted one, the arrow
 * keys choose, Escape dismisses, typing on narrows the list; with nothing offered no key is taken.
 * Comes before the workbench's keys so that Tab and Enter reach it first.
 */
export function predictive(services: PredictiveServices): Plugin<Prediction | null> {
  return new Plugin<Prediction | null>({
    key: predictiveKey,
    state: {
      init: () => null,
      apply(tr, value, _old, state) {
        const meta = tr.getMeta(predictiveKey) as Meta | undefined;
        if (meta === 'dismiss') return null;
        if (meta && value) return { ...value, index: (meta.index + value.items.length) % value.items.length };
        if (tr.docChanged) {
          // The rules' appended status and time (attribute steps only) leave the list as it is.
          if (!tr.steps.some((s) => s instanceof ReplaceStep)) return value && { ...value, from: tr.mapping.map(value.from), to: tr.mapping.map(value.to) };
          return isTyping(tr) ? predict(state, services) : null;
        }
        if (value && (!tr.selection.empty || tr.selection.head !== value.to)) return null;
        return value;
      },
    },
    props: {
      handleKeyDown(view, event) {
        const prediction = predictiveKey.getState(view.state);
        if (!prediction || event.isComposing || event.ctrlKey || event.altKey || event.metaKey) return false;
        const move = (delta: number): boolean => {
          view.dispatch(view.state.tr.setMeta(predictiveKey, { index: prediction.index + delta }));
          return true;
        };
        if ((event.key === 'Tab' && !event.shiftKey) || (event.key === 'Enter' && !event.shiftKey)) {
          const tr = acceptCompletion(view.state, prediction);
          if (tr) view.dispatch(tr);
          return true;
        }
        if (event.key === 'Escape') {
          view.dispatch(view.state.tr.setMeta(predictiveKey, 'dismiss'));
          return true;
        }
        if (event.key === 'ArrowDown') return move(1);
        if (event.key === 'ArrowUp') return move(-1);
        return false;
      },
      handleDOMEvents: {
        blur(view) {
          if (predictiveKey.getState(view.state)) view.dispatch(view.state.tr.setMeta(predictiveKey, 'dismiss'));
          return false;
        },
      },
    },
    view(view) {
      return new CompletionPopup(view, services);
    },
  });
}

/** The list at the caret: plain DOM beside the editor, redrawn only when the prediction changes. */
class CompletionPopup {
  private readonly dom: HTMLUListElement;
  private shown: Prediction | null = null;

  constructor(
    private readonly view: EditorView,
    private readonly services: PredictiveServices,
  ) {
    this.dom = document.createElement('ul');
    this.dom.className = 'predictive-popup';
    this.dom.setAttribute('role', 'listbox');
    this.dom.id = 'predictive-completions';
    this.dom.hidden = true;
    // A click chooses without taking the focus from the English.
    this.dom.addEventListener('mousedown', (event) => {
      event.preventDefault();
      const option = (event.target as Element).closest('[data-index]');
      const prediction = predictiveKey.getState(this.view.state);
      if (!option || !prediction) return;
      const tr = acceptCompletion(this.view.state, prediction, Number(option.getAttribute('data-index')));
      if (tr) this.view.dispatch(tr);
    });
    document.body.append(this.dom);
  }

  update(view: EditorView): void {
    const prediction = predictiveKey.getState(view.state) ?? null;
    if (prediction === this.shown) return;
    this.shown = prediction;
    if (!prediction) {
      this.dom.hidden = true;
      this.dom.replaceChildren();
      return;
    }
    this.dom.setAttribute('aria-label', this.services.completionsLabel());
    this.dom.replaceChildren(
      ...prediction.items.map((item, i) => {
        const li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.id = `predictive-completion-${i}`;
        li.dataset['index'] = String(i);
        li.dataset['source'] = item.source;
        li.setAttribute('aria-selected', i === prediction.index ? 'true' : 'false');
        li.textContent = item.text;
        return li;
      }),
    );
    const at = view.coordsAtPos(prediction.to);
    this.dom.style.left = `${Math.round(at.left)}px`;
    this.dom.style.top = `${Math.round(at.bottom + 2)}px`;
    this.dom.hidden = false;
  }

  destroy(): void {
    this.dom.remove();
  }
}
