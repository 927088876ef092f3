/** A kind of bead: how many units of each side it takes (1–1, 1–2, 2–1, 1–0, 0–1, 2–2 …). */
export interface Move {
  readonly zh: number;
  readonly en: number;
}

/**
 * The states the search may visit: for each count i of Chinese units aligned (0…n), the inclusive
 * range of English counts j. Memory and time are proportional to its area, not to n × m.
 */
export interface Corridor {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
}

/** The cost of a bead: Chinese units [i, i + a) with English units [j, j + b), in nats (−log probability). */
export type BeadCost = (i: number, j: number, a: number, b: number) => number;

/** A bead of the best path: where it starts, its move, its cost, and its posterior probability. */
export interface Bead {
  readonly zh: number;
  readonly en: number;
  readonly zhCount: number;
  readonly enCount: number;
  readonly cost: number;
  readonly posterior: number;
}

export interface BeadPath {
  readonly beads: Bead[];
  /** Posterior probability that the alignment passes through the state after each bead. */
  readonly boundaryPosterior: number[];
  /** The path runs along the corridor's edge somewhere, so a wider corridor might find a better one. */
  readonly touchesEdge: boolean;
}

/** A corridor of half-width `width` around the diagonal from (0, 0) to (n, m). */
export function diagonalCorridor(n: number, m: number, width: number): Corridor {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const centre = n === 0 ? m : Math.round((i * m) / n);
    lo[i] = Math.max(0, centre - width);
    hi[i] = Math.min(m, centre + width);
  }
  lo[0] = 0;
  hi[n] = m;
  return { lo, hi };
}

/**
 * The least-cost monotone alignment of n Chinese with m English units by dynamic programming inside
 * a corridor, and the posterior of each of its beads and boundaries by the forward–backward
 * algorithm over all alignments in the corridor, with probabilities ∝ exp(−cost / temperature).
 * Throws if the corridor does not hold (0, 0) and (n, m), a programmer error.
 */
export function searchBeads(n: number, m: number, moves: readonly Move[], cost: BeadCost, corridor: Corridor, temperature = 1): BeadPath {
  const { lo, hi } = corridor;
  if ((lo[0] as number) > 0 || (hi[n] as number) < m) throw new Error('corridor must hold both ends');
  const rowStart = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) rowStart[i + 1] = (rowStart[i] as number) + Math.max(0, (hi[i] as number) - (lo[i] as number) + 1);
  const cells = rowStart[n + 1] as number;
  const cellOf = (i: number, j: number): number => (i < 0 || i > n || j < (lo[i] as number) || j > (hi[i] as number) ? -1 : (rowStart[i] as number) + j - (lo[i] as number));

  const k = moves.length;
  const da = Int32Array.from(moves, (mv) => mv.zh);
  const db = Int32Array.from(moves, (mv) => mv.en);
  const best = new Float64Array(cells).fill(Infinity);
  const forward = new Float64Array(cells).fill(-Infinity);
  const back = new Int8Array(cells).fill(-1);
  const costs = new Float64Array(cells * k).fill(Infinity);
  const terms = new Float64Array(k);
  const inv = 1 / temperature;
  best[0] = 0;
  forward[0] = 0;
  for (let i = 0; i <= n; i++) {
    const jLo = lo[i] as number;
    const jHi = hi[i] as number;
    for (let j = jLo; j <= jHi; j++) {
      const cell = (rowStart[i] as number) + j - jLo;
      if (cell === 0) continue;
      let min = Infinity;
      let arg = -1;
      let count = 0;
      let top = -Infinity;
      for (let t = 0; t < k; t++) {
        const fi = i - (da[t] as number);
        const fj = j - (db[t] as number);
        if (fi < 0 || fj < (lo[fi] as number) || fj > (hi[fi] as number)) continue;
        const from = (rowStart[fi] as number) + fj - (lo[fi] as number);
        const b = best[from] as number;
        if (b === Infinity) continue;
        const c = cost(fi, fj, da[t] as number, db[t] as number);
        costs[cell * k + t] = c;
        if (b + c < min) {
          min = b + c;
          arg = t;
        }
        const term = (forward[from] as number) - c * inv;
        terms[count++] = term;
        if (term > top) top = term;
      }
      best[cell] = min;
      back[cell] = arg;
      if (count > 0 && top > -Infinity) {
        let sum = 0;
        for (let x = 0; x < count; x++) sum += Math.exp((terms[x] as number) - top);
        forward[cell] = top + Math.log(sum);
      }
    }
  }
  const end = cellOf(n, m);
  if (!Number.isFinite(best[end] as number)) throw new Error('no path through the corridor');

  const backward = new Float64Array(cells).fill(-Infinity);
  backward[end] = 0;
  for (let i = n; i >= 0; i--) {
    const jLo = lo[i] as number;
    for (let j = hi[i] as number; j >= jLo; j--) {
      const cell = (rowStart[i] as number) + j - jLo;
      if (cell === end) continue;
      let count = 0;
      let top = -Infinity;
      for (let t = 0; t < k; t++) {
        const ti = i + (da[t] as number);
        const tj = j + (db[t] as number);
        if (ti > n || tj < (lo[ti] as number) || tj > (hi[ti] as number)) continue;
        const to = (rowStart[ti] as number) + tj - (lo[ti] as number);
        const after = backward[to] as number;
        const c = costs[to * k + t] as number;
        if (after === -Infinity || c === Infinity) continue;
        const term = after - c * inv;
        terms[count++] = term;
        if (term > top) top = term;
      }
      if (count > 0 && top > -Infinity) {
        let sum = 0;
        for (let x = 0; x < count; x++) sum += Math.exp((terms[x] as number) - top);
        backward[cell] = top + Math.log(sum);
      }
    }
  }
  const total = forward[end] as number;

  const beads: Bead[] = [];
  const boundaryPosterior: number[] = [];
  let touchesEdge = false;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const cell = cellOf(i, j);
    const t = back[cell] as number;
    const a = da[t] as number;
    const b = db[t] as number;
    const from = cellOf(i - a, j - b);
    const c = costs[cell * k + t] as number;
    const posterior = Math.exp((forward[from] as number) - c * inv + (backward[cell] as number) - total);
    beads.push({ zh: i - a, en: j - b, zhCount: a, enCount: b, cost: c, posterior: Math.min(1, posterior) });
    boundaryPosterior.push(Math.min(1, Math.exp((forward[cell] as number) + (backward[cell] as number) - total)));
    const edge = (j <= (lo[i] as number) && (lo[i] as number) > 0) || (j >= (hi[i] as number) && (hi[i] as number) < m);
    if (edge) touchesEdge = true;
    i -= a;
    j -= b;
  }
  beads.reverse();
  boundaryPosterior.reverse();
  return { beads, boundaryPosterior, touchesEdge };
}
