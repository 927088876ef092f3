import { chineseClauses, type AlignSide, type Span } from './alignSide.js';
import type { Anchors } from './anchors.js';
import { beadCost, unitFeatures, type CostModel } from './beadCost.js';
import { searchBeads, type Move } from './beadSearch.js';

/** How a bead is refined: the cost model, the cost of cutting a Chinese sentence at a comma, and the certainty a cut needs. */
export interface RefineParameters {
  readonly model: CostModel;
  /** Nats for each cut of a Chinese sentence inside it (at ，；：). */
  readonly cutCost: number;
  /** A cut (or a boundary between sentences) is kept when its posterior is at least this. */
  readonly keep: number;
}

/** A sub-pair of a refined bead: Chinese and English spans, and the posterior of its two boundaries. */
export interface SubPair {
  readonly zh: Span[];
  readonly en: Span[];
  readonly certainty: number;
}

const MAX_CLAUSES = 16;

function refineMoves(): Move[] {
  const moves: Move[] = [{ zh: 0, en: 1 }];
  for (let a = 1; a <= MAX_CLAUSES; a++) moves.push({ zh: a, en: 1 }, { zh: a, en: 2 });
  return moves;
}
const MOVES = refineMoves();

/** Clauses [from, to) joined back into the sentences (or the parts of one) they make up. */
function joinClauses(clauses: readonly Span[], sentenceEnds: ReadonlySet<number>, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  for (let c = from + 1; c <= to; c++) {
    if (c === to || sentenceEnds.has(c)) {
      out.push({ start: (clauses[start] as Span).start, end: (clauses[c - 1] as Span).end });
      start = c;
    }
  }
  return out;
}

/**
 * Splits a bead of Chinese sentences and several English sentences into finer pairs where the English
 * says so: the Chinese is cut into clauses, the clauses are aligned with the English sentences (each
 * English sentence gets at least one clause unless the English adds a sentence), and a boundary is kept
 * only where its posterior is at least `keep`. A bead that cannot be refined comes back whole.
 */
export function refineBead(
  zh: AlignSide,
  en: AlignSide,
  zhSentences: readonly Span[],
  enSentences: readonly Span[],
  anchors: Anchors,
  params: RefineParameters,
): SubPair[] {
  const whole: SubPair[] = [{ zh: [...zhSentences], en: [...enSentences], certainty: 1 }];
  if (enSentences.length < 2 || zhSentences.length === 0) return whole;
  const clauses: Span[] = [];
  const sentenceEnds = new Set<number>();
  for (const s of zhSentences) {
    clauses.push(...chineseClauses(zh.text, s));
    sentenceEnds.add(clauses.length);
  }
  if (clauses.length < 2 || clauses.length > MAX_CLAUSES * enSentences.length) return whole;
  const zf = unitFeatures(zh, clauses, anchors.zh, false);
  const ef = unitFeatures(en, enSentences, anchors.en, false);
  const boundary = new Float64Array(clauses.length + 1);
  for (let i = 1; i < clauses.length; i++) boundary[i] = sentenceEnds.has(i) ? 0 : params.cutCost;
  const cost = beadCost(zf, ef, params.model, boundary);
  const n = clauses.length;
  const m = enSentences.length;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1).fill(m);
  const path = searchBeads(n, m, MOVES, cost, { lo, hi });

  // Boundaries kept: the bead's own ends (certain here) and the inner ones the posterior is sure of.
  const kept: Array<{ z: number; e: number; p: number }> = [{ z: 0, e: 0, p: 1 }];
  path.beads.forEach((bead, k) => {
    const z = bead.zh + bead.zhCount;
    const e = bead.en + bead.enCount;
    const p = k === path.beads.length - 1 ? 1 : (path.boundaryPosterior[k] as number);
    const previous = kept[kept.length - 1] as { z: number; e: number };
    // An English sentence with no Chinese of its own never stands alone.
    if (p >= params.keep && z > previous.z && e > previous.e) kept.push({ z, e, p });
  });
  const last = kept[kept.length - 1] as { z: number; e: number };
  if (last.z !== n || last.e !== m) kept[kept.length - 1] = { z: n, e: m, p: 1 };
  const out: SubPair[] = [];
  for (let k = 1; k < kept.length; k++) {
    const a = kept[k - 1] as { z: number; e: number; p: number };
    const b = kept[k] as { z: number; e: number; p: number };
    out.push({ zh: joinClauses(clauses, sentenceEnds, a.z, b.z), en: enSentences.slice(a.e, b.e), certainty: Math.min(a.p, b.p) });
  }
  return out.length > 1 ? out : whole;
}
