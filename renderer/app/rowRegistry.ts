const SUPPORTS_CONTENT_VISIBILITY_EVENT = typeof window !== 'undefined' && 'oncontentvisibilityautostatechange' in window;

/** A [start, end) range of a text in UTF-16 offsets. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** What the workbench can ask of a row it wants to move to. */
export interface RowHandle {
  /** Scrolls the row into view, mounts its editor if needed and puts the caret in it (selecting `span` of the English, plain-text offsets, if given). */
  focus(span?: TextSpan): void;
  /** Shows the span of the Chinese a finding concerns, if the Chinese is rendered; null clears it. */
  markSource(span: TextSpan | null): void;
  /** Inserts text at the caret of the row's English as a link to a glossary entry. */
  insertTerm(text: string, entryId: string): void;
  /** Inserts a memory match's English (the whole English when it is empty or wholly selected). */
  insertMatch(text: string): void;
}

/**
 * Rows register here while mounted. A row's editor is created when the row comes near the viewport
 * (rows far away show static text, so opening a 2,000-paragraph report creates only the editors on
 * screen). Rows have `content-visibility: auto`, so Chromium tells each row itself when it starts
 * being rendered (`contentvisibilityautostatechange`), at no cost per frame; an IntersectionObserver,
 * which re-checks every observed element after each layout, is only the fallback for other engines.
 */
export class RowRegistry {
  private readonly handles = new Map<string, RowHandle>();
  private readonly callbacks = new Map<Element, { onVisible: () => void; onHidden: () => void }>();
  private readonly observer: IntersectionObserver | null;

  constructor() {
    this.observer =
      SUPPORTS_CONTENT_VISIBILITY_EVENT || typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver(
            (entries) => {
              for (const entry of entries) {
                if (!entry.isIntersecting) continue;
                const callbacks = this.callbacks.get(entry.target);
                this.observer?.unobserve(entry.target);
                callbacks?.onVisible();
              }
            },
            { rootMargin: '400px 0px' },
          );
  }

  private pendingFocus: { id: string; span: TextSpan | undefined } | null = null;
  private sourceMark: { id: string; span: TextSpan } | null = null;

  /** The span of a row's Chinese to show as a finding's, for the row to paint when its Chinese is rendered again. */
  sourceMarkOf(id: string): TextSpan | null {
    return this.sourceMark?.id === id ? this.sourceMark.span : null;
  }
  private needListener: ((id: string) => void) | null = null;

  register(id: string, handle: RowHandle): () => void {
    this.handles.set(id, handle);
    const pending = this.pendingFocus;
    if (pending?.id === id) {
      this.pendingFocus = null;
      queueMicrotask(() => handle.focus(pending.span));
    }
    return () => {
      if (this.handles.get(id) === handle) this.handles.delete(id);
    };
  }

  /**
   * Focuses a row (selecting `span` of its English, and showing `source`, a span of its Chinese); one
   * not rendered yet is asked for, and focused as soon as it mounts.
   */
  focus(id: string, span?: TextSpan, source?: TextSpan): void {
    const previous = this.sourceMark;
    this.sourceMark = source ? { id, span: source } : null;
    if (previous && previous.id !== id) this.handles.get(previous.id)?.markSource(null);
    const handle = this.handles.get(id);
    handle?.markSource(source ?? null);
    if (handle) return handle.focus(span);
    this.pendingFocus = { id, span };
    this.needListener?.(id);
  }

  /** Inserts a rendering into a row's English (the row must be rendered: it is the active one). */
  insertTerm(id: string, text: string, entryId: string): void {
    this.handles.get(id)?.insertTerm(text, entryId);
  }

  /** Inserts a memory match into a row's English (the row must be rendered: it is the active one). */
  insertMatch(id: string, text: string): void {
    this.handles.get(id)?.insertMatch(text);
  }

  /** The row list listens here for rows it must render now (progressive rendering). */
  onNeedRow(listener: (id: string) => void): () => void {
    this.needListener = listener;
    return () => {
      if (this.needListener === listener) this.needListener = null;
    };
  }

  /**
   * Tells a row when it starts being rendered (`onVisible`) and when it is skipped again far from
   * the viewport (`onHidden`), for as long as it is observed. Without the content-visibility event,
   * an IntersectionObserver reports only the first `onVisible`.
   */
  observe(row: Element, onVisible: () => void, onHidden: () => void): void {
    this.unobserve(row);
    this.callbacks.set(row, { onVisible, onHidden });
    if (SUPPORTS_CONTENT_VISIBILITY_EVENT) row.addEventListener('contentvisibilityautostatechange', this.onStateChange);
    else if (this.observer) this.observer.observe(row);
    else onVisible();
  }

  unobserve(row: Element): void {
    this.callbacks.delete(row);
    row.removeEventListener('contentvisibilityautostatechange', this.onStateChange);
    this.observer?.unobserve(row);
  }

  private readonly onStateChange = (event: Event): void => {
    const row = event.currentTarget;
    if (!(row instanceof Element)) return;
    const callbacks = this.callbacks.get(row);
    if ((event as Event & { skipped?: boolean }).skipped) callbacks?.onHidden();
    else callbacks?.onVisible();
  };

  dispose(): void {
    this.observer?.disconnect();
    this.callbacks.clear();
    this.handles.clear();
  }
}
