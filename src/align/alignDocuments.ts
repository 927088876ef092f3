import { alignmentUnits, type AlignSide, type Span } from './alignSide.js';
import type { AlignedPair, Alignment } from './alignment.js';
import { findAnchors, NO_ANCHORS, withLexicon, type AnchorResources, type Anchors } from './anchors.js';
import { anchorWeights, beadCost, costModel, movesOf, unitFeatures, type CostParameters, type UnitFeatures } from './beadCost.js';
import { diagonalCorridor, searchBeads, type BeadPath, type Corridor, type Move } from './beadSearch.js';
import { corridorArea, corridorAround } from './corridor.js';
import { learnLexicon } from './learnLexicon.js';
import { refineBead } from './refineBead.js';
import { DEFAULT_PARAMETERS, type AlignParameters } from './parameters.js';

/** How to align: `lengthOnly` turns every anchor off (the Gale–Church baseline); `parameters` overrides the defaults. */
export interface AlignOptions {
  readonly lengthOnly?: boolean;
  readonly parameters?: AlignParameters;
  /** The documents' names, kept with the alignment as the origin of saved units. */
  readonly names?: { readonly zh: string; readonly en: string };
}

/** What a run measured, for the benchmark and for tests of the memory bound. */
export interface AlignStats {
  /** States of the largest corridor a pass searched, against (n + 1) × (m + 1) for a full search. */
  readonly states: number;
  readonly fullStates: number;
  /** Times a corridor had to be widened. */
  readonly widenings: number;
  readonly usedParagraphs: boolean;
  /** Word pairs learnt from the first pass. */
  readonly lexicon: number;
}

interface Search {
  readonly path: BeadPath;
  readonly widenings: number;
  readonly area: number;
}

/** Searches inside a corridor, widening it (×3) while the best path runs along its edge. */
function searchWidening(n: number, m: number, moves: readonly Move[], cost: ReturnType<typeof beadCost>, corridorFor: (margin: number) => Corridor, margin: number, temperature: number): Search {
  const whole = Math.max(n, m);
  for (let widenings = 0; ; widenings++) {
    const full = margin >= whole;
    const corridor = full ? diagonalCorridor(n, m, whole) : corridorFor(margin);
    try {
      const path = searchBeads(n, m, moves, cost, corridor, temperature);
      if (!path.touchesEdge || full) return { path, widenings, area: corridorArea(corridor) };
    } catch (error) {
      if (full) throw error;
    }
    margin = Math.min(whole, margin * 3);
  }
}

/** Characters of prior evidence for the length ratio: a short pair of documents says little about its own. */
const RATIO_PRIOR_CHARS = 500;

/**
 * The weights with the length ratio of these two documents (English characters per Chinese one),
 * drawn towards the default ratio as if both had RATIO_PRIOR_CHARS more Chinese characters at it.
 */
function withRatio(params: CostParameters, zh: UnitFeatures, en: UnitFeatures): CostParameters {
  const zhLength = zh.prefix[zh.count] as number;
  const enLength = en.prefix[en.count] as number;
  const ratio = (enLength + params.length.ratio * RATIO_PRIOR_CHARS) / (zhLength + RATIO_PRIOR_CHARS);
  return { ...params, length: { ratio, variance: params.length.variance } };
}

const LENGTH_ONLY = (p: CostParameters): CostParameters => ({
  ...p,
  anchorGain: 0,
  lexicalGain: 0,
  anchorMiss: 0,
  headingMatch: 0,
  headingMismatch: 0,
  headingInside: 0,
  paragraphBoth: 0,
  paragraphInsideZh: 0,
  paragraphInsideEn: 0,
});

type Units = ReadonlyArray<{ readonly first: number; readonly last: number }>;

const spanOf = (spans: readonly Span[], first: number, last: number): Span => ({ start: (spans[first] as Span).start, end: (spans[last - 1] as Span).end });
const identity = (count: number): Int32Array => Int32Array.from({ length: count + 1 }, (_, i) => i);

