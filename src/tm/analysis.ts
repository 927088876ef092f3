import { countChars } from '../document/progress.js';
import { segmentSentences } from '../import/segmentSentences.js';
import { matchKey } from './fuzzy.js';
import type { TmIndex } from './tmIndex.js';

/**
 * The match bands of an analysis, as memoQ and Trados show them: a sentence repeated earlier in the
 * project, then the best memory match of the others, from exact to none.
 */
export const MATCH_BANDS = ['repetition', '100', '95-99', '85-94', '75-84', '50-74', 'none'] as const;
export type MatchBand = (typeof MATCH_BANDS)[number];

/** The band of a memory score (in percent; null: no match of 50% or more). */
export function bandOfScore(score: number | null): Exclude<MatchBand, 'repetition'> {
  if (score === null || score < 50) return 'none';
  if (score >= 100) return '100';
  if (score >= 95) return '95-99';
  if (score >= 85) return '85-94';
  if (score >= 75) return '75-84';
  return '50-74';
}

export interface BandCount {
  readonly band: MatchBand;
  readonly sentences: number;
  /** Non-whitespace characters of the Chinese, the usual 字数. */
  readonly characters: number;
}

export interface Analysis {
  /** One entry per band, in the order of `MATCH_BANDS`, bands with nothing included. */
  readonly bands: readonly BandCount[];
  readonly total: { readonly paragraphs: number; readonly sentences: number; readonly characters: number };
}

/** A paragraph to analyse: its id (a memory never matches a paragraph with itself) and its Chinese. */
export interface AnalysedParagraph {
  readonly id: string;
  readonly source: string;
}

/**
 * Counts sentences and characters per match band, before pre-translating. Each Chinese sentence (split
 * as everywhere in the app) that repeats one seen earlier in the paragraphs (same match key: width,
 * quotes and whitespace do not count) is a repetition; every other sentence falls in the band of its
 * best match in any of the memories (the project's own translations included, never the sentence's own
 * paragraph). `progress` hears of each paragraph done, for long documents.
 */
export function analyse(paragraphs: readonly AnalysedParagraph[], indexes: readonly TmIndex[], progress?: (done: number, total: number) => void): Analysis {
  const counts = new Map<MatchBand, { sentences: number; characters: number }>(MATCH_BANDS.map((b) => [b, { sentences: 0, characters: 0 }]));
  const seen = new Set<string>();
  let sentences = 0;
  let characters = 0;
  let paragraphCount = 0;
  paragraphs.forEach((paragraph, i) => {
    progress?.(i + 1, paragraphs.length);
    const text = paragraph.source.replace(/\s+/g, ' ').trim();
    if (!text) return;
    paragraphCount++;
    for (const range of segmentSentences(text)) {
      const sentence = text.slice(range.start, range.end).trim();
      const key = matchKey(sentence);
      if (!key) continue;
      const chars = countChars(sentence);
      let band: MatchBand;
      if (seen.has(key)) band = 'repetition';
      else {
        seen.add(key);
        band = bandOfScore(bestScore(sentence, indexes, paragraph.id));
      }
      const count = counts.get(band) as { sentences: number; characters: number };
      count.sentences++;
      count.characters += chars;
      sentences++;
      characters += chars;
    }
  });
  return {
    bands: MATCH_BANDS.map((band) => ({ band, ...(counts.get(band) as { sentences: number; characters: number }) })),
    total: { paragraphs: paragraphCount, sentences, characters },
  };
}

/** The best score any memory gives a sentence (exact matches by hash first), or null below 50%. */
function bestScore(sentence: string, indexes: readonly TmIndex[], excludeUnitId: string): number | null {
  const key = matchKey(sentence);
  if (indexes.some((index) => index.exactByKey(key, excludeUnitId))) return 100;
  let best: number | null = null;
  for (const index of indexes) {
    const [match] = index.lookup(sentence, { max: 1, excludeUnitId });
    if (match && (best === null || match.score > best)) best = match.score;
  }
  return best;
}
