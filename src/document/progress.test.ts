import { describe, expect, it } from 'vitest';
import { countChars } from './progress.js';

describe('countChars', () => {
  it('counts non-whitespace code points, punctuation included, the way 字数 is counted', () => {
    expect(countChars('现在，我代表 南岸区。')).toBe(10);
    expect(countChars('\u3000\u3000两个确立\n')).toBe(4);
    expect(countChars('𠀀字')).toBe(2);
    expect(countChars('4.8%')).toBe(4);
    expect(countChars('')).toBe(0);
  });
});
