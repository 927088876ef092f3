import { readdirSync } from 'node:fs';
import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { fixtureBytes, fixturePath, NATIONAL, SAMPLE } from '../../test/corpus.js';
import { xmllint } from '../../test/xmllint.js';
import { createProjectFile, parseProjectFile, type LoadedProject, type ProjectFile } from '../document/projectFile.js';
import { schema } from '../document/schema.js';
import { unitAttrs } from '../document/unitAttrs.js';
import { importReport } from '../import/importReport.js';
import { segmentSentences } from '../import/segmentSentences.js';
import { diffChars, editDistance, fuzzyScore } from './fuzzy.js';
import { englishSentences } from '../import/englishSentences.js';
import { projectUnits, unitsOfParagraph, type TmUnit } from './memoryUnit.js';
import { mergeXliff } from './mergeXliff.js';
import { applyPretranslation, planPretranslation } from './pretranslate.js';
import { TmIndex } from './tmIndex.js';
import { readTmx } from './tmx.js';
import { writeTmx } from './writeTmx.js';
import { readXliff } from './xliff.js';
import { writeXliff } from './writeXliff.js';

const NOW = '2026-11-26T10:00:00.000Z';
const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
const unit = (source: string, target: string, extra: Partial<TmUnit> = {}): TmUnit => ({ source, target, sourceLang: 'zh-CN', targetLang: 'en', origin: 'test.tmx', ...extra });

function gr2021(): TmUnit[] {
  const read = readTmx(fixtureBytes('parallel/GR2021_zh-CN_en-US.tmx'), 'GR2021.tmx');
  if (!read.ok) throw new Error(read.error.code);
  return read.value.units;
}

function project(report = SAMPLE, sha = 'a'.repeat(64)): LoadedProject {
  const imported = importReport('report.txt', fixtureBytes(report));
  if (!imported.ok) throw new Error('report must import');
  const source = { fileName: 'report.txt', sha256: sha, encoding: 'utf-8' as const, format: 'text' as const, importedAt: NOW };
  const file = createProjectFile(imported.value.doc, source, NOW);
  return { file, doc: imported.value.doc };
}

/** A project with English in the first paragraphs: every status, bold, italic, a term link, notes on both sides, a line break. */
function translatedProject(): LoadedProject {
  const { file, doc } = project();
  const units: Node[] = [];
  const notes: ProjectFile['notes'] = [
    { id: 'n1', text: 'Check the figure with the statistics bureau.', createdAt: '2026-11-20T08:00:00.000Z', updatedAt: '2026-11-21T09:00:00.000Z' },
    { id: 'n2', text: '两江新区 is the Liangjiang New Area.', createdAt: '2026-11-22T08:00:00.000Z', updatedAt: '2026-11-22T08:00:00.000Z' },
  ];
  doc.forEach((u, _o, i) => {
    const attrs = unitAttrs(u);
    if (attrs.excluded || i > 6) {
      units.push(u);
      return;
    }
    const s = schema;
    const status = (['translated', 'draft', 'reviewed', 'translated', 'untranslated', 'draft', 'reviewed'] as const)[i] ?? 'draft';
    let target: Node = s.nodes.target.create();
    let source = u.child(0);
    if (status !== 'untranslated') {
      const parts = [
        s.text(`Paragraph ${i} `),
        s.text('bold', [s.marks.strong.create()]),
        s.text(' both', [s.marks.strong.create(), s.marks.em.create()]),
        s.text(' term', [s.marks.term.create({ entryId: 'e33618' }), s.marks.note.create({ noteId: 'n1' })]),
        s.text(' end.  Two spaces'),
      ];
      target = s.nodes.target.create(null, i === 3 ? [...parts, s.nodes.hard_break.create(), s.text('after a break')] : i === 0 ? parts : parts.slice(0, 2));
    }
    if (i === 2) {
      const text = source.textContent;
      source = s.nodes.source.create(null, [s.text(text.slice(0, 2), [s.marks.note.create({ noteId: 'n2' })]), s.text(text.slice(2))]);
    }
    units.push(s.nodes.unit.create({ ...attrs, status, updated: 1764151200000 }, [source, target]));
  });
  const merged = schema.nodes.doc.create(null, units);
  return { file: { ...file, notes, doc: merged.toJSON() as Record<string, unknown> }, doc: merged };
}

