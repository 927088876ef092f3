import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureBytes, fixturePath } from '../../test/corpus.js';
import { xmllint } from '../../test/xmllint.js';
import { readGlossaryCsv, writeGlossaryCsv } from './csv.js';
import type { GlossaryEntry } from './glossaryEntry.js';
import { createGlossary, parseGlossary, serializeGlossary } from './glossaryFile.js';
import { importGlossary } from './importGlossary.js';
import { writeMartif, writeTbx } from './writeTbx.js';

let counter = 0;
const context = { makeId: () => `g${++counter}`, now: '2026-11-26T10:00:00.000Z' };
const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

function starter() {
  const g = parseGlossary(new TextDecoder().decode(fixtureBytes('../../assets/glossary/starter.duizhao-glossary')));
  if (!g.ok) throw new Error(g.error.code);
  return g.value;
}

describe('TBX import of real files', () => {
  it('reads every file in the corpus, choosing the language pair where there is no Chinese', () => {
    const files = readdirSync(fixturePath('tbx'));
    expect(files.length).toBe(3);
    const kde = importGlossary('kde.tbx', fixtureBytes('tbx/kde-cn_terms_en-US_zh-CN_martif.tbx'), {}, context);
    if (!kde.ok) throw new Error(JSON.stringify(kde.error));
    expect(kde.value).toMatchObject({ format: 'tbx', sourceLang: 'zh-CN', targetLang: 'en-US', skipped: 0 });
    expect(kde.value.entries).toHaveLength(137);
    expect(kde.value.entries[0]).toMatchObject({ id: 'guo_yunhe-0', term: '添加', renderings: ['add'], domain: '动作' });

    const astronomy = importGlossary('astro.tbx', fixtureBytes('tbx/TBX-Basic_v3_Example_Astronomy_DCA_VALID.tbx'), {}, context);
    expect(astronomy).toMatchObject({ ok: false, error: { code: 'tbx.noSourceLanguage', params: { languages: 'en, es, zu' } } });
    const astro = importGlossary('astro.tbx', fixtureBytes('tbx/TBX-Basic_v3_Example_Astronomy_DCA_VALID.tbx'), { source: 'en', target: 'es' }, context);
    if (!astro.ok) throw new Error(JSON.stringify(astro.error));
    expect(astro.value.entries.length).toBeGreaterThan(30);
    const disk = astro.value.entries.find((e) => e.term === 'circumstellar accretion disk');
    expect(disk).toMatchObject({ id: 'c2', variants: ['accretion disc', 'circumstellar disk'], domain: 'Stellar Birth', createdAt: '2010-04-17', updatedAt: '2010-04-24' });
    expect(disk?.definition).toContain('A structure that forms around a compact object');
    expect(disk?.note).not.toContain('A structure that forms around a compact object');

    const oracle = importGlossary('oracle.tbx', fixtureBytes('tbx/omegat_sampleTBXfile_TBX2008_martif.tbx'), { source: 'en', target: 'hu' }, context);
    if (!oracle.ok) throw new Error(JSON.stringify(oracle.error));
    expect(oracle.value.entries).toEqual([
      expect.objectContaining({ id: 'eid-Oracle-67', term: 'alpha smoothing factor', renderings: ['hu translation'], domain: 'manufacturing', definition: 'A value between 0 and 1 used in ...', note: '' }),
    ]);
  });

  it('refuses malformed XML with its line, and a file that is not a termbase', () => {
    expect(importGlossary('x.tbx', encode('<martif>\n<text>\n<body>\n<termEntry>\n</body>'), {}, context)).toMatchObject({
      ok: false,
      error: { code: 'xml.malformed', params: { line: 5 } },
    });
    expect(importGlossary('x.tbx', encode('<html><body/></html>'), {}, context)).toMatchObject({ ok: false, error: { code: 'tbx.root', params: { root: 'html' } } });
    expect(importGlossary('x.tbx', encode('<tbx><text><body/></text></tbx>'), {}, context)).toMatchObject({ ok: false, error: { code: 'tbx.noEntries' } });
    expect(importGlossary('x.doc', encode('whatever'), {}, context)).toMatchObject({ ok: false, error: { code: 'glossary.unsupportedType' } });
  });

  it('refuses billion-laughs and external-entity files without expanding or fetching anything', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${'b'.repeat(i + 1)} "${`&${i === 0 ? 'a' : 'b'.repeat(i)};`.repeat(10)}">`).join('')}]><martif><text><body><termEntry><langSet xml:lang="zh"><tig><term>&bbbbbbbbb;</term></tig></langSet></termEntry></body></text></martif>`;
    const started = Date.now();
    expect(importGlossary('bomb.tbx', encode(bomb), {}, context)).toMatchObject({ ok: false, error: { code: 'xml.malformed' } });
    expect(Date.now() - started).toBeLessThan(1000);
    const xxe = '<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY x SYSTEM "file:///etc/passwd">]><martif><text><body><termEntry><langSet xml:lang="zh"><tig><term>&x;</term></tig></langSet></termEntry></body></text></martif>';
    const result = importGlossary('xxe.tbx', encode(xxe), {}, context);
    expect(result).toMatchObject({ ok: false, error: { code: 'xml.malformed' } });
    expect(JSON.stringify(result)).not.toContain('root:');
  });
});

