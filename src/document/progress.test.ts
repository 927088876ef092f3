import { describe, expect, it } from 'vitest';
import { countChars, countWords } from './progress.js';

describe('countChars', () => {
  it('counts non-whitespace code points, punctuation included, the way 字数 is counted', () => {
    expect(countChars('现在，我代表 南岸区。')).toBe(10);
    expect(countChars('\u3000\u3000两个确立\n')).toBe(4);
    expect(countChars('𠀀字')).toBe(2);
    expect(countChars('4.8%')).toBe(4);
    expect(countChars('')).toBe(0);
  });
});

describe('countWords', () => {
  it('counts English words as CAT tools do: figures, contractions and hyphenated compounds are one word each', () => {
    expect(countWords('GDP grew by 5.2 percent to 98.52 billion yuan.')).toBe(9);
    expect(countWords("China's well-off society, 1,000 jobs and the 14th Five-Year Plan (2021–2025)")).toBe(11);
    expect(countWords('  ')).toBe(0);
    expect(countWords('— “Belt and Road” —')).toBe(3);
  });
});
