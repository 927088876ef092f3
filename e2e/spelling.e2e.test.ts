import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, useWebMode } from './harness.js';

// One browser and one server for the file: each test opens a page of its own.
const web = useWebMode();

/** The sample's paragraph that reports GDP of 985.2亿元. */
const gdpRow = (page: Page): Locator => page.locator('.unit-row', { hasText: '985.2亿元' });

describe('spelling in the workbench', () => {
  it('lists a misspelt word under Spelling, never a glossary rendering, and forgets it once added to my words, in a new window too', async () => {
    let page = await openApp(web.browser(), web.server(), { acceptDialogs: true });
    await gdpRow(page).scrollIntoViewIfNeeded();
    await gdpRow(page).getByRole('textbox').click();
    // "high-quality development" is the starter glossary's rendering of 高质量发展; "Nanan" a name.
    await page.keyboard.type('The districts GDP grew steadly under Nanan’s push for high-quality development and xinchuang.');
    await page.getByRole('tab', { name: /Checks/ }).click();
    const spelling = page.getByRole('region', { name: 'Spelling' });
    await expect.poll(() => spelling.locator('.finding').allTextContents(), { timeout: 15_000 }).toEqual([
      expect.stringContaining('“steadly” is not in the English (US) dictionary.'),
      expect.stringContaining('“xinchuang” is not in the English (US) dictionary.'),
    ]);
    await spelling.locator('.finding', { hasText: 'xinchuang' }).getByRole('button', { name: 'Add to my words' }).click();
    await expect.poll(() => spelling.locator('.finding').count()).toBe(1);
    await page.close();

    page = await openApp(web.browser(), web.server(), { acceptDialogs: true });
    await gdpRow(page).scrollIntoViewIfNeeded();
    await gdpRow(page).getByRole('textbox').click();
    await page.keyboard.type('The xinchuang firms grew steadly.');
    await page.getByRole('tab', { name: /Checks/ }).click();
    // The dictionary is loaded once "steadly" is listed; "xinchuang" is the user's word by now.
    await expect.poll(() => page.getByRole('region', { name: 'Spelling' }).locator('.finding').allTextContents(), { timeout: 15_000 }).toEqual([
      expect.stringContaining('“steadly” is not in the English (US) dictionary.'),
    ]);
    await page.close();
  });
});
