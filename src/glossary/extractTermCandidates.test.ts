import { describe, expect, it } from 'vitest';
import { candidateKey, extractTermCandidates, type TermDictionary, type TermSource } from './extractTermCandidates.js';
import { buildTermIndex, findTerms } from './termIndex.js';

/** A small dictionary of plain words, as CC-CEDICT would have them (verbs glossed "to …"). */
function dictionary(words: string, verbs = ''): TermDictionary {
  const set = new Set(words.split(' ').filter(Boolean));
  const verbSet = new Set(verbs.split(' ').filter(Boolean));
  for (const v of verbSet) set.add(v);
  return {
    has: (w) => set.has(w),
    isVerb: (w) => verbSet.has(w),
    lengthsAt: (text, at, limit = 8) => {
      const out: number[] = [];
      for (let len = Math.min(limit, text.length - at); len >= 1; len--) if (set.has(text.slice(at, at + len))) out.push(len);
      return out;
    },
  };
}

const WORDS = dictionary(
  '我们 坚持 加快 建设 推进 实施 深入 工作 体系 发展 产业 集群 现代 制造业 经济 高质量 质量 国家 重点 任务 攻坚 攻坚战 机制 全市 全区 ' +
    '示范区 示范 新区 工程 行动 计划 城市 更新 乡村 振兴 数字 重庆 港口 码头 物流 枢纽 新城 生态 文明 治理 政府 报告 企业 项目 ' +
    '全面 落实 一批 一体化 统一 市场 大市场 方面 八个 两个 四个 三个 作用 的 和 与 在 是 为 了 等 一年 一年来 五年 公里 亿元 万元',
  '壮大 搞 严禁 融入 打造 构建 开展 启动 建设 打好',
);

const src = (...texts: string[]): TermSource[] => texts.map((text, i) => ({ unitId: `u${i + 1}`, text }));

