import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, startWebMode, tempDirs, useBrowser } from './harness.js';

const browser = useBrowser();

/** Last year's memory: the sample's title exactly, and its GDP sentence with other figures. */
const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="zh-CN" datatype="plaintext"/><body>
<tu><tuv xml:lang="zh-CN"><seg>重庆市南岸区人民政府工作报告</seg></tuv><tuv xml:lang="en"><seg>Report on the Work of the Nan'an District Government</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>南岸区地区生产总值前三季度分别增长4.1%、3.2%、5.0%,分别居中心城区第1、第3、第2,全年增长6.2%(达到900.1亿元)、居中心城区第1。</seg></tuv><tuv xml:lang="en"><seg>Nan'an's GDP grew by 4.1%, 3.2% and 5.0% in the first three quarters, and by 6.2% for the year, to 90.01 billion yuan.</seg></tuv></tu>
</body></tmx>`;

const gdpRow = (page: Page): Locator => page.locator('.unit-row', { hasText: '985.2亿元' });
const titleRow = (page: Page): Locator => page.locator('.unit-row').first();

describe('translation memory in the workbench', () => {
  it('imports a TMX, shows a fuzzy match with its numbers marked, inserts it with Ctrl+M, pre-translates, searches, and trades XLIFF', async () => {
    const dirs = tempDirs();
    const server = await startWebMode(dirs);
    try {
      const page = await openApp(browser(), server, { acceptDialogs: true });
      await page.getByLabel('TMX or XLIFF file to import into your memory').setInputFiles({ name: 'last-year.tmx', mimeType: 'application/xml', buffer: Buffer.from(TMX) });
      await page.locator('.notice', { hasText: 'last-year.tmx: 2 units added to your memory' }).waitFor();

      // The GDP paragraph: a 9x% match, not 100, with the numbers that differ named, and the differences marked.
      await gdpRow(page).scrollIntoViewIfNeeded();
      await gdpRow(page).getByRole('textbox').click();
      await page.getByRole('tab', { name: 'Memory' }).click();
      const match = page.locator('.tm-match').first();
      await match.waitFor();
      const score = Number((await match.locator('.tm-score').textContent())?.replace('%', ''));
      expect(score).toBeLessThan(100);
      expect(score).toBeGreaterThan(60);
      expect(await match.locator('.tm-numbers').textContent()).toContain('985.2');
      expect(await match.locator('del.diff-memory').allTextContents()).toContain('00.1');
      expect(await match.locator('ins.diff-current').allTextContents()).toContain('85.2');

      // Ctrl+M puts the selected match's English into the empty English.
      await gdpRow(page).getByRole('textbox').click();
      await page.keyboard.press('Control+m');
      await expect.poll(() => gdpRow(page).getByRole('textbox').textContent()).toContain('90.01 billion yuan');

      // Pre-translation fills the title from its exact match, as a draft marked TM.
      await page.getByRole('button', { name: 'Memory', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Pre-translate from memory' }).click();
      const plan = page.getByRole('dialog', { name: 'Pre-translate from memory' });
      // The analysis first: match bands as memoQ and Trados show them, every sentence counted once.
      const table = plan.getByRole('table', { name: 'Analysis against the memories' });
      await table.waitFor();
      expect(await table.locator('tbody th').allTextContents()).toEqual(['Repetitions', '100%', '95–99%', '85–94%', '75–84%', '50–74%', 'No match']);
      const cells = async (row: string): Promise<number[]> => (await table.locator('tr', { has: page.locator('th', { hasText: row }) }).first().locator('td').allTextContents()).slice(0, 2).map((c) => Number(c.replace(/\D/g, '')));
      const [exactSentences] = await cells('100%');
      expect(exactSentences).toBeGreaterThanOrEqual(1);
      const [total] = await cells('Total');
      const bandSentences = await Promise.all(['Repetitions', '100%', '95–99%', '85–94%', '75–84%', '50–74%', 'No match'].map(async (b) => (await cells(b))[0] ?? 0));
      expect(bandSentences.reduce((a, b) => a + b, 0)).toBe(total);
      await plan.getByRole('button', { name: 'Fill 1 paragraph' }).click();
      await expect.poll(() => titleRow(page).getByRole('textbox').textContent()).toBe("Report on the Work of the Nan'an District Government");
      expect(await titleRow(page).locator('.tm-badge').textContent()).toBe('TM');
      expect(await titleRow(page).locator('.status-select').inputValue()).toBe('draft');

      // Concordance: the Chinese hit is highlighted in both memories' results.
      await page.getByLabel('Chinese text or English words').fill('中心城区');
      await page.getByRole('button', { name: 'Search' }).click();
      await expect.poll(() => page.locator('.concordance-hits mark').first().textContent()).toBe('中心城区');

      // XLIFF out, then back in: the same file merges; one for another source is refused and changes nothing.
      await page.getByRole('button', { name: 'Memory', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Export XLIFF 2.0 for another tool…' }).click();
      // The preflight comes first (the sample is mostly untranslated); the export goes on when asked.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('dialog', { name: 'Before you export' }).getByRole('button', { name: 'Export anyway' }).click()]);
      const xliff = readFileSync((await download.path()) as string, 'utf8');
      expect(xliff).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0"');
      expect(xliff).toContain('90.01 billion yuan');
      const translated = xliff.replace('90.01 billion yuan', '98.52 billion yuan');
      await page.getByLabel('Translated XLIFF file to merge into the project').setInputFiles({ name: 'back.xlf', mimeType: 'application/xml', buffer: Buffer.from(translated) });
      await page.locator('.notice', { hasText: 'back.xlf merged: 1 paragraphs updated' }).waitFor();
      await expect.poll(() => gdpRow(page).getByRole('textbox').textContent()).toContain('98.52 billion yuan');
      const foreign = translated.replace(/dz:sourceSha256="[0-9a-f]+"/, `dz:sourceSha256="${'0'.repeat(64)}"`).replace('98.52 billion yuan', 'changed');
      await page.getByLabel('Translated XLIFF file to merge into the project').setInputFiles({ name: 'other.xlf', mimeType: 'application/xml', buffer: Buffer.from(foreign) });
      await page.locator('.notice', { hasText: 'made from another source file' }).waitFor();
      expect(await gdpRow(page).getByRole('textbox').textContent()).toContain('98.52 billion yuan');
      await page.close();
    } finally {
      await server.stop();
    }
  });
});
