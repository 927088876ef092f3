import { performance } from 'node:perf_hooks';
import { alignDocuments, type AlignOptions } from '../src/align/alignDocuments.js';
import { buildSide, type AlignSide } from '../src/align/alignSide.js';
import type { AnchorResources } from '../src/align/anchors.js';
import { readChineseDocument, readEnglishDocument } from '../src/align/readDocument.js';
import { createNumberModels } from '../src/qa/quantities.js';
import { scoreSentences, scoreStrict, type Score } from '../test/alignScore.js';
import { parallelUnits, rebuildDocuments, type ParallelUnit } from '../test/parallelCorpus.js';

type Record = (name: string, value: number, unit: string) => void;

/** The two sides as the app reads them: the Chinese through the importer, the English through the English reader, both as .txt. */
function sides(units: readonly ParallelUnit[]): { zh: AlignSide; en: AlignSide } {
  const docs = rebuildDocuments(units);
  const zhRead = readChineseDocument('zh.txt', new TextEncoder().encode(docs.zh.join('\n')));
  const enRead = readEnglishDocument('en.txt', new TextEncoder().encode(docs.en.join('\n')));
  if (!zhRead.ok || !enRead.ok) throw new Error('rebuilt documents must read');
  return { zh: buildSide('zh', zhRead.value.paragraphs), en: buildSide('en', enRead.value.paragraphs) };
}

function evaluate(label: string, units: readonly ParallelUnit[], resources: AnchorResources, record: Record, options: AlignOptions = {}): { strict: Score; sentences: Score; ms: number } {
  const { zh, en } = sides(units);
  const start = performance.now();
  const { alignment } = alignDocuments(zh, en, resources, options);
  const ms = performance.now() - start;
  const strict = scoreStrict(alignment, units);
  const sentences = scoreSentences(alignment, zh, en, units);
  const kind = options.lengthOnly ? 'length_only' : 'anchored';
  record(`align_${label}_${kind}_f1`, strict.f1, '');
  record(`align_${label}_${kind}_precision`, strict.precision, '');
  record(`align_${label}_${kind}_recall`, strict.recall, '');
  record(`align_${label}_${kind}_sentence_f1`, sentences.f1, '');
  return { strict, sentences, ms };
}

/** The alignment benchmark: F1 on GR2021 anchored and length-only, the held-out set, and the time for a 30,000-character report. */
export function benchAlign(record: Record): void {
  const modelsStart = performance.now();
  const resources: AnchorResources = { numberModels: createNumberModels() };
  record('align_number_models_build', performance.now() - modelsStart, 'ms');
  const gr2021 = parallelUnits('parallel/GR2021_zh-CN_en-US.tmx');
  const anchored = evaluate('gr2021', gr2021, resources, record);
  const lengthOnly = evaluate('gr2021', gr2021, resources, record, { lengthOnly: true });
  record('align_gr2021_anchored_ms', anchored.ms, 'ms');
  record('align_gr2021_length_only_ms', lengthOnly.ms, 'ms');
  record('align_gr2021_gain_points', 100 * (anchored.strict.f1 - lengthOnly.strict.f1), 'points');
  const gr2020 = parallelUnits('parallel/GR2020_excerpt_zh-CN_en-US.tmx');
  evaluate('gr2020', gr2020, resources, record);
  evaluate('gr2020', gr2020, resources, record, { lengthOnly: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchAlign((name, value, unit) => console.log(`${name}: ${Math.round(value * 1000) / 1000} ${unit}`));
}
