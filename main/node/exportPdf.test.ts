import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createProjectFile, type ProjectFile } from '../../src/document/projectFile.js';
import { schema } from '../../src/document/schema.js';
import { buildPrintHtml, DEFAULT_PRINT_OPTIONS, type PrintOptions } from '../../src/export/printHtml.js';
import { EN_PRINT_LABELS } from '../../test/printLabels.js';
import { importReport } from '../../src/import/importReport.js';
import { fixtureBytes, fixturePath, SAMPLE } from '../../test/corpus.js';
import { syntheticProject } from '../../test/synthetic.js';
import { chromiumPrinter } from './chromiumPrinter.js';
import { exportPdf } from './exportPdf.js';

const LABELS = EN_PRINT_LABELS;
const STARTER = fixturePath('../../assets/glossary/starter.duizhao-glossary');

/** The sample with its first paragraphs translated, a bold word, a note, and a term link. */
function translatedSample(): ProjectFile {
  const imported = importReport('nanan.txt', fixtureBytes(SAMPLE));
  if (!imported.ok) throw new Error('sample');
  const doc = imported.value.doc;
  const english: Record<number, string> = {
    0: 'Report on the Work of the Government of Nan’an District, Chongqing',
    5: 'I. Review of Our Work in 2023',
    8: 'Over the past year, we firmly upheld the Two Establishments and resolutely achieved the Two Upholds.',
    9: 'We applied the “885” mechanism led by Party building.',
  };
  const units = [];
  for (let i = 0; i < doc.childCount; i++) {
    const unit = doc.child(i);
    const text = english[i];
    if (!text) {
      units.push(unit);
      continue;
    }
    const parts = i === 8 ? [schema.text('Over the past year, we '), schema.text('firmly', [schema.marks.strong.create()]), schema.text(text.slice('Over the past year, we firmly'.length), [])] : [schema.text(text)];
    const source = i === 5 ? schema.nodes.source.create(null, [schema.text('一、'), schema.text('2023年', [schema.marks.note.create({ noteId: 'n1' })]), schema.text('工作回顾')]) : unit.child(0);
    units.push(schema.nodes.unit.create({ ...unit.attrs, status: 'translated' }, [source, schema.nodes.target.create(null, parts)]));
  }
  const file = createProjectFile(
    schema.nodes.doc.create(null, units),
    { fileName: 'nanan.txt', sha256: 'c'.repeat(64), encoding: 'utf-8', format: 'text', importedAt: '2026-11-26T10:00:00.000Z' },
    '2026-11-26T10:00:00.000Z',
    [STARTER],
  );
  return { ...file, notes: [{ id: 'n1', text: 'The calendar year, January to December 2023.', createdAt: '2026-11-26T10:00:00.000Z', updatedAt: '2026-11-26T10:00:00.000Z' }] };
}

interface TextItem {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly page: number;
}

async function pdfText(pdf: Uint8Array): Promise<{ items: TextItem[]; outline: string[]; pages: number }> {
  const doc = await getDocument({ data: pdf.slice(), useSystemFonts: false }).promise;
  const items: TextItem[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    for (const item of content.items) if ('str' in item && item.str) items.push({ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, page: p });
  }
  const outline: string[] = [];
  const walk = (list: Array<{ title: string; items: unknown[] }> | null): void => list?.forEach((i) => (outline.push(i.title), walk(i.items as never)));
  walk((await doc.getOutline()) as never);
  return { items, outline, pages: doc.numPages };
}

/** The text item where `wanted` starts in the body of a page (below the running header), across items. */
function inBody(items: readonly TextItem[], wanted: string): TextItem {
  const body = items.filter((i) => i.y < 790);
  for (let k = 0; k < body.length; k++) {
    // A match starts at an item with text: a blank item (a space Chromium emits beside the margin's paragraph number) is no start.
    if (!(body[k] as TextItem).str.trim()) continue;
    let joined = '';
    for (let j = k; j < body.length && joined.length < wanted.length + 40; j++) joined += (body[j] as TextItem).str;
    if (joined.replace(/\s+/g, '').startsWith(wanted.replace(/\s+/g, ''))) return body[k] as TextItem;
  }
  throw new Error(`not found in the body: ${wanted}`);
}

/** Finds `wanted` (whitespace ignored) in order as a subsequence of the extracted text, from `from`; -1 if absent. */
function findInOrder(haystack: string, wanted: string, from: number): number {
  const needle = wanted.replace(/\s+/g, '');
  let at = from;
  for (const c of needle) {
    at = haystack.indexOf(c, at);
    if (at < 0) return -1;
    at++;
  }
  return at;
}

function tool(name: string, pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-pdf-'));
  const file = join(dir, 'out.pdf');
  writeFileSync(file, pdf);
  return execFileSync(name, [file], { encoding: 'utf8' });
}

const exportWith = (file: ProjectFile, options: Partial<PrintOptions> = {}) =>
  exportPdf({ file, doc: schema.nodeFromJSON(file.doc), glossaries: file.glossaries, options: { ...DEFAULT_PRINT_OPTIONS, ...options }, translator: 'A. Translator', labels: LABELS }, {}, chromiumPrinter);

