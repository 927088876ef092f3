import { describe, expect, it } from 'vitest';
import { Dictionary, type BlockReader } from './dictionary.js';
import { packCedict, type DictionaryHeader } from './dictionaryFormat.js';
import { lookUpWord } from './lookUpWord.js';
import { pinyinWithMarks } from './pinyinMarks.js';
import { segmentWords } from './segmentWords.js';
import { toPinyin, toPinyinWords } from './toPinyin.js';

/** A few CC-CEDICT lines in the file's own format, with the header lines the packer reads. */
const CEDICT = `# CC-CEDICT
#! date=2026-09-10T07:14:51Z
#! publisher=MDBG
#! license=https://creativecommons.org/licenses/by-sa/4.0/
中國 中国 [Zhong1 guo2] /China/
中 中 [zhong1] /within/among/in/middle/
中 中 [zhong4] /to hit (the mark)/
中國人 中国人 [Zhong1 guo2 ren2] /Chinese person/
國 国 [guo2] /country/nation/
人 人 [ren2] /person/people/
乾 干 [gan1] /dry/
幹 干 [gan4] /tree trunk/to do/
干 干 [gan1] /to concern/
乾隆 乾隆 [Qian2 long2] /Qianlong era/
乾杯 干杯 [gan1 bei1] /cheers!/
一帶一路 一带一路 [Yi1 dai4 Yi1 lu4] /Belt and Road Initiative/
綠 绿 [lu:4] /green/
發展 发展 [fa1 zhan3] /development/to develop/
高質量 高质量 [gao1 zhi4 liang4] /high quality/
3C 3C [san1 C] /computers, communications and consumer electronics/
malformed line without brackets
`;

function open(text = CEDICT, blockEntries = 3): Dictionary {
  const packed = packCedict(text, blockEntries);
  const header: DictionaryHeader = {
    format: 'duizhao-dictionary',
    version: 1,
    source: { ...packed.source, package: 'test' },
    maxLength: packed.maxLength,
    traditionalChars: packed.traditionalChars,
    blocks: packed.blocks.map((b, i) => ({ first: b.first, offset: i, length: 0, count: b.count })),
  };
  const reader: BlockReader = { header, read: (i) => (packed.blocks[i] as { text: string }).text };
  return new Dictionary(reader);
}

describe('packCedict', () => {
  it('reads the entries, the release date and the licence, skipping malformed lines', () => {
    const packed = packCedict(CEDICT);
    expect(packed.source).toMatchObject({ name: 'CC-CEDICT', date: '2026-09-10T07:14:51Z', entries: 16, license: 'CC BY-SA 4.0', publisher: 'MDBG' });
    expect(packed.maxLength).toBe(4);
    expect(packed.traditionalChars['乾']).toBe('干');
    expect(packed.traditionalChars['國']).toBe('国');
  });

  it('gives the same blocks for the same text', () => {
    expect(packCedict(CEDICT, 3)).toEqual(packCedict(CEDICT, 3));
  });
});