describe('fuzzy score', () => {
  it('is 100 only for the same text (width, quotes and spaces aside)', () => {
    expect(fuzzyScore('全区地区生产总值增长6.1%。', '全区地区生产总值增长６.１%。')?.score).toBe(100);
    expect(fuzzyScore('“一带一路”建设', '"一带一路" 建设')?.score).toBe(100);
    expect(fuzzyScore('全区地区生产总值增长6.1%。', '全区地区生产总值增长6.1%')?.score).toBe(92);
  });

  it('marks and scores down a match whose numbers differ (OmegaT would say 100%)', () => {
    const s = fuzzyScore('一般公共预算收入985.2亿元。', '一般公共预算收入900.1亿元。');
    expect(s?.score).toBe(94);
    expect(s?.numbers).toEqual({ memory: ['985.2'], current: ['900.1'], reordered: false });
    const two = fuzzyScore('增长5%和3.2%。', '增长6%和3.5%。');
    expect(two?.score).toBe(89);
    const reordered = fuzzyScore('5个和3个', '3个和5个');
    expect(reordered?.numbers?.reordered).toBe(true);
    expect(reordered?.score).toBe(97);
    expect(fuzzyScore('1,000元', '1000元')?.numbers).toBeNull();
  });

  it('counts Chinese characters, and gives nothing under the minimum', () => {
    // One character changed out of 10.
    expect(fuzzyScore('坚持稳中求进工作总基调', '坚持稳中求进工作总基础')?.score).toBe(90);
    expect(fuzzyScore('坚持稳中求进工作总基调', '全面深化改革开放', 50)).toBeNull();
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });

  it('diffs the memory source against the current text by character', () => {
    expect(diffChars('收入985.2亿元', '收入900.1亿元')).toEqual([
      { op: 'equal', text: '收入9' },
      { op: 'delete', text: '85.2' },
      { op: 'insert', text: '00.1' },
      { op: 'equal', text: '亿元' },
    ]);
    const parts = diffChars('推动高质量发展', '推动经济高质量发展');
    expect(parts.filter((p) => p.op !== 'insert').map((p) => p.text).join('')).toBe('推动高质量发展');
    expect(parts.filter((p) => p.op !== 'delete').map((p) => p.text).join('')).toBe('推动经济高质量发展');
  });
});

/** Seeded edits of a sentence: characters dropped, added, replaced, numbers changed. */
function edited(text: string, seed: number): string {
  let state = seed;
  const next = (n: number): number => ((state = (state * 1103515245 + 12345) % 2147483648), state % n);
  const chars = [...text];
  for (let k = 1 + next(5); k > 0; k--) {
    const at = next(chars.length + 1);
    const op = next(4);
    if (op === 0) chars.splice(at, 1);
    else if (op === 1) chars.splice(at, 0, '发展改革创新'[next(6)] as string);
    else if (op === 2) chars.splice(at, 1, String(next(1000)));
    else chars.splice(at, next(4), ...'高质量');
  }
  return chars.join('');
}

