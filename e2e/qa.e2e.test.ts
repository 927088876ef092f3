import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp as openWebApp, startWebMode, tempDirs, type WebMode, saveInWorkspace, chooseFromWorkspace, hasCaret, useBrowser } from './harness.js';

const browser = useBrowser();

const openApp = (server: WebMode): Promise<Page> => openWebApp(browser(), server, { acceptDialogs: true });

/** The sample's paragraph that reports GDP of 985.2亿元. */
const gdpRow = (page: Page): Locator => page.locator('.unit-row', { hasText: '985.2亿元' });
const SCALE = '985.2亿元 is 98.52 billion; the English says 985.2 billion yuan';

describe('the QA panel in the workbench', () => {
  it('flags a scale error as the translator types, jumps to it, and keeps an ignored finding ignored through reopen', async () => {
    const dirs = tempDirs();
    let server = await startWebMode(dirs);
    try {
      let page = await openApp(server);
      await gdpRow(page).scrollIntoViewIfNeeded();
      const editor = gdpRow(page).getByRole('textbox');
      await editor.click();
      await page.keyboard.type('GDP grew 6.7% to 985.2 billion yuan.');
      // The paragraph's own findings follow the typing.
      await expect.poll(() => page.locator('.side-content').textContent(), { timeout: 5000 }).toContain(SCALE);

      // The project-wide panel groups it under Numbers, as an error.
      await page.getByRole('tab', { name: /Checks/ }).click();
      const numbers = page.getByRole('region', { name: 'Numbers' });
      const finding = numbers.locator('.finding', { hasText: SCALE });
      await expect.poll(() => finding.count()).toBe(1);
      expect(await finding.locator('.severity').textContent()).toBe('error');

      // A click on the finding takes the caret to its paragraph's English…
      await page.locator('.unit-row').first().getByRole('textbox').click();
      await finding.locator('.finding-jump').click();
      await expect.poll(() => hasCaret(gdpRow(page))).toBe(true);
      // …with the English it concerns selected
      await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('985.2 billion yuan');
      // …and the Chinese it concerns shown.
      const shown = (): Promise<string[]> => page.locator('.qa-mark-source').allTextContents();
      await expect.poll(shown).toEqual(['985.2亿元']);

      // Ignore it: it leaves the list, and the project remembers.
      await finding.getByRole('button', { name: 'Ignore' }).click();
      await expect.poll(() => finding.count()).toBe(0);
      await page.getByLabel('Show 1 ignored').waitFor();

      await saveInWorkspace(page, 'checked');
      await page.close();
      await server.stop();

      server = await startWebMode(dirs);
      page = await openApp(server);
      await chooseFromWorkspace(page, 'checked.duizhao');
      await page.getByRole('status').filter({ hasText: 'Opened checked.duizhao' }).waitFor();
      await page.getByRole('tab', { name: /Checks/ }).click();
      const reopened = page.getByRole('region', { name: 'Numbers' }).locator('.finding', { hasText: SCALE });
      // Other findings of the paragraph are listed; the ignored one is not.
      await expect.poll(() => page.getByRole('region', { name: 'Numbers' }).locator('.finding').count()).toBeGreaterThan(0);
      expect(await reopened.count()).toBe(0);
      await page.getByLabel('Show 1 ignored').check();
      await expect.poll(() => reopened.count()).toBe(1);
      await expect.poll(() => reopened.getByRole('button', { name: 'Restore' }).count()).toBe(1);
      await page.getByLabel('Show 1 ignored').uncheck();

      // A change to the English makes it a new finding, which shows again.
      await gdpRow(page).scrollIntoViewIfNeeded();
      await gdpRow(page).getByRole('textbox').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' Growth led the central districts.');
      await expect.poll(() => reopened.count(), { timeout: 5000 }).toBe(1);
      await page.close();
    } finally {
      await server.stop();
    }
  });
});
