import { Dictionary, type WordSet } from '../../src/dictionary/dictionary.js';
import type { DictionarySource } from '../../src/dictionary/dictionaryFormat.js';
import { lookUpWord, type DictionaryLookup } from '../../src/dictionary/lookUpWord.js';
import { segmentWords } from '../../src/dictionary/segmentWords.js';
import { toPinyinWords } from '../../src/dictionary/toPinyin.js';
import { readDictionaryFile } from './dictionaryFile.js';

/**
 * The dictionary of one back end (the app's, the web server's or a CLI run): the file is opened on
 * the first lookup, not at start; each block is decompressed the first time a lookup needs it; the
 * set of all words (for segmenting whole reports) is built on the first extraction.
 */
export class DictionaryService {
  private opened: Dictionary | null = null;

  constructor(private readonly path: string) {}

  get dictionary(): Dictionary {
    this.opened ??= new Dictionary(readDictionaryFile(this.path));
    return this.opened;
  }

  /** Every headword in a set, for segmenting and scanning whole reports. */
  words(): WordSet {
    return this.dictionary.words();
  }

  get source(): DictionarySource {
    return this.dictionary.header.source;
  }

  lookUp(text: string, start: number, end: number): DictionaryLookup {
    return lookUpWord(this.dictionary, text, start, end);
  }

  /** Pinyin by words (the dictionary cuts the text), as names are romanised. */
  pinyinWords(text: string): string {
    return toPinyinWords(segmentWords(text, this.dictionary));
  }
}