describe('TBX export', () => {
  it('writes TBX v3 Basic that validates against the core structure RNG', () => {
    const xml = writeTbx(starter());
    xmllint(xml, ['--relaxng', fixturePath('schemas/tbx/TBXcoreStructV03.rng')]);
    expect(xml).toContain('<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">');
  });

  it('writes TBX 2008 <martif> that validates against its DTD', () => {
    xmllint(writeMartif(starter()), ['--dtdvalid', fixturePath('schemas/tbx/TBXcoreStructV02.dtd')]);
  });

  it('fails validation for a file that breaks the schema, so the validation test can fail', () => {
    expect(() => xmllint('<tbx xmlns="urn:iso:std:iso:30042:ed-2"><text/></tbx>', ['--relaxng', fixturePath('schemas/tbx/TBXcoreStructV03.rng')])).toThrow();
  });

  it('round-trips every field: glossary → TBX v3 → glossary, and → <martif> → glossary', () => {
    const original = starter();
    for (const [name, write] of [
      ['x.tbx', writeTbx],
      ['y.tbx', writeMartif],
    ] as const) {
      const back = importGlossary(name, encode(write(original)), {}, context);
      if (!back.ok) throw new Error(JSON.stringify(back.error));
      expect(back.value.entries).toEqual(original.entries);
      expect(back.value).toMatchObject({ sourceLang: 'zh-CN', targetLang: 'en' });
    }
  });

  it('escapes markup in terms and notes', () => {
    const glossary = createGlossary('t', [{ ...starter().entries[0], note: '<script>alert("x")</script> & more' } as GlossaryEntry]);
    const xml = writeTbx(glossary);
    expect(xml).not.toContain('<script>');
    const back = importGlossary('x.tbx', encode(xml), {}, context);
    expect(back.ok && back.value.entries[0]?.note).toBe('<script>alert("x")</script> & more');
  });
});

