import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignedUnits, alignmentOrigin, checkAlignment } from './alignedUnits.js';
import { isConsistent, pairText, type Alignment } from './alignment.js';
import { markWrong, mergeWithNext, shiftSentence, splitPair } from './reviewAlignment.js';

/** An alignment of four Chinese and five English sentences, each side one paragraph. */
function sample(): Alignment {
  const zh = ['甲。', '乙。', '丙。', '丁。'];
  const en = ['A.', 'B.', 'C.', 'D.', 'E.'];
  const side = (name: string, parts: string[], joiner: string) => {
    let text = '';
    const pieces = parts.map((p) => {
      if (text) text += joiner;
      const start = text.length;
      text += p;
      return { start, end: text.length };
    });
    return { name, text, paragraphs: [{ start: 0, end: text.length }], pieces };
  };
  return {
    zh: side('2021.txt', zh, ''),
    en: side('2021-en.html', en, ' '),
    pairs: [
      { zh: { from: 0, to: 1 }, en: { from: 0, to: 1 }, confidence: 0.9 },
      { zh: { from: 1, to: 2 }, en: { from: 1, to: 3 }, confidence: 0.4 },
      { zh: { from: 2, to: 4 }, en: { from: 3, to: 5 }, confidence: 0.8 },
    ],
  };
}

const texts = (a: Alignment): string[] => a.pairs.map((p) => `${pairText(a, p).zh}|${pairText(a, p).en}`);

describe('review changes', () => {
  it('merges a pair with the next one', () => {
    const merged = mergeWithNext(sample(), 1);
    expect(texts(merged)).toEqual(['甲。|A.', '乙。丙。丁。|B. C. D. E.']);
    expect(merged.pairs[1]).toMatchObject({ confidence: 1, edited: true });
    expect(mergeWithNext(merged, 1)).toBe(merged);
  });

  it('splits a pair after its first sentence on each side that has more than one', () => {
    expect(texts(splitPair(sample(), 1))).toEqual(['甲。|A.', '乙。|B.', '|C.', '丙。丁。|D. E.']);
    expect(texts(splitPair(sample(), 2))).toEqual(['甲。|A.', '乙。|B. C.', '丙。|D.', '丁。|E.']);
    expect(texts(splitPair(sample(), 2, { zh: 2, en: 0 }))).toEqual(['甲。|A.', '乙。|B. C.', '丙。丁。|', '|D. E.']);
    const a = sample();
    expect(splitPair(a, 0)).toBe(a);
    expect(splitPair(a, 9)).toBe(a);
  });

  it('shifts a sentence up into the pair before or down into the pair after', () => {
    expect(texts(shiftSentence(sample(), 1, 'en', 'up'))).toEqual(['甲。|A. B.', '乙。|C.', '丙。丁。|D. E.']);
    expect(texts(shiftSentence(sample(), 1, 'en', 'down'))).toEqual(['甲。|A.', '乙。|B.', '丙。丁。|C. D. E.']);
    expect(texts(shiftSentence(sample(), 2, 'zh', 'up'))).toEqual(['甲。|A.', '乙。丙。|B. C.', '丁。|D. E.']);
    // A pair left with nothing disappears.
    expect(texts(shiftSentence(sample(), 0, 'zh', 'down'))).toEqual(['|A.', '甲。乙。|B. C.', '丙。丁。|D. E.']);
    expect(texts(shiftSentence(shiftSentence(sample(), 0, 'zh', 'down'), 0, 'en', 'down'))).toEqual(['甲。乙。|A. B. C.', '丙。丁。|D. E.']);
  });

  it('shifts the first sentence up or the last down into a pair of its own at either end', () => {
    expect(texts(shiftSentence(sample(), 0, 'en', 'up')).slice(0, 2)).toEqual(['|A.', '甲。|']);
    expect(texts(shiftSentence(sample(), 2, 'en', 'down')).slice(-2)).toEqual(['丙。丁。|D.', '|E.']);
  });

  it('marks a pair wrong and back, and leaves it out of the memory', () => {
    const wrong = markWrong(sample(), 0, true);
    expect(wrong.pairs[0]?.wrong).toBe(true);
    expect(markWrong(wrong, 0, true)).toBe(wrong);
    expect(markWrong(wrong, 0, false).pairs[0]).toEqual(sample().pairs[0]);
    expect(alignedUnits(wrong).units.map((u) => u.source)).toEqual(['乙。', '丙。丁。']);
  });

  it('keeps the invariant whatever the sequence of changes', () => {
    const change = fc.oneof(
      fc.record({ kind: fc.constant('merge' as const), k: fc.nat(6) }),
      fc.record({ kind: fc.constant('split' as const), k: fc.nat(6) }),
      fc.record({ kind: fc.constant('shift' as const), k: fc.nat(6), side: fc.constantFrom('zh' as const, 'en' as const), up: fc.boolean() }),
      fc.record({ kind: fc.constant('wrong' as const), k: fc.nat(6), wrong: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.array(change, { maxLength: 30 }), (changes) => {
        let a = sample();
        for (const c of changes) {
          if (c.kind === 'merge') a = mergeWithNext(a, c.k);
          else if (c.kind === 'split') a = splitPair(a, c.k);
          else if (c.kind === 'shift') a = shiftSentence(a, c.k, c.side, c.up ? 'up' : 'down');
          else a = markWrong(a, c.k, c.wrong);
          expect(isConsistent(a)).toBe(true);
        }
        expect(a.pairs.map((p) => pairText(a, p).zh).join('')).toBe('甲。乙。丙。丁。');
      }),
      { numRuns: 300 },
    );
  });
});

describe('aligned units', () => {
  it('are the pairs with text on both sides, from zh-CN to en, with the documents as origin', () => {
    const { units, skipped } = alignedUnits(sample(), { changed: '2026-01-01T00:00:00.000Z' });
    expect(units[0]).toEqual({ source: '甲。', target: 'A.', sourceLang: 'zh-CN', targetLang: 'en', origin: '2021.txt + 2021-en.html', changed: '2026-01-01T00:00:00.000Z' });
    expect(skipped).toBe(0);
    expect(alignmentOrigin(sample())).toBe('2021.txt + 2021-en.html');
  });

  it('leave out pairs below a confidence unless the user edited them', () => {
    expect(alignedUnits(sample(), { minConfidence: 0.5 })).toMatchObject({ skipped: 1 });
    expect(alignedUnits(splitPair(sample(), 1), { minConfidence: 0.5 }).units.map((u) => u.target)).toEqual(['A.', 'B.', 'D. E.']);
  });

  it('accept an alignment sent back only when it is whole and consistent', () => {
    expect(checkAlignment(JSON.parse(JSON.stringify(sample())))).toMatchObject({ ok: true });
    const gap = { ...sample(), pairs: sample().pairs.slice(1) };
    expect(checkAlignment(gap)).toMatchObject({ ok: false, error: { code: 'align.invalid', params: { detail: 'pairs' } } });
    const outside = { ...sample(), zh: { ...sample().zh, pieces: [{ start: 0, end: 99 }, ...sample().zh.pieces.slice(1)] } };
    expect(checkAlignment(outside)).toMatchObject({ ok: false, error: { params: { detail: 'pieces' } } });
    expect(checkAlignment({ zh: 1 })).toMatchObject({ ok: false, error: { code: 'align.invalid' } });
    expect(checkAlignment(null)).toMatchObject({ ok: false });
  });
});
