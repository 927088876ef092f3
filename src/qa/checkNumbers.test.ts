import { describe, expect, it } from 'vitest';
import { gr2021Pairs as gr2021 } from '../../test/corpus.js';
import { checkNumbers, formatValue } from './checkNumbers.js';
import type { QaFinding } from './qaFinding.js';
import { chineseQuantities, createNumberModels, ENGLISH_CANDIDATES, englishQuantities, parse, parseEnglishClauses } from './quantities.js';

const models = createNumberModels();
const check = (zh: string, en: string): QaFinding[] => checkNumbers(chineseQuantities(zh, models), englishQuantities(en, models));
const flags = (findings: readonly QaFinding[]): QaFinding[] => findings.filter((f) => f.severity !== 'info');

describe('parseEnglishClauses', () => {
  it('finds exactly what the models find over the whole text, on the GR2021 English and on tricky forms', () => {
    const english = gr2021().map(([, en]) => en);
    const paragraphs = english.map((_, i) => english.slice(i, i + 3).join(' '));
    const tricky = ['It ranked No. 1, and No. 2 in 2023.', 'On March 1, 2024, 1,000.5 tons; 3.5 billion: the first half, a third.', 'twenty-one, one hundred and five', 'the twenty-first century, the hundredth time, the 22nd, the next one', ''];
    let numbers = 0;
    for (const text of [...paragraphs, ...tricky]) {
      for (const [model, candidate] of [[models.english, ENGLISH_CANDIDATES.number], [models.englishOrdinal, ENGLISH_CANDIDATES.ordinal]] as const) {
        const whole = parse(model, text);
        numbers += whole.length;
        expect(parseEnglishClauses(model, text, candidate), text).toEqual(whole);
      }
    }
    expect(numbers).toBeGreaterThan(500);
  });
});

describe('formatValue', () => {
  it('says a value as an English reader would', () => {
    expect(formatValue(98_520_000_000)).toBe('98.52 billion');
    expect(formatValue(52_180_000)).toBe('52.18 million');
    expect(formatValue(3.2e12)).toBe('3.2 trillion');
    expect(formatValue(51_000)).toBe('51,000');
    expect(formatValue(2024)).toBe('2024');
    expect(formatValue(4.8)).toBe('4.8');
    expect(formatValue(0.1 + 0.2)).toBe('0.3');
  });
});

