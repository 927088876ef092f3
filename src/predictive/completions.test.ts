import { describe, expect, it } from 'vitest';
import { memoryCompletions, prefixAt, rankCompletions } from './completions.js';

const renderings = [
  { text: 'high-quality development', entryId: 'e1' },
  { text: 'new development philosophy', entryId: 'e2' },
  { text: 'Hukou', entryId: 'e3' },
];

describe('prefixAt', () => {
  it('takes the word ending at the caret once it has three letters', () => {
    expect(prefixAt('We pursue hig')).toBe('hig');
    expect(prefixAt('We pursue hi')).toBeNull();
    expect(prefixAt('the people’s')).toBe('people’s');
    expect(prefixAt('the well-of')).toBe('well-of');
    expect(prefixAt('')).toBeNull();
    expect(prefixAt('growth of ')).toBeNull();
  });
  it('leaves figures alone', () => {
    expect(prefixAt('the 14th')).toBeNull();
    expect(prefixAt('GDP of 3bil')).toBeNull();
  });
});

describe('memoryCompletions', () => {
  it('offers long words and the phrase of each with its next word of substance, within a clause', () => {
    expect(memoryCompletions(['We promoted coordinated regional development, and the economy grew.']).map((m) => m.text)).toEqual([
      'promoted',
      'promoted coordinated',
      'coordinated',
      'coordinated regional',
      'regional',
      'regional development',
      'development',
      'economy',
      'economy grew',
    ]);
    expect(memoryCompletions(['Growth held. Reform deepened.']).map((m) => [m.text, m.initial])).toEqual([
      ['Growth', true],
      ['Growth held', true],
      ['Reform', true],
      ['Reform deepened', true],
      ['deepened', false],
    ]);
  });
});

describe('rankCompletions', () => {
  it('puts glossary renderings first, then memory phrases, then memory words', () => {
    const got = rankCompletions('dev', { renderings, memory: ['Development zones grew; development was steady.'] });
    expect(got.map((c) => [c.text, c.source])).toEqual([
      ['development zones', 'memory'],
      ['development', 'memory'],
    ]);
    const high = rankCompletions('hig', { renderings, memory: ['higher incomes and high-quality development'] });
    expect(high.map((c) => c.text)).toEqual(['high-quality development', 'higher incomes', 'higher', 'high-quality']);
    expect(high[0]).toMatchObject({ source: 'glossary', entryId: 'e1' });
  });
  it('ignores case, never repeats, never offers what is already typed, and stops at five', () => {
    expect(rankCompletions('huk', { renderings, memory: ['hukou reform'] }).map((c) => c.text)).toEqual(['Hukou', 'hukou reform']);
    expect(rankCompletions('hukou', { renderings, memory: [] })).toEqual([]);
    const many = rankCompletions('pro', { renderings: [], memory: ['promote, protect, provide, proceed, progress, prosper, propose'] });
    expect(many.map((c) => c.text)).toEqual(['promote', 'protect', 'provide', 'proceed', 'progress']);
  });
  it('capitalises a lower-case completion after a capitalised prefix', () => {
    expect(rankCompletions('Hig', { renderings, memory: [] }).map((c) => c.text)).toEqual(['High-quality development']);
  });
  it('offers nothing under three letters or without a match', () => {
    expect(rankCompletions('hi', { renderings, memory: [] })).toEqual([]);
    expect(rankCompletions('xyz', { renderings, memory: ['promote growth'] })).toEqual([]);
  });
});
