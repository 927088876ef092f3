import { normalizeText } from '../glossary/normalizeText.js';
import { primaryLanguage } from '../util/languageTag.js';
import { diffChars, fuzzyScore, matchKey, type DiffPart, type NumberDifference } from './fuzzy.js';
import type { TmUnit } from './memoryUnit.js';

/** A memory unit that matches the current text, with its score and what differs. */
export interface TmMatch {
  readonly unit: TmUnit;
  readonly score: number;
  /** Numbers the memory's source and the current text do not share; null when they agree. */
  readonly numbers: NumberDifference | null;
  /** From the memory's source to the current text. */
  readonly diff: readonly DiffPart[];
}

export interface LookupOptions {
  /** Lowest score returned, in percent (default 50). */
  readonly minScore?: number;
  /** Most matches returned (default 5). */
  readonly max?: number;
  /** A paragraph of the project whose own units are left out. */
  readonly excludeUnitId?: string;
}

/** A concordance hit: the unit and where the searched text is in its source or its English. */
export interface ConcordanceHit {
  readonly unit: TmUnit;
  readonly side: 'source' | 'target';
  readonly ranges: ReadonlyArray<{ readonly start: number; readonly end: number }>;
}

const EMPTY = new Uint32Array(0);

/** Units whose Dice similarity of character bigrams is below this are never scored. */
const MIN_DICE = 0.3;
/** At most this many candidates (best Dice first) get the exact edit-distance score. */
const MAX_CANDIDATES = 40;

/** Buckets of the bigram hash: 2^21, so about 500,000 distinct bigrams share few buckets. */
const BUCKET_BITS = 21;
const BUCKETS = 1 << BUCKET_BITS;

/**
 * The distinct bigram buckets of a match key, sorted: each pair of adjacent code units hashed into
 * 2^21 buckets (multiplicative hashing; a one-character key is its own bigram). Two bigrams that
 * share a bucket only make a candidate look closer than it is: the exact score decides.
 */
function bigramBuckets(key: string, out: Uint32Array): number {
  let n = 0;
  if (key.length === 1) out[n++] = Math.imul(key.charCodeAt(0), 0x9e3779b1) >>> (32 - BUCKET_BITS);
  for (let i = 0; i + 1 < key.length && n < out.length; i++) {
    out[n++] = Math.imul(Math.imul(key.charCodeAt(i), 0x9e3779b1) ^ key.charCodeAt(i + 1), 0x85ebca6b) >>> (32 - BUCKET_BITS);
  }
  const view = out.subarray(0, n).sort();
  let distinct = 0;
  for (let i = 0; i < n; i++) if (i === 0 || view[i] !== view[i - 1]) out[distinct++] = view[i] as number;
  return distinct;
}

/** The languages an index serves; units of other pairs are left out. */
export interface IndexLanguages {
  readonly sourceLang: string;
  readonly targetLang: string;
}

/**
 * Builds an index's arrays in two passes: each unit's bigram buckets (which may be done a slice at a
 * time, so a large memory never blocks a window for long), then the per-bucket unit lists.
 */
class IndexBuilder {
  readonly units: readonly TmUnit[];
  readonly sizes: Uint16Array;
  readonly keyLengths: Uint32Array;
  private all: Uint32Array;
  private readonly starts: Uint32Array;
  /** Allocated by the first step: 8 MB that an index used only for exact matches never needs. */
  private bucketCount = EMPTY;
  private used = 0;
  private done = 0;
  readonly scratch = new Uint32Array(1 << 16);

  constructor(units: readonly TmUnit[], languages: IndexLanguages) {
    const src = primaryLanguage(languages.sourceLang);
    const tgt = primaryLanguage(languages.targetLang);
    this.units = units.filter((u) => primaryLanguage(u.sourceLang) === src && primaryLanguage(u.targetLang) === tgt);
    const n = this.units.length;
    this.sizes = new Uint16Array(n);
    this.keyLengths = new Uint32Array(n);
    this.starts = new Uint32Array(n + 1);
    this.all = new Uint32Array(Math.max(1024, n * 16));
  }

