import { describe, expect, it } from 'vitest';
import { segmentSentences, sentenceEnd } from './segmentSentences.js';

const split = (text: string): string[] => segmentSentences(text).map((r) => text.slice(r.start, r.end));

describe('segmentSentences', () => {
  it('splits at full-width terminators and semicolons', () => {
    expect(split('经济回升向好。就业稳定；物价平稳！还有吗？有')).toEqual(['经济回升向好。', '就业稳定；', '物价平稳！', '还有吗？', '有']);
  });

  it('splits at half-width terminators', () => {
    expect(split('南岸区增长6.1%;投资增长3.7%!好吗?好')).toEqual(['南岸区增长6.1%;', '投资增长3.7%!', '好吗?', '好']);
  });

  it('never splits inside a decimal such as 4.8% or 3.7%', () => {
    expect(split('地区生产总值增长4.8%,税收增长3.7%。')).toEqual(['地区生产总值增长4.8%,税收增长3.7%。']);
  });

  it('never splits at a decimal point typed as 。 or ． between digits, half- or full-width', () => {
    expect(split('技术合同成交额增长27。3%，达到1.2万亿元。下一句')).toEqual(['技术合同成交额增长27。3%，达到1.2万亿元。', '下一句']);
    expect(split('增长２７．３％。居民收入增长6｡1%。')).toEqual(['增长２７．３％。', '居民收入增长6｡1%。']);
    // A stop between a digit and a non-digit still ends the sentence.
    expect(split('共举办27。3月起开始。')).toEqual(['共举办27。', '3月起开始。']);
    expect(split('目标是5%。3年内完成。')).toEqual(['目标是5%。', '3年内完成。']);
  });

  it('does not split after the list marker that opens a paragraph', () => {
    expect(split('1.加快发展先进制造业。提高质量。')).toEqual(['1.加快发展先进制造业。', '提高质量。']);
    expect(split('  2．深化改革。')).toEqual(['2．深化改革。']);
    expect(split('1. Striving to modernize the industrial system. We will act.')).toEqual(['1. Striving to modernize the industrial system.', 'We will act.']);
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    expect(split('他说：“要干。”我们干了。（见附件。）下一句')).toEqual(['他说：“要干。”', '我们干了。', '（见附件。）', '下一句']);
  });

  it('keeps runs of terminators together and leaves whitespace out', () => {
    expect(split('真的吗？！  是的。\u3000')).toEqual(['真的吗？！', '是的。']);
  });

  it('treats a half-width full stop as an end only before space, CJK text or the end', () => {
    expect(split('完成了.下一步 e.g. 继续')).toEqual(['完成了.', '下一步 e.g.', '继续']);
  });

  it('returns UTF-16 half-open ranges that cover the text', () => {
    const text = '𠀀字。第二句。';
    expect(segmentSentences(text)).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 8 },
    ]);
    expect(segmentSentences('')).toEqual([]);
    expect(segmentSentences('   ')).toEqual([]);
  });

  it('finds the end of the first sentence', () => {
    expect(sentenceEnd('(一)标题。正文', 3)).toBe(6);
    expect(sentenceEnd('没有句号', 0)).toBeNull();
  });
});
