import type { Node } from 'prosemirror-model';
import { Plugin, TextSelection } from 'prosemirror-state';
import type { Decoration, EditorView, NodeView, NodeViewConstructor, ViewMutationRecord } from 'prosemirror-view';
import { unitAt, unitAtPos, unitCount } from '../../src/document/chunks.js';
import { isSentenceMode, sourceSentences } from '../../src/document/segments.js';
import { UNIT_STATUSES, unitAttrs, type UnitAttrs, type UnitStatus } from '../../src/document/unitAttrs.js';
import type { RowLabels } from '../components/rowLabels.js';
import type { ConfirmRequest } from './commands.js';
import { caretIn, emptyCells, setExcluded, setStatus } from './transactions.js';
import { isLive, isLiveElement, setLive } from './plugins/editingHost.js';

/** What the row chrome asks of the workbench beyond the document. */
export interface RowChrome {
  readonly labels: RowLabels;
  /** The row's menu button was pressed (x, y: where to open the menu). */
  openMenu(unitId: string, x: number, y: number): void;
  /** The reason a chrome line was excluded, in the UI language ("Toolbar or menu"; null: no reason known). */
  reason(attrs: UnitAttrs): string | null;
  /** Sentence mode: the status menu confirms a paragraph some of whose sentences have no English (the workbench asks first). */
  askConfirm(request: ConfirmRequest): void;
}

const h = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] => {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (text !== undefined) el.textContent = text;
  return el;
};

/** The rows' views by their element, for the chunks to wake their chrome when they come near the viewport. */
const unitViews = new WeakMap<Element, UnitView>();
/** The chunk elements Chromium renders now (not skipped by `content-visibility: auto`). */
const shownChunks = new WeakSet<Element>();

/** The paragraph number (1-based) of the unit a node at `pos` belongs to. */
function numberAt(view: EditorView, pos: number | undefined): number {
  return pos === undefined ? 0 : (unitAtPos(view.state.doc, pos + 1)?.index ?? -1) + 1;
}

/**
 * One row: the chrome (number, status or exclusion with its reason, the TM badge, the row menu) as
 * plain DOM outside the editable content, and the unit's Chinese and English as its content. The
 * chrome is redrawn only when the unit's attributes change, never by a keystroke in the English.
 */
