import type { Span } from '../qa/qaFinding.js';
import { POLICY_WORDS } from './policyWords.js';

/**
 * A Hunspell dictionary as the spell checker uses it: `nspell` built on `dictionary-en` (en-US) in
 * both the app and the command line. Built where the files can be read (Node, or the renderer from
 * its bundled assets) and handed in, so the core stays free of either platform.
 */
export interface SpellingDictionary {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

/** A word of an English text that the dictionary does not know. */
export interface Misspelling extends Span {
  readonly word: string;
}

/**
 * Words of English text: letters with inner apostrophes (don't, China's), as UTF-16 ranges. Hyphens,
 * slashes and digits end a word, so each part of "well-off" or "COVID-19" is a word of its own.
 */
const WORD = /[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z\u00C0-\u024F]+)*/g;

/**
 * Productive English prefixes that policy English joins freely to words (nonagricultural,
 * supercomputing, deregistering, eco-environment), while Hunspell's en-US lists only some of the
 * results: a word made of one of these and a known word is correct, and so is one of these standing
 * before a hyphen.
 */
const PREFIXES = [
  'aero', 'agri', 'anti', 'bio', 'co', 'counter', 'cross', 'cyber', 'de', 'eco', 'hydro', 'inter', 'intra', 'macro', 'mega', 'micro', 'mid', 'multi',
  'non', 'over', 'post', 'pre', 'pro', 're', 'self', 'semi', 'socio', 'sub', 'super', 'trans', 'tri', 'ultra', 'un', 'under',
];

/** Productive suffixes of the same kind (bureaucratism, digitalization, informatized): the base must be a known word. */
const SUFFIXES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ism', ['', 'e']],
  ['ization', ['', 'e']],
  ['isation', ['', 'e']],
  ['ized', ['', 'e', 'ion']],
  ['ised', ['', 'e', 'ion']],
  ['ize', ['', 'e', 'ion']],
];

