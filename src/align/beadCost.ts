import type { AlignSide, Span } from './alignSide.js';
import type { AnchorHit, AnchorKind, Anchors } from './anchors.js';
import type { BeadCost, Move } from './beadSearch.js';
import { chineseHeadingNumber, englishHeadingNumber, type HeadingNumber } from './headingNumber.js';
import { countedLength, lengthCost, type LengthModel } from './lengthCost.js';

/** What the cost of a bead looks at, for each unit of one side at one granularity. */
export interface UnitFeatures {
  readonly count: number;
  /** Prefix sums of the units' lengths: unit u has length prefix[u + 1] − prefix[u]. */
  readonly prefix: Float64Array;
  /** The anchor keys of each unit, sorted, repeated as often as they occur. */
  readonly anchors: readonly Int32Array[];
  /** The numbering each unit opens with (一、 / I.), or null. */
  readonly heading: ReadonlyArray<HeadingNumber | null>;
  /** Whether each unit opens a paragraph. */
  readonly opensParagraph: Uint8Array;
  /** Whether each unit is a note the translation adds (English "Note: …", "[1] …"), which may stand alone at little cost. */
  readonly note: Uint8Array;
}

/** An English paragraph that is a note of the translation's own: "Note:", "Notes:", "Translator's note", "[…]". */
const NOTE = /^(\[|(translator|editor)['’]s notes?\b|notes?\s*[:：])/i;

const EMPTY = new Int32Array(0);

/** The features of a side's units (sentences, paragraphs or clauses), given as spans in order. */
export function unitFeatures(side: AlignSide, units: readonly Span[], hits: readonly AnchorHit[], withHeadings = true): UnitFeatures {
  const prefix = new Float64Array(units.length + 1);
  const anchors: Int32Array[] = [];
  const heading: Array<HeadingNumber | null> = [];
  const opensParagraph = new Uint8Array(units.length);
  const note = new Uint8Array(units.length);
  const paragraphStarts = new Set(side.paragraphs.map((p) => p.start));
  // The first hit at or after the first unit, by binary search: the clause pass asks for a few units deep in the text.
  let h = 0;
  for (let hi = hits.length, start = units[0]?.start ?? 0; h < hi; ) {
    const mid = (h + hi) >> 1;
    if ((hits[mid] as AnchorHit).at < start) h = mid + 1;
    else hi = mid;
  }
  units.forEach((u, k) => {
    prefix[k + 1] = (prefix[k] as number) + countedLength(side.text, u.start, u.end, side.language === 'en');
    while (h < hits.length && (hits[h] as AnchorHit).at < u.start) h++;
    const keys: number[] = [];
    for (let x = h; x < hits.length && (hits[x] as AnchorHit).at < u.end; x++) keys.push((hits[x] as AnchorHit).key);
    anchors.push(keys.length ? Int32Array.from(keys).sort() : EMPTY);
    const text = side.text.slice(u.start, Math.min(u.end, u.start + 24));
    heading.push(withHeadings ? (side.language === 'zh' ? chineseHeadingNumber(text) : englishHeadingNumber(text)) : null);
    opensParagraph[k] = paragraphStarts.has(u.start) ? 1 : 0;
    note[k] = side.language === 'en' && opensParagraph[k] && NOTE.test(text) ? 1 : 0;
  });
  return { count: units.length, prefix, anchors, heading, opensParagraph, note };
}

/** The weights of the cost model; one set serves paragraphs, sentences and clauses. */
export interface CostParameters {
  /** Cost of each move kind, by `${zh}-${en}` (−log prior), in nats. */
  readonly moveCost: Readonly<Record<string, number>>;
  readonly length: LengthModel;
  /** Cost of a bead with one side empty (1–0, 0–1) in place of its length cost. */
  readonly skipCost: number;
  /** Cost of an English note paragraph standing alone (0–1), all told. */
  readonly noteCost: number;
  /** Nats gained per unit of anchor weight matched inside a bead (0 for the length-only baseline). */
  readonly anchorGain: number;
  /** The same for a word pair learnt from the documents, which is less sure than a number or a term. */
  readonly lexicalGain: number;
  /** Nats lost per unit of weight of a number found on one side of a bead only. */
  readonly anchorMiss: number;
  /** Gain when both sides open with the same heading number; loss when the numbers differ. */
  readonly headingMatch: number;
  readonly headingMismatch: number;
  /** Loss for each numbered heading inside a bead rather than at its start. */
  readonly headingInside: number;
  /** Gain when the bead opens a paragraph on both sides. */
  readonly paragraphBoth: number;
  /** Loss for each paragraph a bead runs into on the Chinese side, and on the English side (a bead should not cross paragraphs). */
  readonly paragraphInsideZh: number;
  readonly paragraphInsideEn: number;
}

/** Weight of each anchor key: rare keys say more (log of the inverse share of units holding it). */
export function anchorWeights(anchors: Anchors, zh: UnitFeatures, en: UnitFeatures): Float64Array {
  const df = new Float64Array(anchors.names.length);
  for (const side of [zh, en]) {
    for (const keys of side.anchors) {
      let last = -1;
      for (const key of keys) {
        if (key !== last) df[key] = (df[key] as number) + 1;
        last = key;
      }
    }
  }
  const units = zh.count + en.count;
  return df.map((d) => (d > 0 ? Math.log(1 + units / d) : 0));
}

/**
 * The cost of a bead as the sum of its parts: the move's prior, the Gale–Church length cost, minus
 * the weight of the anchors both sides share, plus the weight of numbers on one side only, and the
 * heading and paragraph terms. `boundaryCost` adds a cost for ending a bead after Chinese unit i.
 */
/**
 * The parts of the cost model that depend on the anchors and weights only, made once and shared by
 * every bead cost built on them (the clause pass builds one per pair): nats gained per key matched,
 * lost per number unmatched, and a scratch table of counts by key.
 */
export interface CostModel {
  readonly params: CostParameters;
  readonly gain: Float64Array;
  readonly miss: Float64Array;
  readonly counts: Int32Array;
  readonly moveCosts: ReadonlyMap<number, number>;
}

/** Makes the shared part of a cost model. */
export function costModel(weights: Float64Array, kinds: readonly AnchorKind[], params: CostParameters): CostModel {
  const moveCosts = new Map<number, number>();
  for (const [key, value] of Object.entries(params.moveCost)) {
    const [a, b] = key.split('-').map(Number);
    moveCosts.set((a as number) * 64 + (b as number), value);
  }
  return {
    params,
    gain: weights.map((w, k) => w * (kinds[k] === 'lexical' ? params.lexicalGain : params.anchorGain)),
    miss: weights.map((w, k) => (kinds[k] === 'number' ? w * params.anchorMiss : 0)),
    counts: new Int32Array(weights.length),
    moveCosts,
  };
}

export function beadCost(zh: UnitFeatures, en: UnitFeatures, model: CostModel, boundaryCost?: Float64Array): BeadCost {
  const { params, gain, miss, counts, moveCosts } = model;
  const anchored = params.anchorGain > 0 || params.lexicalGain > 0;
  // The Chinese side's anchor counts go into `counts` by key; the keys touched are reset after each bead.
  const touched: number[] = [];
  return (i, j, a, b) => {
    if (a === 0 && b === 1 && en.note[j]) return params.noteCost;
    let cost = moveCosts.get(a * 64 + b) ?? 10;
    const lz = (zh.prefix[i + a] as number) - (zh.prefix[i] as number);
    const le = (en.prefix[j + b] as number) - (en.prefix[j] as number);
    // A sentence with no counterpart has no length ratio to judge: its cost is its prior and a constant.
    cost += a === 0 || b === 0 ? params.skipCost : lengthCost(lz, le, params.length);
    if (boundaryCost && a > 0) cost += boundaryCost[i + a] as number;
    if (anchored) {
      for (let u = i; u < i + a; u++) {
        for (const key of zh.anchors[u] as Int32Array) {
          if ((counts[key] as number) === 0) touched.push(key);
          counts[key] = (counts[key] as number) + 1;
        }
      }
      for (let u = j; u < j + b; u++) {
        for (const key of en.anchors[u] as Int32Array) {
          if ((counts[key] as number) > 0) {
            cost -= gain[key] as number;
            counts[key] = (counts[key] as number) - 1;
          } else cost += miss[key] as number;
        }
      }
      for (const key of touched) {
        cost += (counts[key] as number) * (miss[key] as number);
        counts[key] = 0;
      }
      touched.length = 0;
    }
    if (a > 0 && b > 0) {
      const hz = zh.heading[i];
      const he = en.heading[j];
      if (hz && he) cost += hz.value === he.value ? -params.headingMatch : params.headingMismatch;
      if (zh.opensParagraph[i] && en.opensParagraph[j]) cost -= params.paragraphBoth;
    }
    for (let u = i + 1; u < i + a; u++) {
      if (zh.heading[u]) cost += params.headingInside;
      if (zh.opensParagraph[u]) cost += params.paragraphInsideZh;
    }
    for (let u = j + 1; u < j + b; u++) {
      if (en.heading[u]) cost += params.headingInside;
      if (en.opensParagraph[u]) cost += params.paragraphInsideEn;
    }
    return cost;
  };
}

/** The moves a set of weights allows: every `${zh}-${en}` it gives a cost for. */
export function movesOf(params: CostParameters): Move[] {
  return Object.keys(params.moveCost).map((key) => {
    const [zh, en] = key.split('-').map(Number);
    return { zh: zh as number, en: en as number };
  });
}