describe('checkNumbers', () => {
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

  it('passes correct renderings of scales, currencies and percentages', () => {
    expect(check('达到985.2亿元', 'reached 98.52 billion yuan')).toEqual([]);
    expect(check('实际利用外资5218万美元', 'foreign capital actually used was 52.18 million US dollars')).toEqual([]);
    expect(check('人均可支配收入达到5.1万元', 'per capita disposable income reached 51,000 yuan')).toEqual([]);
    expect(check('增长4.8%', 'grew by 4.8 percent')).toEqual([]);
    expect(check('增长4.8%', 'grew by 4.8%')).toEqual([]);
    expect(check('居中心城区第1', 'ranking first among the central urban districts')).toEqual([]);
    expect(check('三次产业结构调整为0.5∶38.7∶60.8', 'the structure of the three industries became 0.5:38.7:60.8')).toEqual([]);
    expect(check('——2024年2月4日在南岸区第十九届人民代表大会第五次会议上', 'Delivered at the Fifth Session of the 19th People’s Congress on 4 February 2024')).toEqual([]);
    expect(check('城镇新增就业1244万人', '12.44 million new urban jobs were added')).toEqual([]);
  });

  it('reads ranges, fractions, dates, ordinals and full-width digits by value', () => {
    expect(check('增长5%—6%', 'grow by 5 to 6 percent')).toEqual([]);
    expect(check('增长5—6%', 'grow by 5-6%')).toEqual([]);
    expect(check('约占三分之一', 'accounting for about a third')).toEqual([]);
    expect(check('约占三分之一', 'accounting for one third')).toEqual([]);
    expect(flags(check('约占三分之一', 'accounting for one fourth'))).not.toEqual([]);
    expect(check('党的二十大', 'the 20th National Party Congress')).toEqual([]);
    expect(check('2024年2月4日', 'on February 4, 2024')).toEqual([]);
    expect(check('2024年2月4日', 'on 4 February 2024')).toEqual([]);
    expect(check('比例为0.5∶38.7∶60.8', 'a ratio of 0.5:38.7:60.8')).toEqual([]);
    expect(check('１２３４５元', '12,345 yuan')).toEqual([]);
    expect(check('居全市第一', 'ranked No. 1 in the city')).toEqual([]);
    expect(check('达到1.2万亿元', 'reached 12 trillion yuan')).toMatchObject([{ code: 'qa.number.scale', severity: 'error' }]);
    // 陆 is "land" in 陆海新通道 and part of a name in 陆家嘴, not 6; 壹万元 is money.
    expect(chineseQuantities('建设西部陆海新通道，陆家嘴', models)).toEqual([]);
    expect(chineseQuantities('人民币壹万元整', models)).toMatchObject([{ kind: 'money', value: 10_000 }]);
    // "a third round" is an ordinal, not a fraction.
    expect(englishQuantities('a third round of inspections', models)).toMatchObject([{ kind: 'ordinal', value: 3 }]);
  });

  it('tells percent from percentage points, ordinals apart, and rounding from error', () => {
    expect(check('提高1.5个百分点', 'up 1.5 percent')).toMatchObject([{ code: 'qa.number.percentPoints', severity: 'error' }]);
    expect(check('提高1.5个百分点', 'up 1.5 percentage points')).toEqual([]);
    expect(check('居全市第1', 'ranked second in the city')).toMatchObject([{ code: 'qa.number.ordinal', severity: 'error' }]);
    expect(check('达到985.2亿元', 'about 98.5 billion yuan')).toMatchObject([{ code: 'qa.number.rounded', severity: 'info' }]);
    expect(check('增长5.8%', 'grew by 5.6 percent')).toMatchObject([{ code: 'qa.number.valueDiffers', severity: 'error' }]);
    expect(check('新增企业53家', 'new enterprises were added')).toMatchObject([{ code: 'qa.number.missingPlain', severity: 'warning', params: { source: '53' } }]);
    expect(check('新增企业1.2万家', 'new enterprises were added')).toMatchObject([{ code: 'qa.number.missing', severity: 'warning', params: { source: '1.2万', value: '12,000' } }]);
  });

  it('flags at most 5% of the 654 official GR2021 pairs, and none as an error', () => {
    const pairs = gr2021();
    expect(pairs).toHaveLength(654);
    const flagged = pairs.filter(([zh, en]) => flags(check(zh, en)).length > 0);
    // Measured: 1 unit (十年磨一剑, an idiom: a false alarm; the official English is right).
    expect(flagged.length / pairs.length).toBeLessThanOrEqual(0.05);
    expect(pairs.filter(([zh, en]) => check(zh, en).some((f) => f.severity === 'error'))).toEqual([]);
  });

  it('catches at least 95% of mutated English sentences that contain quantities', () => {
    /** Rewrites the digits of one quantity (a [start, end) span of the English). */
    const digitsIn = (en: string, start: number, end: number, change: (n: string) => string): string | null => {
      const part = en.slice(start, end);
      const m = /\d+(?:,\d{3})*(?:\.\d+)?/.exec(part);
      if (!m) return null;
      return en.slice(0, start) + part.slice(0, m.index) + change(m[0]) + part.slice(m.index + m[0].length) + en.slice(end);
    };
    const mutations: Array<(en: string, q: { start: number; end: number; kind: string; text: string }) => string | null> = [
      (en, q) => digitsIn(en, q.start, q.end, (n) => String(+(Number(n.replace(/,/g, '')) * 10).toPrecision(12))),
      (en, q) => digitsIn(en, q.start, q.end, (n) => n.slice(0, -1) + String((Number(n.slice(-1)) + 1) % 10)),
      (en, q) =>
        q.kind === 'percent'
          ? en.slice(0, q.start) + q.text.replace(/\s*(%|per ?cent)$/i, ' percentage points') + en.slice(q.end)
          : q.kind === 'points'
            ? en.slice(0, q.start) + q.text.replace(/\s*percentage[ -]points?$/i, ' percent') + en.slice(q.end)
            : null,
      (en, q) => (q.kind === 'ordinal' && /^(first|second|third)$/i.test(q.text) ? en.slice(0, q.start) + ({ first: 'second', second: 'third', third: 'fourth' } as Record<string, string>)[q.text.toLowerCase()] + en.slice(q.end) : null),
    ];
    let mutated = 0;
    let caught = 0;
    const missed: string[] = [];
    for (const [zh, en] of gr2021()) {
      const base = check(zh, en);
      if (flags(base).length > 0) continue;
      // The English quantities the check matched to the Chinese: not reported as extra.
      const extra = new Set(base.filter((f) => f.code === 'qa.number.extra' || f.code === 'qa.number.converted').map((f) => f.target?.start));
      const matched = englishQuantities(en, models).filter((q) => !extra.has(q.start));
      if (matched.length === 0) continue;
      // One mutation per sentence and kind of change, on the first matched quantity it applies to.
      for (const mutate of mutations) {
        const changed = matched.map((q) => mutate(en, q)).find((s) => s !== null && s !== en);
        if (!changed) continue;
        mutated++;
        if (flags(check(zh, changed)).length > 0) caught++;
        else missed.push(changed);
      }
    }
    // Measured: 139 of 142 caught; the 3 missed are one sentence whose English states "6 percent" twice.
    expect(mutated).toBeGreaterThan(100);
    expect(caught / mutated, missed.slice(0, 5).join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
