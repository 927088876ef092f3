/** What word segmentation needs of a dictionary: the lengths of the words that start at a point. */
export interface WordLengths {
  /** Lengths (UTF-16 code units) of the dictionary words starting at `at` in `text`, longest first. */
  lengthsAt(text: string, at: number, limit?: number): readonly number[];
}

const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/;

/** Longest word considered when segmenting: longer headwords are proverbs, rare in reports. */
export const SEGMENT_WORD_LIMIT = 12;

/**
 * Cuts a text into dictionary words: the cut with the fewest pieces (maximum matching in both
 * directions at once, by dynamic programming), a character the dictionary lacks standing alone, a
 * run of Latin letters and digits as one piece. The pieces join to the text.
 */
export function segmentWords(text: string, words: WordLengths): string[] {
  const n = text.length;
  const cost = new Int32Array(n + 1).fill(0x3fffffff);
  const step = new Int32Array(n + 1);
  cost[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    const c = text.charAt(i);
    const options: number[] = [];
    if (LATIN_OR_DIGIT.test(c)) {
      let j = i + 1;
      while (j < n && LATIN_OR_DIGIT.test(text.charAt(j))) j++;
      options.push(j - i);
    }
    if (HAN.test(c) || LATIN_OR_DIGIT.test(c)) options.push(...words.lengthsAt(text, i, SEGMENT_WORD_LIMIT));
    // A surrogate pair stays whole.
    options.push(/[\uD800-\uDBFF]/.test(c) && i + 1 < n ? 2 : 1);
    for (const len of options) {
      if (i + len > n) continue;
      const total = (cost[i + len] as number) + 1;
      if (total < (cost[i] as number)) {
        cost[i] = total;
        step[i] = len;
      }
    }
  }
  const out: string[] = [];
  for (let i = 0; i < n; i += step[i] as number) out.push(text.slice(i, i + (step[i] as number)));
  return out;
}
