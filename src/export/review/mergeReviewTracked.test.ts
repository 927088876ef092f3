import { describe, expect, it } from 'vitest';
import { createProjectFile, type LoadedProject } from '../../document/projectFile.js';
import { schema } from '../../document/schema.js';
import { unitAttrs, type UnitAttrs } from '../../document/unitAttrs.js';
import { rejectChange, trackedChanges } from '../../review/trackedChanges.js';
import { applyReviewChanges, reviewChanges, reviewFingerprint } from './mergeReview.js';
import type { ReviewTable } from './readReviewDocx.js';

const NOW = '2026-12-06T04:00:00.000Z';
const SHA = 'b'.repeat(64);
const rows: Array<[string, string, string, Partial<UnitAttrs>]> = [
  ['u1', '经济平稳增长。', 'The economy grew steadily.', { status: 'translated' }],
  ['u2', '改革继续深化。', 'Reform deepened.', { status: 'reviewed', locked: true }],
  ['u3', '开放扩大。', 'Opening widened.', { status: 'draft' }],
];

function project(): LoadedProject {
  const doc = schema.nodes.doc.create(
    null,
    rows.map(([id, zh, en, attrs]) => schema.nodes.unit.create({ id, ...attrs }, [schema.nodes.source.create(null, schema.text(zh)), schema.nodes.target.create(null, schema.text(en))])),
  );
  const source = { fileName: 'r.txt', sha256: SHA, encoding: 'utf-8' as const, format: 'text' as const, importedAt: NOW };
  return { file: createProjectFile(doc, source, NOW), doc };
}

/** The review table as the reviewer saved it: every English edited, the locked row marked reviewed too. */
const table: ReviewTable = {
  sourceSha256: SHA,
  sourceFile: 'r.txt',
  reviewer: 'Bo Reviewer',
  rows: rows.map(([id, zh, en]) => ({
    id,
    fingerprint: reviewFingerprint(en),
    status: id === 'u2' ? 'reviewed' : '',
    source: zh,
    target: { text: en.replace('.', ' this year.'), marks: [] },
    comment: '',
    comments: [],
  })),
};

describe('a review table merged into confirmed and locked paragraphs', () => {
  it('makes the reviewer\'s English tracked changes on a confirmed paragraph, a draft elsewhere, and leaves a locked one', () => {
    const p = project();
    const changes = reviewChanges(p, table, new Map([['reviewed', 'reviewed' as const]]));
    if (!changes.ok) throw new Error(changes.error.code);
    const merged = applyReviewChanges(p, changes.value, { now: NOW, newId: () => 'n1', conflictNote: (e) => e, reviewer: table.reviewer ?? 'Reviewer' });
    expect(merged.summary).toMatchObject({ english: 2, tracked: 1, locked: 1 });
    const units = new Map<string, ReturnType<typeof merged.doc.child>>();
    merged.doc.forEach((u) => units.set(unitAttrs(u).id, u));
    const u1 = units.get('u1');
    expect(u1?.child(1).textContent).toBe('The economy grew steadily this year.');
    expect(unitAttrs(u1 ?? merged.doc).status).toBe('translated');
    expect(trackedChanges(unitAttrs(u1 ?? merged.doc).review, 'The economy grew steadily this year.').map((c) => [c.deleted, c.inserted, c.author])).toEqual([['', ' this year', 'Bo Reviewer']]);
    expect(units.get('u2')?.eq(p.doc.child(1))).toBe(true);
    expect(unitAttrs(units.get('u3') ?? merged.doc)).toMatchObject({ status: 'draft', review: null });
    expect(units.get('u3')?.child(1).textContent).toBe('Opening widened this year.');
  });
});

