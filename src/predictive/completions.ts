/**
 * Predictive typing in the English: after a few letters of a word, the words and phrases the
 * translator is likely to want next, from the glossary renderings of the terms in the paragraph's
 * Chinese (first: they are the project's decisions) and from the English of the paragraph's memory
 * matches. Pure, so the ranking is tested without an editor.
 */

/** Where a completion comes from: a glossary entry's rendering, or the English of a memory match. */
export interface Completion {
  readonly text: string;
  readonly source: 'glossary' | 'memory';
  /** The glossary entry the rendering belongs to (the inserted text links to it). */
  readonly entryId?: string;
}

/** What the paragraph offers: its terms' renderings (preferred first, in the order of the Chinese) and its memory matches' English (best first). */
export interface CompletionSources {
  readonly renderings: readonly { readonly text: string; readonly entryId: string }[];
  readonly memory: readonly string[];
}

/** Letters a word must have before completions are offered. */
export const MIN_PREFIX = 3;
/** Completions offered at most. */
export const MAX_COMPLETIONS = 5;

/** A word of English: letters with inner apostrophes or hyphens (well-off, China's). */
const WORD = /[A-Za-z\u00C0-\u024F]+(?:['’-][A-Za-z\u00C0-\u024F]+)*/g;
/** Words that do not end a useful phrase ("development and"): a phrase is offered only with a word of substance next. */
const LINKING = new Set(['and', 'the', 'for', 'from', 'with', 'that', 'this', 'these', 'those', 'are', 'was', 'were', 'its', 'has', 'have', 'had', 'will', 'been', 'into', 'than', 'which', 'who', 'not', 'but', 'our', 'all']);
/** The word being typed, ending at the caret. */
const PREFIX = /[A-Za-z\u00C0-\u024F]+(?:['’-][A-Za-z\u00C0-\u024F]*)*$/;

/** The word being typed at the end of `before` (the text before the caret), or null when it is shorter than `MIN_PREFIX` letters. */
export function prefixAt(before: string): string | null {
  const match = PREFIX.exec(before);
  if (!match) return null;
  // A word glued to a digit (14th, 3D) is a figure, not a word to complete.
  if (/\d$/.test(before.slice(0, match.index))) return null;
  return (match[0].match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0) >= MIN_PREFIX ? match[0] : null;
}

/** A memory word or phrase; `initial` when it starts a sentence (its capital letter is the sentence's, not the word's). */
export interface MemoryPhrase {
  readonly text: string;
  readonly initial: boolean;
}

/**
 * Memory words and phrases worth offering: each word of five letters or more, and the phrase of it
 * and the next word of substance within one clause (so "regional development" and "people's
 * wellbeing" come whole), in the order of the matches.
 */
export function memoryCompletions(english: readonly string[]): MemoryPhrase[] {
  const out: MemoryPhrase[] = [];
  for (const text of english) {
    for (const sentence of text.split(/[.!?]+\s/)) {
      let first = true;
      for (const clause of sentence.split(/[,;:()“”"]+/)) {
        const words = [...clause.matchAll(WORD)].map((m) => m[0]);
        words.forEach((word, i) => {
          const initial = first && i === 0;
          if (word.length < 5) return;
          out.push({ text: word, initial });
          const next = words[i + 1];
          if (next && next.length >= 3 && !LINKING.has(next.toLowerCase())) out.push({ text: `${word} ${next}`, initial });
        });
        if (words.length) first = false;
      }
    }
  }
  return out;
}

/**
 * The completions of `prefix`: glossary renderings first (in the order of the terms in the Chinese),
 * then memory phrases, then memory words, each starting with the prefix (ignoring case) and longer
 * than it; no two the same (ignoring case); at most `MAX_COMPLETIONS`. A capitalised prefix
 * capitalises a lower-case completion ("Hig" offers "High-quality development"), and a lower-case one
 * takes a memory sentence's first word in lower case.
 */
export function rankCompletions(prefix: string, sources: CompletionSources, limit = MAX_COMPLETIONS): Completion[] {
  if ((prefix.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0) < MIN_PREFIX) return [];
  const lower = prefix.toLowerCase().replace(/’/g, "'");
  const fits = (text: string): boolean => text.length > prefix.length && text.toLowerCase().replace(/’/g, "'").startsWith(lower);
  const seen = new Set<string>();
  const out: Completion[] = [];
  const add = (completion: Completion): void => {
    const key = completion.text.toLowerCase();
    if (out.length >= limit || seen.has(key) || !fits(completion.text)) return;
    seen.add(key);
    out.push(completion);
  };
  for (const r of sources.renderings) add({ text: r.text, source: 'glossary', entryId: r.entryId });
  const memory = memoryCompletions(sources.memory);
  // Phrases before single words: a phrase saves more typing, and its first word is offered too.
  const capital = /^[A-Z\u00C0-\u00DE]/.test(prefix);
  // A word that starts a memory sentence takes the case the translator typed ("dev" offers "development", not "Development").
  const typedCase = (m: MemoryPhrase): string => (m.initial && !capital && /^[A-Z\u00C0-\u00DE][^A-Z]*$/.test(m.text.split(' ')[0] ?? '') ? m.text.charAt(0).toLowerCase() + m.text.slice(1) : m.text);
  for (const m of memory) if (m.text.includes(' ')) add({ text: typedCase(m), source: 'memory' });
  for (const m of memory) if (!m.text.includes(' ')) add({ text: typedCase(m), source: 'memory' });
  return out.map((c) => (capital && /^[a-z\u00DF-\u00FF]/.test(c.text) ? { ...c, text: c.text.charAt(0).toUpperCase() + c.text.slice(1) } : c));
}