/** For each paragraph (and one past the end), the number of units that start before it. */
function statesOfParagraphs(side: AlignSide, units: Units): Int32Array {
  const states = new Int32Array(side.paragraphs.length + 1);
  let u = 0;
  side.paragraphs.forEach((p, k) => {
    while (u < units.length && (side.sentences[(units[u] as { first: number }).first] as Span).start < p.start) u++;
    states[k] = u;
  });
  states[side.paragraphs.length] = units.length;
  return states;
}

/** The only alignment when one side is empty: every unit of the other alone. */
function trivialPath(n: number, m: number): BeadPath {
  const beads = [
    ...Array.from({ length: n }, (_, i) => ({ zh: i, en: 0, zhCount: 1, enCount: 0, cost: 0, posterior: 1 })),
    ...Array.from({ length: m }, (_, j) => ({ zh: n, en: j, zhCount: 0, enCount: 1, cost: 0, posterior: 1 })),
  ];
  return { beads, boundaryPosterior: beads.map(() => 1), touchesEdge: false };
}

const round = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;

/**
 * Aligns a Chinese document with its English translation.
 * 1. Paragraphs first, where both sides have several: their alignment bounds a corridor for the
 *    sentence pass (otherwise a band around the diagonal does), widened while the path runs along it.
 * 2. Sentences (an English list laid out a line an item taken as one) by dynamic programming with
 *    moves 1–1, 1–2, 2–1, 1–0, 0–1, 2–2, 3–1 and 1–k up to 1–6, scored by Gale–Church length and
 *    anchors: numbers by value, dictionary terms, Latin strings, heading numbers, paragraph starts.
 * 3. Word pairs learnt from the sure pairs of that pass become anchors of a second pass, run in a
 *    corridor around the first one's path.
 * 4. A pair whose English has several sentences is split at Chinese clause boundaries where sure.
 * Each pair's confidence is its posterior probability (forward–backward over the corridor).
 */
