import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { buildDocument } from './buildDocument.js';
import { nodesOf, offsetOfPosition, plainTextOf, positionOfOffset, spanInOneCell } from './plainText.js';
import { countChars, documentProgress, unitProgress } from './progress.js';
import { createProjectFile, parseProjectFile, serializeProjectFile } from './projectFile.js';
import { schema } from './schema.js';
import { derivedStatus, englishTarget, isSentenceMode, splitEnglish, toParagraphMode, toSentenceMode, withEnglish } from './segments.js';
import { unitAttrs, type UnitStatus } from './unitAttrs.js';

/** A unit with Chinese `zh`, English `en` and a status, built over the real schema. */
function unit(zh: string, en = '', status: UnitStatus = en ? 'draft' : 'untranslated', excluded: 'user' | null = null): Node {
  const target = schema.nodes.target.create(null, nodesOf({ text: en, marks: [] }));
  return schema.nodes.unit.create({ id: 'u1', status, excluded }, [schema.nodes.source.create(null, zh ? schema.text(zh) : null), target]);
}

const cells = (u: Node): string[] => {
  const out: string[] = [];
  u.child(1).forEach((c) => void out.push(c.textContent));
  return out;
};
const statuses = (u: Node): string[] => {
  const out: string[] = [];
  u.child(1).forEach((c) => void out.push(c.attrs['status'] as string));
  return out;
};

const THREE = '经济增长5.2%。就业稳定；物价平稳！';

describe('switching a paragraph to sentence mode and back', () => {
  it('splits the English by English sentences when the counts match, and joins it back as it was', () => {
    const u = unit(THREE, 'The economy grew by 5.2%. Jobs were stable. Prices held steady!', 'translated');
    const s = toSentenceMode(u) as Node;
    expect(isSentenceMode(s)).toBe(true);
    expect(cells(s)).toEqual(['The economy grew by 5.2%.', 'Jobs were stable.', 'Prices held steady!']);
    expect(statuses(s)).toEqual(['translated', 'translated', 'translated']);
    expect(unitAttrs(s).status).toBe('translated');
    expect(plainTextOf(s.child(1)).text).toBe('The economy grew by 5.2%. Jobs were stable. Prices held steady!');
    const back = toParagraphMode(s) as Node;
    expect(back.child(1).type).toBe(schema.nodes.target);
    expect(back.child(1).textContent).toBe('The economy grew by 5.2%. Jobs were stable. Prices held steady!');
    expect(unitAttrs(back)).toEqual(unitAttrs(u));
  });

  it('puts the whole English in the first cell when the counts differ: nothing lost, nothing duplicated', () => {
    const u = unit(THREE, '  The economy grew and jobs were stable. Prices held.  ', 'draft');
    const s = toSentenceMode(u) as Node;
    expect(cells(s)).toEqual(['The economy grew and jobs were stable. Prices held.', '', '']);
    expect(statuses(s)).toEqual(['draft', 'untranslated', 'untranslated']);
    expect(unitAttrs(s).status).toBe('draft');
    expect(plainTextOf((toParagraphMode(s) as Node).child(1)).text).toBe('The economy grew and jobs were stable. Prices held.');
  });

  it('keeps a confirmed paragraph confirmed when its English goes in one cell (its progress does not change)', () => {
    const u = unit(THREE, 'One English sentence for all three.', 'translated');
    const s = toSentenceMode(u) as Node;
    expect(statuses(s)).toEqual(['translated', 'translated', 'translated']);
    expect(unitProgress(s).charsDone).toBe(unitProgress(u).charsDone);
  });

  it('keeps marks (links, notes, bold) on the English through both switches', () => {
    const english = { text: 'Growth was strong. Jobs rose.', marks: [{ type: 'strong', start: 0, end: 6 }, { type: 'note', start: 19, end: 23, attrs: { noteId: 'n1' } }] };
    const u = schema.nodes.unit.create({ id: 'u1', status: 'draft' }, [schema.nodes.source.create(null, schema.text('增长强劲。就业增加。')), schema.nodes.target.create(null, nodesOf(english))]);
    const s = toSentenceMode(u) as Node;
    expect(plainTextOf(s.child(1).child(1)).marks).toEqual([{ type: 'note', start: 0, end: 4, attrs: { noteId: 'n1' } }]);
    expect(plainTextOf(s.child(1))).toEqual(english);
    expect(plainTextOf((toParagraphMode(s) as Node).child(1))).toEqual(english);
  });

  it('never splits the Chinese at a decimal point, written 5.2 or 27。3', () => {
    expect(toSentenceMode(unit('增长5.2%，达到27。3%的水平。'))?.child(1).childCount).toBe(1);
    expect(toSentenceMode(unit(THREE))?.child(1).childCount).toBe(3);
  });

  it('gives a one-sentence paragraph one cell, and refuses an empty or excluded paragraph (null: nothing changes)', () => {
    const one = toSentenceMode(unit('只有一句话', 'Only one sentence. Really two.')) as Node;
    expect(cells(one)).toEqual(['Only one sentence. Really two.']);
    expect(toSentenceMode(unit(''))).toBeNull();
    expect(toSentenceMode(unit('   '))).toBeNull();
    expect(toSentenceMode(unit(THREE, '', 'untranslated', 'user'))).toBeNull();
    expect(toSentenceMode(toSentenceMode(unit(THREE)) as Node)).toBeNull();
    expect(toParagraphMode(unit(THREE))).toBeNull();
  });

  it('splitEnglish keeps every character of the English but the spaces between sentences', () => {
    for (const text of ['A. B. C.', 'A. B.', 'Mr. Li said 4.8 percent. Then he left.', '', 'x']) {
      for (const count of [1, 2, 3]) {
        const parts = splitEnglish({ text, marks: [] }, count);
        expect(parts).toHaveLength(count);
        expect(parts.map((p) => p.text).filter(Boolean).join(' ')).toBe(text.trim());
      }
    }
  });
});