describe('character diff of a memory match', () => {
  const pairs: Array<[string, string]> = [];
  gr2021().slice(0, 600).forEach((u, i) => pairs.push([u.source, edited(u.source, i + 1)]));
  // A second set not made by the edits above: real matches of the 2024 report's sentences in the 2021 memory.
  const index = new TmIndex(gr2021());
  const national = new TextDecoder().decode(fixtureBytes(NATIONAL)).split('\n').slice(0, 150);
  for (const line of national) for (const r of segmentSentences(line)) for (const m of index.lookup(line.slice(r.start, r.end), { minScore: 50, max: 2 })) pairs.push([m.unit.source, line.slice(r.start, r.end)]);

  it('gives back both texts, each change as what the memory has then what the text has, no tiny equal runs between changes', () => {
    expect(pairs.length).toBeGreaterThan(650);
    for (const [memory, current] of pairs) {
      const parts = diffChars(memory, current);
      expect(parts.filter((p) => p.op !== 'insert').map((p) => p.text).join('')).toBe(memory);
      expect(parts.filter((p) => p.op !== 'delete').map((p) => p.text).join('')).toBe(current);
      parts.forEach((p, i) => {
        const next = parts[i + 1];
        expect(p.text).not.toBe('');
        if (next) expect(next.op === p.op || (p.op === 'insert' && next.op === 'delete')).toBe(false);
        if (p.op === 'equal' && i > 0 && next) expect(p.text.length).toBeGreaterThan(2);
      });
    }
  });
});