describe('a review table merged into a paragraph with marks', () => {
  it('keeps the old English\'s marks in the baseline, so rejecting the reviewer\'s change brings the bold word back bold', () => {
    const bold = schema.marks.strong.create();
    const unit = schema.nodes.unit.create({ id: 'u1', status: 'translated' }, [
      schema.nodes.source.create(null, schema.text('经济平稳增长。')),
      schema.nodes.target.create(null, [schema.text('The economy grew '), schema.text('steadily', [bold]), schema.text('.')]),
    ]);
    const doc = schema.nodes.doc.create(null, [unit]);
    const source = { fileName: 'r.txt', sha256: SHA, encoding: 'utf-8' as const, format: 'text' as const, importedAt: NOW };
    const p = { file: createProjectFile(doc, source, NOW), doc };
    const english = 'The economy grew fast.';
    const one: ReviewTable = { ...table, rows: [{ ...(table.rows[0] as ReviewTable['rows'][number]), fingerprint: reviewFingerprint('The economy grew steadily.'), target: { text: english, marks: [] } }] };
    const changes = reviewChanges(p, one, new Map());
    if (!changes.ok) throw new Error(changes.error.code);
    const merged = applyReviewChanges(p, changes.value, { now: NOW, newId: () => 'n1', conflictNote: (e) => e, reviewer: 'Bo Reviewer' });
    const review = unitAttrs(merged.doc.child(0)).review;
    expect(review?.baseMarks).toEqual([{ type: 'strong', start: 17, end: 25 }]);
    expect(rejectChange(review as NonNullable<typeof review>, 0)).toMatchObject({ text: 'steadily', marks: [{ type: 'strong', start: 0, end: 8 }] });
  });
});

describe('a review table merged into a paragraph worked sentence by sentence', () => {
  it('tracks the change against the joined sentences, and the project saves and opens again', async () => {
    const { toSentenceMode } = await import('../../document/segments.js');
    const { parseProjectFile, serializeProjectFile } = await import('../../document/projectFile.js');
    const { plainTextOf } = await import('../../document/plainText.js');
    const unit = schema.nodes.unit.create({ id: 's1', status: 'translated' }, [
      schema.nodes.source.create(null, schema.text('经济平稳增长。改革继续深化。开放扩大。')),
      schema.nodes.target.create(null, schema.text('The economy grew. Reform deepened. Opening widened.')),
    ]);
    const sentences = toSentenceMode(unit);
    if (!sentences) throw new Error('no sentence mode');
    const doc = schema.nodes.doc.create(null, [sentences]);
    const source = { fileName: 'r.txt', sha256: SHA, encoding: 'utf-8' as const, format: 'text' as const, importedAt: NOW };
    const p = { file: createProjectFile(doc, source, NOW), doc };
    // The reviewer's Word cell: a doubled space and a sentence more than the Chinese has.
    const english = 'The economy grew  steadily. Reform deepened. Opening widened. Trade rose.';
    const one: ReviewTable = { ...table, rows: [{ ...(table.rows[0] as ReviewTable['rows'][number]), id: 's1', fingerprint: reviewFingerprint(plainTextOf(sentences.child(1)).text), source: '经济平稳增长。改革继续深化。开放扩大。', target: { text: english, marks: [] } }] };
    const changes = reviewChanges(p, one, new Map());
    if (!changes.ok) throw new Error(changes.error.code);
    const merged = applyReviewChanges(p, changes.value, { now: NOW, newId: () => 'n1', conflictNote: (e) => e, reviewer: 'Bo Reviewer' });
    expect(merged.summary).toMatchObject({ english: 1, tracked: 1 });
    const after = merged.doc.child(0);
    const text = plainTextOf(after.child(1)).text;
    expect(text.replace(/\s+/g, ' ')).toBe(english.replace(/\s+/g, ' '));
    expect(trackedChanges(unitAttrs(after).review, text).map((c) => c.author)).toContain('Bo Reviewer');
    const reopened = parseProjectFile(serializeProjectFile({ ...p.file, doc: merged.doc.toJSON() as typeof p.file.doc }));
    expect(reopened.ok).toBe(true);
  });
});
