import { describe, expect, it } from 'vitest';
import { schema } from '../../document/schema.js';
import type { GlossaryEntry } from '../../glossary/glossaryEntry.js';
import { buildTermIndex } from '../../glossary/termIndex.js';
import type { ProjectQaFinding } from '../../qa/runQa.js';
import { findingOf } from './openFindings.js';
import { runPreflight, PREFLIGHT_CHECKS } from './runPreflight.js';
import { changesBetween } from '../../review/trackedChanges.js';

const unit = (id: string, zh: string, en: string, attrs: Record<string, unknown> = {}) =>
  schema.nodes.unit.create({ id, status: en ? 'translated' : 'untranslated', ...attrs }, [schema.nodes.source.create(null, schema.text(zh)), schema.nodes.target.create(null, en ? schema.text(en) : null)]);

const doc = schema.nodes.doc.create(null, [
  unit('u1', '两个确立和新名词', 'The Two Establishments and a new term.'),
  unit('u2', '没有译文', ''),
  unit('u3', '草稿段落', 'A draft.', { status: 'draft' }),
  unit('u4', '网站地图', '', { excluded: 'chrome' }),
  unit('u5', '新名词', ''),
]);
const entry = (id: string, term: string, renderings: string[]): GlossaryEntry => ({ id, term, variants: [], renderings, forbidden: [], definition: '', note: '', domain: '', tags: [], status: 'approved', createdAt: '', updatedAt: '' });
const entries = new Map([
  ['a', entry('a', '两个确立', ['Two Establishments'])],
  ['b', entry('b', '新名词', [])],
]);
const finding = (code: string, severity: ProjectQaFinding['severity'], ignored = false): ProjectQaFinding => ({ code, severity, params: { value: 985.2 }, unitId: 'u1', key: `${code}:k`, ignored });
const findings = [finding('qa.number.scale', 'error'), finding('qa.lowercaseStart', 'warning'), finding('qa.number.rounded', 'info'), finding('qa.identical', 'error', true)];

describe('preflight', () => {
  it('lists paragraphs with unresolved tracked changes (count and authors) and rejected ones', () => {
    const review = changesBetween('The car is red.', 'The big car is blue.', { author: 'Ana', time: 1 });
    const reviewed = schema.nodes.doc.create(null, [
      unit('r1', '车是红的。', 'The big car is blue.', { review }),
      unit('r2', '车是蓝的。', 'The car is blue.', { status: 'rejected' }),
      unit('r3', '车。', 'A car.'),
    ]);
    const result = runPreflight({ doc: reviewed, target: 'xliff', findings: [], index: null, entries: new Map() });
    expect(result.items.map((i) => [i.code, i.unitId, i.params])).toEqual([
      ['rejected', 'r2', {}],
      ['trackedChanges', 'r1', { count: 2, authors: 'Ana' }],
    ]);
  });

  it('lists open errors and warnings (not ignored ones, not info), untranslated and draft paragraphs, and terms without a rendering', () => {
    const result = runPreflight({ doc, target: 'pdf', findings, index: buildTermIndex([...entries.values()]), entries });
    expect(result.items.map((i) => [i.code, i.severity, i.unitId])).toEqual([
      ['finding', 'error', 'u1'],
      ['finding', 'warning', 'u1'],
      ['untranslated', 'warning', 'u2'],
      ['draft', 'warning', 'u3'],
      ['untranslated', 'warning', 'u5'],
      ['noRendering', 'warning', 'u1'],
    ]);
    expect(result).toMatchObject({ errors: 1, warnings: 5 });
    // Only translated paragraphs count for the appendix: 新名词 of u5 (untranslated) does not add a paragraph.
    expect(result.items[5]?.params).toMatchObject({ term: '新名词', paragraphs: 1 });
    expect(findingOf(result.items[0] as never)).toEqual({ code: 'qa.number.scale', severity: 'error', params: { value: 985.2 } });
  });

  it('checks the glossary appendix only for the editions that print one, and takes a check list', () => {
    const xliff = runPreflight({ doc, target: 'xliff', findings: [], index: buildTermIndex([...entries.values()]), entries });
    expect(xliff.items.map((i) => i.code)).toEqual(['untranslated', 'draft', 'untranslated']);
    const extra = runPreflight({ doc, target: 'tmx', findings: [], index: null, entries }, [...PREFLIGHT_CHECKS, { name: 'changes', run: () => [{ code: 'trackedChange', severity: 'error', params: {}, unitId: 'u1' }] }]);
    expect(extra.errors).toBe(1);
  });
});
