export { type DictEntry, parseCedictLine } from './dictEntry.js';
export { Dictionary, WordSet, type BlockReader } from './dictionary.js';
export { packCedict, type DictionaryHeader, type DictionarySource, type PackedBlocks } from './dictionaryFormat.js';
export { lookUpWord, MAX_QUERY, type DictionaryLookup, type DictionaryWord, type DictionaryEntryView } from './lookUpWord.js';
export { pinyinWithMarks, syllableWithMark } from './pinyinMarks.js';
export { segmentWords, type WordLengths } from './segmentWords.js';
export { toPinyin, toPinyinWords } from './toPinyin.js';
