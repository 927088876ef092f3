import type { CostParameters } from './beadCost.js';
import type { LexiconParameters } from './learnLexicon.js';

/** Every weight of the aligner, for each pass; estimated on the GR2021 report (see bench/align.ts). */
export interface AlignParameters {
  readonly paragraph: CostParameters;
  readonly sentence: CostParameters;
  /** Weights of the clause pass that splits a Chinese sentence the English renders in several. */
  readonly clause: CostParameters;
  /** Nats for cutting a Chinese sentence at a comma; the posterior a cut needs to be kept. */
  readonly cutCost: number;
  readonly keepCut: number;
  /** Half-width of the first band around the diagonal: at least `bandMin` units, or this share of the longer side. */
  readonly bandMin: number;
  readonly bandShare: number;
  /** Units the sentence pass may stray from the paragraph alignment before the corridor is widened. */
  readonly paragraphMargin: number;
  /** Temperature of the posteriors (confidences): above 1 makes them less sure. */
  readonly temperature: number;
  /** Learning word pairs from the first pass's sure pairs (posterior at least `trainPosterior`) for a second pass. */
  readonly lexicon: LexiconParameters & { readonly trainPosterior: number; readonly rounds: number };
}

const nats = (p: number): number => -Math.log(p);

const SENTENCE: CostParameters = {
  // A Chinese sentence is often rendered in several English ones: 1–k up to 6.
  moveCost: {
    '1-1': nats(0.7),
    '1-0': nats(0.005),
    '0-1': nats(0.005),
    '1-2': nats(0.15),
    '2-1': nats(0.03),
    '2-2': nats(0.005),
    '1-3': nats(0.05),
    '3-1': nats(0.003),
    '1-4': nats(0.02),
    '1-5': nats(0.005),
    '1-6': nats(0.003),
  },
  // English characters per Chinese character (4.6 in GR2021): each pair of documents measures its own,
  // which this only steadies for short ones. The variance is per character of the bead.
  length: { ratio: 4.5, variance: 35 },
  skipCost: 3,
  noteCost: 1,
  anchorGain: 0.5,
  lexicalGain: 0.4,
  anchorMiss: 0.2,
  headingMatch: 3,
  headingMismatch: 3,
  headingInside: 2,
  paragraphBoth: 1,
  paragraphInsideZh: 2,
  paragraphInsideEn: 1,
};

/** Clause pass: any number of clauses with one English sentence, or with two, or an English sentence alone. */
function clauseMoves(one: number, two: number, alone: number): Record<string, number> {
  const costs: Record<string, number> = { '0-1': alone };
  for (let a = 1; a <= 16; a++) {
    costs[`${a}-1`] = one;
    costs[`${a}-2`] = two;
  }
  return costs;
}

/** The weights the aligner uses unless told otherwise. */
export const DEFAULT_PARAMETERS: AlignParameters = {
  paragraph: {
    ...SENTENCE,
    moveCost: { ...SENTENCE.moveCost, '4-1': nats(0.002) },
    paragraphBoth: 0,
    paragraphInsideZh: 0,
  paragraphInsideEn: 0,
  },
  sentence: SENTENCE,
  clause: { ...SENTENCE, moveCost: clauseMoves(0, 4, 6), paragraphInsideZh: 0, paragraphInsideEn: 0, headingInside: 0 },
  cutCost: 0,
  keepCut: 0.5,
  bandMin: 20,
  bandShare: 0.1,
  paragraphMargin: 4,
  temperature: 1,
  lexicon: { minCount: 3, minDice: 0.3, trainPosterior: 0.8, rounds: 1 },
};
