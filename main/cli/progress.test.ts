import { describe, expect, it } from 'vitest';
import { terminalProgress } from './progress.js';

function terminal() {
  let written = '';
  let now = 0;
  const display = terminalProgress({ write: (s: string) => (written += s), columns: 60 }, () => now);
  return { display, tick: (ms: number) => (now += ms), written: () => written };
}

describe('progress on a terminal', () => {
  it('says nothing for work done within a second', () => {
    const t = terminal();
    t.display.progress('Checking', 1, 10);
    t.tick(900);
    t.display.progress('Checking', 9, 10);
    t.display.clear();
    expect(t.written()).toBe('');
  });

  it('draws a bar once the work has run a second, at most every 100 ms, and clears its line when done', () => {
    const t = terminal();
    t.tick(1000);
    t.display.progress('Checking', 5, 10);
    expect(t.written()).toContain('Checking [############............] 5/10 (50%)');
    const before = t.written().length;
    t.tick(50);
    t.display.progress('Checking', 6, 10);
    expect(t.written().length).toBe(before);
    t.tick(60);
    t.display.progress('Checking', 7, 10);
    expect(t.written()).toContain('7/10 (70%)');
    t.display.progress('Checking', 10, 10);
    expect(t.written()).toContain('10/10 (100%)');
    t.display.clear();
    expect(t.written().endsWith(`\r${' '.repeat(59)}\r`)).toBe(true);
    expect(t.written().split('\r').every((line) => line.length <= 59)).toBe(true);
  });

  it('shows a stage without a count as it is', () => {
    const t = terminal();
    t.tick(1500);
    t.display.progress('Laying out the pages…');
    expect(t.written()).toContain('Laying out the pages…');
  });
});
