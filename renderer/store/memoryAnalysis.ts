import type { Node } from 'prosemirror-model';
import { plainTextOf } from '../../src/document/plainText.js';
import { unitAttrs } from '../../src/document/unitAttrs.js';
import { schema } from '../../src/document/schema.js';
import { segmentSentences } from '../../src/import/segmentSentences.js';
import { projectUnits, type TmUnit } from '../../src/tm/memoryUnit.js';
import { planPretranslation, type PretranslatePlan } from '../../src/tm/pretranslate.js';
import { analyse, type Analysis } from '../../src/tm/analysis.js';
import { TmIndex, type ConcordanceHit, type TmMatch } from '../../src/tm/tmIndex.js';
import type { ProjectStore, UnitState } from './projectStore.js';
import { isSentenceMode } from '../../src/document/segments.js';

/** Matches for one part of the current paragraph: the paragraph as a whole or one of its sentences. */
export interface PartMatches {
  readonly kind: 'paragraph' | 'sentence';
  /** A sentence's index in its paragraph (the sentence cell it belongs to in sentence mode). */
  readonly index?: number;
  readonly text: string;
  readonly matches: readonly TmMatch[];
}

/** What a sentence-mode paragraph gives the project's memory: its confirmed sentences' English (typing in a draft sentence changes nothing). */
function confirmedSentencesKey(unit: Node): string {
  let key = '';
  unit.child(1).forEach((cell) => {
    const status = cell.attrs['status'];
    key += status === 'translated' || status === 'reviewed' ? `${cell.textContent}\u0000` : '\u0001';
  });
  return key;
}

/** Lowest score shown in the panel. */
export const MIN_SHOWN_SCORE = 50;

/** The confirmed units' ids and times of a chunk (or of a unit), as they enter the project memory's key. */
const confirmedKeys = new WeakMap<Node, string>();

/**
 * The memories the open project uses: the user's memory (loaded from the back end, kept across
 * projects) and the project's own confirmed translations. The project's index is rebuilt when a
 * lookup finds the project changed since it was built, never on a keystroke.
 */
export class MemoryAnalysis {
  private user = new TmIndex([]);
  private projectIndex: TmIndex | null = null;
  private projectKey = '';
  private userVersion = 0;
  private listeners = new Set<() => void>();
  private cache = new Map<string, { key: string; source: unknown; parts: PartMatches[] }>();
  /** The match the translator selected (Alt+Shift+Up/Down) in the current paragraph's list, by position. */
  private selected = 0;
  private version = 0;

  constructor(private readonly project: ProjectStore) {}

  /**
   * Replaces the user's memory (after loading or an import). It is indexed a slice at a time between
   * frames, so typing goes on while a large memory loads; the old index answers until the new is ready.
   */
  async setUserUnits(units: readonly TmUnit[]): Promise<void> {
    const build = ++this.building;
    const index = await TmIndex.build(units, () => new Promise((resolve) => setTimeout(resolve, 0)));
    if (build !== this.building) return;
    this.user = index;
    this.userVersion++;
    this.cache.clear();
    this.bump();
  }

  private building = 0;

  get userSize(): number {
    return this.user.size;
  }

