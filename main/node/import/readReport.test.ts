import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeProject } from '../../cli/describeProject.js';
import { createProjectFile } from '../../../src/document/projectFile.js';
import { reportDocx, reportPdfs, scannedPdf, type CleanReport } from '../../../test/makeDocuments.js';
import { cleanReports } from '../../../test/pages/layouts.js';
import { runCli } from '../../cli/index.js';
import { MAX_DOM_CHARS, markMainContent } from './readHtmlPage.js';
import { readReport } from './readReport.js';

const { nanan, national, chongqing } = cleanReports();
const squash = (s: string): string => s.replace(/[\s\u3000]+/g, '');

async function read(name: string, bytes: Uint8Array) {
  const result = await readReport(name, bytes);
  if (!result.ok) throw new Error(`${name}: ${result.error.code}`);
  const file = createProjectFile(result.value.doc, { fileName: name, sha256: '0'.repeat(64), encoding: result.value.encoding, format: result.value.format, importedAt: '2026-01-01T00:00:00.000Z' }, '2026-01-01T00:00:00.000Z');
  return { report: result.value, description: describeProject(file, result.value.doc) };
}

/** True when `short` is `long` with at most `gaps` characters left out (a glyph the print font lacks prints as nothing). */
function withGaps(long: string, short: string, gaps: number): boolean {
  if (long.length - short.length > gaps || short.length > long.length) return false;
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}

/** Every line of the clean report is one kept unit (whitespace aside; in a PDF, up to two glyphs the print font lacks). */
function expectWhole(report: CleanReport, kept: readonly string[], gaps = 0): void {
  const units = kept.map(squash);
  const missing = [report.title, ...report.lines].filter((l) => !units.some((u) => withGaps(squash(l), u, gaps)));
  expect(missing).toEqual([]);
  expect(kept.length).toBe(report.lines.length + 1);
}

describe('Word .docx', () => {
  it('reads paragraphs, Word heading styles, bold run-in headings and footnotes as notes on their words', async () => {
    const docx = await reportDocx(chongqing, { '33618': '“33618”现代制造业集群体系：指……', '416': '“416”科技创新战略布局：指……' });
    const { report, description } = await read('report.docx', docx);
    expect(report.format).toBe('docx');
    expect(report.encoding).toBeNull();
    expect(description.title).toBe(chongqing.title);
    expectWhole(chongqing, description.units.filter((u) => !u.excluded).map((u) => u.source));
    const headings = description.units.filter((u) => u.kind === 'heading');
    expect(headings.filter((u) => u.level === 1).map((u) => u.source.slice(0, 2))).toEqual(['一、', '二、', '三、', '四、']);
    const runIn = description.units.find((u) => u.source.startsWith('（一）着力推动'));
    expect(runIn).toMatchObject({ kind: 'heading', level: 2, runInHeading: '（一）着力推动“四稳”政策落地。' });
    expect(report.notes.map((n) => n.text).sort()).toEqual(['“33618”现代制造业集群体系：指……', '“416”科技创新战略布局：指……']);
    const anchored = description.units.flatMap((u) => (u.sourceMarks ?? []).filter((m) => m.type === 'note').map((m) => u.source.slice(m.start, m.end)));
    expect(anchored.some((a) => a.endsWith('33618'))).toBe(true);
    expect(anchored.some((a) => a.endsWith('416'))).toBe(true);
  }, 30_000);

  it('refuses an old binary .doc (also one renamed .docx) and a broken .docx, naming the fix', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]);
    expect(await readReport('report.doc', ole)).toMatchObject({ ok: false, error: { code: 'import.wordDoc' } });
    expect(await readReport('report.docx', ole)).toMatchObject({ ok: false, error: { code: 'import.wordDoc' } });
    expect(await readReport('report.docx', new TextEncoder().encode('PK\u0003\u0004 not really a zip'))).toMatchObject({ ok: false, error: { code: 'import.badDocx' } });
  });
});