/** What stands before a word that starts a sentence: . ! ? : ; then spaces and opening quotes. */
const AFTER_SENTENCE_END = /[.!?:;]['"’”)\]]*\s+['"‘“([]*$/;
const TEXT_START = /^\s*['"‘“([]*$/;

/** Whether the word at `start` starts a sentence: at the text's start, or after a sentence's end. */
function startsSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  return (start <= 8 && TEXT_START.test(before)) || AFTER_SENTENCE_END.test(before);
}

/**
 * Checks English spelling the way a translator of official texts needs it:
 * - A few words of official English that the dictionary lacks are known (`POLICY_WORDS`).
 * - Words the glossary renders a term with, and the user's own words, are never flagged (a rendering
 *   like "Hukou" or "Xiaokang" is the translator's decision, not a typo).
 * - Acronyms and codes (GDP, 5G, iPhone: an upper-case letter after the first) are left alone.
 * - A capitalised word inside a sentence is taken for a name (Xi Jinping, Chongqing, Belt and Road) and
 *   left alone; at a sentence's start it is checked as the word it would be in lower case too.
 * - Words next to a digit (2nd, 3D, 14th) are figures, not words.
 */
export class SpellChecker {
  private readonly accepted: Set<string>;
  /**
   * Verdicts already reached, by word and whether it starts a sentence: the editor checks a paragraph
   * again on each keystroke and the QA every paragraph, and a capitalised unknown word at a sentence's
   * start asks the dictionary for suggestions (10–130 ms), so each word is judged once per checker.
   */
  private readonly verdicts = new Map<string, boolean>();

  constructor(
    private readonly dictionary: SpellingDictionary,
    accepted: Iterable<string> = [],
  ) {
    this.accepted = new Set(POLICY_WORDS);
    for (const phrase of accepted) for (const word of phrase.match(WORD) ?? []) this.accepted.add(fold(word));
  }

  /** A checker that also accepts these words or phrases (glossary renderings, the user's words). */
  accepting(more: Iterable<string>): SpellChecker {
    return new SpellChecker(this.dictionary, [...this.accepted, ...more]);
  }

  /** Whether a word (as written) is acceptable where it stands. */
  isCorrect(word: string, atSentenceStart = false): boolean {
    return this.judge(word, atSentenceStart, false) ?? false;
  }

  /** `isCorrect`, or with `quick` null where only the dictionary's suggestions can tell (a capitalised unknown word at a sentence's start). */
  private judge(word: string, atSentenceStart: boolean, quick: boolean): boolean | null {
    if (this.accepted.has(fold(word))) return true;
    if (/[A-Z]/.test(word.slice(1))) return true;
    const dictionary = this.dictionary;
    const plain = word.replace(/’/g, "'");
    if (dictionary.correct(plain)) return true;
    const capitalised = /^[A-Z\u00C0-\u00DE]/.test(plain);
    if (capitalised && !atSentenceStart) return true;
    const lower = plain.toLowerCase();
    if (capitalised && dictionary.correct(lower)) return true;
    // A possessive of a known word ("the region's"): Hunspell's en-US lists few possessive forms.
    if (/'s$/i.test(plain)) {
      const stem = this.judge(plain.slice(0, -2), atSentenceStart, quick);
      if (stem !== false) return stem;
    }
    if (this.isDerived(lower)) return true;
    if (!capitalised) return false;
    if (quick) return null;
    // A capitalised word that starts a sentence may be a name (Dezhuang, Nan'an): a misspelling only
    // when it is one slip (a letter added, dropped, changed or two swapped) from a word the dictionary knows.
    return !dictionary.suggest(lower).some((w) => isOneSlip(w.toLowerCase(), lower));
  }

  /** A known word with a productive prefix or suffix (see PREFIXES and SUFFIXES), or a word made of two. */
  private isDerived(word: string): boolean {
    const known = (w: string): boolean => w.length >= 3 && (this.dictionary.correct(w) || this.accepted.has(w));
    for (const prefix of PREFIXES) if (word.startsWith(prefix) && known(word.slice(prefix.length))) return true;
    for (const [suffix, endings] of SUFFIXES) {
      if (!word.endsWith(suffix)) continue;
      const stem = word.slice(0, -suffix.length);
      if (endings.some((e) => known(stem + e))) return true;
    }
    return false;
  }

  /** The words of a text the dictionary does not know, in order. */
  misspellings(text: string): Misspelling[] {
    return this.check(text, false).misspellings;
  }

  /**
   * `misspellings` without the slow case: a capitalised unknown word at a sentence's start, which only
   * the dictionary's suggestions can judge (10–300 ms a word), is left out and listed in `pending`
   * unless its verdict is known; `settle` judges it later (the editor does so in idle time).
   */
  quickMisspellings(text: string): { misspellings: Misspelling[]; pending: string[] } {
    return this.check(text, true);
  }

  /** Judges a word at a sentence's start once, so `quickMisspellings` knows it from then on. */
  settle(word: string): void {
    const key = `^${word}`;
    if (!this.verdicts.has(key)) this.remember(key, this.isCorrect(word, true));
  }

  private remember(key: string, verdict: boolean): void {
    if (this.verdicts.size >= 100_000) this.verdicts.clear();
    this.verdicts.set(key, verdict);
  }

  private check(text: string, quick: boolean): { misspellings: Misspelling[]; pending: string[] } {
    const out: Misspelling[] = [];
    const pending: string[] = [];
    for (const match of text.matchAll(WORD)) {
      const start = match.index;
      const word = match[0];
      const end = start + word.length;
      if (/\d/.test(text[start - 1] ?? '') || /\d/.test(text[end] ?? '')) continue;
      if (word.length < 2) continue;
      if (text[end] === '-' && PREFIXES.includes(word.toLowerCase())) continue;
      const atStart = startsSentence(text, start);
      const key = (atStart ? '^' : '') + word;
      let correct = this.verdicts.get(key);
      if (correct === undefined) {
        const verdict = this.judge(word, atStart, quick);
        if (verdict === null) {
          pending.push(word);
          continue;
        }
        this.remember(key, (correct = verdict));
      }
      if (!correct) out.push({ start, end, word });
    }
    return { misspellings: out, pending };
  }

  /** Up to five suggestions for a word, the dictionary's best first. */
  suggestions(word: string): string[] {
    return this.dictionary.suggest(word.replace(/’/g, "'")).slice(0, 5);
  }
}

/** Whether two words differ by one letter added, dropped or changed, or two neighbours swapped. */
export function isOneSlip(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Case and apostrophe folded, for the accepted words. */
function fold(word: string): string {
  return word.replace(/’/g, "'").toLowerCase();
}