describe('memory units and lookup', () => {
  it('pairs sentences when both sides have as many, else keeps the paragraph', () => {
    const base = { sourceLang: 'zh-CN', targetLang: 'en', origin: 'p' };
    expect(unitsOfParagraph('第一句。第二句。', 'One. Two.', base).map((u) => u.target)).toEqual(['One.', 'Two.']);
    expect(unitsOfParagraph('第一句。第二句。', 'One and two.', base)).toHaveLength(1);
    expect(englishSentences('The U.S. dollar rose. No. 1 Middle School opened.').length).toBe(2);
  });

  it('takes only confirmed paragraphs into the project memory', () => {
    const { doc } = translatedProject();
    const units = projectUnits(doc, 'report.duizhao');
    const ids = new Set(units.map((u) => u.unitId));
    const statuses = doc.content.content.filter((u) => ids.has(unitAttrs(u).id)).map((u) => unitAttrs(u).status);
    expect(new Set(statuses)).toEqual(new Set(['translated', 'reviewed']));
  });

  it('finds through the index what a scan of every unit finds', () => {
    const index = new TmIndex(gr2021());
    const queries = ['今年发展主要预期目标是：国内生产总值增长6%以上。', '各位代表！', '坚持以人民为中心的发展思想', '全面推进乡村振兴'];
    for (const q of queries) {
      const fast = index.lookup(q, { minScore: 50, max: 5 });
      const scan = index.lookupByScan(q, { minScore: 50, max: 5 });
      expect(fast.map((m) => [m.unit.source, m.score])).toEqual(scan.map((m) => [m.unit.source, m.score]));
    }
    expect(index.lookup('各位代表：')[0]?.score).toBe(100);
  });

  it('finds GR2021\'s recurring sentences in the 2024 national report: paragraphs with an exact match and with 75% or more', () => {
    const index = new TmIndex(gr2021());
    const { doc } = project(NATIONAL);
    let exact = 0;
    let high = 0;
    doc.forEach((u) => {
      if (unitAttrs(u).excluded) return;
      const text = u.child(0).textContent;
      const parts = [text, ...segmentSentences(text).map((r) => text.slice(r.start, r.end))];
      const best = Math.max(0, ...parts.map((p) => index.lookup(p, { minScore: 50, max: 1 })[0]?.score ?? 0));
      if (best === 100) exact++;
      if (best >= 75) high++;
    });
    // Measured: 15 paragraphs with an exact match, 25 with 75% or more (of 91); the README quotes them.
    expect([exact, high]).toEqual([15, 25]);
  });

  it('answers an exact match by hash as the fuzzy lookup ranks it first at 100%, with ties, spacing and exclusions', () => {
    const units = [
      ...gr2021(),
      unit('推动高质量发展。', 'Older.', { changed: '2020-01-01T00:00:00.000Z' }),
      unit('推动 高质量发展。', 'Newer.', { changed: '2024-01-01T00:00:00.000Z' }),
      unit('推动高质量发展。', 'Same date, later unit.', { changed: '2024-01-01T00:00:00.000Z' }),
      unit('推动高质量发展。', 'Its own paragraph.', { changed: '2025-01-01T00:00:00.000Z', unitId: 'u9' }),
    ];
    const index = new TmIndex(units);
    const { doc } = project(NATIONAL);
    const queries = ['推动高质量发展。', '推动高质量发展', '各位代表：', '各位代表!'];
    doc.forEach((u) => {
      const text = u.child(0).textContent;
      queries.push(text, ...segmentSentences(text).map((r) => text.slice(r.start, r.end)));
    });
    let found = 0;
    for (const q of queries) {
      for (const exclude of [undefined, 'u9']) {
        const viaLookup = index.lookup(q, { minScore: 100, max: 1, ...(exclude ? { excludeUnitId: exclude } : {}) })[0]?.unit ?? null;
        expect(index.exact(q, exclude), q).toBe(viaLookup);
        if (viaLookup) found++;
      }
    }
    expect(found).toBeGreaterThan(20);
    expect(index.exact('推动高质量发展。')?.target).toBe('Its own paragraph.');
    expect(index.exact('推动高质量发展。', 'u9')?.target).toBe('Same date, later unit.');
  });

  it('builds the same index a slice at a time as at once', async () => {
    const units = gr2021();
    let pauses = 0;
    const sliced = await TmIndex.build(units, async () => void pauses++, undefined, 100);
    expect(pauses).toBeGreaterThanOrEqual(6);
    const whole = new TmIndex(units);
    for (const q of ['各位代表：', '全面推进乡村振兴', '今年发展主要预期目标是：国内生产总值增长6%以上。']) {
      expect(sliced.lookup(q).map((m) => [m.unit.source, m.score])).toEqual(whole.lookup(q).map((m) => [m.unit.source, m.score]));
    }
  });

  it('leaves out a paragraph\'s own units and ranks the best first', () => {
    const index = new TmIndex([unit('推动高质量发展。', 'Pursue high-quality development.', { unitId: 'u1' }), unit('推动经济高质量发展。', 'Promote high-quality economic growth.')]);
    expect(index.lookup('推动高质量发展。', { excludeUnitId: 'u1' })[0]?.unit.target).toBe('Promote high-quality economic growth.');
    expect(index.lookup('推动高质量发展。').map((m) => m.score)).toEqual([100, 80]);
  });

  it('searches both sides in concordance, English as whole words', () => {
    const index = new TmIndex(gr2021());
    const zh = index.concordance('乡村振兴', 'source');
    expect(zh.total).toBeGreaterThan(3);
    const hit = zh.hits[0];
    expect(hit?.unit.source.slice(hit.ranges[0]?.start, hit.ranges[0]?.end)).toBe('乡村振兴');
    const en = index.concordance('rural revitalization', 'target');
    expect(en.total).toBeGreaterThan(2);
    expect(index.concordance('ural', 'target').total).toBe(0);
  });

  it('pre-translates untranslated paragraphs from exact matches, sentence by sentence', () => {
    const { file, doc } = project();
    const first = doc.child(0);
    const title = first.child(0).textContent;
    const index = new TmIndex([unit(title, 'Report on the Work of the Government')]);
    const plan = planPretranslation(doc, [index]);
    expect(plan.fills.get(unitAttrs(first).id)).toBe('Report on the Work of the Government');
    const next = applyPretranslation(doc, plan.fills, Date.parse(NOW));
    expect(unitAttrs(next.child(0))).toMatchObject({ status: 'draft', fromMemory: true });
    expect(next.child(0).child(1).textContent).toBe('Report on the Work of the Government');
    expect(parseProjectFile(JSON.stringify({ ...file, doc: next.toJSON() })).ok).toBe(true);
  });
});

