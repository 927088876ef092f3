import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagonalCorridor, searchBeads, type Move } from './beadSearch.js';
import { chineseHeadingNumber, englishHeadingNumber, hanNumber, romanNumber } from './headingNumber.js';
import { lengthCost, negLogErfc } from './lengthCost.js';

const MOVES: Move[] = [
  { zh: 1, en: 1 },
  { zh: 1, en: 0 },
  { zh: 0, en: 1 },
  { zh: 1, en: 2 },
  { zh: 2, en: 1 },
  { zh: 2, en: 2 },
];

/** Every monotone alignment of n with m units by these moves, as lists of [i, j, a, b]: the slow reference. */
function allPaths(n: number, m: number): Array<Array<[number, number, number, number]>> {
  if (n === 0 && m === 0) return [[]];
  const out: Array<Array<[number, number, number, number]>> = [];
  for (const { zh: a, en: b } of MOVES) {
    if (a > n || b > m) continue;
    for (const path of allPaths(n - a, m - b)) out.push([...path, [n - a, m - b, a, b]]);
  }
  return out;
}

describe('searchBeads', () => {
  it('finds the least-cost path and the exact posteriors of a full search, checked against enumerating every path', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { minLength: 200, maxLength: 200 }), (n, m, table) => {
        const cost = (i: number, j: number, a: number, b: number): number => table[(i * 7 + j * 13 + a * 29 + b * 31) % table.length] as number;
        const found = searchBeads(n, m, MOVES, cost, diagonalCorridor(n, m, Math.max(n, m)));
        const paths = allPaths(n, m).map((beads) => ({ beads, total: beads.reduce((s, [i, j, a, b]) => s + cost(i, j, a, b), 0) }));
        const best = Math.min(...paths.map((p) => p.total));
        expect(found.beads.reduce((s, b) => s + b.cost, 0)).toBeCloseTo(best, 9);
        const z = paths.reduce((s, p) => s + Math.exp(-p.total), 0);
        for (const bead of found.beads) {
          const through = paths.filter((p) => p.beads.some(([i, j, a, b]) => i === bead.zh && j === bead.en && a === bead.zhCount && b === bead.enCount));
          expect(bead.posterior).toBeCloseTo(through.reduce((s, p) => s + Math.exp(-p.total), 0) / z, 6);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('stays inside its corridor and says when the path runs along its edge', () => {
    // The cheap path runs far off the diagonal: all English first, then all Chinese.
    const cost = (i: number, j: number, a: number, b: number): number => ((a === 0 && i === 0) || (b === 0 && j === 20) ? 0.1 : 5);
    const narrow = searchBeads(20, 20, MOVES, cost, diagonalCorridor(20, 20, 2));
    expect(narrow.touchesEdge).toBe(true);
    const wide = searchBeads(20, 20, MOVES, cost, diagonalCorridor(20, 20, 20));
    expect(wide.touchesEdge).toBe(false);
    expect(() => searchBeads(3, 3, MOVES, cost, { lo: Int32Array.of(1, 1, 1, 1), hi: Int32Array.of(3, 3, 3, 3) })).toThrow();
  });
});

describe('length cost', () => {
  it('is −log erfc, small at the expected ratio and growing with the difference', () => {
    expect(negLogErfc(0)).toBeCloseTo(0, 6);
    expect(negLogErfc(1)).toBeCloseTo(-Math.log(0.157299207), 5);
    expect(Number.isFinite(negLogErfc(40))).toBe(true);
    const model = { ratio: 4.5, variance: 35 };
    expect(lengthCost(20, 90, model)).toBeLessThan(0.01);
    expect(lengthCost(20, 60, model)).toBeLessThan(lengthCost(20, 30, model));
    expect(lengthCost(0, 0, model)).toBe(0);
  });
});

describe('heading numbers', () => {
  it('reads Chinese numbering: 一、 (一) 1. (1) 第一章 一是 第一，', () => {
    expect(chineseHeadingNumber('一、2020年工作回顾')).toEqual({ value: 1, style: 'part' });
    expect(chineseHeadingNumber('（十二）加强政府建设')).toEqual({ value: 12, style: 'paren' });
    expect(chineseHeadingNumber('(二)深化改革。')).toEqual({ value: 2, style: 'paren' });
    expect(chineseHeadingNumber('3.推进城镇化')).toEqual({ value: 3, style: 'arabic' });
    expect(chineseHeadingNumber('（4）加强监管')).toEqual({ value: 4, style: 'paren' });
    expect(chineseHeadingNumber('第二十一章 总则')).toEqual({ value: 21, style: 'chapter' });
    expect(chineseHeadingNumber('二是优先稳就业保民生')).toEqual({ value: 2, style: 'item' });
    expect(chineseHeadingNumber('第三，加强监管')).toEqual({ value: 3, style: 'item' });
    expect(chineseHeadingNumber('一年来，我们')).toBeNull();
    expect(chineseHeadingNumber('2020年工作回顾')).toBeNull();
    expect(chineseHeadingNumber('4.8%的增长')).toBeNull();
  });

  it('reads English numbering: I. (I) (1) 1. (a) Chapter 2, First,', () => {
    expect(englishHeadingNumber('I. A review of our work in 2020')).toEqual({ value: 1, style: 'part' });
    expect(englishHeadingNumber('XIV. Improving')).toEqual({ value: 14, style: 'part' });
    expect(englishHeadingNumber('(IV) Reform')).toEqual({ value: 4, style: 'paren' });
    expect(englishHeadingNumber('(3) Keeping')).toEqual({ value: 3, style: 'paren' });
    expect(englishHeadingNumber('(c) Lastly')).toEqual({ value: 3, style: 'paren' });
    expect(englishHeadingNumber('2. We gave top priority')).toEqual({ value: 2, style: 'arabic' });
    expect(englishHeadingNumber('Chapter 21 General provisions')).toEqual({ value: 21, style: 'chapter' });
    expect(englishHeadingNumber('Part II Tasks')).toEqual({ value: 2, style: 'chapter' });
    expect(englishHeadingNumber('Second, we will')).toEqual({ value: 2, style: 'item' });
    expect(englishHeadingNumber('In 2020, GDP grew 2.3 percent.')).toBeNull();
    expect(englishHeadingNumber('2.3 percent growth')).toBeNull();
    expect(englishHeadingNumber('I will now report')).toBeNull();
  });

  it('reads Han and Roman numerals', () => {
    expect([hanNumber('九'), hanNumber('十'), hanNumber('十五'), hanNumber('二十'), hanNumber('九十九'), hanNumber('一一')]).toEqual([9, 10, 15, 20, 99, null]);
    expect([romanNumber('iv'), romanNumber('XL'), romanNumber('XC'), romanNumber('IIII'), romanNumber('')]).toEqual([4, 40, 90, null, null]);
  });
});
