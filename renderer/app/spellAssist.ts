import i18next from 'i18next';
import type { CompletionSources } from '../../src/predictive/completions.js';
import type { SpellChecker } from '../../src/spelling/spellCheck.js';
import type { PredictiveServices } from '../editor/plugins/predictive.js';
import type { SpellMenuRequest, SpellServices } from '../editor/plugins/spellMarks.js';
import type { GlossaryStore } from '../store/glossaryStore.js';
import type { MemoryAnalysis } from '../store/memoryAnalysis.js';
import type { QaAnalysis } from '../store/qaAnalysis.js';
import type { TermAnalysis } from '../store/termAnalysis.js';
import type { ProjectStore } from '../store/projectStore.js';

/**
 * What the editor's spell marks and predictive typing read from the workbench: the QA's project
 * checker (the en-US dictionary with the glossary's renderings and the user's words, so the marks
 * and the Checks tab agree) less the words ignored in this project, the suggestions menu's request,
 * and the paragraph's renderings and memory matches to complete from.
 */
export class SpellAssist implements SpellServices, PredictiveServices {
  private withIgnored: { base: SpellChecker; ignored: readonly string[]; checker: SpellChecker } | null = null;
  private request: SpellMenuRequest | null = null;
  private readonly menuListeners = new Set<() => void>();
  private readonly changeListeners = new Set<() => void>();

  constructor(
    private readonly qa: QaAnalysis,
    private readonly terms: TermAnalysis,
    private readonly glossaries: GlossaryStore,
    private readonly memory: MemoryAnalysis,
    private readonly project: ProjectStore,
  ) {
    qa.spelling?.subscribe(() => this.changed());
    // Another project (or an Ignore) brings other ignored words: the marks are computed again.
    let ignored = project.meta.spellIgnored;
    project.subscribeMeta(() => {
      if (project.meta.spellIgnored === ignored) return;
      ignored = project.meta.spellIgnored;
      this.changed();
    });
  }

  readonly completionsLabel = (): string => i18next.t('spelling.completions');

  spellChecker(): SpellChecker | null {
    const base = this.qa.spellChecker();
    const ignored = this.project.meta.spellIgnored;
    if (!base || ignored.length === 0) return base;
    if (this.withIgnored?.base !== base || this.withIgnored.ignored !== ignored) this.withIgnored = { base, ignored, checker: base.accepting(new Set(ignored)) };
    return this.withIgnored.checker;
  }

  /** Up to five suggestions for a misspelt word. */
  suggestions(word: string): string[] {
    return this.qa.spelling?.suggestions(word) ?? [];
  }

  /** Adds a word to the user's own words (kept across projects): the marks and the Checks tab forget it. */
  async addWord(word: string): Promise<void> {
    await this.qa.spelling?.addWord(word);
  }

  /** Leaves a word unmarked in this project, saved with it (not added to the user's words; the Checks tab still lists it). */
  ignore(word: string): void {
    this.project.ignoreSpelling(word);
  }

  /** Listeners hear when the marks must be computed again: the dictionary loaded, a word added or ignored. */
  subscribe(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  openSpellMenu(request: SpellMenuRequest): void {
    this.request = request;
    this.menuListeners.forEach((l) => l());
  }

  closeSpellMenu(): void {
    if (!this.request) return;
    this.request = null;
    this.menuListeners.forEach((l) => l());
  }

  get menu(): SpellMenuRequest | null {
    return this.request;
  }

  subscribeMenu(listener: () => void): () => void {
    this.menuListeners.add(listener);
    return () => this.menuListeners.delete(listener);
  }

  completionSources(unitId: string): CompletionSources {
    const { entries } = this.glossaries.snapshot;
    const renderings: { text: string; entryId: string }[] = [];
    for (const id of this.terms.orderedEntries(unitId)) {
      const entry = entries.get(id);
      for (const text of entry?.renderings ?? []) renderings.push({ text, entryId: id });
    }
    return { renderings, memory: this.memory.flatMatches(unitId).map((m) => m.unit.target) };
  }

  private changed(): void {
    this.changeListeners.forEach((l) => l());
  }
}