describe('the English of a sentence-mode paragraph as its readers see it', () => {
  const s = (() => {
    const u = toSentenceMode(unit(THREE)) as Node;
    const segments = u.child(1);
    const filled = [schema.text('Growth.'), null, schema.text('Prices held!')].map((t, i) => segments.child(i).type.create({ status: t ? 'translated' : 'untranslated' }, t));
    const content = u.content.replaceChild(1, segments.copy(segments.content.replaceChild(0, filled[0] as Node).replaceChild(1, filled[1] as Node).replaceChild(2, filled[2] as Node)));
    return u.type.create({ ...u.attrs, status: 'draft' }, content);
  })();

  it('is the sentences joined by one space, empty sentences left out', () => {
    expect(plainTextOf(s.child(1)).text).toBe('Growth. Prices held!');
    expect(englishTarget(s).textContent).toBe('Growth. Prices held!');
  });

  it('maps plain-text offsets into the cells, and tells a span across two cells', () => {
    const segments = s.child(1);
    const base = 0;
    // "Growth." is in cell 0 (content at 1), "Prices held!" in cell 2 (after cell 0 of size 9 and empty cell 1 of size 2).
    expect(positionOfOffset(segments, 0)).toBe(base + 1);
    expect(positionOfOffset(segments, 7)).toBe(base + 8);
    expect(positionOfOffset(segments, 8)).toBe(9 + 2 + 1);
    expect(positionOfOffset(segments, 20)).toBe(9 + 2 + 1 + 12);
    expect(segments.textBetween(positionOfOffset(segments, 8), positionOfOffset(segments, 14))).toBe('Prices');
    expect(spanInOneCell(segments, 8, 14)).toBe(true);
    expect(spanInOneCell(segments, 5, 10)).toBe(false);
    // And back: every offset of the joined text comes back from its position.
    for (let offset = 0; offset <= 20; offset++) expect(offsetOfPosition(segments, positionOfOffset(segments, offset))).toBe(offset);
    // The caret in the empty middle cell reads as the start of the next cell's English.
    expect(offsetOfPosition(segments, 10)).toBe(8);
  });

  it('counts progress per sentence: only the confirmed sentences’ Chinese characters are done', () => {
    const p = unitProgress(s);
    expect(p.charsTotal).toBe(countChars(THREE));
    expect(p.charsDone).toBe(countChars('经济增长5.2%。') + countChars('物价平稳！'));
    expect(p.unitsDone).toBe(0);
    expect(p.englishWords).toBe(3);
  });

  it('a new English merged in (XLIFF, review table) is split over the cells again; the same English keeps the cells', () => {
    expect(withEnglish(s, englishTarget(s), s.attrs).eq(s)).toBe(true);
    const merged = withEnglish(s, schema.nodes.target.create(null, schema.text('One. Two. Three.')), { ...s.attrs, status: 'translated' });
    expect(cells(merged)).toEqual(['One.', 'Two.', 'Three.']);
    expect(unitAttrs(merged).status).toBe('translated');
    const p = unit(THREE, 'Old.');
    expect(withEnglish(p, schema.nodes.target.create(null, schema.text('New.')), p.attrs).child(1).textContent).toBe('New.');
  });
});