export function alignDocuments(zh: AlignSide, en: AlignSide, resources: AnchorResources, options: AlignOptions = {}): { alignment: Alignment; stats: AlignStats } {
  const parameters = options.parameters ?? DEFAULT_PARAMETERS;
  const strip = options.lengthOnly ? LENGTH_ONLY : (p: CostParameters): CostParameters => p;
  const base: Anchors = options.lengthOnly ? NO_ANCHORS : findAnchors(zh, en, resources);

  const zhUnits: Units = zh.sentences.map((_, k) => ({ first: k, last: k + 1 }));
  const enUnits: Units = alignmentUnits(en);
  const zhSpans = zhUnits.map((u) => spanOf(zh.sentences, u.first, u.last));
  const enSpans = enUnits.map((u) => spanOf(en.sentences, u.first, u.last));
  const n = zhUnits.length;
  const m = enUnits.length;
  const moves = movesOf(parameters.sentence);
  let widenings = 0;
  let states = 0;

  const sentencePass = (anchors: Anchors, corridorFor: (margin: number) => Corridor, margin: number): { path: BeadPath; weights: Float64Array; zf: UnitFeatures; ef: UnitFeatures } => {
    const zf = unitFeatures(zh, zhSpans, anchors.zh);
    const ef = unitFeatures(en, enSpans, anchors.en);
    const weights = anchorWeights(anchors, zf, ef);
    if (n === 0 || m === 0) return { path: trivialPath(n, m), weights, zf, ef };
    const cost = beadCost(zf, ef, costModel(weights, anchors.kinds, strip(withRatio(parameters.sentence, zf, ef))));
    const search = searchWidening(n, m, moves, cost, corridorFor, margin, parameters.temperature);
    widenings += search.widenings;
    states = Math.max(states, search.area);
    return { path: search.path, weights, zf, ef };
  };

  // 1. Paragraphs, for the corridor of the first sentence pass.
  let corridorFor = (w: number): Corridor => diagonalCorridor(n, m, w);
  let margin = Math.max(parameters.bandMin, Math.ceil(parameters.bandShare * Math.max(n, m)));
  const usedParagraphs = zh.paragraphs.length >= 2 && en.paragraphs.length >= 2 && n > 0 && m > 0;
  if (usedParagraphs) {
    const zp = unitFeatures(zh, zh.paragraphs, base.zh);
    const ep = unitFeatures(en, en.paragraphs, base.en);
    const cost = beadCost(zp, ep, costModel(anchorWeights(base, zp, ep), base.kinds, strip(withRatio(parameters.paragraph, zp, ep))));
    const p = zp.count;
    const q = ep.count;
    const band = Math.max(parameters.bandMin, Math.ceil(parameters.bandShare * Math.max(p, q)));
    const { path } = searchWidening(p, q, movesOf(parameters.paragraph), cost, (w) => diagonalCorridor(p, q, w), band, parameters.temperature);
    const zhState = statesOfParagraphs(zh, zhUnits);
    const enState = statesOfParagraphs(en, enUnits);
    corridorFor = (w) => corridorAround(path, zhState, enState, n, m, w);
    margin = parameters.paragraphMargin;
  }

  // 2. Sentences.
  let pass = sentencePass(base, corridorFor, margin);
  let anchors = base;
  let lexicon = 0;

  // 3. Word pairs learnt from the sure pairs, and another pass around the last, as often as asked.
  for (let round = 0; !options.lengthOnly && n > 0 && m > 0 && round < parameters.lexicon.rounds; round++) {
    const training = pass.path.beads
      .filter((b) => b.posterior >= parameters.lexicon.trainPosterior && b.zhCount > 0 && b.enCount > 0)
      .map((b) => ({ zh: spanOf(zhSpans, b.zh, b.zh + b.zhCount), en: spanOf(enSpans, b.en, b.en + b.enCount) }));
    const links = learnLexicon(zh, en, training, parameters.lexicon);
    lexicon = links.length;
    if (!links.length) break;
    anchors = withLexicon(base, zh, en, links);
    const previous = pass.path;
    pass = sentencePass(anchors, (w) => corridorAround(previous, identity(n), identity(m), n, m, w), parameters.paragraphMargin);
  }

  // 4. Pieces and pairs: sentences, and Chinese clauses where a pair is split.
  const refine = { cutCost: parameters.cutCost, keep: parameters.keepCut };
  const zhPieces: Span[] = [];
  const enPieces: Span[] = [];
  const pairs: AlignedPair[] = [];
  const clauseCost = { ...refine, model: costModel(pass.weights, anchors.kinds, strip(withRatio(parameters.clause, pass.zf, pass.ef))) };
  for (const bead of pass.path.beads) {
    const zs = zhUnits.slice(bead.zh, bead.zh + bead.zhCount).flatMap((u) => zh.sentences.slice(u.first, u.last));
    const es = enUnits.slice(bead.en, bead.en + bead.enCount).flatMap((u) => en.sentences.slice(u.first, u.last));
    const subs = zs.length && es.length > 1 ? refineBead(zh, en, zs, es, anchors, clauseCost) : [{ zh: zs, en: es, certainty: 1 }];
    for (const sub of subs) {
      const zFrom = zhPieces.length;
      const eFrom = enPieces.length;
      zhPieces.push(...sub.zh);
      enPieces.push(...sub.en);
      pairs.push({ zh: { from: zFrom, to: zhPieces.length }, en: { from: eFrom, to: enPieces.length }, confidence: round(bead.posterior * sub.certainty) });
    }
  }
  const names = options.names ?? { zh: '', en: '' };
  return {
    alignment: {
      zh: { name: names.zh, text: zh.text, paragraphs: zh.paragraphs, pieces: zhPieces },
      en: { name: names.en, text: en.text, paragraphs: en.paragraphs, pieces: enPieces },
      pairs,
    },
    stats: { states, fullStates: (n + 1) * (m + 1), widenings, usedParagraphs, lexicon },
  };
}
