import { beforeAll, describe, expect, it } from 'vitest';
import { pairText } from '../../src/align/alignment.js';
import { createNumberModels } from '../../src/qa/numberModels.js';
import { englishDocx, englishPrintHtml, printPdfs, reportDocx, reportPrintHtml, scannedPdf, setPdf, type SetLine } from '../../test/makeDocuments.js';
import { parallelUnits, rebuildDocuments } from '../../test/parallelCorpus.js';
import type { InputFile } from '../../src/align/alignFiles.js';
import { alignFiles, readChineseFile, readEnglishFile } from './alignFiles.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The opening of the 2021 report and its official English, as published paragraphs. */
const docs = rebuildDocuments(parallelUnits('parallel/GR2021_zh-CN_en-US.tmx').slice(0, 40));
const [zhTitle = '', ...zhLines] = docs.zh;
const enTitle = docs.en[0] ?? '';

/** Three hand-set pages: a part heading, a word hyphenated at a line end, a compound broken at its hyphen, a paragraph across a page break. */
const SET_PAGES: SetLine[][] = [
  [
    { text: 'I. Review of Our Work in 2020', heading: true },
    { text: 'In 2020, the economy grew by 2.3 percent, and the recovery of the eco-', full: true, indent: 20 },
    { text: 'nomy was steady. Employment was stable, and consumer prices were', full: true },
    { text: 'basically stable.' },
    { text: 'We put well-being first. Basic living needs were met, and people’s well-', full: true, indent: 20 },
    { text: 'being improved through targeted measures, such as the 3-year action', full: true },
    { text: 'plan for rural schools, and the work on COVID-19 response continued with', full: true },
  ],
  [
    { text: 'full force across the country, in cities and in the countryside alike,', full: true },
    { text: 'until the end of the year.' },
    { text: 'II. Major Targets for 2021', heading: true },
    { text: 'GDP growth of over 6 percent; over 11 million new urban jobs; and a', full: true, indent: 20 },
    { text: 'surveyed urban unemployment rate of around 5.5 percent.' },
  ],
  [
    { text: 'We will press ahead with the re-', full: true, indent: 20 },
    { text: 'form of the tax system, so that every firm can file its tax form online,', full: true },
    { text: 'and we will im-', full: true },
    { text: 'prove public services this year.' },
    { text: 'Fellow Deputies, let us work together for the years ahead.', indent: 20 },
  ],
];
const SET_PARAGRAPHS = [
  'I. Review of Our Work in 2020',
  'In 2020, the economy grew by 2.3 percent, and the recovery of the economy was steady. Employment was stable, and consumer prices were basically stable.',
  'We put well-being first. Basic living needs were met, and people’s well-being improved through targeted measures, such as the 3-year action plan for rural schools, and the work on COVID-19 response continued with full force across the country, in cities and in the countryside alike, until the end of the year.',
  'II. Major Targets for 2021',
  'GDP growth of over 6 percent; over 11 million new urban jobs; and a surveyed urban unemployment rate of around 5.5 percent.',
  'We will press ahead with the reform of the tax system, so that every firm can file its tax form online, and we will improve public services this year.',
  'Fellow Deputies, let us work together for the years ahead.',
];

