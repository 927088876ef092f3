/** The digits of a value as written, without sign, separators or decimal point: 2024, 273 for 27.3. */
const digitsOf = (n: number): string => String(+Math.abs(n).toPrecision(12)).replace(/\D/g, '');

/** Whether two digit strings are one edit apart: a digit added, dropped or changed, or two neighbours swapped. */
export function oneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    const diff = [...a].map((c, i) => (c === b[i] ? -1 : i)).filter((i) => i >= 0);
    if (diff.length === 1) return true;
    const [i, j] = diff as [number, number];
    return diff.length === 2 && j === i + 1 && a[i] === b[j] && a[j] === b[i];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/**
 * Whether `written` looks like a slip for `meant`: one edit away in its digits (2028 or 20240 for
 * 2024, 97 for 79), or ten times more or less, though not equal. Numbers of one digit are never near
 * misses of each other by their digits: every count is one edit from every other.
 */
export function isNearMiss(written: number, meant: number): boolean {
  if (!Number.isFinite(written) || !Number.isFinite(meant) || written === meant) return false;
  const tenfold = Math.abs(written - meant * 10) < 1e-9 * Math.abs(written) || Math.abs(written * 10 - meant) < 1e-9 * Math.abs(meant);
  if (tenfold) return true;
  const a = digitsOf(written);
  const b = digitsOf(meant);
  return a.length >= 2 && b.length >= 2 && oneEdit(a, b);
}
