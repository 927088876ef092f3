import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../test/corpus.js';
import { englishPrintHtml, printPdfs, reportDocx, scannedPdf } from '../../test/makeDocuments.js';
import { parallelUnits, rebuildDocuments } from '../../test/parallelCorpus.js';
import { xmllint } from '../../test/xmllint.js';
import { runCliForTest } from '../../test/runCliForTest.js';

const temp = (): string => mkdtempSync(join(tmpdir(), 'duizhao-align-cli-'));

const cli = runCliForTest;

/** The opening of the 2021 report as a Chinese text and its English as a text, in a fresh folder. */
function pair(): { cwd: string; data: string } {
  const cwd = temp();
  const docs = rebuildDocuments(parallelUnits('parallel/GR2021_zh-CN_en-US.tmx').slice(0, 40));
  writeFileSync(join(cwd, '2021.txt'), docs.zh.join('\n'));
  writeFileSync(join(cwd, '2021-en.txt'), docs.en.join('\n\n'));
  return { cwd, data: temp() };
}

describe('duizhao align', () => {
  it('writes every pair as valid TMX and adds the sure ones to the memory, with the documents as origin', async () => {
    const { cwd, data } = pair();
    const run = await cli(['align', '2021.txt', '2021-en.txt', '-o', 'pairs.tmx', '--into-memory'], cwd, data);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/2021\.txt ⇄ 2021-en\.txt: \d+ pairs/);
    const tmx = readFileSync(join(cwd, 'pairs.tmx'), 'utf8');
    xmllint(tmx, ['--dtdvalid', fixturePath('schemas/tmx/tmx14.dtd')]);
    expect(tmx).toContain('<seg>Fellow Deputies,</seg>');
    const memory = JSON.parse(readFileSync(join(data, 'memory.duizhao-tm'), 'utf8')) as { units: Array<{ source: string; target: string; origin: string }> };
    expect(memory.units.find((u) => u.source === '各位代表：')).toMatchObject({ target: 'Fellow Deputies,', origin: '2021.txt + 2021-en.txt' });
    expect(memory.units.length).toBeGreaterThan(30);
    // Again: nothing new.
    const again = await cli(['align', '2021.txt', '2021-en.txt', '--into-memory', '--json'], cwd, data);
    expect(JSON.parse(again.out)).toMatchObject({ memory: { added: 0 } });
  }, 60_000);

  it('prints the pairs as JSON, most of them the official pairs, by length alone too', async () => {
    const { cwd, data } = pair();
    const json = JSON.parse((await cli(['align', '2021.txt', '2021-en.txt', '--json'], cwd, data)).out) as { pairs: Array<{ zh: string; en: string; confidence: number }>; toCheck: number };
    expect(json.pairs[0]).toEqual({ zh: '政府工作报告', en: 'REPORT ON THE WORK OF THE GOVERNMENT', confidence: expect.any(Number) });
    const gold = new Set(parallelUnits('parallel/GR2021_zh-CN_en-US.tmx').slice(0, 40).map((u) => `${u.zh.trim()}|${u.en.trim()}`));
    const right = (pairs: typeof json.pairs): number => pairs.filter((p) => gold.has(`${p.zh}|${p.en}`)).length;
    const lengthOnly = JSON.parse((await cli(['align', '2021.txt', '2021-en.txt', '--json', '--length-only'], cwd, data)).out) as typeof json;
    expect(right(json.pairs)).toBeGreaterThanOrEqual(32);
    expect(lengthOnly.pairs.length).toBeGreaterThan(20);
    expect(existsSync(join(data, 'memory.duizhao-tm'))).toBe(false);
  }, 60_000);

  it('aligns a Word file with a PDF, and refuses a scan, an old .doc or swapped files saying which, writing nothing', async () => {
    const { cwd, data } = pair();
    const docs = rebuildDocuments(parallelUnits('parallel/GR2021_zh-CN_en-US.tmx').slice(0, 40));
    const [title = '', ...lines] = docs.zh;
    const [enPdf] = await printPdfs([englishPrintHtml(docs.en[0] ?? '', docs.en.slice(1))]);
    writeFileSync(join(cwd, '2021.docx'), await reportDocx({ title, lines }));
    writeFileSync(join(cwd, '2021-en.pdf'), enPdf as Uint8Array);
    const run = await cli(['align', '2021.docx', '2021-en.pdf', '--json', '-o', 'pairs.tmx', '--into-memory'], cwd, data);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out) as { pairs: Array<{ zh: string; en: string }>; memory: { added: number } };
    expect(json.pairs[0]).toMatchObject({ zh: '政府工作报告', en: 'REPORT ON THE WORK OF THE GOVERNMENT' });
    expect(json.pairs).toContainEqual(expect.objectContaining({ zh: '各位代表：', en: 'Fellow Deputies,' }));
    // No running head nor page number of the PDF is aligned.
    expect(json.pairs.some((p) => /^Page \d+$/.test(p.en))).toBe(false);
    expect(json.memory.added).toBeGreaterThan(30);
    const memory = JSON.parse(readFileSync(join(data, 'memory.duizhao-tm'), 'utf8')) as { units: Array<{ origin: string }> };
    expect(memory.units[0]?.origin).toBe('2021.docx + 2021-en.pdf');

    const fresh = temp();
    writeFileSync(join(cwd, 'scan.pdf'), await scannedPdf(2));
    writeFileSync(join(cwd, 'old.doc'), Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0));
    const scan = await cli(['align', '2021.docx', 'scan.pdf', '-o', 'x.tmx', '--into-memory'], cwd, fresh);
    expect(scan).toMatchObject({ code: 1, err: expect.stringContaining('The English document cannot be read: This PDF has no text layer') });
    const doc = await cli(['align', 'old.doc', '2021-en.pdf', '-o', 'x.tmx', '--into-memory'], cwd, fresh);
    expect(doc).toMatchObject({ code: 1, err: expect.stringContaining('The Chinese document cannot be read: This is an old Word 97–2003 document (.doc)') });
    const swapped = await cli(['align', '2021-en.pdf', '2021.docx', '-o', 'x.tmx', '--into-memory'], cwd, fresh);
    expect(swapped).toMatchObject({ code: 1, err: expect.stringContaining('The Chinese document is in English') });
    expect(existsSync(join(cwd, 'x.tmx'))).toBe(false);
    expect(existsSync(join(fresh, 'memory.duizhao-tm'))).toBe(false);
  }, 120_000);

  it('refuses a file it cannot read (status 1) or a missing argument (status 2), writing nothing', async () => {
    const { cwd, data } = pair();
    writeFileSync(join(cwd, 'en.docx'), 'PK\u0003\u0004');
    const refused = await cli(['align', '2021.txt', 'en.docx', '-o', 'x.tmx', '--into-memory'], cwd, data);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('The English document cannot be read');
    expect(existsSync(join(cwd, 'x.tmx'))).toBe(false);
    expect(existsSync(join(data, 'memory.duizhao-tm'))).toBe(false);
    expect((await cli(['align', '2021.txt'], cwd, data)).code).toBe(2);
    expect((await cli(['align', '2021.txt', '2021-en.txt', '--min-confidence', 'high'], cwd, data)).code).toBe(2);
    expect((await cli(['align', 'missing.txt', '2021-en.txt'], cwd, data)).code).toBe(1);
  }, 60_000);
});