describe('reading the documents of an alignment, every format the importer takes', () => {
  let printed: { zh: Uint8Array; en: Uint8Array };
  beforeAll(async () => {
    const [zh, en] = await printPdfs([reportPrintHtml({ title: zhTitle, lines: zhLines }), englishPrintHtml(enTitle, docs.en.slice(1))]);
    printed = { zh: zh as Uint8Array, en: en as Uint8Array };
  }, 120_000);

  it('reads English from a typeset PDF: lines joined with spaces, hyphenated words mended, compounds kept, running heads and page numbers left out', async () => {
    const read = await readEnglishFile({ fileName: 'report-en.pdf', data: await setPdf(SET_PAGES, 'Report on the Work of the Government') });
    expect(read).toMatchObject({ ok: true, value: { format: 'pdf' } });
    if (read.ok) expect(read.value.paragraphs).toEqual(SET_PARAGRAPHS);
  });

  it('reads the official English printed to PDF by Chromium paragraph by paragraph, without the running head and page numbers', async () => {
    const read = await readEnglishFile({ fileName: 'gr2021-en.pdf', data: printed.en });
    if (!read.ok) throw new Error(read.error.code);
    expect(read.value.paragraphs.map(squash)).toEqual(docs.en.map(squash));
  });

  it('reads English and Chinese Word files, and Chinese PDFs, with the importer', async () => {
    const en = await readEnglishFile({ fileName: 'gr2021-en.docx', data: await englishDocx(docs.en) });
    expect(en).toMatchObject({ ok: true, value: { format: 'docx', paragraphs: docs.en } });
    const zhDocx = await readChineseFile({ fileName: 'gr2021.docx', data: await reportDocx({ title: zhTitle, lines: zhLines }) });
    expect(zhDocx).toMatchObject({ ok: true, value: { format: 'docx', paragraphs: docs.zh } });
    const zhPdf = await readChineseFile({ fileName: 'gr2021.pdf', data: printed.zh });
    if (!zhPdf.ok) throw new Error(zhPdf.error.code);
    // The running head and the page numbers are chrome: the text is the report's, every character of it.
    const solid = (paragraphs: readonly string[]): string => paragraphs.join('').replace(/\s+/g, '');
    expect(solid(zhPdf.value.paragraphs)).toBe(solid(docs.zh));
    expect(zhPdf.value.paragraphs.length).toBeLessThanOrEqual(docs.zh.length + 2);
  });

  it('aligns a Word file with a PDF as well as the same documents as plain text', async () => {
    const resources = { numberModels: createNumberModels() };
    const gold = parallelUnits('parallel/GR2021_zh-CN_en-US.tmx').slice(0, 40);
    const found = async (zh: InputFile, en: InputFile): Promise<number> => {
      const result = await alignFiles(zh, en, resources);
      if (!result.ok) throw new Error(result.error.code);
      const pairs = new Set(result.value.alignment.pairs.map((p) => pairText(result.value.alignment, p)).map((t) => `${squash(t.zh)}|${squash(t.en)}`));
      return gold.filter((u) => pairs.has(`${squash(u.zh)}|${squash(u.en)}`)).length;
    };
    const fromFormats = await found({ fileName: '/docs/gr2021.docx', data: await reportDocx({ title: zhTitle, lines: zhLines }) }, { fileName: 'C:\\docs\\gr2021-en.pdf', data: printed.en });
    const fromText = await found({ fileName: 'gr2021.txt', data: utf8(docs.zh.join('\n')) }, { fileName: 'gr2021-en.txt', data: utf8(docs.en.join('\n')) });
    expect(fromText).toBeGreaterThanOrEqual(30);
    expect(fromFormats).toBeGreaterThanOrEqual(fromText - 1);
    const named = await alignFiles({ fileName: '/docs/gr2021.docx', data: await reportDocx({ title: zhTitle, lines: zhLines }) }, { fileName: 'C:\\docs\\gr2021-en.pdf', data: printed.en }, resources);
    expect(named).toMatchObject({ ok: true, value: { alignment: { zh: { name: 'gr2021.docx' }, en: { name: 'gr2021-en.pdf' } } } });
  }, 60_000);

  it('refuses an old .doc, a scan, an empty document and a document on the wrong side, saying which side', async () => {
    const resources = { numberModels: createNumberModels() };
    const zhText = { fileName: 'zh.txt', data: utf8(docs.zh.join('\n')) };
    const enText = { fileName: 'en.txt', data: utf8(docs.en.join('\n')) };
    const ole = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0);
    expect(await alignFiles(zhText, { fileName: 'en.doc', data: ole }, resources)).toMatchObject({ ok: false, error: { side: 'en', code: 'import.wordDoc' } });
    expect(await alignFiles({ fileName: 'zh.docx', data: ole }, enText, resources)).toMatchObject({ ok: false, error: { side: 'zh', code: 'import.wordDoc' } });
    expect(await alignFiles(zhText, { fileName: 'en.pdf', data: await scannedPdf(2) }, resources)).toMatchObject({ ok: false, error: { side: 'en', code: 'import.scannedPdf' } });
    expect(await alignFiles({ fileName: 'zh.pdf', data: await scannedPdf(2) }, enText, resources)).toMatchObject({ ok: false, error: { side: 'zh', code: 'import.scannedPdf' } });
    expect(await alignFiles(zhText, { fileName: 'en.docx', data: await englishDocx([]) }, resources)).toMatchObject({ ok: false, error: { side: 'en', code: 'align.noText' } });
    expect(await alignFiles(zhText, { fileName: 'en.txt', data: new Uint8Array() }, resources)).toMatchObject({ ok: false, error: { side: 'en', code: 'import.empty' } });
    // Swapped files: the English given as the Chinese, the Chinese as the English.
    expect(await alignFiles({ fileName: 'zh.docx', data: await englishDocx(docs.en) }, enText, resources)).toMatchObject({ ok: false, error: { side: 'zh', code: 'align.wrongLanguage' } });
    expect(await alignFiles(zhText, { fileName: 'en.docx', data: await reportDocx({ title: zhTitle, lines: zhLines }) }, resources)).toMatchObject({ ok: false, error: { side: 'en', code: 'align.wrongLanguage' } });
    expect(await alignFiles(zhText, { fileName: 'en.xlsx', data: utf8('x') }, resources)).toMatchObject({ ok: false, error: { side: 'en', code: 'align.unsupportedType' } });
    expect(await alignFiles(zhText, { fileName: 'en.pdf', data: utf8('%PDF-1.7\n1 0 obj garbage') }, resources)).toMatchObject({ ok: false, error: { side: 'en', code: 'import.badPdf' } });
  }, 60_000);
});