describe('CSV and TSV', () => {
  it('reads source, target, note with or without a header, UTF-8 with or without BOM, GBK too', () => {
    const body = '两个确立,Two Establishments,official\n"成渝地区双城经济圈","Chengdu-Chongqing Economic Circle | twin-city economic circle","a ""quoted"", multi\nline note"\n';
    for (const text of [body, `source,target,note\n${body}`, `\ufeff中文,英文,备注\n${body}`]) {
      const result = importGlossary('g.csv', encode(text), {}, context);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      expect(result.value.entries.map((e) => [e.term, e.renderings, e.note])).toEqual([
        ['两个确立', ['Two Establishments'], 'official'],
        ['成渝地区双城经济圈', ['Chengdu-Chongqing Economic Circle', 'twin-city economic circle'], 'a "quoted", multi\nline note'],
      ]);
    }
    const tsv = importGlossary('g.tsv', encode('两个维护\tTwo Upholds\t\n'), {}, context);
    expect(tsv.ok && tsv.value.entries[0]?.renderings).toEqual(['Two Upholds']);
  });

  it('refuses a malformed file with the line at fault and imports nothing', () => {
    expect(importGlossary('g.csv', encode('a,b,c\n,orphan,\n'), {}, context)).toEqual({ ok: false, error: { code: 'csv.noSource', params: { line: 2 } } });
    expect(importGlossary('g.csv', encode('a,b\nc,d,e,f,g\n'), {}, context)).toEqual({ ok: false, error: { code: 'csv.tooManyColumns', params: { line: 2 } } });
    expect(importGlossary('g.csv', encode('source,target,note\nc,d,e,f\n'), {}, context)).toEqual({ ok: false, error: { code: 'csv.tooManyColumns', params: { line: 2 } } });
    expect(importGlossary('g.csv', encode('source,target,pinyin\nc,d,e\n'), {}, context)).toEqual({ ok: false, error: { code: 'csv.unknownColumn', params: { line: 1, name: 'pinyin' } } });
    expect(importGlossary('g.csv', encode('a,b\n"c,d\n'), {}, context)).toMatchObject({ ok: false, error: { code: 'csv.malformed', params: { line: 2 } } });
    expect(importGlossary('g.csv', encode('\n\n'), {}, context)).toMatchObject({ ok: false, error: { code: 'import.empty' } });
  });

  it('reads a definition and an internal note by the header, in any order; without one, three columns are source, target, note and four add the definition', () => {
    const byHeader = readGlossaryCsv('note,source,definition,target\ninternal,两个确立,For the client.,Two Establishments\n', 'csv', context);
    expect(byHeader.ok && byHeader.value.map((e) => [e.term, e.renderings, e.definition, e.note])).toEqual([['两个确立', ['Two Establishments'], 'For the client.', 'internal']]);
    const chinese = readGlossaryCsv('\ufeff中文,英文,定义,备注\n两个确立,Two Establishments,给客户,内部\n', 'csv', context);
    expect(chinese.ok && chinese.value[0]).toMatchObject({ definition: '给客户', note: '内部' });
    const three = readGlossaryCsv('两个确立,Two Establishments,an old note\n', 'csv', context);
    expect(three.ok && three.value[0]).toMatchObject({ definition: '', note: 'an old note' });
    const four = readGlossaryCsv('两个确立,Two Establishments,For the client.,internal\n两个维护,Two Upholds\n', 'csv', context);
    expect(four.ok && four.value.map((e) => [e.definition, e.note])).toEqual([['For the client.', 'internal'], ['', '']]);
  });

  it('round-trips CSV and TSV, neutralising spreadsheet formulas on export', () => {
    const entries = readGlossaryCsv('=HYPERLINK("x"),@cmd,-2\n两个确立,"Two Establishments | the Two Establishments","note, with comma"\n', 'csv', context);
    if (!entries.ok) throw new Error(entries.error.code);
    for (const format of ['csv', 'tsv'] as const) {
      const text = writeGlossaryCsv(entries.value, format);
      if (format === 'csv') expect(text.split('\r\n').slice(0, 2)).toEqual(['source,target,definition,note', `"'=HYPERLINK(""x"")",'@cmd,,'-2`]);
      const back = readGlossaryCsv(text, format, context);
      if (!back.ok) throw new Error(back.error.code);
      expect(back.value.map((e) => [e.term, e.renderings, e.definition, e.note])).toEqual(entries.value.map((e) => [e.term, e.renderings, e.definition, e.note]));
      expect(writeGlossaryCsv(back.value, format)).toBe(text);
    }
  });
});

describe('glossary file', () => {
  it('round-trips and refuses damaged files', () => {
    const g = starter();
    expect(parseGlossary(serializeGlossary(g))).toEqual({ ok: true, value: g });
    expect(parseGlossary('{')).toMatchObject({ ok: false, error: { code: 'glossary.notJson' } });
    expect(parseGlossary(JSON.stringify({ ...g, version: 2 }))).toMatchObject({ ok: false, error: { code: 'glossary.newerVersion' } });
    const twice = { ...g, entries: [g.entries[0], g.entries[0]] };
    expect(parseGlossary(JSON.stringify(twice))).toMatchObject({ ok: false, error: { code: 'glossary.duplicateId' } });
  });
});
