import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNumbers } from './checkNumbers.js';
import { chineseQuantities } from './chineseQuantities.js';
import { englishQuantities } from './englishQuantities.js';
import { formatValue } from './formatValue.js';
import { createNumberModels } from './numberModels.js';
import type { QaFinding } from './qaFinding.js';
import { checkUnitNumbers } from './runQa.js';

const models = createNumberModels();
const check = (zh: string, en: string, year: number | null = null): QaFinding[] => checkUnitNumbers(zh, en, models, year);
/** What a user sees by default: errors and warnings. */
const flags = (findings: readonly QaFinding[]): QaFinding[] => findings.filter((f) => f.severity !== 'info');
const errors = (findings: readonly QaFinding[]): QaFinding[] => findings.filter((f) => f.severity === 'error');

describe('formatValue', () => {
  it('says a value as an English reader would, to a number of significant figures when asked', () => {
    expect(formatValue(98_520_000_000)).toBe('98.52 billion');
    expect(formatValue(52_180_000)).toBe('52.18 million');
    expect(formatValue(3.2e12)).toBe('3.2 trillion');
    expect(formatValue(51_000)).toBe('51,000');
    expect(formatValue(2024)).toBe('2024');
    expect(formatValue(0.1 + 0.2)).toBe('0.3');
    expect(formatValue(6_666_666.67, 3)).toBe('6.67 million');
    expect(formatValue(999_999_999, 3)).toBe('1 billion');
  });
});

describe('checkNumbers: the basics', () => {
  it('reports 985.2亿元 rendered as "985.2 billion yuan" as a tenfold scale error on the right spans', () => {
    const zh = '全年增长6.7%(达到985.2亿元)';
    const en = 'grew 6.7 percent for the year to 985.2 billion yuan';
    const findings = check(zh, en);
    expect(findings).toHaveLength(1);
    const [f] = findings as [QaFinding];
    expect(f).toMatchObject({ code: 'qa.number.scale', severity: 'error', params: { factor: '10', direction: 'larger' } });
    expect(zh.slice(f.source?.start, f.source?.end)).toBe('985.2亿元');
    expect(en.slice(f.target?.start, f.target?.end)).toBe('985.2 billion yuan');
  });

  it('passes correct renderings of scales, currencies, percentages, ratios and dates', () => {
    expect(check('达到985.2亿元', 'reached 98.52 billion yuan')).toEqual([]);
    expect(check('实际利用外资5218万美元', 'foreign capital actually used was 52.18 million US dollars')).toEqual([]);
    expect(check('实际利用外资5218万美元', 'foreign investment reached US$52.18 million')).toEqual([]);
    expect(check('人均可支配收入达到5.1万元', 'per capita disposable income reached 51,000 yuan')).toEqual([]);
    expect(check('增长4.8%', 'grew by 4.8%')).toEqual([]);
    expect(check('居中心城区第1', 'ranking first among the central urban districts')).toEqual([]);
    expect(check('三次产业结构调整为0.5∶38.7∶60.8', 'the structure of the three industries became 0.5:38.7:60.8')).toEqual([]);
    expect(check('——2024年2月4日在南岸区第十九届人民代表大会第五次会议上', 'Delivered at the Fifth Session of the 19th People’s Congress on 4 February 2024')).toEqual([]);
    expect(check('城镇新增就业1244万人', '12.44 million new urban jobs were added')).toEqual([]);
    expect(check('约占三分之一', 'accounting for about a third')).toEqual([]);
    expect(check('１２３４５元', '12,345 yuan')).toEqual([]);
    expect(check('居全市第一', 'ranked No. 1 in the city')).toEqual([]);
  });

  it('reads percentages written in words and per-unit rates', () => {
    expect(check('增长百分之五', 'grew by 5 percent')).toEqual([]);
    expect(check('成本下降两成', 'costs fell by 20 percent')).toEqual([]);
    expect(check('补贴标准为每亩100元', 'a subsidy of 100 yuan per mu')).toEqual([]);
    expect(check('价格为2000元/吨', 'a price of 2,000 yuan per ton')).toEqual([]);
  });

  it('tells percent from percentage points, and rounding from error', () => {
    expect(check('提高1.5个百分点', 'up 1.5 percent')).toMatchObject([{ code: 'qa.number.percentPoints', severity: 'error' }]);
    expect(check('提高1.5个百分点', 'up 1.5 percentage points')).toEqual([]);
    expect(check('居全市第1', 'ranked second in the city')).toMatchObject([{ code: 'qa.number.ordinal', severity: 'error' }]);
    expect(check('达到985.2亿元', 'about 98.5 billion yuan')).toMatchObject([{ code: 'qa.number.rounded', severity: 'info' }]);
    expect(check('增长5.8%', 'grew by 5.6 percent')).toMatchObject([{ code: 'qa.number.valueDiffers', severity: 'error' }]);
    expect(check('新增企业53家', 'new enterprises were added')).toMatchObject([{ code: 'qa.number.missingPlain', severity: 'warning', params: { source: '53' } }]);
    expect(check('新增企业1.2万家', 'new enterprises were added')).toMatchObject([{ code: 'qa.number.missing', severity: 'warning', params: { source: '1.2万', value: '12,000' } }]);
  });
});

