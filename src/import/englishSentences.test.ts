import { describe, expect, it } from 'vitest';
import { englishSentences } from './englishSentences.js';

const split = (text: string): string[] => englishSentences(text).map((r) => text.slice(r.start, r.end));

describe('englishSentences', () => {
  it('splits at . ! ? before a capital, keeping closing quotes with their sentence', () => {
    expect(split('Growth held. Prices rose! Why? Because "demand recovered." Then it fell.')).toEqual([
      'Growth held.',
      'Prices rose!',
      'Why?',
      'Because "demand recovered."',
      'Then it fell.',
    ]);
  });

  it('does not split after abbreviations, initials, decimals or list markers', () => {
    expect(split('Mr. Li met Dr. Wang at No. 5 Middle School. GDP grew 4.8 percent.')).toEqual(['Mr. Li met Dr. Wang at No. 5 Middle School.', 'GDP grew 4.8 percent.']);
    expect(split('The U.S. Congress and the P.R.C. State Council met. J. K. Rowling wrote.')).toEqual(['The U.S. Congress and the P.R.C. State Council met.', 'J. K. Rowling wrote.']);
    expect(split('1. We formulated macro policies. IV. Major tasks')).toEqual(['1. We formulated macro policies.', 'IV. Major tasks']);
    expect(split('Costs, e.g. rents, fell. See Art. 5 of the law.')).toEqual(['Costs, e.g. rents, fell.', 'See Art. 5 of the law.']);
  });

  it('ends at an abbreviation that closes a sentence before a new one, but not before a number', () => {
    expect(split('We built roads, bridges, etc. The work goes on.')).toEqual(['We built roads, bridges, etc.', 'The work goes on.']);
    expect(split('On Jan. 5 the plan began.')).toEqual(['On Jan. 5 the plan began.']);
  });

  it('keeps lower-case continuations and semicolons inside the sentence', () => {
    expect(split('He said "yes." and left; we stayed.')).toEqual(['He said "yes." and left; we stayed.']);
    expect(split('Targets are as follows: growth of 6 percent; 11 million jobs.')).toEqual(['Targets are as follows: growth of 6 percent; 11 million jobs.']);
  });

  it('splits a stop glued between two words, and at Chinese terminators', () => {
    expect(split('We hosted major events.President Xi visited many countries.')).toEqual(['We hosted major events.', 'President Xi visited many countries.']);
    expect(split('See english.gov.cn for details.')).toEqual(['See english.gov.cn for details.']);
    expect(split('第一句。Second one.')).toEqual(['第一句。', 'Second one.']);
  });

  it('handles ellipses, brackets, trailing spaces and empty text', () => {
    expect(split('  It waited... Then it moved.  ')).toEqual(['It waited...', 'Then it moved.']);
    expect(split('[Note: six fronts.] The economy grew.')).toEqual(['[Note: six fronts.]', 'The economy grew.']);
    expect(split('We kept six fronts stable. [They are jobs. And trade.] By then we grew.')).toEqual(['We kept six fronts stable. [They are jobs. And trade.]', 'By then we grew.']);
    expect(split('Output (in tons. Revised.) rose. Then it fell.')).toEqual(['Output (in tons. Revised.) rose.', 'Then it fell.']);
    expect(split('')).toEqual([]);
    expect(split('   ')).toEqual([]);
    expect(split('No terminator here')).toEqual(['No terminator here']);
  });
});
