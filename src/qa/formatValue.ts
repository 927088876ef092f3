const LARGE = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
] as const;

/**
 * A value as an English reader says it: 98.52 billion, 52.18 million, 51,000, 4.8. With
 * `significant`, rounded to that many significant figures first (6.6667 million → 6.67 million).
 */
export function formatValue(n: number, significant?: number): string {
  const clean = (x: number): number => +x.toPrecision(significant ?? 12);
  const v = clean(n);
  for (const [size, word] of LARGE) if (Math.abs(v) >= size) return `${clean(v / size).toLocaleString('en-US', { maximumFractionDigits: 6 })} ${word}`;
  return v.toLocaleString('en-US', { maximumFractionDigits: 6, useGrouping: Math.abs(v) >= 1e4 });
}

/** Equal within floating-point noise. */
const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** True when `rounded` is `exact` rounded to fewer significant figures (98,520,000,000 → 98,500,000,000), and not equal to it. */
export function isRounding(exact: number, rounded: number): boolean {
  if (same(exact, rounded) || exact === 0) return false;
  for (let digits = 1; digits <= 12; digits++) if (same(Number(exact.toPrecision(digits)), rounded)) return true;
  return false;
}