describe('checkNumbers: the classes of issue 14', () => {
  it('hyphenated and compound English quantities', () => {
    expect(check('常住人口突破1.5亿', 'the population passed the 150-million mark')).toEqual([]);
    expect(check('技术合同成交额增长27.3%', 'a 27.3-percent rise in technology contracts')).toEqual([]);
    expect(check('外贸进出口总额达到1.2万亿美元', 'trade reached US$1.2 trillion')).toEqual([]);
    expect(check('是2015年的2.5倍', '2.5-fold the 2015 level')).toEqual([]);
    expect(check('研发经费突破3.3万亿元', 'R&D spending passed the 3.3-trillion-yuan mark')).toEqual([]);
    expect(errors(check('常住人口突破1.5亿', 'the population passed the 15-million mark'))).toMatchObject([{ code: 'qa.number.scale' }]);
  });

  it('a decimal point typed as 。 inside a Chinese sentence', () => {
    expect(check('技术合同成交额增长27。3%，居民收入增长6。1%。', 'Turnover in technology contracts grew by 27.3 percent, and incomes by 6.1 percent.')).toEqual([]);
    expect(errors(check('技术合同成交额增长27。3%。', 'Turnover grew by 27.8 percent.'))).toMatchObject([{ code: 'qa.number.valueDiffers', params: { source: '27。3%' } }]);
  });

  it('ranges in both languages, read as two numbers', () => {
    expect(check('对符合条件的企业给予100万元至300万元奖励。', 'Eligible enterprises will receive awards of between one million and three million yuan.')).toEqual([]);
    expect(check('给予100万元至300万元奖励', 'awards from 1 million to 3 million yuan')).toEqual([]);
    expect(check('增长5%—6%', 'grow by 5 to 6 percent')).toEqual([]);
    expect(check('增长5—6%', 'grow by 5-6%')).toEqual([]);
    expect(check('增长6%-6.5%', 'grow by 6 to 6.5 percent')).toEqual([]);
    expect(check('每年安排2亿至3亿元', '200 million to 300 million yuan a year')).toEqual([]);
    expect(check('研发投入强度提高到2.5%～3%', 'R&D spending will be raised to 2.5-3 percent of GDP')).toEqual([]);
    expect(check('用3到5年时间', 'in three to five years')).toEqual([]);
    expect(errors(check('给予100万元至300万元奖励', 'awards of between one million and four million yuan'))).toMatchObject([{ code: 'qa.number.valueDiffers', params: { source: '300万元' } }]);
  });

  it('ordinals paired by their noun, never crosswise', () => {
    const zh = '党的十九届六中全会通过党的第三个历史决议。';
    expect(check(zh, 'The Sixth Plenary Session of the 19th CPC Central Committee adopted the Party’s third historical resolution.')).toEqual([]);
    // The official English leaves "third" out: a missing ordinal (a warning), not "sixth" against 三.
    expect(errors(check(zh, 'The Sixth Plenary Session of the 19th CPC Central Committee adopted a resolution on the Party’s history.'))).toEqual([]);
    expect(errors(check(zh, 'The Second Plenary Session of the 19th CPC Central Committee adopted the Party’s third historical resolution.'))).toMatchObject([
      { code: 'qa.number.ordinal', params: { source: '六', target: 'Second' } },
    ]);
    const nanan = '坚决落实市委六届二次、三次、四次全会精神和区委十三届四次、五次、六次全会精神';
    const en = 'implemented the principles of the Second, Third and Fourth Plenary Sessions of the Sixth Municipal Party Committee and the Fourth, Fifth and Sixth Plenary Sessions of the 13th District Party Committee';
    expect(check(nanan, en)).toEqual([]);
    expect(check('第十四届全国人民代表大会第二次会议', 'the Second Session of the 14th National People’s Congress')).toEqual([]);
    expect(errors(check('第十四届全国人民代表大会第二次会议', 'the Third Session of the 14th National People’s Congress'))).toMatchObject([{ code: 'qa.number.ordinal', params: { target: 'Third' } }]);
    expect(check('“十四五”规划', 'the 14th Five-Year Plan')).toEqual([]);
    expect(check('南岸区地区生产总值前三季度分别增长4.8%、3.7%、5.8%,分别居中心城区第1、第3、第2', 'GDP grew by 4.8, 3.7 and 5.8 percent in the first three quarters, ranking first, third and second')).toEqual([]);
  });

  it('counted adverbs', () => {
    expect(check('两次降低存款准备金率、两次下调政策利率', 'we cut the required reserve ratio twice and lowered policy interest rates twice')).toEqual([]);
    expect(check('全区三次获评全国文明城区', 'named a National Civilized District three times')).toEqual([]);
    expect(check('出口额比2015年增长一倍', 'Exports doubled from their 2015 level.')).toEqual([]);
    expect(check('出口额比2015年增长一倍', 'Exports rose by 100 percent over 2015.')).toEqual([]);
    expect(check('经济总量翻一番', 'the economy doubled in size')).toEqual([]);
    expect(check('到2035年实现翻两番', 'quadrupled by 2035')).toEqual([]);
    expect(flags(check('全年两次上调最低工资标准', 'The minimum wage was raised three times during the year.'))).not.toEqual([]);
  });

  it('technical names with digits', () => {
    expect(check('细颗粒物(PM2.5)平均浓度下降至28微克/立方米', 'fine particulate matter (PM2.5) fell to 28 micrograms per cubic meter')).toEqual([]);
    expect(check('数字经济加快发展，5G用户普及率超过50%', 'the penetration rate of 5G users exceeded 50 percent')).toEqual([]);
    expect(check('国产大飞机C919投入商业运营', 'the C919 entered commercial service')).toEqual([]);
    expect(check('经历三年新冠疫情冲击', 'after three years of COVID-19 shocks')).toEqual([]);
    expect(check('出席二十国集团领导人峰会', 'attended the G20 Leaders’ Summit')).toEqual([]);
    expect(check('加快实施“十四五”规划重大工程项目', 'speed up major projects of the 14th Five-Year Plan')).toEqual([]);
    // A name one digit away is a near miss.
    expect(flags(check('累计建成5G基站337.7万个', '3.377 million 6G base stations'))).toMatchObject([{ code: 'qa.number.nearMissName', params: { target: '6G', near: '5G' } }]);
  });

  it('set phrases whose number is not a quantity', () => {
    expect(check('三百六十行，行行出状元。', 'Every trade has its master.')).toEqual([]);
    expect(check('要不断完善落实“两个毫不动摇”的体制机制', 'We will keep improving the institutions for unswervingly consolidating the public sector and unswervingly encouraging the non-public sector.')).toEqual([]);
    expect(check('十年磨一剑', 'years of painstaking effort')).toEqual([]);
    expect(check('坚持九二共识', 'adhere to the 1992 Consensus')).toEqual([]);
    expect(check('做到“两个维护”', 'uphold the Two Upholds')).toEqual([]);
  });
});

