import nspell from 'nspell';
import { SpellChecker } from '../../src/spelling/spellCheck.js';
import type { Backend } from '../platform/index.js';

/**
 * The editor's English spell checker: the en-US dictionary the back end serves, compiled here by
 * `nspell` (about 0.2 s, once, when the window is idle after opening), with the user's own words. The
 * same checker as `duizhao qa`'s, so the Checks tab, the marks in the English and the command line
 * agree. Glossary renderings are added by whoever knows the glossary (`projectSpellChecker`).
 */
export class Spelling {
  private base: SpellChecker | null = null;
  private dictionary: ReturnType<typeof nspell> | null = null;
  private words: readonly string[] = [];
  private readonly listeners = new Set<() => void>();
  private loading: Promise<void> | null = null;

  constructor(private readonly backend: Backend) {}

  /** The checker with the user's words, or null until the dictionary is loaded. */
  get checker(): SpellChecker | null {
    return this.base;
  }

  /** Starts loading the dictionary (once); listeners hear when it is ready and when the words change. */
  load(): Promise<void> {
    this.loading ??= this.backend.invoke('spelling.dictionary', {}).then(({ aff, dic, words }) => {
      this.dictionary = nspell({ aff, dic });
      this.setWords(words);
    });
    return this.loading;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Up to five suggestions for a misspelt word (empty until the dictionary is loaded). */
  suggestions(word: string): string[] {
    return this.base?.suggestions(word) ?? [];
  }

  /** Adds a word to the user's own words, kept across projects; the checker accepts it at once. */
  async addWord(word: string): Promise<void> {
    const { words } = await this.backend.invoke('spelling.addWord', { word });
    this.setWords(words);
  }

  private setWords(words: readonly string[]): void {
    this.words = words;
    if (this.dictionary) this.base = new SpellChecker(this.dictionary, this.words);
    this.listeners.forEach((l) => l());
  }
}