describe('Dictionary', () => {
  for (const size of [1, 2, 3, 100]) {
    it(`finds simplified and traditional headwords alike, with blocks of ${size} entries`, () => {
      const d = open(CEDICT, size);
      expect(d.entries('中国').map((e) => e.senses)).toEqual([['China']]);
      expect(d.entries('中國')).toEqual(d.entries('中国'));
      // Equal headwords side by side, in CC-CEDICT's order, even across a block boundary.
      expect(d.entries('中').map((e) => e.pinyin)).toEqual(['zhong1', 'zhong4']);
      expect(d.entries('干').map((e) => e.traditional)).toEqual(['乾', '幹', '干']);
      // A traditional word is found through any of its simplified spellings, and only as itself.
      expect(d.entries('乾').map((e) => e.pinyin)).toEqual(['gan1']);
      expect(d.entries('乾隆').map((e) => e.simplified)).toEqual(['乾隆']);
      expect(d.entries('乾杯').map((e) => e.simplified)).toEqual(['干杯']);
      expect(d.entries('幹杯')).toEqual([]);
      expect(d.entries('3C')).toHaveLength(1);
      expect(d.has('中国人')).toBe(true);
      expect(d.has('中国队')).toBe(false);
      expect(d.has('')).toBe(false);
      expect(d.entries('一带一路一带一路')).toEqual([]);
    });
  }

  it('gives the headwords at a point longest first, in simplified and traditional text', () => {
    const d = open();
    expect(d.lengthsAt('中国人在', 0)).toEqual([3, 2, 1]);
    expect(d.lengthsAt('中國人在', 0)).toEqual([3, 2, 1]);
    expect(d.lengthsAt('中国人在', 3)).toEqual([]);
    expect(d.lengthsAt('中国人', 0, 2)).toEqual([2, 1]);
  });

  it('answers as the word set does, for every point of a text', () => {
    const d = open();
    const words = d.words();
    const text = '中国人发展高质量一带一路干杯乾隆中國綠3C的';
    for (let i = 0; i < text.length; i++) {
      expect(words.lengthsAt(text, i), `at ${i}`).toEqual(d.lengthsAt(text, i).filter((len) => words.has(text.slice(i, i + len))));
    }
    expect(words.has('發展')).toBe(true);
    expect(words.isVerb('发展')).toBe(false);
  });
});

describe('pinyin', () => {
  it('puts tone marks where Hanyu pinyin does', () => {
    expect(pinyinWithMarks('Zhong1 guo2')).toBe('Zhōng guó');
    expect(pinyinWithMarks('lu:4 nu:3 lve4')).toBe('lǜ nǚ lüè');
    expect(pinyinWithMarks('gou3 hui4 xiu1 er2 r5')).toBe('gǒu huì xiū ér r');
    expect(pinyinWithMarks('san1 C')).toBe('sān C');
    expect(pinyinWithMarks('Ou1 zhou1 zhe5')).toBe('Ōu zhōu zhe');
  });

  it('reads a text by its words, without tone sandhi, keeping codes whole', () => {
    expect(toPinyin('重庆银行')).toBe('chóng qìng yín háng');
    expect(toPinyin('一带一路')).toBe('yī dài yī lù');
    expect(toPinyin('“33618”集群')).toBe('“33618” jí qún');
    expect(toPinyin('abc')).toBe('abc');
    expect(toPinyinWords(['南岸', '区'])).toBe("nán'àn qū");
    expect(toPinyinWords(['西安', '3C'])).toBe("xī'ān 3C");
  });
});

describe('segmentWords', () => {
  it('cuts into the fewest dictionary words; unknown characters stand alone; the pieces join to the text', () => {
    const d = open();
    const text = '中国人发展高质量，ABC12的3C';
    const words = segmentWords(text, d);
    expect(words.join('')).toBe(text);
    expect(words).toEqual(['中国人', '发展', '高质量', '，', 'ABC12', '的', '3C']);
    expect(segmentWords('', d)).toEqual([]);
  });
});

describe('lookUpWord', () => {
  it('at a point: the longest word first, then the shorter ones', () => {
    const r = lookUpWord(open(), '我是中国人。', 2, 2);
    expect(r.query).toBe('中国人');
    expect(r.entries[0]).toMatchObject({ simplified: '中国人', traditional: '中國人', pinyin: 'Zhōng guó rén', pinyinNumbered: 'Zhong1 guo2 ren2' });
    expect(r.shorter.map((w) => w.word)).toEqual(['中国', '中']);
    expect(r.pinyin).toBe('zhōng guó rén');
  });

  it('a selection the dictionary lacks as a whole: its words', () => {
    const r = lookUpWord(open(), '推动中国高质量发展', 2, 9);
    expect(r.query).toBe('中国高质量发展');
    expect(r.entries).toEqual([]);
    expect(r.parts.map((w) => w.word)).toEqual(['中国', '高质量', '发展']);
  });

  it('clamps offsets to the text and answers a point past the end with nothing', () => {
    expect(lookUpWord(open(), '中国', 5, 9).query).toBe('');
    expect(lookUpWord(open(), '中国', 1, 0).query).toBe('国');
  });
});
