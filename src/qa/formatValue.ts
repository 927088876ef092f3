const LARGE = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
] as const;

// Formatters are costly to make (toLocaleString makes one per call); these two are immutable.
const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const PLAIN = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6, useGrouping: false });

/**
 * A value as an English reader says it: 98.52 billion, 52.18 million, 51,000, 4.8. With
 * `significant`, rounded to that many significant figures first (6.6667 million → 6.67 million).
 */
export function formatValue(n: number, significant?: number): string {
  const clean = (x: number): number => +x.toPrecision(significant ?? 12);
  const v = clean(n);
  for (const [size, word] of LARGE) if (Math.abs(v) >= size) return `${GROUPED.format(clean(v / size))} ${word}`;
  return (Math.abs(v) >= 1e4 ? GROUPED : PLAIN).format(v);
}

/** Equal within floating-point noise. */
const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** True when `rounded` is `exact` rounded to fewer significant figures (98,520,000,000 → 98,500,000,000), and not equal to it. */
export function isRounding(exact: number, rounded: number): boolean {
  if (same(exact, rounded) || exact === 0) return false;
  for (let digits = 1; digits <= 12; digits++) if (same(Number(exact.toPrecision(digits)), rounded)) return true;
  return false;
}