class UnitView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private readonly meta: HTMLElement;
  private attrs: UnitAttrs;
  private n: number;
  /** Whether the full chrome is drawn: rows far from the viewport show only their number until their chunk is rendered. */
  private realized = false;

  constructor(
    private node: Node,
    private readonly view: EditorView,
    private readonly getPos: () => number | undefined,
    private readonly chrome: RowChrome,
  ) {
    this.attrs = unitAttrs(node);
    this.n = numberAt(view, getPos());
    this.dom = h('div', { role: 'row', 'data-unit-id': this.attrs.id, 'aria-rowindex': String(this.n + 1) });
    this.meta = h('div', { role: 'cell', class: 'cell-meta', contenteditable: 'false' });
    this.meta.addEventListener('keydown', (event) => this.onMetaKey(event));
    this.contentDOM = h('div', { class: 'unit-content' });
    this.dom.append(this.meta, this.contentDOM);
    unitViews.set(this.dom, this);
    this.render();
    // A row made in a chunk already on screen (a merged unit) draws its chrome at once.
    queueMicrotask(() => {
      const chunk = this.dom.parentElement;
      if (chunk && shownChunks.has(chunk)) this.realize();
    });
  }

  /** The row's controls in tab order. */
  controls(): HTMLElement[] {
    return [...this.meta.querySelectorAll<HTMLElement>('select, button')];
  }

  /**
   * Tab moves through the rows as when each row had its own editor: a row's controls, then its English,
   * then the next row's controls; Shift+Tab back. An excluded row's English is skipped.
   */
  private onMetaKey(event: KeyboardEvent): void {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const controls = this.controls();
    const at = controls.indexOf(document.activeElement as HTMLElement);
    const pos = this.getPos();
    if (pos === undefined || at < 0) return;
    if (!event.shiftKey && at === controls.length - 1 && !this.attrs.excluded) {
      event.preventDefault();
      caretInEnglish(this.view, pos);
    } else if (event.shiftKey && at === 0) {
      const index = numberAt(this.view, pos) - 1;
      const previous = index > 0 ? unitAt(this.view.state.doc, index - 1) : null;
      if (!previous || unitAttrs(previous.node).excluded) return;
      event.preventDefault();
      caretInEnglish(this.view, previous.pos);
    }
  }

  /** The row's paragraph number changed (a split or merge before it): its number and labels follow. */
  renumber(n: number): void {
    if (n === this.n) return;
    this.n = n;
    this.dom.setAttribute('aria-rowindex', String(n + 1));
    this.render();
    this.contentDOM.querySelector('.target-editor')?.setAttribute('aria-label', this.chrome.labels.targetLabel(n));
    this.contentDOM.querySelector('.source-view')?.setAttribute('aria-label', this.chrome.labels.sourceLabel(n));
  }

  /** Draws the full chrome (status menu, badges, the row's menu) when the row's chunk is rendered. */
  realize(): void {
    if (this.realized) return;
    this.realized = true;
    this.render();
  }

  /** Far off screen again: back to the number alone (unless a control of the chrome has the focus). */
  unrealize(): void {
    if (!this.realized || this.meta.contains(document.activeElement)) return;
    this.realized = false;
    this.render();
  }

  private render(): void {
    const { attrs, n, chrome } = this;
    const { labels } = chrome;
    const classes = ['unit-row', `kind-${attrs.kind}`, `status-${attrs.status}`];
    if (attrs.level !== null) classes.push(`level-${Math.min(attrs.level, 4)}`);
    if (attrs.runIn !== null) classes.push('run-in');
    if (attrs.excluded) classes.push('excluded');
    if (attrs.locked) classes.push('locked');
    if (isSentenceMode(this.node)) classes.push('sentence-mode');
    this.dom.className = classes.join(' ');
    const parts: HTMLElement[] = [h('span', { class: 'unit-number', 'aria-label': labels.number(n) }, String(n))];
    if (!this.realized) {
      this.meta.replaceChildren(...parts);
      this.syncTarget();
      return;
    }
    if (attrs.excluded) {
      const reason = attrs.excluded === 'chrome' ? chrome.reason(attrs) : null;
      const long = attrs.excluded === 'chrome' ? (reason ? labels.excludedBecause(reason) : labels.excludedChrome) : labels.excludedUser;
      parts.push(h('span', { class: 'excluded-badge', title: long }, attrs.excluded === 'chrome' ? labels.excludedChromeShort : labels.excludedUserShort));
      parts.push(h('span', { class: 'visually-hidden' }, long));
      if (reason) parts.push(h('span', { class: 'excluded-reason', title: long }, reason));
      const include = h('button', { type: 'button', class: 'link-button', 'aria-label': labels.include(n) }, labels.includeButton);
      include.addEventListener('click', () => {
        const tr = setExcluded(this.view.state, attrs.id, null);
        if (tr) this.view.dispatch(tr);
      });
      parts.push(include);
    } else {
      const select = h('select', { class: `status-select status-${attrs.status}`, 'aria-label': labels.statusLabel(n) });
      for (const s of UNIT_STATUSES) {
        const option = h('option', { value: s }, labels.statuses[s]);
        if (s === attrs.status) option.selected = true;
        select.append(option);
      }
      // A locked row's status is locked with its English (unlock first).
      if (attrs.locked) select.disabled = true;
      select.addEventListener('change', () => {
        const status = select.value as UnitStatus;
        const { empty, total } = emptyCells(this.node);
        if ((status === 'translated' || status === 'reviewed') && empty > 0) {
          select.value = this.attrs.status;
          chrome.askConfirm({ unitId: attrs.id, status, empty, total });
          return;
        }
        const tr = setStatus(this.view.state, attrs.id, status);
        if (tr) this.view.dispatch(tr);
        // A refused change leaves the row as it was (an accepted one has redrawn it already).
        select.value = attrs.status;
      });
      parts.push(select);
    }
    if (attrs.fromMemory) parts.push(h('span', { class: 'tm-badge', title: labels.fromMemory }, labels.fromMemoryShort));
    if (attrs.repetition) parts.push(h('span', { class: 'tm-badge repetition-badge', title: labels.repetition }, labels.repetitionShort));
    if (attrs.locked) parts.push(h('span', { class: 'lock-badge', title: labels.locked, 'aria-label': labels.locked }, '🔒'));
    if (attrs.review) parts.push(h('span', { class: 'review-badge', title: labels.pendingChanges, 'aria-label': labels.pendingChanges }, '±'));
    const menu = h('button', { type: 'button', class: 'row-menu-button', 'aria-label': labels.menu(n), 'aria-haspopup': 'menu', title: labels.menu(n) }, '⋯');
    menu.addEventListener('click', () => {
      const rect = menu.getBoundingClientRect();
      chrome.openMenu(attrs.id, rect.left, rect.bottom);
    });
    parts.push(menu);
    this.meta.replaceChildren(...parts);
    this.syncTarget();
  }

  /**
   * The English (or each sentence cell's) follows the unit's exclusion: not editable, out of the tab
   * order. The live cell is left to its own view (an excluded paragraph's cell stops being live).
   */
  private syncTarget(): void {
    for (const target of this.contentDOM.querySelectorAll<HTMLElement>(':scope > .cell-target > .target-editor, :scope > .cell-target .segment-editor')) {
      if (isLiveElement(target)) continue;
      if (this.attrs.excluded) target.setAttribute('contenteditable', 'false');
      else target.removeAttribute('contenteditable');
    }
  }

  update(node: Node): boolean {
    if (node.type !== this.node.type) return false;
    const attrs = unitAttrs(node);
    const before = this.attrs;
    this.node = node;
    this.attrs = attrs;
    if (attrs.id !== before.id) return false;
    // The mode changes the unit's content, not its attributes: the row's class follows it here.
    this.dom.classList.toggle('sentence-mode', isSentenceMode(node));
    if (attrs.status !== before.status || attrs.excluded !== before.excluded || attrs.excludedReason !== before.excludedReason || attrs.fromMemory !== before.fromMemory || attrs.repetition !== before.repetition || attrs.locked !== before.locked || (attrs.review === null) !== (before.review === null) || attrs.kind !== before.kind || attrs.level !== before.level || attrs.runIn !== before.runIn) {
      this.render();
    }
    return true;
  }

  stopEvent(event: Event): boolean {
    return this.meta.contains(event.target as globalThis.Node);
  }

  ignoreMutation(mutation: ViewMutationRecord): boolean {
    return !this.contentDOM.contains(mutation.target) || (mutation.target === this.contentDOM && mutation.type === 'attributes');
  }
}

