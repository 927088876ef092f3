import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { startWebMode, tempDirs, useBrowser } from './harness.js';

const browser = useBrowser();

describe('PDF export from the workbench', () => {
  it('previews the first pages and exports a tagged bilingual PDF as a download', async () => {
    const dirs = tempDirs();
    const server = await startWebMode(dirs);
    try {
      const page = await browser().newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
      await page.goto(server.url);
      await page.locator('.app[data-ready="true"]').waitFor();
      await page.getByRole('textbox', { name: 'English translation of paragraph 1', exact: true }).click();
      await page.keyboard.type('Report on the Work of the Government of Nan’an District');
      await page.keyboard.press('Control+Enter');
      await page.keyboard.press('Control+p');
      const dialog = page.getByRole('dialog', { name: 'Export a bilingual PDF' });
      await dialog.getByLabel('Translator (for the PDF metadata)').fill('Test Translator');
      await dialog.getByRole('button', { name: 'Preview' }).click();
      await dialog.getByLabel('Preview of page 1').waitFor({ timeout: 30_000 });
      // The README's screenshot is refreshed only when asked (DUIZHAO_SCREENSHOTS=1): a test run leaves the tree as it was.
      if (process.env['DUIZHAO_SCREENSHOTS']) await page.screenshot({ path: 'docs/screenshots/export.png' });
      // Interleaved and English only first (checked by their text), then side by side.
      for (const layout of ['Interleaved (each Chinese paragraph, then its English)', 'English only']) {
        await dialog.getByRole('radio', { name: layout }).check();
        const other = page.waitForEvent('download', { timeout: 60_000 });
        await dialog.getByRole('button', { name: 'Export PDF…' }).click();
        // The preflight lists the untranslated paragraphs; the export goes on when asked.
        await page.getByRole('dialog', { name: 'Before you export' }).getByRole('button', { name: 'Export anyway' }).click();
        const text = execFileSync('pdftotext', [(await (await other).path()) as string, '-'], { encoding: 'utf8' });
        expect(text).toContain('Report on the Work of the Government');
        await page.getByRole('button', { name: 'Export PDF…' }).click();
      }
      await page.getByRole('dialog', { name: 'Export a bilingual PDF' }).getByRole('radio', { name: 'Side by side (Chinese left, English right)' }).check();
      const download = page.waitForEvent('download', { timeout: 60_000 });
      await dialog.getByRole('button', { name: 'Export PDF…' }).click();
      await page.getByRole('dialog', { name: 'Before you export' }).getByRole('button', { name: 'Export anyway' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe('nanan_district_2024_gov_work_report_zh.pdf');
      const path = (await file.path()) as string;
      const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
      expect(info).toMatch(/Tagged:\s+yes/);
      expect(info).toMatch(/Title:\s+Report on the Work of the Government of Nan’an District/);
      expect(info).toMatch(/Author:\s+Test Translator/);
      // The title is set in two balanced lines of its column: compare without line breaks.
      expect(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')).toContain('重庆市南岸区人民政府工作报告');
      await page.getByRole('status').filter({ hasText: 'Exported nanan_district_2024_gov_work_report_zh.pdf' }).last().waitFor();
      await page.close();
    } finally {
      await server.stop();
    }
  }, 180_000); // four prints, each after its preflight
});