describe('derivedStatus', () => {
  it('is untranslated or reviewed when every sentence is, translated when all are confirmed, else draft', () => {
    expect(derivedStatus(['untranslated', 'untranslated'])).toBe('untranslated');
    expect(derivedStatus(['reviewed', 'reviewed'])).toBe('reviewed');
    expect(derivedStatus(['translated', 'reviewed'])).toBe('translated');
    expect(derivedStatus(['translated', 'untranslated'])).toBe('draft');
    expect(derivedStatus(['draft', 'untranslated'])).toBe('draft');
  });
});

describe('sentence mode in the project file', () => {
  const at = '2026-01-01T00:00:00.000Z';
  const source = { fileName: 'r.txt', sha256: 'a'.repeat(64), encoding: 'utf-8' as const, format: 'text' as const, importedAt: at };
  const seeds = [THREE, '第二段只有一句。', ''].map((text) => ({ text, kind: 'paragraph' as const, level: null, runIn: null, excluded: null }));

  it('survives a save and a reopen, cells and statuses included', () => {
    const doc = buildDocument(seeds);
    const withSentences = doc.copy(doc.content.replaceChild(0, toSentenceMode(doc.child(0)) as Node));
    const text = serializeProjectFile(createProjectFile(withSentences, source, at));
    const parsed = parseProjectFile(text);
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(parsed.value.doc.eq(withSentences)).toBe(true);
    expect(isSentenceMode(parsed.value.doc.child(0))).toBe(true);
    expect(documentProgress(parsed.value.doc)).toEqual(documentProgress(withSentences));
  });

  it('opens a version 2 file (before sentence mode) unchanged, every paragraph in paragraph mode', () => {
    const doc = buildDocument(seeds);
    const v2 = { ...JSON.parse(serializeProjectFile(createProjectFile(doc, source, at))), version: 2 };
    const parsed = parseProjectFile(JSON.stringify(v2));
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(parsed.value.doc.eq(doc)).toBe(true);
    parsed.value.doc.forEach((u) => expect(isSentenceMode(u)).toBe(false));
  });

  it('refuses a file whose sentence cells do not match the Chinese sentences', () => {
    const doc = buildDocument(seeds);
    const json = JSON.parse(serializeProjectFile(createProjectFile(doc, source, at))) as { doc: { content: Array<{ content: unknown[] }> } };
    const first = json.doc.content[0] as { content: unknown[] };
    first.content[1] = { type: 'segments', content: [{ type: 'segment', attrs: { status: 'untranslated' } }] };
    expect(parseProjectFile(JSON.stringify(json))).toMatchObject({ ok: false, error: { code: 'project.invalid' } });
  });
});
