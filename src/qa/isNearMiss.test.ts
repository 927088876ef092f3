import { describe, expect, it } from 'vitest';
import { isNearMiss } from './isNearMiss.js';

describe('isNearMiss', () => {
  it('takes a digit added, dropped, changed or swapped, and ten times more or less', () => {
    expect(isNearMiss(2028, 2022)).toBe(true);
    expect(isNearMiss(20220, 2022)).toBe(true);
    expect(isNearMiss(202, 2022)).toBe(true);
    expect(isNearMiss(2012, 2021)).toBe(true);
    expect(isNearMiss(97, 79)).toBe(true);
    expect(isNearMiss(27.8, 27.3)).toBe(true);
    expect(isNearMiss(60, 6)).toBe(true);
    expect(isNearMiss(0.6, 6)).toBe(true);
  });

  it('does not take equal values, two edits, or one-digit counts', () => {
    expect(isNearMiss(2022, 2022)).toBe(false);
    expect(isNearMiss(2016, 2020)).toBe(false);
    expect(isNearMiss(2035, 2050)).toBe(false);
    expect(isNearMiss(3, 2)).toBe(false);
    expect(isNearMiss(Number.NaN, 2)).toBe(false);
  });
});
