import type { MeasuredLine, Skeleton } from './findSkeleton.js';
import { isProse } from './lineShape.js';

/**
 * How much a line speaks for being report text (positive) or page furniture (negative), on its own:
 * prose counts by its length, the lines of the skeleton count, and chrome words, labels, dates, ids,
 * trails, menu rows, link-heavy lines and lines a page's main-content extractor left out count against.
 */
export function lineWeight(line: MeasuredLine, structural: boolean): number {
  const s = line.shape;
  let weight: number;
  if (line.hints.chrome) weight = -4;
  else if (line.cue === 'siteNotice') weight = -(3 + s.length / 40);
  // Captions and source lines also stand inside a report's body, so they weigh less than the rest of the chrome.
  else if ((line.cue === 'caption' || line.cue === 'sourceDate') && !isProse(s)) weight = -1.5;
  else if (line.cue !== null && !isProse(s)) weight = -4;
  else if (structural) weight = 3;
  else if (isProse(s)) weight = 1 + Math.min(s.length, 300) / 30;
  else if (s.endsSentence && !s.label) weight = 0.5;
  else if (s.breadcrumb || s.keyValue || s.dateTime || s.label || s.opaque || s.menu) weight = -3;
  else if (s.length <= 8) weight = -1;
  else weight = -0.5;
  if (line.hints.outsideMain) weight -= 2;
  if ((line.hints.linkShare ?? 0) > 0.5) weight -= 2;
  return weight;
}

/**
 * The body of the report as a closed range of line indexes. It starts at the title when there is one
 * (else where the skeleton's first part or the densest prose starts) and ends at the closing or the
 * appendix when there is one; otherwise it ends where the sum of the weights from its start is
 * greatest (the maximum-sum segment, so a long run of furniture ends it and a stray short line does not).
 */
export function findBody(weights: readonly number[], skeleton: Skeleton, hasText: boolean): readonly [number, number] {
  const n = weights.length;
  const anchors = [skeleton.title, skeleton.subtitle, skeleton.speaker, skeleton.salutation].filter((i): i is number => i !== null);
  let start: number;
  let end: number;
  const [bestStart, bestEnd, bestSum] = maximumSegment(weights);
  if (bestSum <= 0 || !hasText) return [0, n - 1]; // nothing reads as prose: keep it all rather than guess.
  if (skeleton.title !== null) start = skeleton.title;
  else if (anchors.length) start = Math.min(bestStart, ...anchors);
  else start = bestStart;
  if (skeleton.appendix) end = skeleton.appendix[1];
  else if (skeleton.closing !== null && skeleton.closing >= start) end = skeleton.closing;
  else end = start === bestStart ? bestEnd : bestEndFrom(weights, start);
  return [start, Math.max(start, end)];
}

/** Kadane's maximum-sum segment: [start, end, sum]. */
function maximumSegment(weights: readonly number[]): [number, number, number] {
  let best: [number, number, number] = [0, 0, -Infinity];
  let sum = 0;
  let from = 0;
  for (let i = 0; i < weights.length; i++) {
    if (sum <= 0) {
      sum = 0;
      from = i;
    }
    sum += weights[i] as number;
    if (sum > best[2]) best = [from, i, sum];
  }
  return best;
}

/** The end that maximises the sum of weights from a fixed start. */
function bestEndFrom(weights: readonly number[], start: number): number {
  let sum = 0;
  let best = -Infinity;
  let end = start;
  for (let i = start; i < weights.length; i++) {
    sum += weights[i] as number;
    if (sum > best) {
      best = sum;
      end = i;
    }
  }
  return end;
}