/** Puts the caret at the end of the English of the unit at `pos` and gives the editor the focus. */
function caretInEnglish(view: EditorView, pos: number): void {
  const unit = view.state.doc.nodeAt(pos);
  if (!unit) return;
  const end = caretIn({ node: unit, pos });
  view.focus();
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, end)).scrollIntoView());
}

/**
 * Tab in a paragraph's English: the controls of the next row (Shift+Tab: of this row), drawn first if
 * the row's chunk is not rendered yet. False at the end of the report (the browser's Tab goes on).
 */
export function tabFromEnglish(view: EditorView, forward: boolean): boolean {
  const unit = unitAtPos(view.state.doc, view.state.selection.head);
  if (!unit) return false;
  const row = forward ? unitAt(view.state.doc, unit.index + 1) : unit;
  const dom = row ? view.nodeDOM(row.pos) : null;
  const rowView = dom instanceof Element ? unitViews.get(dom) : undefined;
  if (!rowView) return false;
  rowView.realize();
  const controls = rowView.controls();
  const target = forward ? controls[0] : controls[controls.length - 1];
  if (!target) return false;
  target.focus();
  return true;
}

/** The Chinese of a unit: read-only (selectable, with term highlights and marks for links and notes). */
class SourceView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;

  constructor(view: EditorView, getPos: () => number | undefined, labels: RowLabels) {
    this.dom = h('div', { role: 'cell', class: 'cell-source', lang: 'zh-CN', contenteditable: 'false' });
    this.contentDOM = h('div', { class: 'source-view', 'aria-readonly': 'true', 'aria-label': labels.sourceLabel(numberAt(view, getPos())) });
    this.dom.append(this.contentDOM);
    // A press on the read-only Chinese gives the editor the focus, so the selection that follows is the editor's.
    this.dom.addEventListener('mousedown', () => {
      if (!view.hasFocus()) view.focus();
    });
  }

  update(node: Node): boolean {
    return node.type.name === 'source';
  }

  ignoreMutation(mutation: ViewMutationRecord): boolean {
    return mutation.type === 'attributes' && mutation.target === this.contentDOM;
  }
}

/**
 * An English cell (`cell`, its editable `editor`) follows the live cell's decoration
 * (`plugins/editingHost.ts`); one that stops being live is editable again unless its paragraph is excluded.
 */
