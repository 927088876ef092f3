import type { GlossaryEntry } from '../src/glossary/glossaryEntry.js';

/** A deterministic pseudo-random generator (mulberry32), so benchmarks and tests see the same glossary every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A synthetic glossary of `count` entries: Chinese terms of 2–8 characters cut from real report text
 * (so many of them occur) and numeric codes of 3–6 digits, about one in five, like "33618" or "885".
 */
export function syntheticGlossary(count: number, text: string, seed = 42): GlossaryEntry[] {
  const random = seeded(seed);
  const terms = new Set<string>();
  const han = /^[\u4e00-\u9fff]+$/;
  let guard = 0;
  while (terms.size < count && guard++ < count * 50) {
    if (random() < 0.2) {
      terms.add(String(Math.floor(random() * 10 ** (3 + Math.floor(random() * 4)))).padStart(3, '1'));
      continue;
    }
    const length = 2 + Math.floor(random() * 7);
    const start = Math.floor(random() * (text.length - length));
    const term = text.slice(start, start + length);
    if (han.test(term)) terms.add(term);
  }
  return [...terms].map((term, i) => ({
    id: `s${i}`,
    term,
    variants: [],
    renderings: [`rendering ${i}`],
    forbidden: [],
    definition: '',
    note: '',
    domain: '',
    tags: [],
    status: 'approved' as const,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }));
}
