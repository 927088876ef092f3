import { describe, expect, it } from 'vitest';
import { createNumberModels } from '../qa/numberModels.js';
import { parallelUnits, rebuildDocuments } from '../../test/parallelCorpus.js';
import { scoreSentences } from '../../test/alignScore.js';
import { alignDocuments, type AlignOptions } from './alignDocuments.js';
import { buildSide } from './alignSide.js';
import { isConsistent, pairText } from './alignment.js';
import { findAnchors } from './anchors.js';

const numberModels = createNumberModels();
const gr2021 = parallelUnits('parallel/GR2021_zh-CN_en-US.tmx');
// Sixty units of a real report before each case: the length ratio, the anchor weights and the word
// pairs learnt are those of a real document, not of three lines.
const context = rebuildDocuments(gr2021.slice(0, 60));

type Shape = [zh: number, en: number, zhText: string, enText: string];

/** The pairs of the case's own paragraphs, aligned after the context: pieces on each side and texts. */
function alignCase(zh: readonly string[], en: readonly string[], options: AlignOptions = {}): Shape[] {
  const { alignment } = alignDocuments(buildSide('zh', [...context.zh, ...zh]), buildSide('en', [...context.en, ...en]), { numberModels }, options);
  expect(isConsistent(alignment)).toBe(true);
  const caseStart = alignment.zh.text.length - zh.join('\n').length;
  const enStart = alignment.en.text.length - en.join('\n').length;
  return alignment.pairs
    .filter((p) => {
      const z = alignment.zh.pieces[p.zh.to - 1];
      const e = alignment.en.pieces[p.en.to - 1];
      return (p.zh.to > p.zh.from && (z?.start ?? 0) >= caseStart) || (p.en.to > p.en.from && (e?.start ?? 0) >= enStart);
    })
    .map((p) => {
      const t = pairText(alignment, p);
      return [p.zh.to - p.zh.from, p.en.to - p.en.from, t.zh, t.en];
    });
}

describe('alignDocuments: each move', () => {
  it('1–1', () => {
    expect(alignCase(['全年国内生产总值增长2.3%。城镇新增就业1186万人。居民消费价格上涨2.5%。'], ['GDP grew by 2.3 percent for the year. A total of 11.86 million urban jobs were added. Consumer prices rose by 2.5 percent.'])).toEqual([
      [1, 1, '全年国内生产总值增长2.3%。', 'GDP grew by 2.3 percent for the year.'],
      [1, 1, '城镇新增就业1186万人。', 'A total of 11.86 million urban jobs were added.'],
      [1, 1, '居民消费价格上涨2.5%。', 'Consumer prices rose by 2.5 percent.'],
    ]);
  });

  it('1–2: one Chinese sentence the English says in two', () => {
    expect(alignCase(['全年国内生产总值增长2.3%而城镇新增就业1186万人。居民消费价格上涨2.5%。'], ['GDP grew by 2.3 percent for the year. A total of 11.86 million urban jobs were added. Consumer prices rose by 2.5 percent.'])).toEqual([
      [1, 2, '全年国内生产总值增长2.3%而城镇新增就业1186万人。', 'GDP grew by 2.3 percent for the year. A total of 11.86 million urban jobs were added.'],
      [1, 1, '居民消费价格上涨2.5%。', 'Consumer prices rose by 2.5 percent.'],
    ]);
  });

  it('1–2 cut at the comma where the English has two sentences', () => {
    expect(alignCase(['全年国内生产总值增长2.3%，城镇新增就业1186万人，居民消费价格上涨2.5%。'], ['GDP grew by 2.3 percent for the year. A total of 11.86 million urban jobs were added, and consumer prices rose by 2.5 percent.'])).toEqual([
      [1, 1, '全年国内生产总值增长2.3%，', 'GDP grew by 2.3 percent for the year.'],
      [1, 1, '城镇新增就业1186万人，居民消费价格上涨2.5%。', 'A total of 11.86 million urban jobs were added, and consumer prices rose by 2.5 percent.'],
    ]);
  });

  it('2–1: two Chinese sentences the English joins', () => {
    expect(alignCase(['全年国内生产总值增长2.3%。城镇新增就业1186万人。居民消费价格上涨2.5%。'], ['GDP grew by 2.3 percent for the year, and a total of 11.86 million urban jobs were added. Consumer prices rose by 2.5 percent.'])).toEqual([
      [2, 1, '全年国内生产总值增长2.3%。城镇新增就业1186万人。', 'GDP grew by 2.3 percent for the year, and a total of 11.86 million urban jobs were added.'],
      [1, 1, '居民消费价格上涨2.5%。', 'Consumer prices rose by 2.5 percent.'],
    ]);
  });

  it('2–2: sentence ends that do not meet', () => {
    expect(alignCase(['全年国内生产总值增长2.3%而城镇新增就业1186万人。居民消费价格上涨2.5%。'], ['GDP grew by 2.3 percent for the year. A total of 11.86 million urban jobs were added and consumer prices rose by 2.5 percent.'])).toEqual([
      [2, 2, '全年国内生产总值增长2.3%而城镇新增就业1186万人。居民消费价格上涨2.5%。', 'GDP grew by 2.3 percent for the year. A total of 11.86 million urban jobs were added and consumer prices rose by 2.5 percent.'],
    ]);
  });

  it('1–0: a Chinese paragraph the English leaves out stays alone', () => {
    const pairs = alignCase(
      ['全年国内生产总值增长2.3%。', '我们坚持稳中求进工作总基调，全面深化改革开放，统筹疫情防控和经济社会发展，城镇新增就业1186万人，各项民生事业取得新进展。', '居民消费价格上涨2.5%。'],
      ['GDP grew by 2.3 percent for the year.', 'Consumer prices rose by 2.5 percent.'],
    );
    expect(pairs.map((p) => [p[0], p[1]])).toEqual([
      [1, 1],
      [1, 0],
      [1, 1],
    ]);
    expect(pairs[2]?.[3]).toBe('Consumer prices rose by 2.5 percent.');
  });

  it('0–1: a note the English adds stands alone', () => {
    const pairs = alignCase(['全年国内生产总值增长2.3%。', '居民消费价格上涨2.5%。'], ['GDP grew by 2.3 percent for the year.', "Translator's note: figures in this section are preliminary and may be revised later in the year.", 'Consumer prices rose by 2.5 percent.']);
    expect(pairs.map((p) => [p[0], p[1]])).toEqual([
      [1, 1],
      [0, 1],
      [1, 1],
    ]);
  });
});