describe('extractTermCandidates', () => {
  it('finds quoted codes and slogans, whatever the quotes, and ranks them first', () => {
    const { candidates } = extractTermCandidates(src('构建“885”工作体系，坚持"两个确立"，打造「人工智能+」行动。', '落实“885”机制。'), { dictionary: WORDS });
    const quoted = candidates.filter((c) => c.kind === 'quoted');
    expect(quoted.map((c) => c.term)).toEqual(expect.arrayContaining(['885', '两个确立', '人工智能+']));
    expect(candidates.find((c) => c.term === '885')?.count).toBe(2);
    expect(candidates.slice(0, quoted.length).every((c) => c.kind === 'quoted')).toBe(true);
  });

  it('leaves out a quoted sentence, and counts a code never inside a longer number', () => {
    const { candidates } = extractTermCandidates(src('他说“我们坚持推进工作。明年继续。”', '“885”与8850和1885不同，885不是。'), { dictionary: WORDS });
    expect(candidates.some((c) => c.term.includes('明年'))).toBe(false);
    expect(candidates.find((c) => c.term === '885')?.count).toBe(2);
  });

  it('finds number-led slogans and "+" codes, but not counts and amounts', () => {
    const { candidates } = extractTermCandidates(src('打好三大攻坚战，坚持两个毫不动摇，推进1+20政策体系和4+6+X产业。', '主要抓了八个方面的工作，新增5个项目，投资3亿元，一年来成绩显著。'), {
      dictionary: WORDS,
    });
    const numbered = candidates.filter((c) => c.kind === 'numbered').map((c) => c.term);
    expect(numbered).toEqual(expect.arrayContaining(['三大攻坚战', '两个毫不动摇', '1+20', '4+6+X']));
    expect(numbered.some((t) => t.startsWith('八个方面') || t.includes('5个') || t.startsWith('一年'))).toBe(false);
  });

  it('finds a named programme or place back to the verb before it, not through it', () => {
    const { candidates } = extractTermCandidates(src('加快建设滨江智创生态新城，深入实施老旧港口码头更新工程，壮大临港物流产业集群。'), { dictionary: WORDS });
    const named = candidates.filter((c) => c.kind === 'named').map((c) => c.term);
    expect(named).toEqual(expect.arrayContaining(['老旧港口码头更新工程', '临港物流产业集群']));
    expect(named.some((t) => t.startsWith('实施') || t.startsWith('壮大') || t.startsWith('加快'))).toBe(false);
  });

  it('finds a recurring phrase that is no dictionary word, with stable boundaries, and not its fragments', () => {
    const text = ['推进江城都市圈建设。', '江城都市圈的发展很快。', '我们坚持江城都市圈和乡村振兴。', '江城都市圈人口增加。'];
    const { candidates } = extractTermCandidates(src(...text), { dictionary: WORDS });
    const found = candidates.find((c) => c.term === '江城都市圈');
    expect(found).toMatchObject({ kind: 'recurring', count: 4 });
    expect(candidates.some((c) => c.term === '城都市圈' || c.term === '江城都市')).toBe(false);
    // A plain dictionary word is no candidate, however often it recurs.
    expect(candidates.some((c) => c.term === '乡村振兴' && c.kind === 'recurring')).toBe(false);
  });

  it('leaves out what a glossary already has (width, quotes and case aside) and says how many', () => {
    const { candidates, known } = extractTermCandidates(src('坚持“两个确立”，推进“3+2”产业，构建“ＡＩ＋”体系。'), { dictionary: WORDS, known: ['两个确立', '3+2', 'ai+'] });
    expect(candidates.map((c) => c.term)).not.toEqual(expect.arrayContaining(['两个确立']));
    expect(candidates.some((c) => candidateKey(c.term) === '3+2')).toBe(false);
    expect(known).toBeGreaterThanOrEqual(3);
  });

  it('compares with the glossary as the glossary matcher does: a scraped "3 2" is the known "3+2"', () => {
    // The starter glossary has "3+2"; a scraped page gives it as “3 2”, which the matcher finds as the term.
    const scraped = src('推进“3 2”产业发展，落实“3 2”政策。', '实施“十四五”规划，编制“十四五”专项。', '打造“人工智能 +”场景，推进“１＋２０”体系。');
    const without = extractTermCandidates(scraped, { dictionary: WORDS }).candidates.map((c) => candidateKey(c.term));
    expect(without).toEqual(expect.arrayContaining(['3+2', '十四五', '人工智能+', '1+20']));
    const { candidates, known } = extractTermCandidates(scraped, { dictionary: WORDS, known: ['3+2', '“十四五”', '人工智能＋', '1+20'] });
    expect(candidates.map((c) => c.term)).toEqual([]);
    expect(known).toBe(4);
    // …as the matcher in the editor finds the scraped form of the glossary's term.
    expect(findTerms('推进“3 2”产业', buildTermIndex([{ id: 'e1', term: '3+2' }]))).toHaveLength(1);
  });

  it('keys alike only what the glossary matcher takes for one term', () => {
    expect(candidateKey('3 2')).toBe(candidateKey('3+2'));
    expect(candidateKey('３＋２')).toBe(candidateKey('3+2'));
    expect(candidateKey('“十四五”')).toBe(candidateKey('十四五'));
    expect(candidateKey('「十四五」')).toBe(candidateKey('十四五'));
    expect(candidateKey('ＡＩ＋')).toBe(candidateKey('ai+'));
    expect(candidateKey('两个　确立')).toBe(candidateKey('两个确立'));
    // Not the same code: digits run together, or a different code.
    expect(candidateKey('32')).not.toBe(candidateKey('3+2'));
    expect(candidateKey('3 2 1')).not.toBe(candidateKey('3+2'));
    expect(candidateKey('1+20')).not.toBe(candidateKey('120'));
  });

  it('gives each candidate its first contexts with offsets into its unit', () => {
    const sources = src('第一段，坚持“两个确立”。', '第二段，再说“两个确立”和两个确立。');
    const c = extractTermCandidates(sources, { dictionary: WORDS, contexts: 2 }).candidates.find((x) => x.term === '两个确立');
    expect(c?.count).toBe(3);
    expect(c?.contexts).toHaveLength(2);
    for (const ctx of c?.contexts ?? []) {
      const text = sources.find((s) => s.unitId === ctx.unitId)?.text ?? '';
      expect(text.slice(ctx.start, ctx.end)).toBe('两个确立');
      expect(text.slice(0, ctx.start).endsWith(ctx.before)).toBe(true);
    }
  });

  it('is deterministic and copes with empty, punctuation-only and very long input', () => {
    const long = '推进江城都市圈建设。'.repeat(2000);
    const a = extractTermCandidates(src(long, '', '，。！？……', '“”'), { dictionary: WORDS, max: 5 });
    const b = extractTermCandidates(src(long, '', '，。！？……', '“”'), { dictionary: WORDS, max: 5 });
    expect(a).toEqual(b);
    expect(a.candidates.length).toBeLessThanOrEqual(5);
    expect(extractTermCandidates([], { dictionary: WORDS })).toEqual({ candidates: [], known: 0 });
  });
});
