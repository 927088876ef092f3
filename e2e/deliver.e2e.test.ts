import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import mammoth from 'mammoth';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, startWebMode, tempDirs, caretRowText, useBrowser } from './harness.js';

const browser = useBrowser();

/** The sample's paragraph that reports GDP of 985.2亿元. */
const gdpRow = (page: Page): Locator => page.locator('.unit-row', { hasText: '985.2亿元' });
const SCALE = '985.2亿元 is 98.52 billion; the English says 985.2 billion yuan';

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path()) as string) };
}

describe('deliverables from the workbench', () => {
  it('shows the preflight with an open error before an export, jumps to it, exports Word files anyway, and merges a review table back', async () => {
    const server = await startWebMode(tempDirs());
    try {
      const page = await openApp(browser(), server);
      await gdpRow(page).scrollIntoViewIfNeeded();
      await gdpRow(page).getByRole('textbox').click();
      await page.keyboard.type('GDP grew 6.7% to 985.2 billion yuan.');
      await expect.poll(() => page.locator('.side-content').textContent(), { timeout: 10_000 }).toContain(SCALE);

      // Export the PDF: the preflight lists the scale error first; a click on it goes to the paragraph.
      await page.keyboard.press('Control+p');
      const exportDialog = page.getByRole('dialog', { name: 'Export a bilingual PDF' });
      await exportDialog.getByRole('button', { name: 'Export PDF…' }).click();
      const preflight = page.getByRole('dialog', { name: 'Before you export' });
      await preflight.waitFor({ timeout: 60_000 });
      expect(await preflight.textContent()).toMatch(/[1-9]\d* errors and \d+ warnings/);
      const findings = preflight.getByRole('region', { name: 'Open QA findings' });
      const error = findings.locator('.finding', { hasText: SCALE });
      expect(await error.locator('.severity').textContent()).toBe('error');
      expect(await preflight.getByRole('region', { name: 'Untranslated paragraphs' }).textContent()).toContain('No English yet.');
      await error.getByRole('button').click();
      await preflight.waitFor({ state: 'detached' });
      await exportDialog.waitFor({ state: 'detached' });
      await expect.poll(() => caretRowText(page)).toContain('985.2亿元');

      // Stop leaves without a file; Export anyway writes the bilingual Word file.
      await page.keyboard.press('Control+p');
      await exportDialog.getByRole('radio', { name: 'Word (.docx, bilingual edition)' }).check();
      const wordDialog = page.getByRole('dialog', { name: 'Export a bilingual Word file' });
      await wordDialog.getByRole('button', { name: 'Export Word file…' }).click();
      await preflight.getByRole('button', { name: 'Stop' }).click();
      await preflight.waitFor({ state: 'detached' });
      await wordDialog.getByRole('button', { name: 'Export Word file…' }).click();
      const word = await downloaded(page, () => preflight.getByRole('button', { name: 'Export anyway' }).click());
      expect(word.name).toBe('nanan_district_2024_gov_work_report_zh.docx');
      const { value: html } = await mammoth.convertToHtml({ buffer: word.bytes });
      expect(html).toContain('GDP grew 6.7% to 985.2 billion yuan.');
      expect(html).toContain('重庆市南岸区人民政府工作报告');

      // The review table: out, edited as a reviewer would, and back in through the Memory menu.
      await page.keyboard.press('Control+p');
      await exportDialog.getByRole('radio', { name: /Review table/ }).check();
      await page.getByRole('dialog', { name: 'Export a review table' }).getByRole('button', { name: 'Export review table…' }).click();
      const review = await downloaded(page, () => preflight.getByRole('button', { name: 'Export anyway' }).click());
      const parts = unzipSync(review.bytes);
      const xml = strFromU8(parts['word/document.xml'] as Uint8Array);
      parts['word/document.xml'] = strToU8(xml.replace('GDP grew 6.7% to 985.2 billion yuan.', 'GDP grew 6.7% to 98.52 billion yuan.'));
      await page.getByLabel('Review table (.docx) to merge into the project').setInputFiles({ name: 'reviewed.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(zipSync(parts)) });
      await page.locator('.notice', { hasText: 'reviewed.docx merged: 1 paragraphs with new English' }).waitFor();
      await expect.poll(() => gdpRow(page).getByRole('textbox').textContent()).toBe('GDP grew 6.7% to 98.52 billion yuan.');
      expect(await gdpRow(page).locator('.status-select').inputValue()).toBe('draft');

      // A table made for another document is refused, and the paragraph keeps the merged English.
      const foreign = unzipSync(review.bytes);
      foreign['docProps/custom.xml'] = strToU8(strFromU8(foreign['docProps/custom.xml'] as Uint8Array).replace(/[0-9a-f]{64}/, '0'.repeat(64)));
      await page.getByLabel('Review table (.docx) to merge into the project').setInputFiles({ name: 'other.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(zipSync(foreign)) });
      await page.locator('.notice', { hasText: 'made from another source file' }).waitFor();
      expect(await gdpRow(page).getByRole('textbox').textContent()).toBe('GDP grew 6.7% to 98.52 billion yuan.');
      await page.close();
    } finally {
      await server.stop();
    }
  }, 240_000);
});