describe('PDF with a text layer', () => {
  let pdfs: Uint8Array[] = [];
  beforeAll(async () => {
    pdfs = await reportPdfs([nanan, national, chongqing]);
  }, 180_000);

  it('rebuilds every paragraph of the three corpus reports printed by Chromium, across line and page breaks', async () => {
    for (const [i, report] of [nanan, national, chongqing].entries()) {
      const { description } = await read('report.pdf', pdfs[i] as Uint8Array);
      expect(description.title).toBe(report.title);
      expectWhole(report, description.units.filter((u) => !u.excluded).map((u) => u.source), 2);
      // The running head (the title on every page) and the page numbers are listed once each, excluded with their reason.
      const excluded = description.units.filter((u) => u.excluded);
      expect(new Set(excluded.map((u) => u.excludedReason))).toEqual(new Set(['pageNumber', 'runningHead']));
      expect(excluded.find((u) => u.excludedReason === 'runningHead')?.source).toBe(report.title);
    }
  }, 120_000);

  it('refuses a scanned PDF (no text layer) and a broken one', async () => {
    expect(await readReport('scan.pdf', await scannedPdf())).toMatchObject({ ok: false, error: { code: 'import.scannedPdf' } });
    expect(await readReport('broken.pdf', new TextEncoder().encode('%PDF-1.7\n1 0 obj garbage'))).toMatchObject({ ok: false, error: { code: 'import.badPdf' } });
  }, 30_000);

  it('imports .docx and .pdf from the command line, and writes nothing on refusal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-formats-'));
    writeFileSync(join(dir, 'report.pdf'), pdfs[0] as Uint8Array);
    writeFileSync(join(dir, 'report.docx'), await reportDocx(nanan));
    writeFileSync(join(dir, 'scan.pdf'), await scannedPdf());
    writeFileSync(join(dir, 'old.doc'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l), cwd: dir, dataDir: dir, now: () => new Date('2026-01-01T00:00:00Z') };
    expect(await runCli(['import', 'report.pdf', '--json'], io), err.join('\n')).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ format: 'pdf', encoding: null, title: nanan.title });
    out.length = 0;
    expect(await runCli(['import', 'report.docx', '-o', 'word.duizhao', '--json'], io)).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ format: 'docx', title: nanan.title, excluded: 0 });
    const before = readdirSync(dir).sort();
    expect(await runCli(['import', 'scan.pdf'], io)).toBe(1);
    expect(await runCli(['import', 'old.doc'], io)).toBe(1);
    expect(err.join('\n')).toMatch(/scan/i);
    expect(err.join('\n')).toMatch(/\.docx/);
    expect(readdirSync(dir).sort()).toEqual(before);
  }, 60_000);
});

describe('hostile pages through the DOM pass', () => {
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

  it('refuses nesting 200,000 deep before any DOM is built', async () => {
    const started = performance.now();
    expect(await readReport('r.html', enc(`<html><body>${'<div>'.repeat(200_000)}正文${'</div>'.repeat(200_000)}</body></html>`))).toMatchObject({ ok: false, error: { code: 'import.tooDeep' } });
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('keeps only text: scripts, handlers and frames never reach the document, and nothing runs', async () => {
    const html = `<html><head><script>globalThis.pwned = 1</script></head><body><h1>政府工作报告</h1><p>各位代表：</p><p onclick="alert(1)">正文<script>alert(2)</script><iframe src="javascript:alert(3)">框架</iframe><img src=x onerror="globalThis.pwned = 2">段落很长的一段话，讲述过去一年的工作。</p><svg onload="alert(5)"><text>矢量</text></svg></body></html>`;
    const result = await readReport('r.html', enc(html));
    if (!result.ok) throw new Error(result.error.code);
    expect(JSON.stringify(result.value.doc.toJSON())).not.toMatch(/alert|script|onerror|onclick|iframe|javascript|矢量|框架/);
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });

  it('reads a page too large for the DOM pass with the text method alone', async () => {
    const paragraph = '<p>过去一年，经济社会发展主要目标任务圆满完成，高质量发展扎实推进，社会大局保持稳定。</p>';
    const count = Math.ceil(MAX_DOM_CHARS / paragraph.length) + 10;
    const html = `<html><body><h1>政府工作报告</h1><p>各位代表：</p>${paragraph.repeat(count)}</body></html>`;
    expect(html.length).toBeGreaterThan(MAX_DOM_CHARS);
    const result = await readReport('big.html', enc(html));
    expect(result.ok && result.value.doc.childCount).toBe(count + 2);
  }, 60_000);

  it('leaves the lines of a page over the limit as they were, without a DOM pass', async () => {
    // Readability marks the menu outside the article; past the limit no DOM is built, so no line is marked.
    const article = '<article><p>过去一年，经济社会发展主要目标任务圆满完成，高质量发展扎实推进，社会大局保持稳定。</p></article>'.repeat(40);
    const small = `<html><body><nav><a href="/">首页</a></nav>${article}</body></html>`;
    const large = small.replace('</body>', `<!--${'x'.repeat(MAX_DOM_CHARS)}--></body>`);
    const lines = [{ text: '首页', hints: {} }] as unknown as Parameters<typeof markMainContent>[1];
    expect(await markMainContent(small, lines)).not.toBe(lines);
    expect(await markMainContent(large, lines)).toBe(lines);
  });
});