  get projectSize(): number {
    return this.projectMemory().size;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Changes when the memories or the selected match change. */
  get snapshot(): number {
    return this.version;
  }

  private bump(): void {
    this.version++;
    this.listeners.forEach((l) => l());
  }

  /**
   * The project's memory is its confirmed paragraphs: it changes only when one is confirmed, edited
   * after confirmation (its `updated` moves) or unconfirmed. Typing in a draft leaves it as it is.
   */
  private projectMemory(): TmIndex {
    // The key is read chunk by chunk, each chunk's part cached by its node: a keystroke (predictive
    // typing asks for the paragraph's matches at each one) reads one chunk again, not 2,000 units.
    let key = `${this.project.meta.loadCount}`;
    // A paragraph in sentence mode gives its confirmed sentences whatever its own status: its cells' statuses are in the key.
    const feedsNode = (u: Node): boolean => {
      const attrs = unitAttrs(u);
      return !attrs.excluded && (attrs.status === 'translated' || attrs.status === 'reviewed' || isSentenceMode(u));
    };
    const feeds = (u: UnitState): boolean => feedsNode(u.node);
    this.project.doc.forEach((child) => {
      let part = confirmedKeys.get(child);
      if (part === undefined) {
        part = '';
        const add = (u: Node): void => {
          if (feedsNode(u)) part += `|${unitAttrs(u).id}:${isSentenceMode(u) ? confirmedSentencesKey(u) : (unitAttrs(u).updated ?? 0)}`;
        };
        if (child.type === schema.nodes.unit) add(child);
        else child.forEach(add);
        confirmedKeys.set(child, part);
      }
      key += part;
    });
    if (!this.projectIndex || key !== this.projectKey) {
      const confirmed = this.project.units.filter(feeds);
      const doc = confirmed.length ? schema.nodes.doc.create(null, confirmed.map((u) => u.node)) : null;
      this.projectIndex = new TmIndex(doc ? projectUnits(doc, this.project.meta.fileName) : []);
      this.projectKey = key;
    }
    return this.projectIndex;
  }

  private indexes(): TmIndex[] {
    return [this.projectMemory(), this.user];
  }

  /**
   * Matches for a paragraph: for the whole paragraph and for each of its sentences (when it has
   * more than one), from both memories, best first. A paragraph never matches its own translation.
   */
  matchesFor(unitId: string): PartMatches[] {
    const unit = this.project.unit(unitId);
    if (!unit) return [];
    this.projectMemory();
    const key = `${this.projectKey}#${this.userVersion}`;
    const cached = this.cache.get(unitId);
    if (cached && cached.key === key && cached.source === unit.source) return cached.parts;
    const text = plainTextOf(unit.source).text.replace(/\s+/g, ' ').trim();
    const lookup = (t: string): TmMatch[] => {
      const all = this.indexes().flatMap((index) => index.lookup(t, { minScore: MIN_SHOWN_SCORE, max: 5, excludeUnitId: unitId }));
      const seen = new Set<string>();
      return all
        .sort((a, b) => b.score - a.score)
        .filter((m) => {
          const k = `${m.unit.source}\u0000${m.unit.target}`;
          if (seen.has(k)) return false;
          seen.add(k);
          return true;
        })
        .slice(0, 5);
    };
    const parts: PartMatches[] = [];
    const sentences = segmentSentences(text);
    if (sentences.length > 1) parts.push({ kind: 'paragraph', text, matches: lookup(text) });
    sentences.forEach((s, index) => {
      const sentence = text.slice(s.start, s.end);
      parts.push({ kind: 'sentence', index, text: sentence, matches: lookup(sentence) });
    });
    if (!sentences.length && text) parts.push({ kind: 'paragraph', text, matches: lookup(text) });
    if (this.cache.size > 200) this.cache.clear();
    this.cache.set(unitId, { key, source: unit.source, parts });
    return parts;
  }

  /**
   * The parts the panel shows: in sentence mode, with the caret in sentence cell `sentence`, that
   * sentence's matches only; else every part (`matchesFor`).
   */
  shownParts(unitId: string, sentence: number | null): PartMatches[] {
    const parts = this.matchesFor(unitId);
    return sentence === null ? parts : parts.filter((p) => p.kind === 'sentence' && p.index === sentence);
  }

  /** The matches of a paragraph (or of its sentence at the caret, see `shownParts`) in the order the panel numbers them. */
  flatMatches(unitId: string, sentence: number | null = null): TmMatch[] {
    return this.shownParts(unitId, sentence).flatMap((p) => p.matches);
  }

  get selectedIndex(): number {
    return this.selected;
  }

  /** Moves the selected match of the current paragraph; wraps round. */
  select(index: number, count: number): void {
    const next = count ? ((index % count) + count) % count : 0;
    if (next === this.selected) return;
    this.selected = next;
    this.bump();
  }

  /** A new paragraph became current: its best match is selected. */
  resetSelection(): void {
    if (this.selected === 0) return;
    this.selected = 0;
    this.bump();
  }

  private request: { readonly text: string; readonly seq: number } | null = null;

  /** Asks the side panel to show a concordance search for a text (Ctrl+Shift+F on a selection). */
  requestConcordance(text: string): void {
    this.request = { text, seq: (this.request?.seq ?? 0) + 1 };
    this.bump();
  }

  get concordanceRequest(): { readonly text: string; readonly seq: number } | null {
    return this.request;
  }

  /** Concordance over both memories, the project's first. */
  concordance(query: string, side: 'source' | 'target'): { hits: ConcordanceHit[]; total: number } {
    const results = this.indexes().map((index) => index.concordance(query, side, 200));
    return { hits: results.flatMap((r) => r.hits).slice(0, 200), total: results.reduce((n, r) => n + r.total, 0) };
  }

  /** Sentences and characters per match band and repetitions, against both memories, before pre-translating. */
  analysis(): Analysis {
    const paragraphs = this.project.units.filter((u) => !u.attrs.excluded).map((u) => ({ id: u.attrs.id, source: plainTextOf(u.source).text }));
    return analyse(paragraphs, this.indexes());
  }

  /** What pre-translation would fill now, from both memories. */
  planPretranslation(): PretranslatePlan {
    return planPretranslation(this.project.projectDoc, this.indexes());
  }
}