describe('bilingual PDF export', () => {
  const file = translatedSample();
  let sideBySide: Uint8Array;
  beforeAll(async () => {
    sideBySide = await exportWith(file);
  }, 60_000);

  it('embeds only subset TrueType fonts with Unicode maps, no Type 3, and no Kangxi radicals in the text', async () => {
    const lines = tool('pdffonts', sideBySide).trim().split('\n').slice(2);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      expect(line).not.toContain('Type 3');
      expect(line).toMatch(/^[A-Z]{6}\+Noto/);
      expect(line).toMatch(/CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    }
    const { items } = await pdfText(sideBySide);
    expect(items.map((i) => i.str).join('')).not.toMatch(/[\u2e80-\u2fdf]/u);
  }, 30_000);

  it('is a tagged A4 PDF with title, author and language, an outline of the headings, and n / N page numbers', async () => {
    const info = tool('pdfinfo', sideBySide);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+594\.96 x 841\.92 pts \(A4\)/);
    expect(info).toMatch(/Title:\s+Report on the Work of the Government of Nan’an District, Chongqing/);
    expect(info).toMatch(/Author:\s+A\. Translator/);
    // Repacked as bytes with compressed object streams (pdfMetadata.ts), not rewritten by pdf-lib.
    expect(info).toMatch(/PDF version:\s+1\.7/);
    const { items, outline, pages } = await pdfText(sideBySide);
    expect(outline).toEqual([
      'Report on the Work of the Government of Nan’an District, Chongqing',
      'I. Review of Our Work in 2023',
      '(一)落实国家重大战略部署谋划新布局。',
      '(二)推动产业转型升级实现新进展。',
      'Glossary',
    ]);
    // The running header of each page: the title, then "n / N".
    for (let p = 1; p <= pages; p++) {
      const header = items.filter((i) => i.page === p && i.y > 790).map((i) => i.str).join('');
      expect(header).toContain(`${p} / ${pages}`);
      expect(header).toContain('Report on the Work');
    }
  }, 30_000);

  it('has every exported paragraph in order, Chinese left of its English, and never the excluded chrome', async () => {
    const { items } = await pdfText(sideBySide);
    const text = items.map((i) => i.str).join('');
    let cursor = 0;
    const doc = schema.nodeFromJSON(file.doc);
    doc.forEach((unit) => {
      if (unit.attrs['excluded']) return;
      for (const side of [unit.child(0), unit.child(1)]) {
        if (!side.textContent) continue;
        const end = findInOrder(text, side.textContent, cursor);
        expect(end, side.textContent.slice(0, 20)).toBeGreaterThan(0);
        // A row's two columns interleave across a page break, so the next search starts within this unit.
        cursor = findInOrder(text, side.textContent.slice(0, 4), cursor) - 4;
      }
    });
    expect(text).not.toContain('本文仅代表作者观点');
    expect(text).not.toContain('验证码');
    const first = (s: string) => inBody(items, s);
    // Every translated row: its Chinese starts left of its English, on the same page and line.
    for (const [zh, en] of [
      ['重庆市南岸区人民政府工作报告', 'Report on the Work'],
      ['一、2023年', 'I. Review'],
      ['——过去一年,我们按照', 'Over the past year, we'],
      ['——过去一年,我们突出', 'We applied the'],
    ] as const) {
      expect(first(zh).page).toBe(first(en).page);
      expect(first(zh).x).toBeLessThan(first(en).x);
      expect(Math.abs(first(zh).y - first(en).y)).toBeLessThan(30);
    }
  }, 30_000);

  it('prints translator’s notes and a glossary appendix when chosen, and leaves them out when not', async () => {
    const withAll = (await pdfText(sideBySide)).items.map((i) => i.str).join('');
    expect(withAll).toContain('The calendar year, January to December 2023.');
    expect(withAll).toContain('Glossary');
    expect(withAll).toContain('Two Establishments');
    const bare = (await pdfText(await exportWith(file, { notes: false, glossaryAppendix: false }))).items.map((i) => i.str).join('');
    expect(bare).not.toContain('The calendar year');
    expect(bare).not.toContain('Glossary');
  }, 60_000);

  it('sets interleaved and English-only layouts; untranslated paragraphs in Chinese or left out', async () => {
    const interleaved = (await pdfText(await exportWith(file, { layout: 'interleaved' }))).items;
    const zh = inBody(interleaved, '重庆市');
    const en = inBody(interleaved, 'Report on the Work');
    expect(zh.y).toBeGreaterThan(en.y); // Chinese above its English, in one column
    const english = (await pdfText(await exportWith(file, { layout: 'english', untranslated: 'omit', glossaryAppendix: false }))).items.map((i) => i.str).join('');
    expect(english.replace(/\s+/g, '')).toContain('TwoUpholds');
    expect(english).not.toMatch(/过去一年/);
  }, 60_000);
});

describe('print HTML', () => {
  it('escapes markup from the text, the notes and the title, and loads nothing from outside', () => {
    const seed = importReport('x.txt', new TextEncoder().encode('<script>alert(1)</script>标题\n\n正文<img src=x onerror=alert(2)>。'));
    if (!seed.ok) throw new Error('seed');
    const { html } = buildPrintHtml(
      {
        doc: seed.value.doc,
        notes: [],
        entries: new Map(),
        index: null,
        title: '"; } body { display: none } </style><script>x()</script>',
        author: '<b>me</b>',
        fontCss: '',
        labels: LABELS,
      },
      DEFAULT_PRINT_OPTIONS,
    );
    expect(html).not.toMatch(/<script|<img|<\/style><script/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
  });

  // The 2,000-paragraph export is timed in `npm run bench` (pdf_2000_paragraphs_*), which checks the same.
  it('exports a long project with the table header row on every page', async () => {
    const project = syntheticProject(300, 1);
    const pdf = await exportWith(project, { glossaryAppendix: false });
    const { items, pages } = await pdfText(pdf);
    expect(pages).toBeGreaterThan(30);
    const headerPages = new Set(items.filter((i) => i.str === 'English' && i.y > 700).map((i) => i.page));
    expect(headerPages.size).toBe(pages);
  }, 120_000);
});
