import type { DictionarySource } from '../../src/dictionary/dictionaryFormat.js';
import type { DictionaryLookup } from '../../src/dictionary/lookUpWord.js';
import type { Backend } from '../platform/index.js';

/** What the dictionary card is asked to show: a selection, or the word at a point, of a text. */
export interface DictionaryQuery {
  readonly text: string;
  /** UTF-16 offsets into `text`; `start` = `end` asks for the word at that point. */
  readonly start: number;
  readonly end: number;
}

/** The card's state: what was asked, and the answer once it came (or why it failed). */
export interface DictionaryState {
  readonly query: DictionaryQuery | null;
  readonly lookup: DictionaryLookup | null;
  readonly error: unknown;
  readonly loading: boolean;
}

const EMPTY: DictionaryState = { query: null, lookup: null, error: null, loading: false };
const HAN = /\p{Script=Han}/u;
const CACHE = 100;
/** How long a selection must stay the same before it is looked up. */
const SETTLE_MS = 120;

/**
 * What the dictionary card looks up, fed by the source selection (`lookUpSelection`) or, for a
 * point-at lookup, by whoever knows the paragraph and the offset (`lookUpAt`, for the editor). It
 * asks the back end (which holds the dictionary) and keeps the latest answer; an answer to an older
 * request is dropped. Also fetches and keeps the pinyin of glossary terms.
 */
export class DictionaryFocus {
  private state: DictionaryState = EMPTY;
  private readonly listeners = new Set<() => void>();
  private seq = 0;
  private readonly cache = new Map<string, DictionaryLookup>();
  private readonly pinyinCache = new Map<string, string>();
  private sourcePromise: Promise<DictionarySource> | null = null;

  constructor(private readonly backend: Backend) {}

  get snapshot(): DictionaryState {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(state: DictionaryState): void {
    this.state = state;
    this.listeners.forEach((l) => l());
  }

  private pending: ReturnType<typeof setTimeout> | undefined;

  /**
   * Shows the card for selected Chinese, once the selection has settled (a drag reports every step);
   * text without Han characters is ignored: the card keeps what it shows.
   */
  lookUpSelection(text: string): void {
    const trimmed = text.trim();
    if (!trimmed || !HAN.test(trimmed)) return;
    clearTimeout(this.pending);
    this.pending = setTimeout(() => this.lookUp({ text: trimmed, start: 0, end: trimmed.length }), SETTLE_MS);
  }

  /** Shows the card for the word at `offset` of a paragraph's Chinese: the longest word starting there first. */
  lookUpAt(text: string, offset: number): void {
    clearTimeout(this.pending);
    if (offset < 0 || offset >= text.length || !HAN.test(text.charAt(offset))) return;
    this.lookUp({ text, start: offset, end: offset });
  }

  private lookUp(query: DictionaryQuery): void {
    const key = `${query.start}:${query.end}:${query.start === query.end ? query.text.slice(query.start, query.start + 20) : query.text}`;
    const mine = ++this.seq;
    const cached = this.cache.get(key);
    if (cached) return this.set({ query, lookup: cached, error: null, loading: false });
    // A point lookup only needs the text around the point.
    const sent = query.start === query.end ? { text: query.text.slice(query.start, query.start + 40), start: 0, end: 0 } : query;
    this.set({ query, lookup: this.state.lookup, error: null, loading: true });
    this.backend.invoke('dictionary.lookup', sent).then(
      (lookup) => {
        if (this.cache.size >= CACHE) this.cache.delete(this.cache.keys().next().value as string);
        this.cache.set(key, lookup);
        if (mine === this.seq) this.set({ query, lookup, error: null, loading: false });
      },
      (error: unknown) => {
        if (mine === this.seq) this.set({ query, lookup: null, error, loading: false });
      },
    );
  }

  /** Where the dictionary comes from and its licence (asked once). */
  source(): Promise<DictionarySource> {
    this.sourcePromise ??= this.backend.invoke('dictionary.info', {});
    return this.sourcePromise;
  }

  /** The pinyin (by words) of each text, from the cache or asked in one call for those not there yet. */
  async pinyinOf(texts: readonly string[]): Promise<ReadonlyMap<string, string>> {
    const missing = [...new Set(texts.filter((t) => !this.pinyinCache.has(t)))];
    for (let i = 0; i < missing.length; i += 500) {
      const part = missing.slice(i, i + 500);
      const { pinyin } = await this.backend.invoke('dictionary.pinyin', { texts: part });
      part.forEach((t, k) => this.pinyinCache.set(t, pinyin[k] ?? ''));
    }
    return new Map(texts.map((t) => [t, this.pinyinCache.get(t) ?? '']));
  }
}
