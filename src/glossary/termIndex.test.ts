import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTermsReference } from './findTermsReference.js';
import { buildTermIndex, findTerms, type IndexableEntry } from './termIndex.js';
import { fixtureBytes, SAMPLE } from '../../test/corpus.js';

const entries: IndexableEntry[] = [
  { id: 'c885', term: '885' },
  { id: 'c135', term: '135' },
  { id: 'c3p2', term: '3+2' },
  { id: 'c33618', term: '33618' },
  { id: 'two', term: '两个确立' },
  { id: 'cy', term: '成渝地区双城经济圈', variants: ['成渝双城经济圈'] },
  { id: 'cq', term: '重庆' },
  { id: 'cqe', term: '重庆经开区' },
  { id: 'ai', term: 'AI+' },
  { id: 'g5', term: '5G' },
];
const index = buildTermIndex(entries);
const found = (text: string) => findTerms(text, index).map((m) => [m.entryId, text.slice(m.start, m.end)]);

describe('findTerms', () => {
  it('finds code terms only at digit and letter boundaries', () => {
    expect(found('以党建统领“885”机制')).toEqual([['c885', '885']]);
    expect(found('8850 1885 18850 x885 885x')).toEqual([]);
    expect(found('“135”工作体系，1350亿元，2135年')).toEqual([['c135', '135']]);
    expect(found('第885号')).toEqual([['c885', '885']]);
    expect(found('5G基站，15G，5GB')).toEqual([['g5', '5G']]);
  });

  it('finds "3+2" also in the scraped form "3 2", but not inside other numbers', () => {
    expect(found('加快打造“3 2”产业集群')).toEqual([['c3p2', '3 2']]);
    expect(found('“3+2”产业集群')).toEqual([['c3p2', '3+2']]);
    expect(found('13 24，3 21')).toEqual([]);
  });

  it('prefers the longest match at the leftmost position, without overlaps', () => {
    expect(found('重庆经开区和重庆')).toEqual([
      ['cqe', '重庆经开区'],
      ['cq', '重庆'],
    ]);
    expect(found('33618')).toEqual([['c33618', '33618']]);
  });

  it('matches variants, full-width forms and quote styles', () => {
    expect(found('推动成渝双城经济圈建设')).toEqual([['cy', '成渝双城经济圈']]);
    expect(found('“８８５”机制；３＋２')).toEqual([
      ['c885', '８８５'],
      ['c3p2', '３＋２'],
    ]);
    expect(found('推进ai+行动，ＡＩ＋行动')).toEqual([
      ['ai', 'ai+'],
      ['ai', 'ＡＩ＋'],
    ]);
  });

  it('gives UTF-16 offsets into the original text', () => {
    const text = '𠀀两个确立';
    expect(findTerms(text, index)).toEqual([{ entryId: 'two', start: 2, end: 6 }]);
  });

  it('handles an empty glossary and an empty text', () => {
    expect(findTerms('两个确立', buildTermIndex([]))).toEqual([]);
    expect(findTerms('', index)).toEqual([]);
  });

  it('agrees with the slow reference matcher on a real report and thousands of terms cut from it', () => {
    const text = new TextDecoder().decode(fixtureBytes(SAMPLE)).slice(0, 6000);
    // Terms of one to eight characters cut at pseudo-random places (so they overlap and nest), some twice.
    const glossary: IndexableEntry[] = [];
    let seed = 7;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let i = 0; i < 3000; i++) {
      const start = next() % (text.length - 8);
      const term = text.slice(start, start + 1 + (next() % 8)).trim();
      if (term) glossary.push({ id: `t${i}`, term });
    }
    const matches = findTerms(text, buildTermIndex(glossary));
    expect(matches.length).toBeGreaterThan(300);
    expect(matches).toEqual(findTermsReference(text, glossary));
  });

  it('agrees with the slow reference matcher on random texts and glossaries', () => {
    const alphabet = fc.constantFrom('1', '2', '3', '5', '8', '+', ' ', '两', '个', '确', '立', '重', '庆', 'a', 'B', '＋', '８', '“', '”');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 0, maxLength: 12 }), fc.array(alphabet, { maxLength: 80 }), (terms, chars) => {
        const glossary = terms.map((term, i) => ({ id: `e${i}`, term }));
        const text = chars.join('');
        expect(findTerms(text, buildTermIndex(glossary))).toEqual(findTermsReference(text, glossary));
      }),
      { numRuns: 3000 },
    );
  });
});
