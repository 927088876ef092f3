import { describe, expect, it } from 'vitest';
import { fixtureBytes, SAMPLE } from '../../test/corpus.js';
import { buildSide, chineseClauses, alignmentUnits } from './alignSide.js';
import { dictionaryOf } from './dictionary.js';
import { englishOfLines, languageOf, paragraphsOfLines, readChineseDocument, readEnglishDocument } from './readDocument.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('reading the documents', () => {
  it('reads the Chinese with the importer, leaving chrome out', () => {
    const read = readChineseDocument('r.txt', utf8('政府工作报告\n各位代表：\n一、工作回顾\n过去一年成绩显著。\n本文地址：http://example.com/1.html\n'));
    expect(read).toMatchObject({ ok: true, value: { format: 'text' } });
    if (read.ok) expect(read.value.paragraphs).toEqual(['政府工作报告', '各位代表：', '一、工作回顾', '过去一年成绩显著。']);
    expect(readChineseDocument(SAMPLE, fixtureBytes(SAMPLE)).ok).toBe(true);
  });

  it('reads English text a paragraph a line, or a hard-wrapped text a block at a time', () => {
    expect(readEnglishDocument('en.txt', utf8('I. Review\nGDP grew.\n\nPrices rose.\n'))).toMatchObject({ ok: true, value: { paragraphs: ['I. Review', 'GDP grew.', 'Prices rose.'] } });
    const wrapped =
      'Last year was an extraordinary year in the history of the People\'s\nRepublic of China, and we met every target we had set for the\nyear.\n\nConsumer prices rose by 2.5 percent, and the surveyed urban\nunemployment rate fell to 5.2 percent.\n';
    expect(readEnglishDocument('en.txt', utf8(wrapped))).toMatchObject({
      ok: true,
      value: {
        paragraphs: [
          "Last year was an extraordinary year in the history of the People's Republic of China, and we met every target we had set for the year.",
          'Consumer prices rose by 2.5 percent, and the surveyed urban unemployment rate fell to 5.2 percent.',
        ],
      },
    });
    expect(paragraphsOfLines(['One.', 'Two.', '', 'Three.'], true)).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('reads an English page without its navigation, in its declared or a Latin encoding', () => {
    const page = '<html><head><title>x</title><meta charset="windows-1252"></head><body><nav>Home | News</nav><h1>REPORT</h1><p>Prices rose \x93sharply\x94.</p><footer>Copyright</footer></body></html>';
    const bytes = Uint8Array.from(page, (c) => c.charCodeAt(0));
    expect(readEnglishDocument('report.html', bytes)).toMatchObject({ ok: true, value: { paragraphs: ['REPORT', 'Prices rose “sharply”.'], format: 'html' } });
  });

  it('refuses what it cannot read, with a code', () => {
    expect(readEnglishDocument('en.xlsx', utf8('x'))).toMatchObject({ ok: false, error: { code: 'align.unsupportedType', params: { extension: 'xlsx' } } });
    expect(readEnglishDocument('en.txt', utf8('   \n'))).toMatchObject({ ok: false, error: { code: 'import.empty' } });
    expect(readEnglishDocument('en.txt', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toMatchObject({ ok: false, error: { code: 'import.binary' } });
    expect(readChineseDocument('zh.pptx', utf8('x'))).toMatchObject({ ok: false, error: { code: 'import.unsupportedType' } });
  });

  it('refuses a document on the wrong side: the English given as the Chinese, or the Chinese as the English', () => {
    expect(readChineseDocument('zh.txt', utf8('I. Review\nThe economy grew by 2.3 percent, and prices were stable.\n'))).toMatchObject({ ok: false, error: { code: 'align.wrongLanguage' } });
    expect(readEnglishDocument('en.txt', utf8('一、回顾\n经济增长2.3%，物价稳定。\n'))).toMatchObject({ ok: false, error: { code: 'align.wrongLanguage' } });
    // A Chinese report with English names and codes in it is still Chinese; an English one quoting 两个确立 is still English.
    expect(languageOf(['推进5G、PM2.5治理和GDP增长，实施“AI+”行动。'])).toBe('zh');
    expect(languageOf(['We upheld the Two Establishments (两个确立) and the Belt and Road Initiative.'])).toBe('en');
    expect(languageOf(['经济增长 The economy grew'])).toBe('both');
  });

  it('gives the Chinese of an imported document without its chrome, and English Word or PDF lines without theirs', () => {
    expect(englishOfLines([{ text: 'Report', line: 1, hints: { chrome: 'runningHead' } }, { text: 'Prices rose.', line: 2 }, { text: '3', line: 3, hints: { chrome: 'pageNumber' } }], 'pdf')).toEqual({ ok: true, value: { paragraphs: ['Prices rose.'], format: 'pdf' } });
    expect(englishOfLines([{ text: ' ', line: 1 }], 'docx')).toMatchObject({ ok: false, error: { code: 'align.noText' } });
  });
});

describe('sides and units', () => {
  it('splits sentences per paragraph and Chinese clauses at ，；：', () => {
    const zh = buildSide('zh', ['  经济增长2.3%，就业稳定；物价平稳。', '', '新的一年。']);
    expect(zh.text).toBe('经济增长2.3%，就业稳定；物价平稳。\n新的一年。');
    expect(zh.sentences.map((s) => zh.text.slice(s.start, s.end))).toEqual(['经济增长2.3%，就业稳定；', '物价平稳。', '新的一年。']);
    expect(chineseClauses(zh.text, zh.paragraphs[0] as { start: number; end: number }).map((s) => zh.text.slice(s.start, s.end))).toEqual(['经济增长2.3%，', '就业稳定；', '物价平稳。']);
  });

  it('takes an English list laid out a line an item, continued in lower case, as one unit', () => {
    const en = buildSide('en', ['We must do the following:', 'follow the guidance;', 'keep growth stable.', 'I. Next part', 'Fellow Deputies,', 'On behalf of the State Council, I report.']);
    expect(alignmentUnits(en)).toEqual([
      { first: 0, last: 3 },
      { first: 3, last: 4 },
      { first: 4, last: 5 },
      { first: 5, last: 6 },
    ]);
  });

  it('makes a dictionary of the glossary and of the names in the memory', () => {
    const dictionary = dictionaryOf(
      [{ term: '两个维护', variants: ['“两个维护”'], renderings: ['Two Upholds'] }, { term: '新质生产力', variants: [], renderings: [] }],
      [
        { source: '成渝地区双城经济圈', target: 'Chengdu-Chongqing Economic Circle' },
        { source: '我们要坚持稳中求进。', target: 'We will pursue progress while ensuring stability.' },
        { source: '长江', target: 'the river' },
      ],
    );
    expect(dictionary).toEqual([
      { zh: ['两个维护', '“两个维护”'], en: ['Two Upholds'] },
      { zh: ['成渝地区双城经济圈'], en: ['Chengdu-Chongqing Economic Circle'] },
    ]);
  });
});