  /** Pass 1 for up to `count` more units; true when every unit has been read. */
  step(count: number): boolean {
    const n = this.units.length;
    if (this.bucketCount.length === 0) this.bucketCount = new Uint32Array(BUCKETS + 1);
    const end = Math.min(n, this.done + count);
    for (let i = this.done; i < end; i++) {
      const key = matchKey((this.units[i] as TmUnit).source);
      const k = bigramBuckets(key, this.scratch);
      if (this.used + k > this.all.length) {
        const bigger = new Uint32Array(Math.max(this.all.length * 2, this.used + k));
        bigger.set(this.all);
        this.all = bigger;
      }
      this.all.set(this.scratch.subarray(0, k), this.used);
      this.starts[i] = this.used;
      this.used += k;
      this.sizes[i] = Math.min(k, 0xffff);
      this.keyLengths[i] = key.length;
      for (let j = 0; j < k; j++) {
        const b = (this.scratch[j] as number) + 1;
        this.bucketCount[b] = (this.bucketCount[b] as number) + 1;
      }
    }
    this.done = end;
    return end === n;
  }

  private offsets: Uint32Array | null = null;
  private postings: Uint32Array | null = null;
  private fill: Uint32Array | null = null;
  private filled = 0;

  /**
   * Pass 2 for up to `count` more units: prefix sums give each bucket's place (the first time), then
   * units are written into their buckets' lists in order, so lists stay sorted. True when done.
   */
  fillStep(count: number): boolean {
    const n = this.units.length;
    if (!this.offsets) {
      this.step(Number.MAX_SAFE_INTEGER);
      this.starts[n] = this.used;
      const offsets = this.bucketCount;
      for (let b = 1; b <= BUCKETS; b++) offsets[b] = (offsets[b] as number) + (offsets[b - 1] as number);
      this.offsets = offsets;
      this.postings = new Uint32Array(this.used);
      this.fill = offsets.slice(0, BUCKETS);
    }
    const postings = this.postings as Uint32Array;
    const fill = this.fill as Uint32Array;
    const end = Math.min(n, this.filled + count);
    for (let i = this.filled; i < end; i++) {
      for (let j = this.starts[i] as number; j < (this.starts[i + 1] as number); j++) {
        const b = this.all[j] as number;
        postings[fill[b] as number] = i;
        fill[b] = (fill[b] as number) + 1;
      }
    }
    this.filled = end;
    return end === n;
  }

  /** The finished arrays (any pass not yet done is done now). */
  finish(): { offsets: Uint32Array; postings: Uint32Array } {
    this.fillStep(Number.MAX_SAFE_INTEGER);
    return { offsets: this.offsets as Uint32Array, postings: this.postings as Uint32Array };
  }
}

const DEFAULT_LANGUAGES: IndexLanguages = { sourceLang: 'zh', targetLang: 'en' };

/**
 * A memory searchable by fuzzy match and concordance. Candidates come from an inverted index of
 * hashed character bigrams of the sources' match keys, stored as one compressed array (a unit list
 * per bucket): a lookup counts shared bigrams only over the units that have at least one (never a
 * scan of the whole memory), keeps those with a Dice coefficient of at least 0.3 and a length ratio
 * that can reach the minimum score, and scores the best 40 exactly.
 */
export class TmIndex {
  readonly units: readonly TmUnit[];
  /** Builds the bigram index on the first fuzzy lookup: pre-translation needs only exact matches. */
  private builder: IndexBuilder | null;
  /** Where each bucket's units start in `postings` (BUCKETS + 1 entries). */
  private offsets: Uint32Array = EMPTY;
  private postings: Uint32Array = EMPTY;
  private readonly sizes: Uint16Array;
  private readonly keyLengths: Uint32Array;
  private readonly counts: Uint16Array;
  private readonly scratch: Uint32Array;
  private normalizedSources: string[] | null = null;
  private normalizedTargets: string[] | null = null;
  private exactKeys: Map<string, number[]> | null = null;

