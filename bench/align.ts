import { performance } from 'node:perf_hooks';
import { alignDocuments, type AlignOptions } from '../src/align/alignDocuments.js';
import { buildSide, type AlignSide } from '../src/align/alignSide.js';
import type { AnchorResources } from '../src/align/anchors.js';
import { readChineseDocument, readEnglishDocument } from '../src/align/readDocument.js';
import { createNumberModels } from '../src/qa/numberModels.js';
import { scoreSentences, scoreStrict, type Score } from '../test/alignScore.js';
import { parallelUnits, perturbUnits, rebuildDocuments, type ParallelUnit } from '../test/parallelCorpus.js';

type Record = (name: string, value: number, unit: string) => void;

/** The two sides as the app reads them: the Chinese through the importer, the English through the English reader, both as .txt. */
function sides(units: readonly ParallelUnit[]): { zh: AlignSide; en: AlignSide; zhChars: number } {
  const docs = rebuildDocuments(units);
  const zhRead = readChineseDocument('zh.txt', new TextEncoder().encode(docs.zh.join('\n')));
  const enRead = readEnglishDocument('en.txt', new TextEncoder().encode(docs.en.join('\n')));
  if (!zhRead.ok || !enRead.ok) throw new Error('rebuilt documents must read');
  const zh = buildSide('zh', zhRead.value.paragraphs);
  return { zh, en: buildSide('en', enRead.value.paragraphs), zhChars: zh.text.length };
}

/**
 * The two sides of a made-up long pair, split without the readers: the importer rightly takes a
 * report that starts again after its end for page chrome and would drop the second copy.
 */
function longSides(units: readonly ParallelUnit[]): { zh: AlignSide; en: AlignSide; zhChars: number } {
  const docs = rebuildDocuments(units);
  const zh = buildSide('zh', docs.zh);
  return { zh, en: buildSide('en', docs.en), zhChars: zh.text.length };
}

type Source = readonly ParallelUnit[] | { readonly gold: readonly ParallelUnit[]; readonly perturbed: readonly ParallelUnit[] };

/**
 * Aligns a rebuilt pair and scores it against the TMX two ways: `f1` counts a pair right when its
 * Chinese and English are exactly a TMX unit's; `sentence_f1` widens gold and predicted pairs to
 * whole sentences of the aligner's own segmentation first (the TMX cuts some Chinese sentences at a
 * comma and leaves others whole, with no rule an aligner can follow), which measures the alignment
 * itself. Pairs with an empty side are not counted as predictions.
 */
function evaluate(label: string, source: Source, resources: AnchorResources, record: Record, options: AlignOptions = {}): { strict: Score; sentences: Score; ms: number } {
  const units = 'gold' in source ? source.gold : source;
  const { zh, en } = sides('perturbed' in source ? source.perturbed : source);
  const start = performance.now();
  const { alignment } = alignDocuments(zh, en, resources, options);
  const ms = performance.now() - start;
  const strict = scoreStrict(alignment, units);
  const sentences = scoreSentences(alignment, zh, en, units);
  const kind = options.lengthOnly ? 'length_only' : 'anchored';
  record(`align_${label}_${kind}_sentence_f1`, 100 * sentences.f1, '%');
  record(`align_${label}_${kind}_sentence_precision`, 100 * sentences.precision, '%');
  record(`align_${label}_${kind}_sentence_recall`, 100 * sentences.recall, '%');
  record(`align_${label}_${kind}_f1`, 100 * strict.f1, '%');
  return { strict, sentences, ms };
}

/** Both figures of a set, anchored and length-only, and the gain in points. */
function evaluatePair(label: string, source: Source, resources: AnchorResources, record: Record): { ms: number } {
  const anchored = evaluate(label, source, resources, record);
  const lengthOnly = evaluate(label, source, resources, record, { lengthOnly: true });
  record(`align_${label}_sentence_gain_points`, 100 * (anchored.sentences.f1 - lengthOnly.sentences.f1), 'points');
  record(`align_${label}_gain_points`, 100 * (anchored.strict.f1 - lengthOnly.strict.f1), 'points');
  return { ms: anchored.ms };
}

/**
 * The aligner: F1 on GR2021 (the set its weights were chosen on), on the first 117 units of GR2020
 * (not tuned on), and on GR2021 perturbed (every 25th English unit dropped, a translator's note
 * paragraph after every 40th), each anchored and length-only; then the time to align a report of
 * 30,000 Chinese characters (GR2021 and the first half again) and its English, and the search's
 * memory bound (states visited against a full search).
 */
export function benchAlign(record: Record): void {
  const modelsStart = performance.now();
  const resources: AnchorResources = { numberModels: createNumberModels() };
  record('align_number_models_build', performance.now() - modelsStart, 'ms');
  const gr2021 = parallelUnits('parallel/GR2021_zh-CN_en-US.tmx');
  const first = evaluatePair('gr2021', gr2021, resources, record);
  record('align_gr2021_first_run', first.ms, 'ms');
  evaluatePair('gr2020_heldout', parallelUnits('parallel/GR2020_excerpt_zh-CN_en-US.tmx'), resources, record);
  evaluatePair('gr2021_perturbed', perturbUnits(gr2021, 25, 40), resources, record);

  const long = [...gr2021, ...gr2021.slice(0, Math.floor(gr2021.length * 0.72))];
  const { zh, en, zhChars } = longSides(long);
  record('align_long_chinese_chars', zhChars, 'chars');
  record('align_long_english_chars', en.text.length, 'chars');
  const times: number[] = [];
  const cpu: number[] = [];
  let stats: ReturnType<typeof alignDocuments>['stats'] | null = null;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    stats = alignDocuments(zh, en, resources).stats;
    const used = process.cpuUsage(cpuStart);
    times.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  record('align_long_median', times[1] as number, 'ms');
  // Processor time: on a shared machine the wall clock also counts the waits for a core.
  record('align_long_cpu_median', cpu[1] as number, 'ms');
  const lengthStart = performance.now();
  alignDocuments(zh, en, resources, { lengthOnly: true });
  record('align_long_length_only', performance.now() - lengthStart, 'ms');
  // The floor of the machine in this run: the same sentence splitting and reading the whole pair cost.
  const readStart = performance.now();
  longSides(long);
  record('align_long_read_and_split', performance.now() - readStart, 'ms');
  if (stats) {
    record('align_long_states', stats.states, 'states');
    record('align_long_states_share_of_full', stats.states / stats.fullStates, 'share');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchAlign((name, value, unit) => console.log(`${name}: ${Math.round(value * 1000) / 1000} ${unit}`));
}
