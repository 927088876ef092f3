import type { LoadedGlossary, WireError } from '../../src/api/contract.js';
import type { GlossaryEntry } from '../../src/glossary/glossaryEntry.js';
import type { Glossary } from '../../src/glossary/glossaryFile.js';
import { buildTermIndex, type TermIndex } from '../../src/glossary/termIndex.js';

/** A glossary linked to the open project, loaded or not. */
export interface LinkedGlossary {
  readonly path: string;
  readonly glossary: Glossary | null;
  readonly error: WireError | null;
}

/** What the UI reads: a new object whenever a glossary changes. */
export interface GlossarySnapshot {
  readonly version: number;
  readonly linked: readonly LinkedGlossary[];
  /** Every entry of every loaded glossary by id (the first linked glossary wins a shared id), with its file. */
  readonly entries: ReadonlyMap<string, GlossaryEntry>;
  readonly pathOf: ReadonlyMap<string, string>;
  readonly index: TermIndex;
}

const EMPTY: GlossarySnapshot = { version: 0, linked: [], entries: new Map(), pathOf: new Map(), index: buildTermIndex([]) };

/**
 * The glossaries of the open project. The term index is rebuilt once per change of any linked
 * glossary (one pass over the entries), never per keystroke; `version` tells the views to refresh.
 */
export class GlossaryStore {
  private value: GlossarySnapshot = EMPTY;
  private listeners = new Set<() => void>();

  get snapshot(): GlossarySnapshot {
    return this.value;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Replaces the linked glossaries (after a load). */
  setLinked(loaded: readonly LoadedGlossary[]): void {
    this.rebuild(loaded.map((l) => ({ path: l.path, glossary: l.glossary, error: l.error })));
  }

  /** Replaces one glossary's content after a change was saved to its file. */
  replace(path: string, glossary: Glossary): void {
    this.rebuild(this.value.linked.map((l) => (l.path === path ? { path, glossary, error: null } : l)));
  }

  /** The glossary new entries go to: the first linked glossary that loaded. */
  get writablePath(): string | null {
    return this.value.linked.find((l) => l.glossary)?.path ?? null;
  }

  private rebuild(linked: LinkedGlossary[]): void {
    const entries = new Map<string, GlossaryEntry>();
    const pathOf = new Map<string, string>();
    for (const l of linked) {
      for (const entry of l.glossary?.entries ?? []) {
        if (entries.has(entry.id)) continue;
        entries.set(entry.id, entry);
        pathOf.set(entry.id, l.path);
      }
    }
    this.value = { version: this.value.version + 1, linked, entries, pathOf, index: buildTermIndex([...entries.values()]) };
    this.listeners.forEach((l) => l());
  }
}