describe('alignDocuments: anchors', () => {
  it('finds quantities by value across 万, 亿 and million, billion, trillion', () => {
    const zh = buildSide('zh', ['财政赤字3.57万亿元，中央预算内投资6100亿元，新增就业1186万人，进口5218万美元，增长4.8%，人均5.1万元。']);
    const en = buildSide('en', ['A deficit of 3.57 trillion yuan, 610 billion yuan of investment, 11.86 million jobs, imports of 52.18 million US dollars, growth of 4.8 percent, 51,000 yuan per person.']);
    const anchors = findAnchors(zh, en, { numberModels });
    const names = (hits: typeof anchors.zh): string[] => hits.map((h) => anchors.names[h.key] as string).sort();
    expect(names(anchors.zh)).toEqual(names(anchors.en));
    expect(names(anchors.zh)).toEqual(expect.arrayContaining(['n:3570000000000', 'n:610000000000', 'n:11860000', 'n:52180000', 'p:4.8', 'n:51000']));
  });

  it('lets numbers decide where lengths alone go wrong', () => {
    const zh = ['中央预算内投资安排6100亿元。财政赤字率拟按3.2%左右安排，赤字规模3.57万亿元。'];
    const en = ['We plan to allocate 610 billion yuan for investment in the central government budget, and the deficit-to-GDP ratio is projected at around 3.2 percent.', 'The deficit will be 3.57 trillion yuan.'];
    const anchored = alignCase(zh, en);
    expect(anchored.at(-1)).toEqual([1, 1, '赤字规模3.57万亿元。', 'The deficit will be 3.57 trillion yuan.']);
    expect(anchored.map((p) => p[3])).toEqual(en);
    expect(alignCase(zh, en, { lengthOnly: true }).map((p) => p[3])).not.toEqual(en);
  });

  it('pairs headings by their numbers (二、 with II.) and leaves the unmatched one alone', () => {
    const zh = ['一、总体要求', '二、主要任务', '今年要重点做好以下工作。'];
    const en = ['II. Main tasks', 'This year we will focus on the following tasks.'];
    expect(alignCase(zh, en)).toEqual([
      [1, 0, '一、总体要求', ''],
      [1, 1, '二、主要任务', 'II. Main tasks'],
      [1, 1, '今年要重点做好以下工作。', 'This year we will focus on the following tasks.'],
    ]);
  });

  it('uses glossary renderings as anchors', () => {
    const zh = buildSide('zh', ['推动成渝地区双城经济圈建设。']);
    const en = buildSide('en', ['We will promote the Chengdu-Chongqing Economic Circle.']);
    const anchors = findAnchors(zh, en, { numberModels, dictionary: [{ zh: ['成渝地区双城经济圈'], en: ['Chengdu-Chongqing Economic Circle'] }] });
    expect(anchors.zh.map((h) => anchors.names[h.key])).toEqual(['d:0']);
    expect(anchors.en.map((h) => anchors.names[h.key])).toEqual(['d:0']);
  });
});

describe('alignDocuments: the whole report', () => {
  it('aligns GR2021 well within a corridor a small share of the full search, better than length alone', () => {
    const docs = rebuildDocuments(gr2021);
    const zh = buildSide('zh', docs.zh);
    const en = buildSide('en', docs.en);
    const anchored = alignDocuments(zh, en, { numberModels });
    const lengthOnly = alignDocuments(zh, en, { numberModels }, { lengthOnly: true });
    expect(isConsistent(anchored.alignment)).toBe(true);
    const f1 = scoreSentences(anchored.alignment, zh, en, gr2021).f1;
    expect(f1).toBeGreaterThan(0.95);
    expect(f1 - scoreSentences(lengthOnly.alignment, zh, en, gr2021).f1).toBeGreaterThan(0.05);
    expect(anchored.stats.states / anchored.stats.fullStates).toBeLessThan(0.1);
  }, 60_000);

  it('answers empty and one-sided documents without failing', () => {
    const one = alignDocuments(buildSide('zh', ['只有中文。']), buildSide('en', []), { numberModels });
    expect(one.alignment.pairs).toEqual([{ zh: { from: 0, to: 1 }, en: { from: 0, to: 0 }, confidence: 1 }]);
    expect(alignDocuments(buildSide('zh', []), buildSide('en', []), { numberModels }).alignment.pairs).toEqual([]);
  });
});