describe('checkNumbers: conversions', () => {
  it('accepts the official conversions of traditional and Chinese units, within ±1.5%', () => {
    expect(check('粮食产量1.39万亿斤', 'grain output reached 695 million metric tons')).toEqual([]);
    expect(check('粮食产量1.37万亿斤', 'grain output reached 685 million metric tons')).toEqual([]);
    expect(check('严守18亿亩耕地红线', 'above the red line of 120 million hectares')).toEqual([]);
    expect(check('盐碱地1亿亩', 'about 6.67 million hectares of saline-alkali land')).toEqual([]);
    expect(check('实施新一轮千亿斤粮食产能提升行动', 'increase grain production capacity by 50 million metric tons')).toEqual([]);
    expect(check('小麦亩产达到800斤', 'a yield of 400 kilograms per mu')).toEqual([]);
    expect(check('新增风电光伏装机容量2.9亿千瓦', 'newly installed capacity reached 290 gigawatts')).toEqual([]);
    expect(check('核电在运装机5691万千瓦', 'a capacity of 56.91 GW')).toEqual([]);
    expect(check('新增分布式光伏装机12万千瓦，年发电量约1.3亿千瓦时', '120 megawatts, generating about 130 million kilowatt-hours a year')).toEqual([]);
    expect(check('全年节约用电3.5亿度', '350 million kWh of electricity was saved')).toEqual([]);
    expect(check('能源消费总量控制在54亿吨标准煤以内', 'within 5.4 billion tons of standard coal equivalent')).toEqual([]);
    expect(check('建成区面积135平方公里，绿地260公顷', '135 square kilometers, and 260 hectares of green space')).toEqual([]);
    expect(check('累计调水超过620亿立方米', 'more than 62 billion cubic meters of water')).toEqual([]);
    expect(check('沿江步道全长约20里', 'the trail is about 10 kilometers long')).toEqual([]);
    // In the original unit, as some official English keeps it.
    expect(check('粮食产量1.37万亿斤', 'grain output of 1.37 trillion jin')).toEqual([]);
    // Within ±1.5% of 6.667 million.
    expect(check('盐碱地1亿亩', '6.6 million hectares')).toEqual([]);
  });

  it('reports a wrong conversion as an error with the expected figure and the tolerance', () => {
    const [f] = check('实施盐碱地综合改造利用1亿亩', 'improve 6.67 billion hectares of saline-alkali land') as [QaFinding];
    expect(f).toMatchObject({ code: 'qa.number.conversion', severity: 'error', params: { source: '1亿亩', expected: '6.67 million hectares', target: '6.67 billion hectares', tolerance: '1.5%' } });
    // Left unconverted: the Chinese figure with the English unit.
    expect(check('严守18亿亩耕地红线', 'the red line of 1.8 billion hectares')).toMatchObject([{ code: 'qa.number.conversion', severity: 'error', params: { expected: '120 million hectares' } }]);
    expect(check('粮食产量1.37万亿斤', 'grain output of 1.37 trillion metric tons')).toMatchObject([{ code: 'qa.number.conversion', severity: 'error', params: { expected: '685 million metric tons' } }]);
    expect(check('全年粮食总产量达到13908亿斤', 'grain output reached 69.54 million metric tons')).toMatchObject([{ code: 'qa.number.conversion', params: { expected: '695.4 million metric tons' } }]);
    expect(check('盐碱地1亿亩', '6.5 million hectares')).toMatchObject([{ code: 'qa.number.conversion', severity: 'error' }]);
    // Units that differ by a power of ten convert exactly: 56.92 GW is not 5691万千瓦.
    expect(check('核电在运装机5691万千瓦', 'a capacity of 56.92 GW')).toMatchObject([{ code: 'qa.number.conversion', severity: 'error', params: { expected: '56.91 gigawatts' } }]);
    // A rounding to fewer figures is a note.
    expect(check('盐碱地1亿亩', 'about 7 million hectares')).toMatchObject([{ code: 'qa.number.rounded', severity: 'info' }]);
    // Missing: the expected figure in the usual unit.
    expect(check('盐碱地1亿亩', 'saline-alkali land')).toMatchObject([{ code: 'qa.number.missingMeasure', severity: 'warning', params: { expected: '6.67 million hectares' } }]);
  });

  it('takes the tolerance as an option', () => {
    const zh = chineseQuantities('盐碱地1亿亩', models);
    const en = englishQuantities('6.6 million hectares', models);
    expect(checkNumbers(zh, en)).toEqual([]);
    expect(checkNumbers(zh, en, { tolerance: 0.005 })).toMatchObject([{ code: 'qa.number.conversion', params: { tolerance: '0.5%' } }]);
  });
});

