import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../glossary/glossaryEntry.js';
import { SpellChecker, type SpellingDictionary } from './spellCheck.js';

/** A dictionary of a few words, enough to test the rules around it. */
function dictionary(words: string): SpellingDictionary {
  const known = new Set(words.split(/\s+/));
  return { correct: (w) => known.has(w), suggest: (w) => [...known].filter((k) => k[0] === w[0]).sort() };
}

const small = dictionary('year the report says economy grew agricultural computing bureaucrat digital environment growth percent in by and a of we will reform system rose');
const words = (checker: SpellChecker, text: string): string[] => checker.misspellings(text).map((m) => m.word);

describe('spell checking English', () => {
  it('flags unknown words with their spans', () => {
    const checker = new SpellChecker(small);
    const text = 'the report says the ecomony grew';
    expect(checker.misspellings(text)).toEqual([{ start: 20, end: 27, word: 'ecomony' }]);
    expect(text.slice(20, 27)).toBe('ecomony');
  });

  it('takes a capitalised word inside a sentence for a name, and checks one that starts a sentence', () => {
    const checker = new SpellChecker(small);
    expect(words(checker, 'the report says Chongqing grew')).toEqual([]);
    expect(words(checker, 'Teh report says. Reprot grew! “Grwoth rose”')).toEqual(['Teh', 'Reprot', 'Grwoth']);
    expect(words(checker, 'The report says economy grew.')).toEqual([]);
  });

  it('leaves acronyms, codes and figures alone', () => {
    const checker = new SpellChecker(small);
    expect(words(checker, 'the GDP of 5G and COVID-19 in the 14th year, iPhone, PM2.5')).toEqual([]);
  });

  it('accepts glossary renderings and the user’s words, in any case, and possessives of known words', () => {
    const checker = new SpellChecker(small, ['hukou system', 'Xiaokang']).accepting(['dibao']);
    expect(words(checker, 'we will reform the hukou system; xiaokang and dibao grew')).toEqual([]);
    expect(words(checker, 'the report’s growth and the economy\'s')).toEqual([]);
  });

  it('accepts productive prefixes and suffixes on known words, and a prefix before a hyphen', () => {
    const checker = new SpellChecker(small);
    expect(words(checker, 'nonagricultural supercomputing bureaucratism digitalization eco-environment pre-report')).toEqual([]);
    // A prefix alone, or on something that is not a word, is still a misspelling.
    expect(words(checker, 'the nonagricultrual growth and supr computing')).toEqual(['nonagricultrual', 'supr']);
  });

  it('leaves a capitalised unknown word at a sentence start pending in the quick check until it is settled', () => {
    let asked = 0;
    const counting: SpellingDictionary = { correct: small.correct, suggest: (w) => (asked++, small.suggest(w)) };
    const checker = new SpellChecker(counting);
    const text = 'Reprot grew. Dezhuang grew by a percent in the yaer';
    expect(checker.quickMisspellings(text)).toEqual({ misspellings: [{ start: 47, end: 51, word: 'yaer' }], pending: ['Reprot', 'Dezhuang'] });
    expect(asked).toBe(0);
    checker.settle('Reprot');
    checker.settle('Dezhuang');
    expect(asked).toBe(2);
    expect(checker.quickMisspellings(text)).toEqual({ misspellings: [{ start: 0, end: 6, word: 'Reprot' }, { start: 47, end: 51, word: 'yaer' }], pending: [] });
    // Each word is judged once: the full check agrees and asks nothing more.
    expect(words(checker, text)).toEqual(['Reprot', 'yaer']);
    expect(asked).toBe(2);
  });

  it('suggests the dictionary’s words', () => {
    expect(new SpellChecker(small).suggestions('ecomony')).toContain('economy');
  });
});

describe('the spelling check of QA', () => {
  it('accepts every rendering of the project’s glossaries and the user’s words, and flags the rest as warnings', async () => {
    const { checkSpelling, projectSpellChecker } = await import('../qa/checkSpelling.js');
    const entry = { renderings: ['Xiaokang society', 'moderately prosperous'] } as GlossaryEntry;
    const checker = projectSpellChecker(new SpellChecker(small), [entry], ['dibao']);
    const text = 'we will reform the xiaokang society and dibao and the hukuo system';
    expect(checkSpelling(text, checker)).toEqual([{ code: 'qa.spelling', severity: 'warning', params: { word: 'hukuo' }, target: { start: 54, end: 59 } }]);
  });
});
