import { describe, expect, it } from 'vitest';
import { normalizePunctuation } from './normalizePunctuation.js';

describe('normalizePunctuation', () => {
  it('sets half-width punctuation next to Chinese full-width, bracket pairs by their content', () => {
    expect(normalizePunctuation('现在,我代表南岸区人民政府向大会报告工作:请予审议;好吗?是!')).toBe('现在，我代表南岸区人民政府向大会报告工作：请予审议；好吗？是！');
    expect(normalizePunctuation('(一)落实国家重大战略部署')).toBe('（一）落实国家重大战略部署');
    expect(normalizePunctuation('增长15.3%(达到65.5亿元),居全市第1')).toBe('增长15.3%（达到65.5亿元），居全市第1');
    expect(normalizePunctuation('政协(CPPCC)委员')).toBe('政协（CPPCC）委员');
  });

  it('keeps numbers, times, ratios and Latin runs as they are, and the length of the text', () => {
    for (const text of ['总额1,234,567元', '上午10:30开会', '比例为0.5∶38.7∶60.8', 'PM2.5 (fine particles), see: x', 'f(x) = 1, 2']) {
      const out = normalizePunctuation(text);
      expect(out.length).toBe(text.length);
      expect(out.replace(/[，：]/g, '')).toBe(out);
    }
    expect(normalizePunctuation('第1,2季度')).toBe('第1,2季度');
  });

  it('leaves an unmatched bracket alone', () => {
    expect(normalizePunctuation('见上文)')).toBe('见上文)');
    expect(normalizePunctuation('(见上文')).toBe('(见上文');
  });
});