describe('checkNumbers: near misses and the severity rule', () => {
  it('warns of an English number one edit from a year the Chinese implies; other additions stay notes', () => {
    expect(check('今年发展主要预期目标是', 'The main targets for development in 2022 are', 2022)).toEqual([]);
    expect(flags(check('今年发展主要预期目标是', 'The main targets for development in 2028 are', 2022))).toMatchObject([
      { code: 'qa.number.nearMiss', severity: 'warning', params: { target: '2028', near: '今年', nearValue: '2022' } },
    ]);
    expect(flags(check('今年发展主要预期目标是', 'The main targets for development in 20220 are', 2022))).toMatchObject([{ code: 'qa.number.nearMiss' }]);
    expect(flags(check('去年经济增长8.1%', 'In 2012, the economy grew by 8.1 percent.', 2022))).toMatchObject([{ code: 'qa.number.nearMiss', params: { nearValue: '2021' } }]);
    expect(check('去年经济增长8.1%', 'In 2021, the economy grew by 8.1 percent.', 2022)).toEqual([]);
    // The years of a plan: 2021–2025 for the 14th.
    expect(check('“十四五”时期', 'the 14th Five-Year Plan period (2021-2025)', 2022)).toEqual([]);
    expect(flags(check('“十四五”时期', 'the 14th Five-Year Plan period (2021-2026)', 2022))).toMatchObject([{ code: 'qa.number.nearMiss' }]);
    // Plain additions are notes: a count or an ordinal the English adds.
    expect(check('出席世界卫生大会', 'attended the 73rd World Health Assembly', 2021)).toMatchObject([{ code: 'qa.number.extra', severity: 'info' }]);
    expect(check('到本世纪中叶', 'by 2050', 2022)).toMatchObject([{ code: 'qa.number.extra', severity: 'info' }]);
  });

  it('warns of a figure restated wrongly and of a figure the Chinese has nowhere', () => {
    const zh = '经济增长预期目标为6%以上。';
    expect(check(zh, 'The target is over 6 percent. A target of over 6 percent will let us focus on reform.')).toMatchObject([{ code: 'qa.number.extra', severity: 'info' }]);
    expect(flags(check(zh, 'The target is over 60 percent. A target of over 6 percent will let us focus on reform.'))).toMatchObject([{ code: 'qa.number.nearMiss' }]);
    expect(flags(check(zh, 'The target is over 7 percent. A target of over 6 percent will let us focus on reform.'))).toMatchObject([{ code: 'qa.number.unmatched', severity: 'warning' }]);
    expect(flags(check(zh, 'The target is over 6 percentage points. A target of over 6 percent will let us focus on reform.'))).toMatchObject([{ code: 'qa.number.percentPoints', severity: 'warning' }]);
  });

  it('raises an error only when the pairing is sure', () => {
    // One percentage left on each side: sure.
    expect(check('增长5.2%', 'grew by 5.3 percent')).toMatchObject([{ code: 'qa.number.valueDiffers', severity: 'error' }]);
    // Two on each side, both changed: which is which is a guess, so warnings.
    const two = check('分别增长5.2%、5.5%', 'grew by 5.3 percent and 5.6 percent respectively');
    expect(errors(two)).toEqual([]);
    expect(flags(two).length).toBeGreaterThanOrEqual(2);
    // Plain counts in words or Chinese numerals are not sure: 两个市场 against an unrelated "one".
    expect(errors(check('增强国内国际两个市场联动效应', 'make better use of domestic and international markets as one'))).toEqual([]);
    // Plain counts in digits are.
    expect(check('新增企业53家', '54 new enterprises were added')).toMatchObject([{ code: 'qa.number.valueDiffers', severity: 'error' }]);
  });
});

