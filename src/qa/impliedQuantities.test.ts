import { describe, expect, it } from 'vitest';
import { chineseQuantities } from './chineseQuantities.js';
import { impliedQuantities } from './impliedQuantities.js';
import { createNumberModels } from './numberModels.js';
import { reportYear } from './reportYear.js';

const models = createNumberModels();
const implied = (text: string, year: number | null): Array<[string, number]> => impliedQuantities(text, chineseQuantities(text, models), year).map((q) => [q.text, q.value]);

describe('impliedQuantities', () => {
  it('gives the years of 今年, 去年, 明年 in a report of a known year, as optional quantities', () => {
    expect(implied('今年发展主要预期目标是；比上年增加1800亿元；明年', 2024)).toEqual([
      ['今年', 2024],
      ['上年', 2023],
      ['明年', 2025],
    ]);
    expect(impliedQuantities('今年', [], 2024)).toMatchObject([{ kind: 'year', optional: true, implied: true }]);
    expect(implied('今年', null)).toEqual([]);
  });

  it('gives the first and last years of a five-year plan', () => {
    expect(implied('“十四五”规划', null)).toEqual([
      ['十四五', 2021],
      ['十四五', 2025],
    ]);
    expect(implied('第十三个五年规划', null)).toEqual([
      ['十三', 2016],
      ['十三', 2020],
    ]);
  });
});

describe('reportYear', () => {
  it('reads the year of the dated subtitle, else the latest year of the title', () => {
    expect(reportYear(['政府工作报告', '——2024年3月5日在第十四届全国人民代表大会第二次会议上', '国务院总理 李强'])).toBe(2024);
    expect(reportYear(['关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告', '各位代表：'])).toBe(2024);
    expect(reportYear(['政府工作报告', '各位代表：'])).toBeNull();
    expect(reportYear([])).toBeNull();
  });
});
