import { describe, expect, it } from 'vitest';
import { fixtureBytes } from '../../test/corpus.js';
import { analyse, bandOfScore, MATCH_BANDS, type Analysis, type MatchBand } from './analysis.js';
import type { TmUnit } from './memoryUnit.js';
import { TmIndex } from './tmIndex.js';
import { readTmx } from './tmx.js';

const unit = (source: string, target: string, unitId?: string): TmUnit => ({ source, target, sourceLang: 'zh-CN', targetLang: 'en', origin: 'test.tmx', ...(unitId ? { unitId } : {}) });
const band = (analysis: Analysis, name: MatchBand): { sentences: number; characters: number } => {
  const found = analysis.bands.find((b) => b.band === name);
  if (!found) throw new Error(`no band ${name}`);
  return { sentences: found.sentences, characters: found.characters };
};

describe('analysis by match band', () => {
  it('puts each score in its band, the boundaries included', () => {
    expect([100, 99, 95, 94, 85, 84, 75, 74, 50, 49].map(bandOfScore)).toEqual(['100', '95-99', '95-99', '85-94', '85-94', '75-84', '75-84', '50-74', '50-74', 'none']);
    expect(bandOfScore(null)).toBe('none');
  });

  it('counts exact, fuzzy, unmatched sentences and repetitions, with their characters', () => {
    const memory = new TmIndex([
      unit('全年地区生产总值增长5.2%。', 'The GDP grew by 5.2 percent.'),
      unit('我们坚持稳中求进工作总基调，推动高质量发展取得新成效。', 'We followed the general principle of pursuing progress while ensuring stability.'),
    ]);
    const analysis = analyse(
      [
        // exact (width and spaces do not count), then a sentence with one character changed
        { id: 'u1', source: '全年地区生产总值增长５.２%。我们坚持稳中求进工作总基调，推动高质量发展取得新进展。' },
        // nothing like it in memory; then the first sentence again: a repetition
        { id: 'u2', source: '新建城市公园十二个。全年地区生产总值增长5.2%。' },
        { id: 'u3', source: '   ' },
      ],
      [memory],
    );
    expect(band(analysis, '100')).toEqual({ sentences: 1, characters: 15 });
    expect(band(analysis, '95-99').sentences + band(analysis, '85-94').sentences).toBe(1);
    expect(band(analysis, 'none')).toEqual({ sentences: 1, characters: 10 });
    expect(band(analysis, 'repetition')).toEqual({ sentences: 1, characters: 15 });
    expect(analysis.total).toEqual({ paragraphs: 2, sentences: 4, characters: 15 + 27 + 10 + 15 });
    expect(analysis.bands.map((b) => b.band)).toEqual([...MATCH_BANDS]);
    expect(analysis.bands.reduce((n, b) => n + b.characters, 0)).toBe(analysis.total.characters);
  });

  it('never matches a paragraph with its own translation in the project memory', () => {
    const own = new TmIndex([unit('新建城市公园十二个。', 'Twelve city parks were built.', 'u1')]);
    const analysis = analyse([{ id: 'u1', source: '新建城市公园十二个。' }], [own]);
    expect(band(analysis, 'none').sentences).toBe(1);
    const other = analyse([{ id: 'u2', source: '新建城市公园十二个。' }], [own]);
    expect(band(other, '100').sentences).toBe(1);
  });

  it('a number changed is a fuzzy match, never 100%', () => {
    const memory = new TmIndex([unit('一般公共预算收入985.2亿元。', 'Revenue was 98.52 billion yuan.')]);
    const analysis = analyse([{ id: 'x', source: '一般公共预算收入900.1亿元。' }], [memory]);
    expect(band(analysis, '100').sentences).toBe(0);
    expect(band(analysis, 'none').sentences).toBe(0);
  });

  it('analyses GR2021 against itself as exact, and against nothing as no match', () => {
    const read = readTmx(fixtureBytes('parallel/GR2021_zh-CN_en-US.tmx'), 'GR2021.tmx');
    if (!read.ok) throw new Error(read.error.code);
    const units = read.value.units.slice(0, 200);
    const paragraphs = units.map((u, i) => ({ id: `p${i}`, source: u.source }));
    const against = analyse(paragraphs, [new TmIndex(units)]);
    const alone = analyse(paragraphs, []);
    expect(alone.total).toEqual(against.total);
    expect(band(alone, 'none').sentences + band(alone, 'repetition').sentences).toBe(alone.total.sentences);
    // Every sentence of a memory unit is in that unit: at least as good as fuzzy; whole units are exact.
    expect(band(against, 'none').sentences).toBeLessThan(alone.total.sentences / 10);
    expect(band(against, '100').sentences).toBeGreaterThan(0);
  });
});
