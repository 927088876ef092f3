import { describe, expect, it } from 'vitest';
import { CHONGQING, fixtureBytes, NATIONAL, SAMPLE } from '../../test/corpus.js';
import { detectStructure, type DetectedBlock } from './detectStructure.js';
import { importReport } from './importReport.js';

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

function blocksOf(name: string): DetectedBlock[] {
  const text = new TextDecoder().decode(fixtureBytes(name));
  return detectStructure(text.split('\n').map((t, i) => ({ text: t, line: i + 1 })));
}

function tally(blocks: readonly DetectedBlock[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const b of blocks) {
    const key = b.excluded ? 'excluded' : `${b.kind}${b.level ?? ''}${b.runIn ? '-runin' : ''}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

describe('detectStructure on the corpus reports', () => {
  it('finds the structure of the Nanan sample, and only its five trailing chrome lines excluded', () => {
    const blocks = blocksOf(SAMPLE);
    expect(blocks).toHaveLength(19);
    expect(tally(blocks)).toEqual({ title: 1, subtitle: 1, author: 1, salutation: 1, heading1: 1, 'heading2-runin': 2, paragraph: 7, excluded: 5 });
    expect(blocks[0]).toMatchObject({ kind: 'title', text: '重庆市南岸区人民政府工作报告', line: 1 });
    expect(blocks[1]).toMatchObject({ kind: 'subtitle', text: '——2024年2月4日在南岸区第十九届人民代表大会第五次会议上' });
    expect(blocks[2]).toMatchObject({ kind: 'author', text: '重庆市南岸区人民政府区长王茂春' });
    expect(blocks[3]).toMatchObject({ kind: 'salutation', text: '各位代表:' });
    expect(blocks[5]).toMatchObject({ kind: 'heading', level: 1, runIn: null, text: '一、2023年工作回顾' });
    const runIn = blocks.filter((b) => b.runIn !== null);
    expect(runIn.map((b) => b.text.slice(0, b.runIn ?? 0))).toEqual(['(一)落实国家重大战略部署谋划新布局。', '(二)推动产业转型升级实现新进展。']);
    expect(runIn.every((b) => b.kind === 'heading' && b.level === 2)).toBe(true);
    const excluded = blocks.filter((b) => b.excluded);
    expect(excluded.map((b) => b.line)).toEqual([29, 31, 33, 34, 35]);
    expect(excluded.every((b) => b.excluded === 'chrome')).toBe(true);
    expect(blocks.slice(0, 14).some((b) => b.excluded)).toBe(false);
  });

  it('strips the two full-width spaces that open a paragraph', () => {
    const blocks = blocksOf(SAMPLE);
    expect(blocks.every((b) => !/^[\s\u3000]/.test(b.text) && !/[\s\u3000]$/.test(b.text))).toBe(true);
  });

  it('finds the structure of the 2024 national report, with no exclusions', () => {
    const blocks = blocksOf(NATIONAL);
    expect(blocks).toHaveLength(91);
    expect(tally(blocks)).toEqual({ title: 1, subtitle: 1, author: 1, salutation: 5, heading1: 3, 'heading2-runin': 10, 'heading3-runin': 6, paragraph: 64 });
    expect(blocks[2]).toMatchObject({ kind: 'author', text: '国务院总理\u3000李\u3000强' });
    expect(blocks.filter((b) => b.kind === 'heading' && b.level === 1).map((b) => b.text)).toEqual([
      '一、2023年工作回顾',
      '二、2024年经济社会发展总体要求和政策取向',
      '三、2024年政府工作任务',
    ]);
    // "——经济总体回升向好。" paragraphs start with a dash but are body text, not subtitles.
    expect(blocks.filter((b) => b.text.startsWith('——')).map((b) => b.kind)).toEqual(['subtitle', ...Array(7).fill('paragraph')]);
  });

  it('finds the structure of the 2026 Chongqing report; only the page\'s source and date lines are excluded', () => {
    const blocks = blocksOf(CHONGQING);
    expect(blocks).toHaveLength(95);
    expect(tally(blocks)).toEqual({ title: 1, subtitle: 1, author: 1, salutation: 1, heading1: 4, 'heading2-runin': 28, paragraph: 57, excluded: 2 });
    expect(blocks.filter((b) => b.excluded).map((b) => b.text)).toEqual(['来源：重庆日报', '时间：2026-02-03']);
    expect(blocks.find((b) => b.text.startsWith('（十一）'))).toMatchObject({ kind: 'heading', level: 2, runIn: 15 });
  });

  it('gives the same units for the UTF-8, UTF-8 BOM, UTF-16 and GB18030 copies of the sample', () => {
    const reference = importReport('sample.txt', fixtureBytes(SAMPLE));
    if (!reference.ok) throw new Error('sample must import');
    for (const copy of ['nanan_utf8_bom.txt', 'nanan_utf16le_bom.txt', 'nanan_utf16be_bom.txt', 'nanan_gb18030.txt']) {
      const result = importReport(copy, fixtureBytes(`reports/${copy}`));
      if (!result.ok) throw new Error(`${copy}: ${result.error.code}`);
      expect(result.value.doc.toJSON()).toEqual(reference.value.doc.toJSON());
    }
  });
});

describe('detectStructure on hand-written cases', () => {
  it('ranks heading levels by the numbering styles the document uses', () => {
    const blocks = detectStructure(lines('规划纲要', '第一章 总体要求', '第一节 发展环境', '一、主要目标', '（一）经济', '1.增长', '(1)指标'));
    expect(blocks.map((b) => [b.kind, b.level])).toEqual([
      ['title', null],
      ['heading', 1],
      ['heading', 2],
      ['heading', 3],
      ['heading', 4],
      ['heading', 5],
      ['heading', 6],
    ]);
  });

  it('recognises ASCII and full-width brackets, and run-in headings at any level', () => {
    const blocks = detectStructure(lines('标题', '(三)加强治理。正文第一句。', '（四）独立标题', '1.推进改革。正文。'));
    expect(blocks.slice(1).map((b) => [b.kind, b.level, b.runIn])).toEqual([
      ['heading', 1, 8],
      ['heading', 1, null],
      ['heading', 2, 7],
    ]);
  });

  it('does not take numbers for heading markers', () => {
    const blocks = detectStructure(lines('标题', '1.39万亿斤粮食。', '2023年，经济回升。', '一是加大宏观调控力度。'));
    expect(blocks.slice(1).map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('treats a long marked line without a sentence end as body text', () => {
    const long = `一、${'很长的没有句号的文字'.repeat(8)}`;
    expect(detectStructure(lines('标题', long))[1]).toMatchObject({ kind: 'paragraph', level: null });
  });

  it('keeps a signature before trailing chrome, and excludes chrome in the middle', () => {
    const first = '过去一年，我们坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，经济社会发展主要目标任务圆满完成。';
    const second = '现代化产业体系建设取得重要进展。传统产业加快转型升级，战略性新兴产业蓬勃发展，未来产业有序布局。';
    const blocks = detectStructure(
      lines('关于某项工作的通知', first, '图为会场。记者 张三 摄', second, '重庆市南岸区人民政府', '2024年2月4日', '上一篇：某文章', '下一篇：另一文章', '打印 关闭窗口'),
    );
    expect(blocks.map((b) => b.excludedReason)).toEqual([null, null, 'caption', null, null, null, 'relatedLinks', 'relatedLinks', 'toolbar']);
    expect(blocks[0]?.kind).toBe('title');
  });

  it('uses the HTML extractor\'s chrome hint', () => {
    const blocks = detectStructure([
      { text: '首页 | 新闻 | 政务公开', line: 1, hints: { chrome: 'toolbar' } },
      { text: '政府工作报告', line: 2 },
      { text: '各位代表：', line: 3 },
    ]);
    expect(blocks.map((b) => [b.kind, b.excluded])).toEqual([
      ['paragraph', 'chrome'],
      ['title', null],
      ['salutation', null],
    ]);
  });
});

describe('run-in items 一是… and 第一，…', () => {
  it('recognises the 一是…六是 paragraphs of the 2024 national report as run-in headings below (一)', () => {
    const blocks = blocksOf(NATIONAL);
    const items = blocks.filter((b) => /^[一二三四五六]是/.test(b.text));
    expect(items.map((b) => b.text.slice(0, b.runIn ?? 0))).toEqual([
      '一是加大宏观调控力度，推动经济运行持续好转。',
      '二是依靠创新引领产业升级，增强城乡区域发展新动能。',
      '三是深化改革扩大开放，持续改善营商环境。',
      '四是强化生态环境保护治理，加快发展方式绿色转型。',
      '五是着力抓好民生保障，推进社会事业发展。',
      '六是全面加强政府建设，大力提升治理效能。',
    ]);
    const parenLevel = blocks.find((b) => b.text.startsWith('（一）'))?.level;
    expect(items.every((b) => b.kind === 'heading' && b.level === (parenLevel ?? 0) + 1)).toBe(true);
  });

  it('recognises 第一，… openers (the corpus has none: its (一)…(四) paragraphs, renumbered the way other reports write them)', () => {
    const text = new TextDecoder().decode(fixtureBytes(CHONGQING));
    const part = text.split('\n').filter((l) => /^（[一二三四]）(突出政治引领|树牢法治思维|提升善治效能|守住廉治底线)/.test(l));
    expect(part).toHaveLength(4);
    const renumbered = part.map((l, i) => l.replace(/^（[一二三四]）/, `第${'一二三四'[i]}，`));
    const blocks = detectStructure(lines('政府工作报告', '各位代表：', '四、全面提升政府治理现代化水平', ...renumbered));
    const items = blocks.slice(3);
    expect(items.map((b) => b.text.slice(0, b.runIn ?? 0))).toEqual(['第一，突出政治引领。', '第二，树牢法治思维。', '第三，提升善治效能。', '第四，守住廉治底线。']);
    expect(items.every((b) => b.kind === 'heading' && b.level === 2)).toBe(true);
  });

  it('leaves a 一是 or 第一， sentence standing alone as body text, and 一是 inside a sentence alone', () => {
    const blocks = detectStructure(lines('政府工作报告', '各位代表：', '第一，这是一句话。', '我们的任务一是发展，二是改革。'));
    expect(blocks.slice(2).map((b) => [b.kind, b.runIn])).toEqual([
      ['paragraph', null],
      ['paragraph', null],
    ]);
  });
});

describe('pages', () => {
  const report = ['政府工作报告', '——2024年3月5日在第十四届全国人民代表大会第二次会议上', '国务院总理　李　强', '各位代表：', '现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。', '一、2023年工作回顾', '过去一年，是全面贯彻党的二十大精神的开局之年，是本届政府依法履职的第一年。'];

  it('chooses the title from the skeleton, never the first line, and excludes a repeated headline', () => {
    const blocks = detectStructure(lines('下载', '您的位置：首页 > 政务公开 > 报告', '政府工作报告（全文）', '来源：', '中国政府网', ...report, '相关新闻', '2024年国民经济和社会发展计划 2024-03-13', '政府工作报告'));
    expect(blocks.filter((b) => b.kind === 'title').map((b) => b.text)).toEqual(['政府工作报告']);
    expect(blocks.map((b) => b.excludedReason)).toEqual([
      'toolbar', 'breadcrumb', 'repeatedTitle', 'sourceDate', 'sourceDate',
      null, null, null, null, null, null, null,
      'relatedLinks', 'relatedLinks', 'repeatedTitle',
    ]);
  });

  it('joins a dated subtitle split over two lines, and lines a scraper broke inside a sentence', () => {
    const blocks = detectStructure(
      lines('政府工作报告', '——2024年3月5日', '在第十四届全国人民代表大会第二次会议上', '各位代表：', '国内生产总值超过126万亿元，增长', '5.2', '%，增速居世界主要经济体前列。', '实行“', '揭榜', '挂帅”等机制，攻关一批关键核心技术，成效明显。', '（', '一）加强治理，提升效能。'),
    );
    expect(blocks.map((b) => b.text)).toEqual([
      '政府工作报告',
      '——2024年3月5日在第十四届全国人民代表大会第二次会议上',
      '各位代表：',
      '国内生产总值超过126万亿元，增长5.2%，增速居世界主要经济体前列。',
      '实行“揭榜挂帅”等机制，攻关一批关键核心技术，成效明显。',
      '（一）加强治理，提升效能。',
    ]);
    expect(blocks[1]?.kind).toBe('subtitle');
    expect(blocks.every((b) => b.excluded === null)).toBe(true);
  });

  it('keeps a text with no prose at all whole rather than guess', () => {
    const blocks = detectStructure(lines('目录', '第一章 总则', '第二章 规划', '第三章 附则'));
    expect(blocks.every((b) => b.excluded === null)).toBe(true);
  });
});
