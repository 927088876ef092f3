import type { BeadPath, Corridor } from './beadSearch.js';

/**
 * A corridor around the path of a coarser pass (paragraphs) or an earlier one (sentences): every
 * state inside a bead's rectangle (its Chinese units × its English units), widened by `margin` units
 * each way. `zhState[p]` and `enState[q]` give the unit count at which the coarser pass's unit p or q
 * starts (one more entry at the end); for a path over the same units they are the identity.
 */
export function corridorAround(path: BeadPath, zhState: ArrayLike<number>, enState: ArrayLike<number>, n: number, m: number, margin: number): Corridor {
  const lo = new Int32Array(n + 1).fill(m + 1);
  const hi = new Int32Array(n + 1).fill(-1);
  for (const bead of path.beads) {
    const z0 = zhState[bead.zh] as number;
    const z1 = zhState[bead.zh + bead.zhCount] as number;
    const e0 = enState[bead.en] as number;
    const e1 = enState[bead.en + bead.enCount] as number;
    for (let i = z0; i <= z1; i++) {
      if (e0 < (lo[i] as number)) lo[i] = e0;
      if (e1 > (hi[i] as number)) hi[i] = e1;
    }
  }
  return widen({ lo, hi }, n, m, margin);
}

/** A corridor widened by `margin` units along both axes, clamped, holding both ends. */
export function widen(corridor: Corridor, n: number, m: number, margin: number): Corridor {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    let a = m + 1;
    let b = -1;
    for (let r = Math.max(0, i - margin); r <= Math.min(n, i + margin); r++) {
      a = Math.min(a, corridor.lo[r] as number);
      b = Math.max(b, corridor.hi[r] as number);
    }
    if (b < 0) {
      // A row no rectangle reached (cannot happen for a path from (0, 0) to its end); allow all.
      a = 0;
      b = m;
    }
    lo[i] = Math.max(0, a - margin);
    hi[i] = Math.min(m, b + margin);
  }
  lo[0] = 0;
  hi[n] = m;
  return { lo, hi };
}

/** The number of states a corridor holds: the search's memory and time are proportional to it. */
export function corridorArea(corridor: Corridor): number {
  let area = 0;
  for (let i = 0; i < corridor.lo.length; i++) area += Math.max(0, (corridor.hi[i] as number) - (corridor.lo[i] as number) + 1);
  return area;
}
