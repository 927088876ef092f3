import { describe, expect, it } from 'vitest';
import { chineseQuantities } from './chineseQuantities.js';
import { createNumberModels } from './numberModels.js';
import type { Quantity } from './quantity.js';

const models = createNumberModels();
/** The quantities of a text as short strings: kind, noun or unit, value, and "?" when optional. */
const read = (text: string): string[] =>
  chineseQuantities(text, models).map((q: Quantity) => `${q.kind}${q.noun ? `:${q.noun}` : ''}${q.unit ? `:${q.unit.name}` : ''} ${q.value}${q.optional ? '?' : ''}`);

describe('chineseQuantities', () => {
  it('reads a decimal point typed as 。 or ． as a point, not as a sentence end', () => {
    expect(read('技术合同成交额增长27。3%')).toEqual(['percent 27.3']);
    expect(read('增长２７．３％')).toEqual(['percent 27.3']);
    // Before a date the ideographic stop ends a sentence.
    expect(read('共举办27场。3月起')).toEqual(['number 27']);
  });

  it('reads ranges with 至, 到, —, ～ and -, the first number taking the unit of the second', () => {
    expect(read('给予100万元至300万元奖励')).toEqual(['money 1000000', 'money 3000000']);
    expect(read('增长5—6%')).toEqual(['percent 5', 'percent 6']);
    expect(read('安排2亿至3亿元')).toEqual(['money 200000000', 'money 300000000']);
    expect(read('提高到2.5%～3%')).toEqual(['percent 2.5', 'percent 3']);
    // The model reads 6%-6.5% as 6 and −6.5: the dash joins a range, it is no minus sign.
    expect(read('增长6%-6.5%')).toEqual(['percent 6', 'percent 6.5']);
    expect(read('用3到5年时间')).toEqual(['number 3', 'number 5']);
    expect(read('2021—2025年')).toEqual(['year 2021', 'year 2025']);
  });

  it('gives each ordinal the noun it counts', () => {
    expect(read('党的十九届六中全会通过党的第三个历史决议')).toEqual(['ordinal:congress 19', 'ordinal:plenum 6', 'ordinal:other 3']);
    expect(read('第十四届全国人民代表大会第二次会议')).toEqual(['ordinal:congress 14', 'ordinal:session 2']);
    expect(read('区委十三届四次、五次、六次全会')).toEqual(['ordinal:congress 13', 'ordinal:plenum 4', 'ordinal:plenum 5', 'ordinal:plenum 6']);
    expect(read('党的二十大和二十届二中全会')).toEqual(['ordinal:congress 20', 'ordinal:congress 20', 'ordinal:plenum 2']);
    expect(read('“十四五”规划')).toEqual(['ordinal:plan 14']);
    expect(read('一季度增长5.3%')).toEqual(['ordinal:quarter 1', 'percent 5.3']);
    // 十大 is "ten major" (二十大 the 20th Congress); 前三季度 the first three quarters (the "first" implied).
    expect(read('碳达峰十大行动')).toEqual(['number 10']);
    expect(read('前三季度')).toEqual(['ordinal:quarter 1?', 'number 3']);
    // Two meetings, two editions, three terms in a row are counts.
    expect(read('召开两次会议')).toEqual(['times 2']);
    expect(read('成功举办两届进博会，连续三届获评')).toEqual(['number 2', 'number 3']);
  });

  it('reads counted adverbs and multiples with the readings English uses', () => {
    expect(read('两次降低存款准备金率')).toEqual(['times 2']);
    expect(read('三次获评')).toEqual(['times 3']);
    const doubled = chineseQuantities('出口额增长一倍', models);
    expect(doubled).toMatchObject([{ kind: 'multiple', value: 1, readings: [{ kind: 'multiple', value: 2 }, { kind: 'percent', value: 100 }] }]);
    expect(read('经济总量翻一番')).toEqual(['multiple 2']);
    expect(read('实现翻两番')).toEqual(['multiple 4']);
    expect(read('是去年的2倍')).toEqual(['multiple 2']);
  });

  it('reads units of measure, longest first, and 度 only for electricity', () => {
    expect(read('粮食产量1.39万亿斤')).toEqual(['measure:斤 1390000000000']);
    expect(read('守住18亿亩耕地红线')).toEqual(['measure:亩 1800000000']);
    expect(read('实施新一轮千亿斤粮食产能提升行动')).toEqual(['measure:斤 100000000000']);
    expect(read('装机3000万千瓦，发电1.3亿千瓦时')).toEqual(['measure:千瓦 30000000', 'measure:千瓦时 130000000']);
    expect(read('建成区135平方公里，绿地260公顷')).toEqual(['measure:平方公里 135', 'measure:公顷 260']);
    expect(read('节约用电3.5亿度')).toEqual(['measure:度 350000000']);
    expect(read('气温38度')).toEqual(['number 38']);
    expect(read('节能120万吨标准煤，调水620亿立方米，步道20里')).toEqual(['measure:吨标准煤 1200000', 'measure:立方米 62000000000', 'measure:里 20']);
  });

  it('reads technical names as names, and numbers of set phrases and slogans as optional', () => {
    expect(read('PM2.5浓度，5G基站，C919客机')).toEqual(['name 2.5', 'name 5', 'name 919']);
    expect(chineseQuantities('5G用户', models)[0]).toMatchObject({ kind: 'name', text: '5G' });
    expect(read('三百六十行，行行出状元')).toEqual(['number 360?']);
    expect(read('落实“两个毫不动摇”')).toEqual(['number 2?']);
    expect(read('增强“四个意识”')).toEqual(['number 4?']);
    expect(read('坚持九二共识')).toEqual(['year 1992?']);
    expect(read('一年来，一批项目，两岸同胞，三北工程')).toEqual([]);
  });

  it('reads percentages written in words: 百分之, 千分之, 成', () => {
    expect(read('增长百分之五，百分之三点五，千分之三')).toEqual(['percent 5', 'percent 3.5', 'percent 0.3']);
    expect(read('成本下降两成，五成以上')).toEqual(['percent 20', 'percent 50']);
    expect(read('百分之百完成')).toEqual(['percent 100?']);
    expect(read('一成不变，建成，三成本')).toEqual([]);
  });

  it('reads years, dates, scales without numbers and approximations', () => {
    expect(read('2024年3月5日')).toEqual(['year 2024']);
    expect(read('二〇二四年')).toEqual(['year 2024']);
    expect(read('惠及上千万家庭')).toEqual(['number 10000000']);
    expect(chineseQuantities('6600多万纳税人', models)).toMatchObject([{ value: 66_000_000, approximate: true }]);
    expect(read('建设西部陆海新通道，陆家嘴')).toEqual([]);
    expect(read('人民币壹万元整')).toEqual(['money 10000']);
  });
});
