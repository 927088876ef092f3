import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, saveInWorkspace, startWebMode, tempDirs, useBrowser } from './harness.js';

const browser = useBrowser();

const editor = (page: Page, n: number): Locator => page.getByRole('textbox', { name: `English translation of paragraph ${n}`, exact: true });

describe('nothing lost', () => {
  it('notices a project changed on disk by another program and lets the translator choose; the text stays', async () => {
    const dirs = tempDirs();
    const server = await startWebMode(dirs);
    try {
      const page = await openApp(browser(), server, { acceptDialogs: true });
      await editor(page, 1).click();
      await page.keyboard.type('First version');
      await saveInWorkspace(page, 'shared');
      const path = join(dirs.workspace, 'shared.duizhao');

      // Another program writes the file meanwhile.
      const other = JSON.parse(readFileSync(path, 'utf8')) as { savedAt: string };
      other.savedAt = '2030-01-01T00:00:00.000Z';
      writeFileSync(path, JSON.stringify(other));
      const theirs = readFileSync(path, 'utf8');

      await editor(page, 1).click();
      await page.keyboard.press('End');
      await page.keyboard.type(', edited');
      await page.keyboard.press('Control+s');
      const dialog = page.getByRole('dialog', { name: 'The project changed on disk' });
      await dialog.waitFor();
      expect(readFileSync(path, 'utf8')).toBe(theirs);
      expect(await editor(page, 1).textContent()).toBe('First version, edited');

      await dialog.getByRole('button', { name: 'Cancel' }).click();
      expect(readFileSync(path, 'utf8')).toBe(theirs);
      await page.keyboard.press('Control+s');
      await page.getByRole('dialog', { name: 'The project changed on disk' }).getByRole('button', { name: 'Overwrite the file on disk' }).click();
      await expect.poll(() => readFileSync(path, 'utf8')).toContain('First version, edited');
      await page.close();
    } finally {
      await server.stop();
    }
  });

  it('says why a save failed when its folder vanished, and keeps the unsaved text in the editor', async () => {
    const dirs = tempDirs();
    const server = await startWebMode(dirs);
    try {
      const page = await openApp(browser(), server, { acceptDialogs: true });
      await editor(page, 1).click();
      await page.keyboard.type('Kept');
      await saveInWorkspace(page, 'gone');
      rmSync(dirs.workspace, { recursive: true, force: true });
      await editor(page, 1).click();
      await page.keyboard.press('End');
      await page.keyboard.type(' after all');
      await page.keyboard.press('Control+s');
      await page.locator('.notice-error', { hasText: 'gone.duizhao' }).waitFor();
      expect(await editor(page, 1).textContent()).toBe('Kept after all');
      expect(await page.getByTestId('save-state').textContent()).toMatch(/Unsaved/);
      await page.close();
    } finally {
      await server.stop();
    }
  });

  it('shows markup inside a report as text in the rows and panels, never as HTML, and runs none of it', async () => {
    const dirs = tempDirs();
    const server = await startWebMode(dirs);
    try {
      const page = await openApp(browser(), server, { acceptDialogs: true });
      const report = '标题<img src=x onerror="window.__pwned=1">\n\n正文<script>window.__pwned=2</script><iframe src="javascript:window.__pwned=3"></iframe>。\n';
      await page.locator('input[type=file][aria-label="Report file to import"]').setInputFiles({ name: 'markup.txt', mimeType: 'text/plain', buffer: Buffer.from(report) });
      await page.locator('.notice', { hasText: 'markup.txt' }).waitFor();
      const rows = page.locator('.rows-pane');
      await expect.poll(() => rows.textContent()).toContain('<script>window.__pwned=2</script>');
      await page.getByRole('tab', { name: 'Paragraph' }).click();
      expect(await page.locator('.rows-pane img, .rows-pane script, .rows-pane iframe, .side-panel img, .side-panel script, .side-panel iframe').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      await page.close();
    } finally {
      await server.stop();
    }
  });
});
