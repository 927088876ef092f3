import type { DictEntry } from './dictEntry.js';
import type { Dictionary } from './dictionary.js';
import { pinyinWithMarks } from './pinyinMarks.js';
import { segmentWords } from './segmentWords.js';
import { toPinyin } from './toPinyin.js';

/** A dictionary entry as the card shows it: pinyin with tone marks, CC-CEDICT's numbered pinyin kept too. */
export interface DictionaryEntryView {
  readonly simplified: string;
  readonly traditional: string;
  readonly pinyin: string;
  readonly pinyinNumbered: string;
  readonly senses: readonly string[];
}

/** A word of the looked-up text with its entries. */
export interface DictionaryWord {
  readonly word: string;
  readonly entries: readonly DictionaryEntryView[];
}

/** What the dictionary card shows for a selection or a point. */
export interface DictionaryLookup {
  /** The selected text, or at a point the longest dictionary word starting there (or its one character). */
  readonly query: string;
  /** Pinyin of the query with tone marks, readings chosen by word (银行 → yín háng). */
  readonly pinyin: string;
  /** The entries whose headword is the query. */
  readonly entries: readonly DictionaryEntryView[];
  /** At a point: the shorter words that start there too, longest first. */
  readonly shorter: readonly DictionaryWord[];
  /** A selection the dictionary does not have as a whole: its words, in order, each with its entries. */
  readonly parts: readonly DictionaryWord[];
}

/** Longest text the card looks up. */
export const MAX_QUERY = 200;
const HAN = /\p{Script=Han}/u;

function view(entry: DictEntry): DictionaryEntryView {
  return { simplified: entry.simplified, traditional: entry.traditional, pinyin: pinyinWithMarks(entry.pinyin), pinyinNumbered: entry.pinyin, senses: entry.senses };
}

/**
 * Looks up a selection (`start` < `end`) or a point (`start` = `end`) of `text`: at a point, the
 * longest word starting there first, then the shorter ones; for a selection, its own entries, or
 * if it has none, its words. Offsets are UTF-16 and clamped to the text.
 */
export function lookUpWord(dictionary: Dictionary, text: string, start: number, end: number): DictionaryLookup {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  if (to > from) {
    const query = text.slice(from, to).trim().slice(0, MAX_QUERY);
    const entries = dictionary.entries(query).map(view);
    const parts = entries.length
      ? []
      : segmentWords(query, dictionary)
          .filter((w) => HAN.test(w) || /[A-Za-z0-9]/.test(w))
          .map((word) => ({ word, entries: dictionary.entries(word).map(view) }))
          .filter((w) => w.entries.length > 0);
    return { query, pinyin: toPinyin(query), entries, shorter: [], parts };
  }
  const lengths = dictionary.lengthsAt(text, from);
  const longest = lengths[0] ?? (from < text.length ? 1 : 0);
  const query = text.slice(from, from + longest);
  return {
    query,
    pinyin: toPinyin(query),
    entries: dictionary.entries(query).map(view),
    shorter: lengths.slice(1).map((len) => {
      const word = text.slice(from, from + len);
      return { word, entries: dictionary.entries(word).map(view) };
    }),
    parts: [],
  };
}
