import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Dictionary } from '../src/dictionary/dictionary.js';
import { lookUpWord } from '../src/dictionary/lookUpWord.js';
import { segmentWords } from '../src/dictionary/segmentWords.js';
import { extractTermCandidates } from '../src/glossary/extractTermCandidates.js';
import { DICTIONARY_FILE } from '../main/node/appPaths.js';
import { readDictionaryFile } from '../main/node/dictionaryFile.js';
import { CHONGQING, NATIONAL, SAMPLE } from '../test/corpus.js';
import { readGold, reportSources, scoreAgainstGold } from '../test/termGold.js';

type Record = (name: string, value: number, unit: string) => void;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const percentile = (xs: number[], p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

/** The reports with a hand-written gold list: the three of the corpus, and the held-out one nothing was tuned on. */
const GOLD = [
  ['nanan', SAMPLE],
  ['national', NATIONAL],
  ['chongqing', CHONGQING],
  ['heldout', 'terms/heldout.txt'],
] as const;

/**
 * The dictionary (size, opening, lookups cold and warm, segmenting a report) and term candidates
 * (time on the national report; precision of the first 50 and recall of the quoted codes and
 * slogans against the gold lists in test/fixtures/terms/).
 */
export function benchTerms(record: Record): void {
  record('dictionary_file', statSync(DICTIONARY_FILE).size / 1024 / 1024, 'MB');

  const open = (): Dictionary => new Dictionary(readDictionaryFile(DICTIONARY_FILE));
  const opening: number[] = [];
  const cold: number[] = [];
  for (let i = 0; i < 5; i++) {
    let start = performance.now();
    const d = open();
    opening.push(performance.now() - start);
    start = performance.now();
    lookUpWord(d, '加快融入成渝地区双城经济圈建设', 4, 4);
    cold.push(performance.now() - start);
  }
  record('dictionary_open_median', median(opening), 'ms');
  record('dictionary_first_lookup_median', median(cold), 'ms');

  // Warm lookups at 2,000 points of the national report, as the card makes them (entries + pinyin).
  const dictionary = open();
  const text = reportSources(NATIONAL)
    .map((s) => s.text)
    .join('\n');
  const points: number[] = [];
  for (let i = 0; points.length < 2000; i = (i * 7919 + 13) % text.length) if (/\p{Script=Han}/u.test(text.charAt(i))) points.push(i);
  for (const at of points.slice(0, 200)) lookUpWord(dictionary, text, at, at);
  const warm: number[] = [];
  for (const at of points) {
    const start = performance.now();
    lookUpWord(dictionary, text, at, at);
    warm.push(performance.now() - start);
  }
  record('dictionary_lookup_p50', median(warm), 'ms');
  record('dictionary_lookup_p95', percentile(warm, 95), 'ms');
  record('dictionary_blocks_read_by_2000_lookups', dictionary.blocksRead, `of ${dictionary.header.blocks.length}`);

  let start = performance.now();
  const words = dictionary.words();
  record('dictionary_word_set_build', performance.now() - start, 'ms');
  start = performance.now();
  segmentWords(text, words);
  record('segment_national_report', performance.now() - start, 'ms');

  const national = reportSources(NATIONAL);
  start = performance.now();
  extractTermCandidates(national, { dictionary: open().words() });
  record('terms_extract_national_cold', performance.now() - start, 'ms');
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    start = performance.now();
    extractTermCandidates(national, { dictionary: words });
    times.push(performance.now() - start);
  }
  record('terms_extract_national_median', median(times), 'ms');

  for (const [name, fixture] of GOLD) {
    const { candidates } = extractTermCandidates(reportSources(fixture), { dictionary: words });
    const score = scoreAgainstGold(candidates, readGold(name));
    record(`terms_${name}_precision_at_50`, score.precisionAt50, 'share');
    record(`terms_${name}_quoted_recall`, score.quotedRecall, 'share');
    record(`terms_${name}_quoted_recall_in_top_50`, score.quotedRecallAt50, 'share');
    record(`terms_${name}_gold_recall`, score.recall, 'share');
  }
}