function followLive(view: EditorView, getPos: () => number | undefined, cell: HTMLElement, editor: HTMLElement, decorations: readonly Decoration[]): void {
  const live = isLive(decorations);
  if (live === isLiveElement(editor)) return;
  const pos = live ? undefined : getPos();
  const unit = pos === undefined ? null : unitAtPos(view.state.doc, pos);
  setLive(view, cell, editor, live, unit ? unitAttrs(unit.node).excluded !== null : false);
}

/** The English of a unit: the editable part, a textbox of its own for assistive technology and tests; the live cell while the caret rests in it (`plugins/editingHost.ts`). */
class TargetView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;

  constructor(
    node: Node,
    private readonly view: EditorView,
    private readonly getPos: () => number | undefined,
    labels: RowLabels,
    decorations: readonly Decoration[],
  ) {
    const pos = getPos();
    const unit = pos === undefined ? null : unitAtPos(view.state.doc, pos);
    const excluded = unit ? unitAttrs(unit.node).excluded !== null : false;
    this.dom = h('div', { role: 'cell', class: 'cell-target' });
    this.contentDOM = h('div', {
      class: 'target-editor',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-label': labels.targetLabel((unit?.index ?? -1) + 1),
      lang: 'en',
      // Duizhao's own marks (the QA's glossary-aware checker) stand for the browser's: not both.
      spellcheck: 'false',
      ...(excluded ? { contenteditable: 'false' } : {}),
      'data-placeholder': labels.placeholder,
      'data-empty': node.content.size === 0 ? 'true' : 'false',
    });
    this.dom.append(this.contentDOM);
    followLive(view, getPos, this.dom, this.contentDOM, decorations);
  }

  update(node: Node, decorations: readonly Decoration[]): boolean {
    if (node.type.name !== 'target') return false;
    const empty = node.content.size === 0 ? 'true' : 'false';
    if (this.contentDOM.dataset['empty'] !== empty) this.contentDOM.dataset['empty'] = empty;
    followLive(this.view, this.getPos, this.dom, this.contentDOM, decorations);
    return true;
  }

  destroy(): void {
    setLive(this.view, this.dom, this.contentDOM, false, false);
  }

  ignoreMutation(mutation: ViewMutationRecord): boolean {
    return mutation.type === 'attributes' && (mutation.target === this.contentDOM || mutation.target === this.dom);
  }
}

/** Sentence mode's English column of a row: the sentence cells, one under the other. */
class SegmentsView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;

  constructor() {
    this.dom = h('div', { role: 'cell', class: 'cell-target cell-segments' });
    this.contentDOM = h('div', { class: 'segments', role: 'list' });
    this.dom.append(this.contentDOM);
  }

  update(node: Node): boolean {
    return node.type.name === 'segments';
  }

  ignoreMutation(mutation: ViewMutationRecord): boolean {
    return mutation.type === 'attributes' && mutation.target === this.contentDOM;
  }
}

/**
 * One sentence cell: its number and status and its Chinese sentence (read-only chrome above the
 * text), and its English as a textbox of its own. The Chinese sentence is fixed while the cell lives:
 * the Chinese is read-only, and a change of structure replaces the unit and its cells.
 */
