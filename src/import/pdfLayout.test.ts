import { describe, expect, it } from 'vitest';
import { layoutPdf, type PdfPage, type PdfTextItem } from './pdfLayout.js';

/** A page of lines, each `[text, x]` from the top; 12-pt body, 20 pt line pitch, A4 size. */
function page(lines: ReadonlyArray<readonly [string, number, number?]>, head = '政府工作报告', foot = '- 1 -'): PdfPage {
  const items: PdfTextItem[] = head ? [{ text: head, x: 250, y: 800, width: 60, size: 9 }] : [];
  const width = (text: string, size: number): number => [...text].reduce((w, c) => w + (c.charCodeAt(0) >= 0x2e80 ? size : size * 0.5), 0);
  lines.forEach(([text, x, size = 12], i) => items.push({ text, x, y: 740 - i * 20, width: width(text, size), size }));
  if (foot) items.push({ text: foot, x: 290, y: 30, width: 20, size: 9 });
  return { width: 595, height: 842, items };
}

describe('layoutPdf', () => {
  it('rebuilds paragraphs across lines and pages, Chinese without spaces, and lists running heads and page numbers once', () => {
    const full = '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五'; // 35 characters: a full line
    const pages = [
      page([['政府工作报告', 200, 20], ['一、总体要求', 70], [`${full.slice(0, 33)}`, 94], [full, 70], [full, 70]], '政府工作报告', '- 1 -'),
      page([['接上页的文字。', 70], ['新的一段文字。', 94]], '政府工作报告', '- 2 -'),
      page([['第三页的一段。', 94]], '政府工作报告', '- 3 -'),
    ];
    const lines = layoutPdf(pages);
    expect(lines.map((l) => [l.text, l.hints?.chrome ?? l.hints?.heading ?? null])).toEqual([
      ['政府工作报告', 'runningHead'],
      ['政府工作报告', 1],
      ['一、总体要求', null],
      [`${full.slice(0, 33)}${full}${full}接上页的文字。`, null],
      ['- 1 -', 'pageNumber'],
      ['新的一段文字。', null],
      ['第三页的一段。', null],
    ]);
  });

  it('joins English lines with a space and mends a word hyphenated at a line end', () => {
    const pages = [page([['The government will keep the economy', 94], ['growing and employment sta-', 70], ['ble this year.', 70]], '', '')];
    expect(layoutPdf(pages).filter((l) => !l.hints?.chrome).map((l) => l.text)).toEqual(['The government will keep the economy growing and employment stable this year.']);
  });

  it('drops characters a font maps to nothing instead of keeping control characters', () => {
    const pages = [page([['黄\u0000港投入运营。', 94]], '', '')];
    expect(layoutPdf(pages).filter((l) => !l.hints?.chrome).map((l) => l.text)).toEqual(['黄港投入运营。']);
  });
});
