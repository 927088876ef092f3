import type { DictEntry } from './dictEntry.js';
import { decodeBlock, type BlockColumns, type DictionaryHeader } from './dictionaryFormat.js';

/** Where the dictionary's blocks come from: a file read and decompressed by the back end, or text in tests. */
export interface BlockReader {
  readonly header: DictionaryHeader;
  /** The text of one block, decompressed. */
  read(index: number): string;
}

/** Most simplified spellings tried for one traditional word (乾 may be 干 or 乾, 後 is 后…). */
const MAX_SPELLINGS = 16;

/** The index of the last of `sorted` that is ≤ `key`, or -1. */
function lastAtMost(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as string) <= key) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The first index of `keys` (sorted by code units) whose key is > `key` (`strict`) or ≥ it. */
function lowerBound(keys: readonly string[], key: string, strict = false): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const k = keys[mid] as string;
    if (k < key || (strict && k === key)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * CC-CEDICT looked up by headword, simplified or traditional. Blocks are decompressed when a lookup
 * first needs them and kept; a lookup is two binary searches. A traditional word is looked up as
 * its simplified spellings, keeping the entries whose traditional headword is the word.
 */
export class Dictionary {
  private readonly blocks = new Map<number, BlockColumns>();
  private readonly firsts: readonly string[];

  constructor(private readonly reader: BlockReader) {
    this.firsts = reader.header.blocks.map((b) => b.first);
  }

  get header(): DictionaryHeader {
    return this.reader.header;
  }

  /** The longest headword, in UTF-16 code units: no word starting at a point is longer. */
  get maxLength(): number {
    return this.reader.header.maxLength;
  }

  /**
   * Every headword, simplified and traditional, in a set: for segmenting whole reports, where
   * thousands of lookups make one pass over all blocks worth it (built once, on first use).
   */
  words(): WordSet {
    if (!this.wordSet) {
      const set = new Set<string>();
      const prefixes = new Set<string>();
      const verbs = new Set<string>();
      const add = (w: string): void => {
        set.add(w);
        for (let k = w.length - 1; k >= 1; k--) {
          const p = w.slice(0, k);
          if (prefixes.has(p)) break;
          prefixes.add(p);
        }
      };
      for (let b = 0; b < this.firsts.length; b++) {
        const block = this.block(b);
        block.simplified.forEach(add);
        block.traditional.forEach(add);
        // CC-CEDICT glosses a verb "to …": the first entry of a headword decides.
        block.simplified.forEach((w, i) => {
          if (i > 0 && block.simplified[i - 1] === w) return;
          if ((block.senses[i] as string).startsWith('to ')) verbs.add(w);
        });
      }
      this.wordSet = new WordSet(set, prefixes, verbs, this.maxLength);
    }
    return this.wordSet;
  }

  private wordSet: WordSet | null = null;

  /** How many blocks have been decompressed so far (a measure of the work lookups caused). */
  get blocksRead(): number {
    return this.blocks.size;
  }

  private block(index: number): BlockColumns {
    let block = this.blocks.get(index);
    if (!block) {
      block = decodeBlock(this.reader.read(index));
      this.blocks.set(index, block);
    }
    return block;
  }

  /** Calls `visit` with the block and index of every entry whose simplified headword is `key`; stops when it returns true. */
  private forSimplified(key: string, visit: (block: BlockColumns, i: number) => boolean): boolean {
    const firsts = this.firsts;
    let b = lastAtMost(firsts, key);
    if (b < 0) return false;
    // Equal headwords may run on from the end of one block into the next.
    while (b > 0 && firsts[b] === key) b--;
    for (; b < firsts.length && (firsts[b] as string) <= key; b++) {
      const block = this.block(b);
      for (let i = lowerBound(block.simplified, key); i < block.simplified.length && block.simplified[i] === key; i++) if (visit(block, i)) return true;
    }
    return false;
  }

  /** The entries whose simplified headword is `key`. */
  private bySimplified(key: string): DictEntry[] {
    const out: DictEntry[] = [];
    this.forSimplified(key, (block, i) => {
      out.push({ simplified: key, traditional: block.traditional[i] as string, pinyin: block.pinyin[i] as string, senses: (block.senses[i] as string).split('/').filter(Boolean) });
      return false;
    });
    return out;
  }

  /** The simplified spellings a word may have: itself, then with its traditional characters simplified. */
  private spellings(word: string): string[] {
    const map = this.reader.header.traditionalChars;
    let any = false;
    for (const c of word) if (map[c]) any = true;
    if (!any) return [word];
    let forms = [''];
    let changed = false;
    for (const c of word) {
      const alternatives = map[c];
      if (!alternatives) {
        forms = forms.map((f) => f + c);
        continue;
      }
      changed = true;
      forms = forms.flatMap((f) => [...alternatives].map((a) => f + a)).slice(0, MAX_SPELLINGS);
    }
    return changed ? [word, ...forms.filter((f) => f !== word)] : [word];
  }

  /** Every entry whose simplified or traditional headword is `word`, in the dictionary's order. */
  entries(word: string): DictEntry[] {
    if (!word || word.length > this.maxLength) return [];
    const out: DictEntry[] = [];
    for (const form of this.spellings(word)) for (const e of this.bySimplified(form)) if (form === word || e.traditional === word) out.push(e);
    return out;
  }

  /** Whether a headword (simplified or traditional) is in the dictionary. */
  has(word: string): boolean {
    if (!word || word.length > this.maxLength) return false;
    return this.spellings(word).some((form) => this.forSimplified(form, (block, i) => form === word || block.traditional[i] === word));
  }

  /** Whether some simplified headword is longer than `prefix` and starts with it. */
  private extends(prefix: string): boolean {
    for (let b = Math.max(0, lastAtMost(this.firsts, prefix)); b < this.firsts.length; b++) {
      const keys = this.block(b).simplified;
      const i = lowerBound(keys, prefix, true);
      if (i < keys.length) return (keys[i] as string).startsWith(prefix);
    }
    return false;
  }

  /**
   * The lengths of the headwords that start at `at` in `text`, longest first (up to `limit` code
   * units). Stops lengthening as soon as no headword starts with the text read so far.
   */
  lengthsAt(text: string, at: number, limit = this.maxLength): number[] {
    const end = Math.min(text.length, at + Math.min(limit, this.maxLength));
    const map = this.reader.header.traditionalChars;
    const found = new Set<number>();
    // The text as it is, and with traditional characters simplified (their first simplified form).
    const windows = [text.slice(at, end)];
    const simplified = [...(windows[0] as string)].map((c) => map[c]?.charAt(0) ?? c).join('');
    if (simplified !== windows[0]) windows.push(simplified);
    for (const window of windows) {
      for (let len = 1; len <= window.length; len++) {
        const prefix = window.slice(0, len);
        if (this.forSimplified(prefix, () => true) && (window === windows[0] || this.has(text.slice(at, at + len)))) found.add(len);
        if (!this.extends(prefix)) break;
      }
    }
    return [...found].sort((a, b) => b - a);
  }
}

/** All headwords of the dictionary, and all their beginnings, in hash sets: `has` and `lengthsAt` without a search. */
export class WordSet {
  constructor(
    private readonly set: ReadonlySet<string>,
    /** Every proper prefix of a headword: a longer word can start with such a text. */
    private readonly prefixes: ReadonlySet<string>,
    /** Headwords whose first sense is a verb ("to …"). */
    private readonly verbs: ReadonlySet<string>,
    readonly maxLength: number,
  ) {}

  /** Whether the dictionary's first sense of a word is a verb (壮大 "to expand"): a name does not begin with one. */
  isVerb(word: string): boolean {
    return this.verbs.has(word);
  }

  get size(): number {
    return this.set.size;
  }

  has(word: string): boolean {
    return this.set.has(word);
  }

  /** The lengths of the headwords that start at `at` in `text`, longest first (up to `limit` code units). */
  lengthsAt(text: string, at: number, limit = this.maxLength): number[] {
    const out: number[] = [];
    const most = Math.min(limit, this.maxLength, text.length - at);
    for (let len = 1; len <= most; len++) {
      const piece = text.slice(at, at + len);
      if (this.set.has(piece)) out.push(len);
      if (!this.prefixes.has(piece)) break;
    }
    return out.reverse();
  }
}