class SegmentView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private readonly status: HTMLElement;

  constructor(
    node: Node,
    private readonly view: EditorView,
    private readonly getPos: () => number | undefined,
    private readonly labels: RowLabels,
    decorations: readonly Decoration[],
  ) {
    const pos = getPos();
    const unit = pos === undefined ? null : unitAtPos(view.state.doc, pos);
    const $pos = pos === undefined ? null : view.state.doc.resolve(pos);
    const k = ($pos ? $pos.index() : 0) + 1;
    const total = $pos ? $pos.parent.childCount : 1;
    const sentences = unit ? sourceSentences(unit.node) : null;
    const range = sentences?.ranges[k - 1];
    const excluded = unit ? unitAttrs(unit.node).excluded !== null : false;
    const chinese = range && sentences ? sentences.text.slice(range.start, range.end) : '';
    this.dom = h('div', { role: 'listitem', class: `segment-cell status-${String(node.attrs['status'])}` });
    const head = h('div', { class: 'segment-head', contenteditable: 'false' });
    this.status = h('span', { class: `segment-status status-${String(node.attrs['status'])}` }, labels.statuses[node.attrs['status'] as UnitStatus]);
    head.append(
      h('span', { class: 'segment-number' }, labels.sentenceNumber(k, total)),
      this.status,
      // One line, cut with an ellipsis when long; the whole sentence on hover.
      h('span', { class: 'segment-source', lang: 'zh-CN', title: chinese }, chinese),
    );
    this.contentDOM = h('div', {
      class: 'segment-editor',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-label': labels.sentenceLabel((unit?.index ?? -1) + 1, k, total),
      lang: 'en',
      spellcheck: 'false',
      ...(excluded ? { contenteditable: 'false' } : {}),
      'data-placeholder': labels.placeholder,
      'data-empty': node.content.size === 0 ? 'true' : 'false',
    });
    this.dom.append(head, this.contentDOM);
    followLive(view, getPos, this.dom, this.contentDOM, decorations);
  }

  update(node: Node, decorations: readonly Decoration[]): boolean {
    if (node.type.name !== 'segment') return false;
    followLive(this.view, this.getPos, this.dom, this.contentDOM, decorations);
    const status = node.attrs['status'] as UnitStatus;
    if (!this.status.classList.contains(`status-${status}`)) {
      this.status.className = `segment-status status-${status}`;
      this.status.textContent = this.labels.statuses[status];
      this.dom.className = `segment-cell status-${status}`;
    }
    const empty = node.content.size === 0 ? 'true' : 'false';
    if (this.contentDOM.dataset['empty'] !== empty) this.contentDOM.dataset['empty'] = empty;
    return true;
  }

  destroy(): void {
    setLive(this.view, this.dom, this.contentDOM, false, false);
  }

  ignoreMutation(mutation: ViewMutationRecord): boolean {
    return !this.contentDOM.contains(mutation.target) || (mutation.type === 'attributes' && mutation.target === this.contentDOM);
  }
}

/** The node views of the one editor; made anew when the UI language changes (the labels are in them). */
export function rowNodeViews(chrome: RowChrome): Record<string, NodeViewConstructor> {
  return {
    unit: (node, view, getPos) => new UnitView(node, view, getPos, chrome),
    source: (_node, view, getPos) => new SourceView(view, getPos, chrome.labels),
    target: (node, view, getPos, decorations) => new TargetView(node, view, getPos, chrome.labels, decorations),
    segments: () => new SegmentsView(),
    segment: (node, view, getPos, decorations) => new SegmentView(node, view, getPos, chrome.labels, decorations),
  };
}

/**
 * Wakes the rows' chrome chunk by chunk: Chromium tells each chunk when it starts being rendered
 * (`contentvisibilityautostatechange`), and its rows then draw their status menus and badges, and
 * drop them again when it is skipped. Opening 2,000 paragraphs creates the full chrome of the few
 * chunks on screen only, and moving through them keeps it so. Without the event (other
 * engines), every row draws it in idle time.
 */
export function rowChromeRealizer(): Plugin {
  return new Plugin({
    view(view) {
      const realize = (chunk: Element, on = true): void => {
        for (const row of chunk.children) {
          const unit = unitViews.get(row);
          if (on) unit?.realize();
          else unit?.unrealize();
        }
      };
      const onState = (event: Event): void => {
        const chunk = event.target;
        if (!(chunk instanceof Element) || !chunk.classList.contains('unit-chunk')) return;
        if ((event as Event & { skipped?: boolean }).skipped) {
          shownChunks.delete(chunk);
          realize(chunk, false);
        } else {
          shownChunks.add(chunk);
          realize(chunk);
        }
      };
      let idle: number | undefined;
      if ('oncontentvisibilityautostatechange' in window) view.dom.addEventListener('contentvisibilityautostatechange', onState, true);
      else idle = window.setTimeout(() => view.dom.querySelectorAll('.unit-chunk').forEach((chunk) => realize(chunk)), 0);
      return {
        // Rows were added or removed (a split, a merge): the rows' numbers follow their places.
        update: (updated, previous) => {
          if (unitCount(updated.state.doc) === unitCount(previous.doc)) return;
          updated.dom.querySelectorAll('.unit-row').forEach((row, i) => unitViews.get(row)?.renumber(i + 1));
        },
        destroy: () => {
          view.dom.removeEventListener('contentvisibilityautostatechange', onState, true);
          window.clearTimeout(idle);
        },
      };
    },
  });
}
