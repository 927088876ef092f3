import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { englishPrintHtml, printPdfs, reportDocx, scannedPdf } from '../test/makeDocuments.js';
import { parallelUnits, rebuildDocuments } from '../test/parallelCorpus.js';
import { openApp, startWebMode, tempDirs, useBrowser } from './harness.js';

const browser = useBrowser();

/**
 * A short real pair: the opening of the 2021 report, the Chinese as text and as a Word file, the English
 * as a web page and as a PDF printed with a running head and page numbers.
 */
async function shortPair(): Promise<{ zh: Buffer; en: Buffer; zhDocx: Buffer; enPdf: Buffer }> {
  const docs = rebuildDocuments(parallelUnits('parallel/GR2021_zh-CN_en-US.tmx').slice(0, 12));
  const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>Report</title></head><body><nav>Home · News</nav>${docs.en.map((p) => `<p>${escape(p)}</p>`).join('')}<footer>Copyright</footer></body></html>`;
  const [title = '', ...lines] = docs.zh;
  const [enPdf] = await printPdfs([englishPrintHtml(docs.en[0] ?? '', docs.en.slice(1))]);
  return { zh: Buffer.from(docs.zh.join('\n')), en: Buffer.from(page), zhDocx: Buffer.from(await reportDocx({ title, lines })), enPdf: Buffer.from(enPdf as Uint8Array) };
}

const ZH_LABEL = 'Chinese document (.txt, .html, .docx, .pdf)';
const EN_LABEL = 'English document (.txt, .html, .docx, .pdf)';

const rows = (review: Locator): Locator => review.getByRole('option');
const rowText = (review: Locator, k: number): Promise<string | null> => rows(review).nth(k).locator('.align-en').textContent();

async function openAlign(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Memory', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Align documents…' }).click();
  return page.getByRole('dialog', { name: 'Align documents' });
}

describe('align documents', () => {
  it('aligns a real pair, reviews it (merge, split, undo, shift, mark wrong) and saves the pairs into the memory', async () => {
    const dirs = tempDirs();
    const server = await startWebMode(dirs);
    try {
      const page = await openApp(browser(), server);
      const pair = await shortPair();

      // A file the aligner cannot read is refused in the dialog, saying which one.
      let dialog = await openAlign(page);
      await dialog.getByLabel(ZH_LABEL).setInputFiles({ name: 'gr2021.txt', mimeType: 'text/plain', buffer: pair.zh });
      await dialog.getByLabel(EN_LABEL).setInputFiles({ name: 'gr2021-en.pdf.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('x') });
      await dialog.getByRole('button', { name: 'Align', exact: true }).click();
      await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('The English document cannot be read');

      await dialog.getByLabel(EN_LABEL).setInputFiles({ name: 'gr2021-en.html', mimeType: 'text/html', buffer: pair.en });
      await dialog.getByRole('button', { name: 'Align', exact: true }).click();
      const review = page.getByRole('dialog', { name: 'Review the alignment: gr2021.txt ⇄ gr2021-en.html' });
      await review.waitFor();
      const count = await rows(review).count();
      expect(count).toBeGreaterThan(10);
      expect(await rows(review).first().locator('.align-zh').textContent()).toBe('政府工作报告');
      expect(await rowText(review, 0)).toBe('REPORT ON THE WORK OF THE GOVERNMENT');
      // The web page's navigation and footer are not aligned.
      expect(await review.getByRole('listbox').textContent()).not.toContain('Copyright');

      // Keyboard: to the third pair, merge with the next (one pair fewer, marked edited), split it again with the
      // toolbar, undo the split (merged again) and the merge.
      await rows(review).first().click();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const third = await rowText(review, 2);
      const fourth = await rowText(review, 3);
      await page.keyboard.press('m');
      await expect.poll(() => rows(review).count()).toBe(count - 1);
      expect(await rowText(review, 2)).toBe(`${third} ${fourth}`);
      expect(await rows(review).nth(2).textContent()).toContain('edited');
      await review.getByRole('button', { name: 'Split', exact: true }).click();
      await expect.poll(() => rows(review).count()).toBe(count);
      expect(await rowText(review, 2)).toBe(third);
      expect(await rowText(review, 3)).toBe(fourth);
      await rows(review).nth(2).click();
      await page.keyboard.press('Control+z');
      await expect.poll(() => rows(review).count()).toBe(count - 1);
      expect(await rowText(review, 2)).toBe(`${third} ${fourth}`);
      await page.keyboard.press('Control+z');
      await expect.poll(() => rows(review).count()).toBe(count);
      expect(await rowText(review, 2)).toBe(third);

      // Shift the English of the third pair down into the fourth with the toolbar, then undo with the button.
      await review.getByRole('button', { name: 'English sentence down' }).click();
      await expect.poll(() => rowText(review, 3)).toBe(`${third} ${fourth}`);
      await review.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => rowText(review, 3)).toBe(fourth);

      // Mark the first pair wrong: it is counted and left out of the memory.
      await rows(review).first().click();
      await page.keyboard.press('w');
      await expect.poll(() => review.getByRole('status').first().textContent()).toContain('1 marked wrong');

      await review.getByRole('button', { name: 'Save into memory' }).click();
      await page.locator('.notice', { hasText: `${count - 1} pairs added to your memory` }).waitFor();
      const memoryFile = join(dirs.home, 'memory.duizhao-tm');
      expect(existsSync(memoryFile)).toBe(true);
      const memory = JSON.parse(readFileSync(memoryFile, 'utf8')) as { units: Array<{ source: string; target: string; origin: string }>; imports: Array<{ fileName: string }> };
      expect(memory.units).toHaveLength(count - 1);
      expect(memory.units.some((u) => u.source === '政府工作报告')).toBe(false);
      expect(memory.units[0]?.origin).toBe('gr2021.txt + gr2021-en.html');
      expect(memory.units.some((u) => u.source === '各位代表：' && u.target === 'Fellow Deputies,')).toBe(true);
      expect(memory.imports.at(-1)?.fileName).toBe('gr2021.txt + gr2021-en.html');

      // TMX of the reviewed pairs, then close.
      const [download] = await Promise.all([page.waitForEvent('download'), review.getByRole('button', { name: 'Export TMX' }).click()]);
      expect(download.suggestedFilename()).toBe('gr2021.aligned.tmx');
      expect(readFileSync((await download.path()) as string, 'utf8')).toContain('<seg>Fellow Deputies,</seg>');
      await review.getByRole('button', { name: 'Close' }).click();
      await review.waitFor({ state: 'detached' });

      // The memory the workbench reads now holds them: its menu's concordance finds one.
      dialog = page.getByRole('dialog', { name: 'Align documents' });
      expect(await dialog.count()).toBe(0);
      await page.close();
    } finally {
      await server.stop();
    }
  });
  it('aligns a Word file with a PDF sent as bytes to the back end, and refuses a scan or swapped files, changing nothing', async () => {
    const dirs = tempDirs();
    const server = await startWebMode(dirs);
    try {
      const page = await openApp(browser(), server);
      const pair = await shortPair();
      const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
      const dialog = await openAlign(page);

      // A scan, then the two files swapped: each refused in the dialog, saying which file and why.
      await dialog.getByLabel(ZH_LABEL).setInputFiles({ name: 'gr2021.docx', mimeType: docx, buffer: pair.zhDocx });
      await dialog.getByLabel(EN_LABEL).setInputFiles({ name: 'gr2021-en.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await scannedPdf(2)) });
      await dialog.getByRole('button', { name: 'Align', exact: true }).click();
      await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('English: This PDF has no text layer');
      await dialog.getByLabel(ZH_LABEL).setInputFiles({ name: 'gr2021-en.pdf', mimeType: 'application/pdf', buffer: pair.enPdf });
      await dialog.getByLabel(EN_LABEL).setInputFiles({ name: 'gr2021.docx', mimeType: docx, buffer: pair.zhDocx });
      await dialog.getByRole('button', { name: 'Align', exact: true }).click();
      await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('The Chinese document is in English');
      expect(existsSync(join(dirs.home, 'memory.duizhao-tm'))).toBe(false);

      await dialog.getByLabel(ZH_LABEL).setInputFiles({ name: 'gr2021.docx', mimeType: docx, buffer: pair.zhDocx });
      await dialog.getByLabel(EN_LABEL).setInputFiles({ name: 'gr2021-en.pdf', mimeType: 'application/pdf', buffer: pair.enPdf });
      await dialog.getByRole('button', { name: 'Align', exact: true }).click();
      const review = page.getByRole('dialog', { name: 'Review the alignment: gr2021.docx ⇄ gr2021-en.pdf' });
      await review.waitFor();
      expect(await rows(review).count()).toBeGreaterThan(10);
      expect(await rowText(review, 0)).toBe('REPORT ON THE WORK OF THE GOVERNMENT');
      expect(await rows(review).nth(3).locator('.align-zh').textContent()).toBe('各位代表：');
      expect(await rowText(review, 3)).toBe('Fellow Deputies,');
      // The PDF's running head and page numbers are not aligned.
      expect(await review.getByRole('listbox').textContent()).not.toMatch(/Page \d/);
      const count = await rows(review).count();
      await review.getByRole('button', { name: 'Save into memory' }).click();
      await page.locator('.notice', { hasText: `${count} pairs added to your memory` }).waitFor();
      const memory = JSON.parse(readFileSync(join(dirs.home, 'memory.duizhao-tm'), 'utf8')) as { units: Array<{ source: string; target: string; origin: string }> };
      expect(memory.units.find((u) => u.source === '各位代表：')).toMatchObject({ target: 'Fellow Deputies,', origin: 'gr2021.docx + gr2021-en.pdf' });
      await page.close();
    } finally {
      await server.stop();
    }
  });
});
