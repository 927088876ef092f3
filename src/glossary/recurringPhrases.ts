import { isStopWord, type SegmentedText } from './termSpans.js';
import { END_STOPS, FUNCTION_CHARS, NUMERALS, QUANTITY_UNITS } from './termLexicon.js';

/** A phrase that recurs in the report and behaves like a term. */
export interface RecurringPhrase {
  readonly term: string;
  readonly count: number;
  /** How varied its neighbours are, left and right: entropy in bits (a term is used in many contexts). */
  readonly entropy: number;
}

const MIN_LENGTH = 3;
const MAX_LENGTH = 12;
/** A run of the text without punctuation or spaces, where phrases are looked for. */
const CHUNK = /[\p{Script=Han}0-9A-Za-z]+/gu;

interface Stats {
  count: number;
  aligned: number;
  left: Map<string, number>;
  right: Map<string, number>;
}

function entropy(counts: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const c of counts.values()) total += c;
  let h = 0;
  for (const c of counts.values()) h -= (c / total) * Math.log2(c / total);
  return h;
}

/**
 * Phrases of 3 to 12 characters that occur at least twice and behave like terms: they begin and
 * end where the dictionary's words do in most of their occurrences, begin with neither a function
 * character nor a clause-opening verb, end with no function character, and are maximal (no longer
 * phrase has every one of their occurrences). A phrase's left and right neighbours (a chunk's edge
 * counts as its own neighbour each time) tell how freely it combines: its branching entropy.
 */
export function recurringPhrases(texts: readonly SegmentedText[]): RecurringPhrase[] {
  const chunks: Array<{ seg: SegmentedText; chunk: string; base: number }> = [];
  for (const seg of texts) for (const m of seg.text.matchAll(CHUNK)) chunks.push({ seg, chunk: m[0], base: m.index ?? 0 });
  const each = (visit: (phrase: string, chunk: string, i: number, len: number, seg: SegmentedText, base: number) => void): void => {
    for (const { seg, chunk, base } of chunks) {
      for (let i = 0; i < chunk.length; i++) {
        if (FUNCTION_CHARS.has(chunk.charAt(i))) continue;
        for (let len = MIN_LENGTH; len <= MAX_LENGTH && i + len <= chunk.length; len++) visit(chunk.slice(i, i + len), chunk, i, len, seg, base);
      }
    }
  };
  // First the counts, then the neighbours of the phrases that recur: most phrases occur once.
  const counts = new Map<string, number>();
  each((phrase) => counts.set(phrase, (counts.get(phrase) ?? 0) + 1));
  const stats = new Map<string, Stats>();
  each((phrase, chunk, i, len, seg, base) => {
    const count = counts.get(phrase) as number;
    if (count < 2) return;
    let s = stats.get(phrase);
    if (!s) stats.set(phrase, (s = { count: 0, aligned: 0, left: new Map(), right: new Map() }));
    s.count++;
    if (seg.boundaries.has(base + i) && seg.boundaries.has(base + i + len)) s.aligned++;
    // A chunk's edge is a boundary seen afresh each time: it adds to the variety of neighbours.
    const l = i > 0 ? chunk.charAt(i - 1) : `#${s.count}`;
    const r = i + len < chunk.length ? chunk.charAt(i + len) : `#${s.count}`;
    s.left.set(l, (s.left.get(l) ?? 0) + 1);
    s.right.set(r, (s.right.get(r) ?? 0) + 1);
  });
  const out: RecurringPhrase[] = [];
  for (const [phrase, s] of stats) {
    if (FUNCTION_CHARS.has(phrase.charAt(phrase.length - 1))) continue;
    if (/^[0-9]|[0-9]$/.test(phrase)) continue;
    // Amounts and counts (万亿元, 3个) are quantities, not terms.
    if (NUMERALS.includes(phrase.charAt(0)) && QUANTITY_UNITS.has(phrase.charAt(1))) continue;
    if (/[0-9万亿][元个%]|[万亿]元/.test(phrase)) continue;
    if ([...END_STOPS].some((w) => phrase.endsWith(w))) continue;
    // Word boundaries at both ends: in every occurrence of a rare phrase, in most of a frequent one.
    if (s.count <= 3 ? s.aligned < s.count : s.aligned * 2 < s.count) continue;
    // Maximal: a neighbour that is always the same one means a longer phrase has all these occurrences.
    if (s.left.size === 1 && ![...s.left.keys()][0]?.startsWith('#')) continue;
    if (s.right.size === 1 && ![...s.right.keys()][0]?.startsWith('#')) continue;
    if (startsWithOpener(phrase)) continue;
    out.push({ term: phrase, count: s.count, entropy: Math.min(entropy(s.left), entropy(s.right)) });
  }
  return out;
}

/** Whether a phrase begins with a clause-opening verb or adverb (推动高质量发展 begins with 推动). */
function startsWithOpener(phrase: string): boolean {
  for (let k = 1; k <= 4 && k < phrase.length; k++) if (isStopWord(phrase.slice(0, k))) return true;
  return false;
}
