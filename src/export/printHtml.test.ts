import { describe, expect, it } from 'vitest';
import { schema } from '../document/schema.js';
import type { GlossaryEntry } from '../glossary/glossaryEntry.js';
import { buildTermIndex } from '../glossary/termIndex.js';
import { EN_PRINT_LABELS } from '../../test/printLabels.js';
import { printCss } from './printCss.js';
import { breakableChinese, buildPrintHtml, DEFAULT_PRINT_OPTIONS, PRINT_LAYOUTS } from './printHtml.js';

const entry = (id: string, term: string, rendering: string, definition: string, note: string): GlossaryEntry => ({
  id, term, variants: [], renderings: rendering ? [rendering] : [], forbidden: [], definition, note, domain: '', tags: [], status: 'approved', createdAt: '', updatedAt: '',
});

const unit = (id: string, zh: string, en: string, attrs: Record<string, unknown> = {}) =>
  schema.nodes.unit.create({ id, status: en ? 'translated' : 'untranslated', ...attrs }, [schema.nodes.source.create(null, schema.text(zh)), schema.nodes.target.create(null, en ? schema.text(en) : null)]);

describe('print HTML: appendix, headings, Chinese line breaking', () => {
  const entries = new Map([
    ['a', entry('a', '两个确立', 'Two Establishments', 'Establishing the core position.', 'agree the rendering with the client')],
    ['b', entry('b', '33618', '33618', 'The manufacturing cluster system.', 'check that expansion')],
    ['c', entry('c', '红岩先锋', 'Hongyan Pioneers', 'A Party-building brand.', '')],
  ]);
  const doc = schema.nodes.doc.create(null, [
    unit('u1', '报告', 'Report', { kind: 'title' }),
    unit('u2', '网站地图', '', { excluded: 'chrome' }),
    unit('u3', '一、回顾', 'I. Review', { kind: 'heading', level: 1 }),
    unit('u4', '坚定拥护“两个确立”，推进“33618”。', 'We upheld the Two Establishments.'),
    unit('u5', '新时代“红岩先锋”。', ''),
    unit('u6', '再次“两个确立”。', 'Again.'),
    unit('u7', '又是“两个确立”。', 'And again.'),
    unit('u8', '还有“两个确立”。', 'Once more.'),
  ]);
  const page = buildPrintHtml(
    { doc, notes: [], entries, index: buildTermIndex([...entries.values()]), title: 'Report', author: '', fontCss: '', labels: EN_PRINT_LABELS },
    DEFAULT_PRINT_OPTIONS,
  );
  const appendix = page.html.slice(page.html.indexOf('class="appendix"'));

  it('lists the terms of translated paragraphs with their definition and paragraph numbers, never a note', () => {
    const rows = [...appendix.matchAll(/<tr><td lang="zh-CN">(.*?)<\/td><td lang="en">(.*?)<\/td><td lang="en">(.*?)<\/td><td class="where">(.*?)<\/td><\/tr>/g)].map((m) => m.slice(1));
    expect(rows).toEqual([
      ['两个确立', 'Two Establishments', 'Establishing the core position.', '4, 6–8'],
      ['33618', '33618', 'The manufacturing cluster system.', '4'],
    ]);
    expect(page.html).not.toContain('agree the rendering');
    expect(page.html).not.toContain('check that expansion');
  });

  it('numbers every printed paragraph as the workbench does (chrome counted, not printed) and styles a heading alike in both columns', () => {
    expect([...page.html.matchAll(/class="para-no" id="p(\d+)"/g)].map((m) => Number(m[1]))).toEqual([1, 3, 4, 5, 6, 7, 8]);
    expect(page.html).toContain('<p class="h h-level-1">一、回顾</p></td><td lang="en"><h2 class="h h-level-1">I. Review</h2>');
    expect(page.html).toContain('<p class="h h-title">报告</p></td><td lang="en"><h1 class="h h-title">Report</h1>');
  });

  it('lets a ratio or a long figure break after its separators, and a line end before “ or after ”', () => {
    expect(breakableChinese('比例为0.5∶38.7∶60.8')).toBe('比例为0.5∶<wbr>38.7∶<wbr>60.8');
    expect(breakableChinese('收入1,234,567元')).toBe('收入1,<wbr>234,<wbr>567元');
    expect(breakableChinese('增长15.3%')).toBe('增长15.3%');
    expect(breakableChinese('打造“416”布局')).toBe('打造<wbr>“416”<wbr>布局');
    // Two marks side by side: the first loses its blank half.
    expect(breakableChinese('显现，“大综合')).toBe('显现<span class="pc">，</span>“大综合');
    expect(breakableChinese('<b>&')).toBe('&lt;b&gt;&amp;');
  });

  it('keeps a short row whole and a short heading with the next row, and lets long rows and long headings break', () => {
    const long = '加快构建新发展格局，着力推动高质量发展。'.repeat(6);
    const rows = buildPrintHtml(
      {
        doc: schema.nodes.doc.create(null, [
          unit('h1', '一、回顾', 'I. Review', { kind: 'heading', level: 1 }),
          unit('s1', '各位代表：', 'Fellow Deputies,'),
          unit('l1', long, 'We will speed up the new development pattern and promote high-quality development. '.repeat(3)),
          unit('h2', `（一）${long}`, 'Long heading', { kind: 'heading', level: 2 }),
        ]),
        notes: [], entries: new Map(), index: null, title: 'Report', author: '', fontCss: '', labels: EN_PRINT_LABELS,
      },
      DEFAULT_PRINT_OPTIONS,
    ).html.match(/<tr class="[^"]*">/g);
    expect(rows).toEqual([
      '<tr class="kind-heading level-1 heading-row keep">',
      '<tr class="kind-paragraph keep">',
      '<tr class="kind-paragraph">',
      '<tr class="kind-heading level-2 heading-row">',
    ]);
  });

  it('positions no element, in any layout (a paint layer per row made printing grow with the square of the length)', () => {
    for (const layout of PRINT_LAYOUTS) {
      const css = printCss({ ...DEFAULT_PRINT_OPTIONS, layout }, 'Report');
      expect(css).not.toMatch(/position\s*:\s*(relative|absolute|fixed|sticky)/);
      expect(css).toMatch(/\.para-no \{/);
    }
  });
});
