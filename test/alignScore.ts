import type { AlignSide, Span } from '../src/align/alignSide.js';
import { pairText, type Alignment } from '../src/align/alignment.js';
import type { ParallelUnit } from './parallelCorpus.js';

/** Precision, recall and F1 of predicted pairs against gold pairs. */
export interface Score {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly predicted: number;
  readonly gold: number;
  readonly correct: number;
}

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

function score(predicted: readonly string[], gold: readonly string[]): Score {
  const left = new Map<string, number>();
  for (const g of gold) left.set(g, (left.get(g) ?? 0) + 1);
  let correct = 0;
  for (const p of predicted) {
    const n = left.get(p) ?? 0;
    if (n > 0) {
      correct++;
      left.set(p, n - 1);
    }
  }
  const precision = predicted.length ? correct / predicted.length : 0;
  const recall = gold.length ? correct / gold.length : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, predicted: predicted.length, gold: gold.length, correct };
}

/**
 * Pairs scored exactly against the TMX: a predicted pair counts when its Chinese and English, white
 * space made single, are those of a TMX unit. Pairs with an empty side are no sentence pairs and are
 * not counted as predictions.
 */
export function scoreStrict(alignment: Alignment, gold: readonly ParallelUnit[]): Score {
  const predicted = alignment.pairs
    .filter((p) => p.zh.to > p.zh.from && p.en.to > p.en.from)
    .map((p) => {
      const t = pairText(alignment, p);
      return `${t.zh}\u0000${t.en}`;
    });
  return score(predicted, gold.map((u) => `${clean(u.zh)}\u0000${clean(u.en)}`));
}

/** The sentence of `side` holding offset `at`. */
function sentenceAt(side: AlignSide, at: number): number {
  let lo = 0;
  let hi = side.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((side.sentences[mid] as Span).start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

type Bead = { zh: [number, number]; en: [number, number] };

/** Beads of sentence ranges: pairs projected onto whole sentences, those that share a sentence merged. */
export function projectOntoSentences(zh: AlignSide, en: AlignSide, pairs: ReadonlyArray<{ zh: Span | null; en: Span | null }>): string[] {
  const beads: Bead[] = [];
  for (const pair of pairs) {
    const z: [number, number] | null = pair.zh ? [sentenceAt(zh, pair.zh.start), sentenceAt(zh, pair.zh.end - 1) + 1] : null;
    const e: [number, number] | null = pair.en ? [sentenceAt(en, pair.en.start), sentenceAt(en, pair.en.end - 1) + 1] : null;
    const last = beads[beads.length - 1];
    if (last && ((z && z[0] < last.zh[1]) || (e && e[0] < last.en[1]))) {
      if (z) last.zh[1] = Math.max(last.zh[1], z[1]);
      if (e) last.en[1] = Math.max(last.en[1], e[1]);
      continue;
    }
    const zs: [number, number] = z ?? [last ? last.zh[1] : 0, last ? last.zh[1] : 0];
    const es: [number, number] = e ?? [last ? last.en[1] : 0, last ? last.en[1] : 0];
    beads.push({ zh: zs, en: es });
  }
  return beads.filter((b) => b.zh[1] > b.zh[0] && b.en[1] > b.en[0]).map((b) => `${b.zh.join('-')}|${b.en.join('-')}`);
}

/** Spans of each gold unit in the rebuilt sides, found in order. */
export function goldSpans(zh: AlignSide, en: AlignSide, gold: readonly ParallelUnit[]): Array<{ zh: Span | null; en: Span | null }> {
  let zAt = 0;
  let eAt = 0;
  return gold.map((u) => {
    const find = (side: AlignSide, text: string, from: number): Span | null => {
      const t = text.trim();
      const at = t ? side.text.indexOf(t, from) : -1;
      return at < 0 ? null : { start: at, end: at + t.length };
    };
    const z = find(zh, u.zh, zAt);
    const e = find(en, u.en, eAt);
    if (z) zAt = z.end;
    if (e) eAt = e.end;
    return { zh: z, en: e };
  });
}

/**
 * Pairs scored on whole sentences of the aligner's own segmentation: gold and predicted pairs are
 * both widened to whole sentences (merging those that share one), so a Chinese sentence cut at a
 * comma on one side and not the other does not count, only the alignment of sentences does.
 */
export function scoreSentences(alignment: Alignment, zh: AlignSide, en: AlignSide, gold: readonly ParallelUnit[]): Score {
  const spanOf = (pieces: readonly Span[], from: number, to: number): Span | null => (to > from ? { start: (pieces[from] as Span).start, end: (pieces[to - 1] as Span).end } : null);
  const predicted = alignment.pairs.map((p) => ({ zh: spanOf(alignment.zh.pieces, p.zh.from, p.zh.to), en: spanOf(alignment.en.pieces, p.en.from, p.en.to) }));
  return score(projectOntoSentences(zh, en, predicted), projectOntoSentences(zh, en, goldSpans(zh, en, gold)));
}