  /**
   * Indexes the units whose languages are `sourceLang` → `targetLang` (by primary subtag: zh-CN
   * matches zh). The bigram index is built when first needed (at once by `build`).
   */
  constructor(units: readonly TmUnit[] | IndexBuilder, languages: IndexLanguages = DEFAULT_LANGUAGES) {
    const builder = units instanceof IndexBuilder ? units : new IndexBuilder(units, languages);
    this.units = builder.units;
    this.sizes = builder.sizes;
    this.keyLengths = builder.keyLengths;
    this.scratch = builder.scratch;
    this.counts = new Uint16Array(this.units.length);
    this.builder = builder;
    if (units instanceof IndexBuilder) this.ready();
  }

  /** The bigram index, built now if it is not yet. */
  private ready(): void {
    if (!this.builder) return;
    ({ offsets: this.offsets, postings: this.postings } = this.builder.finish());
    this.builder = null;
  }

  /**
   * Builds an index a slice of units at a time, awaiting `pause` between slices: a window that
   * loads a memory of 100,000 units stays responsive while it is indexed.
   */
  static async build(units: readonly TmUnit[], pause: () => Promise<void>, languages: IndexLanguages = DEFAULT_LANGUAGES, slice = 2500): Promise<TmIndex> {
    const builder = new IndexBuilder(units, languages);
    while (!builder.step(slice)) await pause();
    await pause();
    while (!builder.fillStep(slice * 4)) await pause();
    return new TmIndex(builder);
  }

  get size(): number {
    return this.units.length;
  }

  /** The best matches for a sentence or paragraph, highest score first (ties: the newest unit first). */
  lookup(text: string, options: LookupOptions = {}): TmMatch[] {
    const minScore = options.minScore ?? 50;
    const max = options.max ?? 5;
    const key = matchKey(text);
    if (!key) return [];
    this.ready();
    const grams = bigramBuckets(key, this.scratch);
    const touched: number[] = [];
    const counts = this.counts;
    const { offsets, postings } = this;
    for (let g = 0; g < grams; g++) {
      const b = this.scratch[g] as number;
      for (let k = offsets[b] as number; k < (offsets[b + 1] as number); k++) {
        const u = postings[k] as number;
        if (counts[u] === 0) touched.push(u);
        counts[u] = (counts[u] as number) + 1;
      }
    }
    const candidates: Array<{ unit: number; dice: number }> = [];
    for (const u of touched) {
      const shared = counts[u] as number;
      counts[u] = 0;
      const dice = (2 * shared) / (grams + (this.sizes[u] as number));
      const lengthRatio = Math.min(key.length, this.keyLengths[u] as number) / Math.max(key.length, this.keyLengths[u] as number);
      if (dice >= MIN_DICE && lengthRatio * 100 >= minScore) candidates.push({ unit: u, dice });
    }
    candidates.sort((a, b) => b.dice - a.dice);
    return this.score(
      candidates.slice(0, MAX_CANDIDATES).map((c) => c.unit),
      text,
      minScore,
      max,
      options.excludeUnitId,
    );
  }

  /**
   * The unit an exact (100%) match gives `text`, the one `lookup` would rank first at minScore 100:
   * the same match key (see `matchKey`), the newest change first, then the latest unit. A hash
   * lookup, with no bigram index: what pre-translation asks for every paragraph and sentence.
   */
  exact(text: string, excludeUnitId?: string): TmUnit | null {
    return this.exactByKey(matchKey(text), excludeUnitId);
  }

