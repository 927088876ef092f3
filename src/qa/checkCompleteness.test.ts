import { describe, expect, it } from 'vitest';
import { fixtureBytes, NATIONAL, SAMPLE } from '../../test/corpus.js';
import { importReport } from '../import/importReport.js';
import { checkCompleteness } from './checkCompleteness.js';
import { checkForm } from './checkForm.js';
import { qaDocument } from './runQa.js';

const codes = (findings: ReadonlyArray<{ code: string; severity: string }>): string[] => findings.map((f) => `${f.code} ${f.severity}`);

describe('completeness and form', () => {
  it('has no finding for an untranslated paragraph: that is progress, not a problem', () => {
    expect(checkCompleteness('全年地区生产总值增长5.2%。', '')).toEqual([]);
    expect(checkCompleteness('全年地区生产总值增长5.2%。', '  \n')).toEqual([]);
  });

  it('gives a freshly imported report no finding at all, so the Checks count starts at zero', () => {
    for (const report of [SAMPLE, NATIONAL]) {
      const imported = importReport('r.txt', fixtureBytes(report));
      if (!imported.ok) throw new Error('import');
      expect(qaDocument(imported.value.doc, { models: null, index: null, entries: new Map() }, new Set())).toEqual([]);
    }
  });

  it('flags English identical to the Chinese, Chinese and full-width punctuation left in it, and unbalanced pairs', () => {
    expect(codes(checkCompleteness('GDP', 'GDP'))).toEqual(['qa.identical error']);
    const left = checkCompleteness('推进改革。', 'We will advance 改革，and more');
    expect(left.map((f) => [f.code, f.params['text'], f.target])).toEqual([
      ['qa.cjkInTarget', '改革', { start: 16, end: 18 }],
      ['qa.fullWidthPunctuation', '，', { start: 18, end: 19 }],
    ]);
    expect(codes(checkCompleteness('x', 'the (first) plan) and “the second'))).toEqual(['qa.unbalanced warning', 'qa.unbalanced warning']);
    expect(codes(checkCompleteness('x', 'the "Belt and Road" and "the rest'))).toEqual(['qa.unbalanced warning']);
    expect(checkCompleteness('x', 'the (first) plan and “the second”')).toEqual([]);
  });

  it('notes double and edge spaces, and warns of a sentence in lower case, but not after e.g.', () => {
    expect(codes(checkForm('中文', ' The plan.  it grew, e.g. this one. '))).toEqual(['qa.doubleSpace info', 'qa.edgeSpace info', 'qa.edgeSpace info', 'qa.lowercaseStart warning']);
    expect(checkForm('中文', '')).toEqual([]);
  });
});
