/**
 * −log erfc(x) for x ≥ 0, computed in log space so it stays finite for large x (Numerical Recipes'
 * erfcc, fractional error below 1.2e-7).
 */
export function negLogErfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -z * z -
    1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return -(Math.log(t) + poly);
}

/** The length model of Gale and Church: English characters per Chinese character, and the variance per character. */
export interface LengthModel {
  readonly ratio: number;
  readonly variance: number;
}

/**
 * Gale–Church length cost of a bead, −log P(|δ| ≥ observed), in nats: how unlikely it is that
 * `zh` Chinese characters are translated by `en` English characters. δ is the length difference
 * normalised by its standard deviation, which grows with the bead's length; an empty bead costs 0.
 */
export function lengthCost(zh: number, en: number, model: LengthModel): number {
  const mean = (zh + en / model.ratio) / 2;
  if (mean <= 0) return 0;
  const delta = (model.ratio * zh - en) / Math.sqrt(mean * model.variance);
  return negLogErfc(Math.abs(delta) / Math.SQRT2);
}

/**
 * Characters that count for length: all but white space, and with `skipNotes` none inside square
 * brackets, where an English translation puts notes of its own ("[The six fronts refer to …]").
 */
export function countedLength(text: string, start: number, end: number, skipNotes = false): number {
  let n = 0;
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (skipNotes && c === 0x5b) depth++;
    else if (skipNotes && c === 0x5d && depth > 0) depth--;
    else if (depth === 0 && c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0d && c !== 0x3000 && c !== 0xa0) n++;
  }
  return n;
}