  /** `exact` for a text whose `matchKey` the caller has (one key, asked of several memories). */
  exactByKey(key: string, excludeUnitId?: string): TmUnit | null {
    if (!key) return null;
    if (!this.exactKeys) {
      const keys = new Map<string, number[]>();
      this.units.forEach((u, i) => {
        const k = matchKey(u.source);
        const list = keys.get(k);
        if (list) list.push(i);
        else keys.set(k, [i]);
      });
      this.exactKeys = keys;
    }
    let best: TmUnit | null = null;
    for (const i of this.exactKeys.get(key) ?? []) {
      const unit = this.units[i] as TmUnit;
      if (excludeUnitId !== undefined && unit.unitId === excludeUnitId) continue;
      // Ascending order: a later unit wins ties, as in `score`.
      if (!best || (unit.changed ?? '').localeCompare(best.changed ?? '') >= 0) best = unit;
    }
    return best;
  }

  /** The same answer as `lookup`, by scoring every unit: the baseline the benchmark compares with. */
  lookupByScan(text: string, options: LookupOptions = {}): TmMatch[] {
    return this.score(
      this.units.map((_, i) => i),
      text,
      options.minScore ?? 50,
      options.max ?? 5,
      options.excludeUnitId,
    );
  }

  private score(indexes: readonly number[], text: string, minScore: number, max: number, exclude: string | undefined): TmMatch[] {
    const scored: Array<{ unit: TmUnit; score: number; numbers: NumberDifference | null; order: number }> = [];
    for (const i of indexes) {
      const unit = this.units[i] as TmUnit;
      if (exclude !== undefined && unit.unitId === exclude) continue;
      const result = fuzzyScore(unit.source, text, minScore);
      if (result) scored.push({ unit, score: result.score, numbers: result.numbers, order: i });
    }
    scored.sort((a, b) => b.score - a.score || (b.unit.changed ?? '').localeCompare(a.unit.changed ?? '') || b.order - a.order);
    // One match per distinct English for the same source: a memory repeating itself is one suggestion.
    const seen = new Set<string>();
    const out: TmMatch[] = [];
    for (const s of scored) {
      const k = `${s.unit.source}\u0000${s.unit.target}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ unit: s.unit, score: s.score, numbers: s.numbers, diff: diffChars(s.unit.source, text) });
      if (out.length >= max) break;
    }
    return out;
  }

  /**
   * Units whose Chinese contains `query` (after width, quote and case normalisation) or, when
   * `side` is 'target', whose English contains it as whole words, case-insensitively. A search the
   * translator starts: it reads every unit's normalised text (prepared once), newest unit first.
   */
  concordance(query: string, side: 'source' | 'target', max = 200): { hits: ConcordanceHit[]; total: number } {
    const needle = normalizeText(query.trim()).replace(/\s+/g, ' ');
    if (!needle) return { hits: [], total: 0 };
    const texts = side === 'source' ? (this.normalizedSources ??= this.units.map((u) => normalizeText(u.source))) : (this.normalizedTargets ??= this.units.map((u) => normalizeText(u.target)));
    const wordy = side === 'target' && /^\w/.test(needle);
    const wordyEnd = side === 'target' && /\w$/.test(needle);
    const hits: ConcordanceHit[] = [];
    let total = 0;
    for (let i = texts.length - 1; i >= 0; i--) {
      const hay = texts[i] as string;
      let from = hay.indexOf(needle);
      if (from < 0) continue;
      const ranges: Array<{ start: number; end: number }> = [];
      while (from >= 0) {
        const end = from + needle.length;
        const before = from > 0 ? hay.charAt(from - 1) : '';
        const after = hay.charAt(end);
        if (!(wordy && /\w/.test(before)) && !(wordyEnd && /\w/.test(after))) ranges.push({ start: from, end });
        from = hay.indexOf(needle, end);
      }
      if (!ranges.length) continue;
      total++;
      if (hits.length < max) hits.push({ unit: this.units[i] as TmUnit, side, ranges });
    }
    return { hits, total };
  }
}