describe('TMX', () => {
  it('imports every corpus file, choosing the pair where there is no Chinese', () => {
    const expected: Record<string, [string, string, number]> = {
      'LISA_TMXComplianceKit_ImportTest1A_tmx14_utf16le.tmx': ['en-us', 'fr-ca', 2],
      'LISA_TMXComplianceKit_ImportTest1G_tmx14_utf16be.tmx': ['en-us', 'en-gb', 3],
      'LISA_TMXComplianceKit_ImportTest2A_tmx14_utf16le.tmx': ['en-us', 'fr-ca', 7],
      'LISA_TMXComplianceKit_ImportTest2C_tmx14_utf8bom.tmx': ['en-us', 'fr', 1],
      'omegat_test-multiple-tuv14.tmx': ['EN-US', 'ES', 2],
      'omegat_test-save-tmx14.tmx': ['en-US', 'be-BY', 4],
    };
    const files = readdirSync(fixturePath('tmx')).filter((f) => f.endsWith('.tmx'));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
    for (const name of files) {
      const [sourceLang, targetLang, count] = expected[name] as [string, string, number];
      const defaulted = readTmx(fixtureBytes(`tmx/${name}`), name);
      expect(defaulted.ok ? 'ok' : defaulted.error.code).toBe('tmx.noPair');
      const read = readTmx(fixtureBytes(`tmx/${name}`), name, { sourceLang, targetLang });
      if (!read.ok) throw new Error(`${name}: ${read.error.code}`);
      expect(read.value.units).toHaveLength(count);
    }
    const inline = readTmx(fixtureBytes('tmx/LISA_TMXComplianceKit_ImportTest2A_tmx14_utf16le.tmx'), 'x', { sourceLang: 'en-us', targetLang: 'fr-ca' });
    expect(inline.ok && inline.value.units[0]?.source).toBe('The big black cat sleeps.');
    const tabs = readTmx(fixtureBytes('tmx/LISA_TMXComplianceKit_ImportTest1A_tmx14_utf16le.tmx'), 'x', { sourceLang: 'en-us', targetLang: 'fr-ca' });
    expect(tabs.ok && tabs.value.units[0]?.source).toBe('First segment with [\t\t   ]');
  });

  it('reads GR2021 by its <tuv> languages although its header claims en-US as the source', () => {
    const read = readTmx(fixtureBytes('parallel/GR2021_zh-CN_en-US.tmx'), 'GR2021.tmx');
    if (!read.ok) throw new Error(read.error.code);
    expect(read.value).toMatchObject({ sourceLang: 'zh-CN', targetLang: 'en-US', headerSourceLang: 'en-US', skipped: 0 });
    expect(read.value.units).toHaveLength(654);
    expect(read.value.units.every((u) => u.target === u.target.trim())).toBe(true);
  });

  it('writes TMX 1.4 that validates against the DTD and reads back the same', () => {
    const units = [unit('各位代表：', 'Fellow Deputies,', { changed: NOW, note: 'opening' }), unit('增长5.2%<&>', '5.2 percent "growth"')];
    const xml = writeTmx(units, { sourceLang: 'zh-CN', version: '0.1.0', now: NOW });
    xmllint(xml, ['--dtdvalid', fixturePath('schemas/tmx/tmx14.dtd')]);
    const back = readTmx(encode(xml), 'back.tmx');
    if (!back.ok) throw new Error(back.error.code);
    expect(back.value.units.map((u) => [u.source, u.target, u.note ?? null, u.changed ?? null])).toEqual([
      ['各位代表：', 'Fellow Deputies,', 'opening', NOW],
      ['增长5.2%<&>', '5.2 percent "growth"', null, null],
    ]);
  });

  it('refuses a billion-laughs file at once, and files that are not TMX', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;"><!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">]><tmx version="1.4"><header/><body><tu><tuv xml:lang="zh"><seg>&i;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>`;
    const started = performance.now();
    const read = readTmx(encode(laughs), 'laughs.tmx');
    expect(read.ok ? 'ok' : read.error.code).toBe('xml.malformed');
    expect(performance.now() - started).toBeLessThan(1000);
    const xxe = `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx version="1.4"><body><tu><tuv xml:lang="zh"><seg>&x;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>`;
    const x = readTmx(encode(xxe), 'xxe.tmx');
    expect(x.ok ? 'ok' : x.error.code).toBe('xml.malformed');
    expect(JSON.stringify(x)).not.toContain('root:');
    const other = readTmx(encode('<?xml version="1.0"?><martif/>'), 'x.tmx');
    expect(other.ok ? 'ok' : other.error).toEqual({ code: 'tmx.notTmx', params: { root: 'martif' } });
    expect(readTmx(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0xff]), 'x.tmx').ok).toBe(false);
  });
});

describe('XLIFF', () => {
  it('reads every corpus file, refusing the two that are invalid on purpose with their reason', () => {
    const results = Object.fromEntries(
      [...readdirSync(fixturePath('xliff12')).map((f) => `xliff12/${f}`), ...readdirSync(fixturePath('xliff20')).map((f) => `xliff20/${f}`)].map((f) => {
        const r = readXliff(fixtureBytes(f));
        return [f, r.ok ? r.value.units.length : r.error];
      }),
    );
    expect(results).toEqual({
      'xliff12/omegat_en-xx.xlf': 7,
      'xliff12/omegat_numeric-sort-demo.xliff': expect.any(Number),
      'xliff12/omegat_okapi_24xliff_de-DE_en-GB_BUGS1221.xlf': expect.any(Number),
      'xliff12/omegat_okapi_en-ca_INVALID.xlf': { code: 'xliff.duplicateId', params: { id: '3' } },
      'xliff20/oasis-testsuite_INVALID_bad_EcBeforeSc.xlf': { code: 'xliff.invalid', params: { unit: '1', rule: '<ec startRef="1"> comes before its start' } },
      'xliff20/oasis-testsuite_everything-core.xlf': expect.any(Number),
      'xliff20/oasis-testsuite_sample1.xlf': 1,
      'xliff20/oasis-testsuite_withGlossary.xlf': 1,
      'xliff20/oasis-testsuite_withTBXExtension.xlf': 1,
      'xliff20/spec-example_14.5_glossary.xlf': 2,
      'xliff20/spec-example_9.5_fs-metadata.xlf': expect.any(Number),
    });
    const sample = readXliff(fixtureBytes('xliff20/oasis-testsuite_sample1.xlf'));
    expect(sample.ok && sample.value.units[0]?.target?.text.trim()).toBe('Drücken Sie die TAB-TASTE.');
  });

  it('exports XLIFF 2.0 that validates against the OASIS schema', () => {
    const xml = writeXliff(translatedProject().file, translatedProject().doc, { version: '0.1.0' });
    xmllint(xml, ['--schema', fixturePath('schemas/xliff20/xliff_core_2.0.xsd')]);
    expect(xml).toContain('subType="xlf:b"');
    expect(xml).toContain('type="comment" ref="#n=n1"');
  });

  it('round-trips: export, then merge into a fresh copy, gives the same English, statuses and notes', () => {
    const original = translatedProject();
    const xml = writeXliff(original.file, original.doc, { version: '0.1.0' });
    const read = readXliff(encode(xml));
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const merged = mergeXliff(project(), read.value, { now: NOW, newId: () => 'new' });
    if (!merged.ok) throw new Error(JSON.stringify(merged.error));
    const strip = (doc: Node) => doc.content.content.map((u) => ({ ...u.toJSON(), attrs: { ...u.attrs, updated: null } }));
    expect(strip(merged.value.doc)).toEqual(strip(original.doc));
    expect(merged.value.file.notes).toEqual(original.file.notes);
    expect(merged.value.summary.updated).toBe(6);
    expect(parseProjectFile(JSON.stringify(merged.value.file)).ok).toBe(true);
    // Merging the same file again changes nothing.
    const again = mergeXliff({ file: merged.value.file, doc: merged.value.doc }, read.value, { now: NOW, newId: () => 'new' });
    expect(again.ok && again.value.summary).toEqual({ updated: 0, unchanged: read.value.units.length, notes: 0, locked: 0 });
  });

  it('refuses an XLIFF made from another source, with another id, or another Chinese, changing nothing', () => {
    const original = translatedProject();
    const xml = writeXliff(original.file, original.doc, { version: '0.1.0' });
    const fresh = project();
    const before = JSON.stringify(fresh.file);
    const otherHash = readXliff(encode(xml.replace(/dz:sourceSha256="a+"/, `dz:sourceSha256="${'b'.repeat(64)}"`)));
    if (!otherHash.ok) throw new Error('must read');
    expect(mergeXliff(fresh, otherHash.value, { now: NOW, newId: () => 'x' })).toMatchObject({ ok: false, error: { code: 'xliff.otherSource' } });
    const firstId = unitAttrs(original.doc.child(0)).id;
    const otherId = readXliff(encode(xml.replace(/dz:sourceSha256="a+"/, '').replace(`<unit id="${firstId}"`, '<unit id="zz9"')));
    if (!otherId.ok) throw new Error('must read');
    expect(mergeXliff(fresh, otherId.value, { now: NOW, newId: () => 'x' })).toMatchObject({ ok: false, error: { code: 'xliff.unknownUnit', params: { id: 'zz9' } } });
    const national = project(NATIONAL, 'a'.repeat(64));
    expect(mergeXliff(national, read(xml), { now: NOW, newId: () => 'x' })).toMatchObject({ ok: false, error: { code: 'xliff.sourceChanged' } });
    const german = readXliff(fixtureBytes('xliff20/oasis-testsuite_sample1.xlf'));
    if (!german.ok) throw new Error('must read');
    expect(mergeXliff(fresh, german.value, { now: NOW, newId: () => 'x' })).toMatchObject({ ok: false, error: { code: 'xliff.languages' } });
    expect(JSON.stringify(fresh.file)).toBe(before);

    function read(text: string) {
      const r = readXliff(encode(text));
      if (!r.ok) throw new Error('must read');
      return r.value;
    }
  });

  it('merges a translated XLIFF 1.2 whose ids and Chinese are the project\'s, with its states and notes', () => {
    const fresh = project();
    const ids = fresh.doc.content.content.filter((u) => !unitAttrs(u).excluded).slice(0, 2);
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const tu = (u: Node, target: string, state: string) =>
      `<trans-unit id="${unitAttrs(u).id}"><source>${esc(u.child(0).textContent)}</source><target state="${state}">${target}</target><note>From the reviewer</note></trans-unit>`;
    const xml = `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="r.txt" source-language="zh-CN" target-language="en-US" datatype="plaintext"><body>${tu(ids[0] as Node, 'Title', 'signed-off')}${tu(ids[1] as Node, 'Sub<g id="1">title</g>', 'needs-review-translation')}</body></file></xliff>`;
    const read = readXliff(encode(xml));
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    let n = 0;
    const merged = mergeXliff(fresh, read.value, { now: NOW, newId: () => `nx${++n}` });
    if (!merged.ok) throw new Error(JSON.stringify(merged.error));
    const [a, b] = merged.value.doc.content.content.filter((u) => !unitAttrs(u).excluded);
    expect([unitAttrs(a as Node).status, a?.child(1).textContent]).toEqual(['reviewed', 'Title']);
    expect([unitAttrs(b as Node).status, b?.child(1).textContent]).toEqual(['draft', 'Subtitle']);
    expect(merged.value.file.notes.map((x) => [x.id, x.text])).toEqual([
      ['nx1', 'From the reviewer'],
      ['nx2', 'From the reviewer'],
    ]);
  });
});