describe('checkNumbers on arbitrary text', () => {
  it('never throws, and every span names the text it claims, on both sides', () => {
    const pieces = ['1', '2.5', '27。3', '万', '亿', '斤', '亩', '千瓦', '%', '第', '届', '中全会', '次', '两', '十四五', '—', '至', 'PM2.5', '5G', '“', '”', '年', '今年', '倍', '翻', '番', '前', '季度', ' ', 'a'];
    const english = ['1', '2.5', 'million', 'billion', '-', 'percent', 'percentage points', 'first', 'Second', 'Plenary Session', 'hectares', 'tons', 'GW', 'twice', 'doubled', 'and', 'to', 'between', 'US$', 'PM2.5', '2024', ' ', ',', '.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), fc.array(fc.constantFrom(...english), { maxLength: 20 }), fc.integer({ min: 1990, max: 2030 }), (zh, en, year) => {
        const source = zh.join('');
        const target = en.join(' ');
        for (const q of chineseQuantities(source, models)) expect(source.slice(q.start, q.end)).toBe(q.text);
        for (const q of englishQuantities(target, models)) expect(target.slice(q.start, q.end)).toBe(q.text);
        for (const f of checkUnitNumbers(source, target, models, year)) {
          if (f.source) expect(f.source.end).toBeLessThanOrEqual(source.length);
          if (f.target) expect(f.target.end).toBeLessThanOrEqual(target.length);
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
